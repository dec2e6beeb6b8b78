"""Tables of the local store. Each change to them ships with a migration in migrations/versions."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Setting(Base):
    """One validated setting per row, JSON-encoded; never a secret."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)


class HttpCacheEntry(Base):
    """The last good answer for one REST resource, with its ETag, for offline use and 304s."""

    __tablename__ = "http_cache"

    profile: Mapped[str] = mapped_column(String(40), primary_key=True)
    resource: Mapped[str] = mapped_column(String(400), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    etag: Mapped[str | None] = mapped_column(String(200))
    body: Mapped[bytes] = mapped_column(LargeBinary)
    fetched_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    size: Mapped[int] = mapped_column(Integer)


# --- Chain (migration 0003): the transaction pipeline and the event indexer --------------------
# uint256 amounts (value, fees) are decimal strings: SQLite integers are only 64-bit.


class ChainIntent(Base):
    """What the user asked for (to, data, value); its signed attempts are ChainTransaction rows."""

    __tablename__ = "chain_intents"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    chain_id: Mapped[int] = mapped_column(BigInteger)
    sender: Mapped[str] = mapped_column(String(42))
    to_address: Mapped[str | None] = mapped_column(String(42))
    value: Mapped[str] = mapped_column(String(78))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    description: Mapped[str] = mapped_column(Text)
    nonce: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_chain_intents_status", "chain_id", "status"),)


class ChainTransaction(Base):
    """One signed attempt of an intent, recorded before it is broadcast; never deleted."""

    __tablename__ = "chain_transactions"

    tx_hash: Mapped[str] = mapped_column(String(66), primary_key=True)
    intent_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("chain_intents.id", ondelete="RESTRICT")
    )
    attempt: Mapped[int] = mapped_column(Integer)
    purpose: Mapped[str] = mapped_column(String(16))
    chain_id: Mapped[int] = mapped_column(BigInteger)
    sender: Mapped[str] = mapped_column(String(42))
    nonce: Mapped[int] = mapped_column(BigInteger)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    gas_limit: Mapped[int] = mapped_column(BigInteger)
    max_fee_per_gas: Mapped[str] = mapped_column(String(78))
    max_priority_fee_per_gas: Mapped[str] = mapped_column(String(78))
    status: Mapped[str] = mapped_column(String(16))
    block_number: Mapped[int | None] = mapped_column(BigInteger)
    block_hash: Mapped[str | None] = mapped_column(String(66))
    gas_used: Mapped[int | None] = mapped_column(BigInteger)
    effective_gas_price: Mapped[str | None] = mapped_column(String(78))  # wei, from the receipt
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        UniqueConstraint("intent_id", "attempt", name="uq_chain_transactions_attempt"),
        Index("ix_chain_transactions_nonce", "chain_id", "sender", "nonce"),
        Index("ix_chain_transactions_status", "status"),
    )


class ChainNonce(Base):
    """The next nonce we will use per sender, so restarts never reuse or skip one."""

    __tablename__ = "chain_nonces"

    chain_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    address: Mapped[str] = mapped_column(String(42), primary_key=True)
    next_nonce: Mapped[int] = mapped_column(BigInteger)


class ChainIndexCursor(Base):
    """How far the indexer got for one contract (last_block inclusive; None before the first)."""

    __tablename__ = "chain_index_cursors"

    chain_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    contract: Mapped[str] = mapped_column(String(42), primary_key=True)
    start_block: Mapped[int] = mapped_column(BigInteger)
    last_block: Mapped[int | None] = mapped_column(BigInteger)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class ChainBlock(Base):
    """A block hash the indexer relied on; a different hash later means a reorg."""

    __tablename__ = "chain_blocks"

    chain_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    number: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    hash: Mapped[str] = mapped_column(String(66))


class PortfolioBlockTime(Base):
    """When a block was mined, by hash (a reorg gives a new hash): dates for the cash flows."""

    __tablename__ = "portfolio_block_times"

    chain_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    block_hash: Mapped[str] = mapped_column(String(66), primary_key=True)
    number: Mapped[int] = mapped_column(BigInteger)
    timestamp: Mapped[int] = mapped_column(BigInteger)


class ChainEvent(Base):
    """One raw log from an indexed contract; decoded on read with the contract's ABI."""

    __tablename__ = "chain_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    chain_id: Mapped[int] = mapped_column(BigInteger)
    contract: Mapped[str] = mapped_column(String(42))
    block_number: Mapped[int] = mapped_column(BigInteger)
    block_hash: Mapped[str] = mapped_column(String(66))
    tx_hash: Mapped[str] = mapped_column(String(66))
    log_index: Mapped[int] = mapped_column(Integer)
    topic0: Mapped[str | None] = mapped_column(String(66))
    topic1: Mapped[str | None] = mapped_column(String(66))
    topic2: Mapped[str | None] = mapped_column(String(66))
    topic3: Mapped[str | None] = mapped_column(String(66))
    data: Mapped[bytes] = mapped_column(LargeBinary)

    __table_args__ = (
        UniqueConstraint("chain_id", "block_number", "log_index", name="uq_chain_events_log"),
        Index("ix_chain_events_contract", "chain_id", "contract", "topic0"),
    )


# --- Wallet (migration 0004): account metadata, the seed record, address book, past recipients ---
# Never a secret here: keys and the recovery phrase live in v3 keystore files under
# <data-dir>/wallet/; these rows name the files and record their SHA-256 to detect tampering.


class WalletAccount(Base):
    """One account: HD (derived from the stored phrase), imported key, or watch-only address."""

    __tablename__ = "wallet_accounts"

    address: Mapped[str] = mapped_column(String(42), primary_key=True)  # EIP-55 checksummed
    ordinal: Mapped[int] = mapped_column(Integer, unique=True)  # display order
    label: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(10))  # hd | imported | watch
    derivation_index: Mapped[int | None] = mapped_column(BigInteger)
    keystore_file: Mapped[str | None] = mapped_column(String(120))
    keystore_sha256: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class WalletSeed(Base):
    """The one stored recovery phrase (encrypted in `file_name`); at most one row, id 1."""

    __tablename__ = "wallet_seed"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(120))
    file_sha256: Mapped[str] = mapped_column(String(64))
    word_count: Mapped[int] = mapped_column(Integer)
    has_passphrase: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class AddressBookEntry(Base):
    """A labelled recipient the user trusts."""

    __tablename__ = "address_book"

    address: Mapped[str] = mapped_column(String(42), primary_key=True)
    label: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class TxLabel(Base):
    """The user's label of a transaction (a BIP-329 `tx` record), by its hash; `chain_id` is the
    chain it was labelled on (0: the file did not say)."""

    __tablename__ = "tx_labels"

    tx_hash: Mapped[str] = mapped_column(String(66), primary_key=True)  # 0x + 64, lower case
    label: Mapped[str] = mapped_column(String(64))
    chain_id: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class PastRecipient(Base):
    """An address this wallet has sent to: no first-time warning for it again."""

    __tablename__ = "wallet_recipients"

    address: Mapped[str] = mapped_column(String(42), primary_key=True)
    first_sent_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    last_sent_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    times: Mapped[int] = mapped_column(Integer)


# --- Vault (migration 0006): sealed credentials, their master-key state, the access log ---------
# No column holds a secret in clear: `envelope` is AES-256-GCM (see app/vault/envelope.py),
# `verifier` an HMAC of the master key, `purpose` the user's stated reason (never a secret).


class VaultKey(Base):
    """How one profile's vault is keyed: OS keyring or password (scrypt), with a key verifier."""

    __tablename__ = "vault_keys"

    profile: Mapped[str] = mapped_column(String(40), primary_key=True)
    vault_uid: Mapped[str] = mapped_column(String(32))
    mode: Mapped[str] = mapped_column(String(10))
    verifier: Mapped[bytes] = mapped_column(LargeBinary)
    kdf_salt: Mapped[bytes | None] = mapped_column(LargeBinary)
    kdf_n: Mapped[int | None] = mapped_column(Integer)
    kdf_r: Mapped[int | None] = mapped_column(Integer)
    kdf_p: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    rotated_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class VaultEntry(Base):
    """One sealed record (store credential or API token) with its clear, non-secret metadata."""

    __tablename__ = "vault_entries"

    entry_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    profile: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    store_id: Mapped[str] = mapped_column(String(64))
    platform: Mapped[str] = mapped_column(String(40))
    login: Mapped[str] = mapped_column(String(200))
    label: Mapped[str] = mapped_column(String(120))
    key_version: Mapped[int] = mapped_column(BigInteger)
    envelope: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        UniqueConstraint("profile", "kind", "store_id", name="uq_vault_entries_store"),
    )


class VaultAccess(Base):
    """One reveal or export: who, what, when and why. Kept after the entry itself is gone."""

    __tablename__ = "vault_access_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    profile: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(20))
    entry_id: Mapped[str | None] = mapped_column(String(32))
    kind: Mapped[str | None] = mapped_column(String(20))
    store_id: Mapped[str | None] = mapped_column(String(64))
    field: Mapped[str | None] = mapped_column(String(20))
    key_version: Mapped[int | None] = mapped_column(BigInteger)
    purpose: Mapped[str] = mapped_column(Text)
    purpose_hash: Mapped[str] = mapped_column(String(66))
    actor: Mapped[str] = mapped_column(String(120))
    accessed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_vault_access_log_store", "profile", "store_id"),)


# --- Treasury (migration 0007): the audit hash chain and the persisted treasury actions ---------
# Amounts are decimal strings (uint256 does not fit SQLite's 64-bit integers). The audit table is
# append-only: each row's entry_hash commits to the previous row's hash (app/treasury/audit.py).


class TreasuryAuditEntry(Base):
    """One treasury event (from the chain or a local note) in the hash-chained audit trail."""

    __tablename__ = "treasury_audit"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[str] = mapped_column(String(40))  # ISO 8601 UTC, exactly as hashed
    actor: Mapped[str | None] = mapped_column(String(42))
    store_id: Mapped[str | None] = mapped_column(String(66))
    period: Mapped[int | None] = mapped_column(Integer)
    proposal_id: Mapped[int | None] = mapped_column(BigInteger)
    amount: Mapped[str | None] = mapped_column(String(78))
    details: Mapped[str] = mapped_column(Text)  # canonical JSON object
    chain_id: Mapped[int | None] = mapped_column(BigInteger)
    tx_hash: Mapped[str | None] = mapped_column(String(66))
    block_number: Mapped[int | None] = mapped_column(BigInteger)
    log_index: Mapped[int | None] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(66))
    entry_hash: Mapped[str] = mapped_column(String(66))

    __table_args__ = (
        # A chain event is appended once: the same log never twice (NULLs for local notes).
        UniqueConstraint("chain_id", "tx_hash", "log_index", name="uq_treasury_audit_log"),
        Index("ix_treasury_audit_proposal", "proposal_id"),
    )


class TreasuryAction(Base):
    """One treasury action (propose, approve, reject, execute, cancel) and where it stands.

    `intent_id` names the chain pipeline's intent (chain_intents.id); it is chosen and stored here
    before the pipeline signs, so a restart can always find out whether it was signed and sent.
    """

    __tablename__ = "treasury_actions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    action: Mapped[str] = mapped_column(String(10))
    chain_id: Mapped[int] = mapped_column(BigInteger)
    treasury: Mapped[str] = mapped_column(String(42))
    actor: Mapped[str] = mapped_column(String(42))
    store_id: Mapped[str | None] = mapped_column(String(66))
    period: Mapped[int | None] = mapped_column(Integer)
    proposal_id: Mapped[int | None] = mapped_column(BigInteger)
    amount: Mapped[str | None] = mapped_column(String(78))
    report_hash: Mapped[str | None] = mapped_column(String(66))
    note: Mapped[str | None] = mapped_column(Text)  # a rejection's reason
    # A reject sending another approver's signed rejection (imported): that approver.
    signed_by: Mapped[str | None] = mapped_column(String(42))
    state: Mapped[str] = mapped_column(String(12))
    intent_id: Mapped[str | None] = mapped_column(String(36), unique=True)
    tx_hash: Mapped[str | None] = mapped_column(String(66))
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_treasury_actions_state", "chain_id", "state"),)


class TreasuryActionStep(Base):
    """Every state an action passed through, with when and why (the action's own history)."""

    __tablename__ = "treasury_action_steps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("treasury_actions.id", ondelete="RESTRICT")
    )
    state: Mapped[str] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (Index("ix_treasury_action_steps_action", "action_id"),)


# --- Treasury signatures (migration 0011_t13_chain): approvals and rejections signed off chain --


class TreasuryOverrideNote(Base):
    """The proposer's override reason of a proposal, signed by the proposer (EIP-712
    OverrideReason, app.treasury.override_note): this desk's own (`shared` once the platform's
    API has it) or one pulled from the API and verified. One per proposal."""

    __tablename__ = "treasury_override_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    chain_id: Mapped[int] = mapped_column(BigInteger)
    treasury: Mapped[str] = mapped_column(String(42))
    proposal_id: Mapped[int] = mapped_column(BigInteger)
    proposer: Mapped[str] = mapped_column(String(42))
    report_hash: Mapped[str] = mapped_column(String(66))
    reason: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(Text)  # 0x hex
    shared: Mapped[bool] = mapped_column(Boolean)

    __table_args__ = (
        UniqueConstraint("chain_id", "treasury", "proposal_id", name="uq_treasury_override_notes"),
    )


class TreasurySignatureRow(Base):
    """One approver's EIP-712 Approval or Rejection of a proposal (app.treasury.signature_store):
    the message as signed, the signature, and who signed, when and through which channel. One
    row per (proposal, kind, signer, nonce): signing again at the same nonce replaces it."""

    __tablename__ = "treasury_signatures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    chain_id: Mapped[int] = mapped_column(BigInteger)
    treasury: Mapped[str] = mapped_column(String(42))
    proposal_id: Mapped[int] = mapped_column(BigInteger)
    kind: Mapped[str] = mapped_column(String(10))  # approval | rejection
    signer: Mapped[str] = mapped_column(String(42))
    store_id: Mapped[str] = mapped_column(String(66))
    period: Mapped[int] = mapped_column(Integer)
    amount: Mapped[str] = mapped_column(String(78))
    report_hash: Mapped[str] = mapped_column(String(66))
    reason: Mapped[str | None] = mapped_column(Text)  # a rejection's words
    nonce: Mapped[str] = mapped_column(String(78))
    deadline: Mapped[int] = mapped_column(BigInteger)
    signature: Mapped[str] = mapped_column(Text)  # 0x hex
    channel: Mapped[str] = mapped_column(String(10))
    signed_at: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (
        UniqueConstraint(
            "chain_id",
            "treasury",
            "proposal_id",
            "kind",
            "signer",
            "nonce",
            name="uq_treasury_signatures_signer",
        ),
        Index("ix_treasury_signatures_proposal", "chain_id", "treasury", "proposal_id"),
    )


# --- A Safe's owners' parts (migration 0012_safe_parts): each owner's signature of the Safe
# message for one proposal, kept until the Safe's threshold is reached ------------------------


class TreasurySafePartRow(Base):
    """One Safe owner's signature of the Safe message of a proposal's Approval (the Safe's nonce
    on the treasury), kept on this desk (app.treasury.safe_parts). One row per (proposal, Safe,
    owner, nonce): an owner signs their part once."""

    __tablename__ = "treasury_safe_parts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    chain_id: Mapped[int] = mapped_column(BigInteger)
    treasury: Mapped[str] = mapped_column(String(42))
    proposal_id: Mapped[int] = mapped_column(BigInteger)
    safe: Mapped[str] = mapped_column(String(42))
    owner: Mapped[str] = mapped_column(String(42))
    nonce: Mapped[str] = mapped_column(String(78))  # the Safe's nonce on the treasury
    deadline: Mapped[int] = mapped_column(BigInteger)
    signature: Mapped[str] = mapped_column(Text)  # 0x hex, 65 bytes r, s, v
    signed_at: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (
        UniqueConstraint(
            "chain_id",
            "treasury",
            "proposal_id",
            "safe",
            "owner",
            "nonce",
            name="uq_treasury_safe_parts_owner",
        ),
        Index("ix_treasury_safe_parts_proposal", "chain_id", "treasury", "proposal_id"),
    )


# --- Bank (migration 0009_bank): controlled accounts and imported statements -------------------
# Amounts are integer cents. A statement line is keyed by its account and the bank's entry
# reference, so importing a statement again (or an overlapping one) adds nothing twice.


class BankAccountRow(Base):
    """A controlled collection account the desk knows (from the bank API)."""

    __tablename__ = "bank_accounts"

    id: Mapped[str] = mapped_column(String(34), primary_key=True)
    merchant_id: Mapped[str] = mapped_column(String(10))
    symbol: Mapped[str] = mapped_column(String(12))
    currency: Mapped[str] = mapped_column(String(3))


class BankStatementRow(Base):
    __tablename__ = "bank_statements"

    account: Mapped[str] = mapped_column(String(34), primary_key=True)
    statement_id: Mapped[str] = mapped_column(String(35), primary_key=True)
    format: Mapped[str] = mapped_column(String(10))
    first_day: Mapped[dt.date] = mapped_column(Date)
    last_day: Mapped[dt.date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    opening: Mapped[int] = mapped_column(BigInteger)
    closing: Mapped[int] = mapped_column(BigInteger)
    content_hash: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class BankStatementLineRow(Base):
    __tablename__ = "bank_statement_lines"

    account: Mapped[str] = mapped_column(String(34), primary_key=True)
    entry: Mapped[str] = mapped_column(String(35), primary_key=True)
    statement_id: Mapped[str] = mapped_column(String(35))
    value_date: Mapped[dt.date] = mapped_column(Date)
    booking_date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(BigInteger)
    reference: Mapped[str] = mapped_column(String(140))
    counterparty: Mapped[str] = mapped_column(String(140))

    __table_args__ = (Index("ix_bank_statement_lines_day", "account", "value_date"),)


class BankResolutionRow(Base):
    """A difference settled by hand: matched with another (`partner`) or written off, and why."""

    __tablename__ = "bank_resolutions"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # "match" | "write_off"
    partner: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(80))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
