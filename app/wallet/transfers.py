"""Sending ETH, the stablecoin or a PST: every check before signing, and the review the user signs.

`plan_transfer` does, in order: the recipient checks (EIP-55, no-checksum, first-time, look-alike),
the amount in base units, the pre-check (the PST's own `transferCheck` view, which explains a
compliance refusal in words; a balance check for ETH and the stablecoin), then the pipeline's
simulation and fee estimate. It never signs. The `TransferReview` it returns is what the review
dialog and the CLI show: the decoded call, amounts formatted from base units, the maximum and
expected fees, and the simulation result. Only a review whose checks passed can be sent.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from eth_abi import decode as abi_decode
from eth_abi import encode as abi_encode
from eth_utils import to_checksum_address

from app.amounts import AmountError, parse_amount
from app.chain.batch import BatchReader, balance, call
from app.chain.errors import SimulationReverted
from app.chain.transactions import Intent, PreparedTransaction, TransactionPipeline
from app.errors import Phrase
from app.wallet.addresses import AddressCheck, KnownAddresses
from app.wallet.balances import Asset, AssetKind, format_units
from app.wallet.descriptions import short
from app.wallet.errors import WalletError

ETH_DECIMALS = 18
TRANSFER_SELECTOR = bytes.fromhex("a9059cbb")  # transfer(address,uint256)


class TransferRefused(WalletError):
    """The review says this transfer would fail; nothing was signed."""

    code = "wallet.transfer_refused"


@dataclass(frozen=True)
class PreCheck:
    ok: bool
    reason: str  # empty when ok
    source: str  # "transferCheck" (the token's own view) or "balance"


@dataclass(frozen=True)
class DecodedCall:
    contract: str  # the address called
    function: str  # "transfer", or "" for a plain ETH transfer (no contract call)
    arguments: tuple[tuple[str, str], ...]  # (ABI name, value as the chain has it)
    words: Phrase  # the call as the reviewer reads it, in their language


@dataclass(frozen=True)
class TransferReview:
    sender: str
    asset: Asset
    recipient: AddressCheck
    amount: int  # base units of `asset`
    intent: Intent
    call: DecodedCall
    check: PreCheck
    prepared: PreparedTransaction | None  # None when the pre-check or the simulation failed
    simulation: str  # the simulation result in words
    gas_estimate: int | None = None  # the node's estimate, before the pipeline's safety margin
    intent_id: str = field(default_factory=lambda: str(uuid.uuid4()))

    @property
    def can_send(self) -> bool:
        return self.check.ok and self.prepared is not None

    @property
    def amount_text(self) -> str:
        return format_units(self.amount, self.asset)

    @property
    def max_fee(self) -> int | None:
        """The most the network fee can be, in wei (gas limit x max fee per gas)."""
        p = self.prepared
        return None if p is None else p.gas_limit * p.fees.max_fee_per_gas

    @property
    def expected_fee(self) -> int | None:
        """The likely fee in wei: the estimated gas at the next base fee plus the tip (the max
        fee per gas is twice the base fee plus the tip, see app/chain/fees.py)."""
        p = self.prepared
        if p is None:
            return None
        tip = p.fees.max_priority_fee_per_gas
        base = (p.fees.max_fee_per_gas - tip) // 2
        return (self.gas_estimate or p.gas_limit) * (base + tip)

    def lines(self) -> list[tuple[str, str]]:
        """(label, value) rows of the review, the same in the dialog and the CLI: Phrases (the
        English where a str is read, `text(language)` in the GUI's language) or plain data."""
        precheck = (
            Phrase("wallet.review.passes")
            if self.check.ok
            else Phrase("wallet.review.fails", reason=self.check.reason)
        )
        rows: list[tuple[str, str]] = [
            (Phrase("wallet.review.from"), self.sender),
            (Phrase("wallet.review.to"), _known(self.recipient)),
            (Phrase("wallet.review.amount"), self.amount_text),
            (Phrase("wallet.review.asset"), _asset_words(self.asset)),
            (Phrase("wallet.review.call"), self.call.words),
            (Phrase("wallet.review.contract"), self.call.contract),
            (Phrase("wallet.review.precheck"), precheck),
            (Phrase("wallet.review.simulation"), self.simulation),
        ]
        if self.max_fee is not None and self.expected_fee is not None:
            expected = format_units(self.expected_fee, ETH_DECIMALS)
            most = format_units(self.max_fee, ETH_DECIMALS)
            rows.append((Phrase("wallet.review.network_fee"),
                         Phrase("wallet.review.about_eth", amount=expected)))  # fmt: skip
            rows.append((Phrase("wallet.review.fee_at_most"),
                         Phrase("wallet.review.eth", amount=most)))  # fmt: skip
        if self.prepared is not None and self.asset.kind is AssetKind.ETH:
            total = format_units(self.prepared.max_cost, 18)
            rows.append((Phrase("wallet.review.total_at_most"),
                         Phrase("wallet.review.eth", amount=total)))  # fmt: skip
        for warning in self.recipient.warnings:
            rows.append((Phrase("wallet.review.warning"), warning.message))
        return rows


ETH_TRANSFER_GAS = 21_000  # a plain value transfer to an account without code


def max_sendable(held: int, asset: Asset, max_fee_per_gas: int, gas_margin_bp: int) -> int:
    """The most of `asset` a transfer can move: all of a token; of ETH, what is left after the
    largest fee the transfer may pay (its gas limit, with the pipeline's margin, at the max fee
    per gas), so that "Max" never asks for more than the account can pay."""
    if asset.kind is not AssetKind.ETH:
        return held
    reserve = ETH_TRANSFER_GAS * gas_margin_bp // 10_000 * max_fee_per_gas
    return max(0, held - reserve)


def plan_transfer(
    pipeline: TransactionPipeline,
    reader: BatchReader,
    *,
    sender: str,
    asset: Asset,
    recipient: str,
    amount: int | str,
    known: KnownAddresses,
    speed: str = "normal",
) -> TransferReview:
    """Check and simulate a transfer, with fees for `speed` (slow, normal, fast); raises only
    for bad input (address, amount)."""
    check_address = known.check(recipient)
    to = check_address.address
    base = amount if isinstance(amount, int) else parse_amount(amount, asset.decimals)
    if base <= 0:
        raise AmountError("amount.zero")
    intent, decoded = _intent(asset, to, base)
    check = _pre_check(reader, asset, sender, to, base)
    prepared: PreparedTransaction | None = None
    try:
        prepared = pipeline.prepare(intent, sender, speed)
        true = prepared.result[-1:] == b"\x01"
        simulation = Phrase("wallet.review.succeeds_true" if true else "wallet.review.succeeds")
    except SimulationReverted as error:
        simulation = Phrase("wallet.review.would_fail", reason=error.reason)
    if prepared is not None and asset.kind is AssetKind.ETH and check.ok:
        have = reader.read([balance(sender)])[0]
        if have.ok and have.value < prepared.max_cost:
            check = PreCheck(
                False,
                "the balance does not cover the amount plus the maximum network fee "
                f"({format_units(prepared.max_cost, 18)} ETH)",
                "balance",
            )
    if not check.ok:
        prepared = None  # a failed pre-check is never signable, whatever the simulation says
    estimate = None
    if prepared is not None:
        estimate = prepared.gas_limit * 10_000 // pipeline.gas_margin_bp
    return TransferReview(
        sender, asset, check_address, base, intent, decoded, check, prepared, simulation, estimate
    )


def transfer_calldata(to: str, amount: int) -> bytes:
    return TRANSFER_SELECTOR + abi_encode(["address", "uint256"], [to, amount])


def decode_transfer(data: bytes) -> tuple[str, int] | None:
    """(recipient, amount) of ERC-20 `transfer` calldata, else None."""
    if len(data) != 68 or data[:4] != TRANSFER_SELECTOR:
        return None
    to, amount = abi_decode(["address", "uint256"], data[4:])
    return to_checksum_address(to), int(amount)


def _intent(asset: Asset, to: str, amount: int) -> tuple[Intent, DecodedCall]:
    words = format_units(amount, asset)
    # A phrase: the person who sent it reads it in their language (stored as its English).
    description = Phrase("wallet.send.description", amount=words, to=short(to))
    if asset.address is None:
        decoded = DecodedCall(to, "", (), Phrase("wallet.review.call_plain"))
        return Intent(to, b"", amount, description), decoded
    call = Phrase("wallet.review.call_transfer", to=to, amount=words, units=str(amount))
    decoded = DecodedCall(asset.address, "transfer", (("to", to), ("amount", str(amount))), call)
    return Intent(asset.address, transfer_calldata(to, amount), 0, description), decoded


def _pre_check(reader: BatchReader, asset: Asset, sender: str, to: str, amount: int) -> PreCheck:
    client = reader.client
    if asset.kind is AssetKind.PST and asset.address is not None:
        token = client.contract("ProfitShareToken", asset.address)
        result = reader.read([call(token.functions.transferCheck(sender, to, amount))])[0]
        if not result.ok:
            return PreCheck(
                False, f"the token's transfer check failed ({result.error})", "transferCheck"
            )
        ok, _code, reason = result.value
        return PreCheck(bool(ok), "" if ok else str(reason), "transferCheck")
    if asset.address is None:
        read = balance(sender)
    else:
        read = call(client.contract("SandboxStablecoin", asset.address).functions.balanceOf(sender))
    result = reader.read([read])[0]
    if not result.ok:
        return PreCheck(False, f"the balance could not be read ({result.error})", "balance")
    if result.value < amount:
        have = format_units(result.value, asset)
        return PreCheck(False, f"the balance ({have}) is lower than the amount", "balance")
    return PreCheck(True, "", "balance")


def _known(check: AddressCheck) -> str:
    known = check.known_as
    if known is None:
        return check.address
    return Phrase("wallet.review.known", address=check.address, source=known.source,
                  label=known.label)  # fmt: skip


def _asset_words(asset: Asset) -> str:
    if asset.address is None:
        return Phrase("wallet.review.asset_eth")
    stable = asset.kind is AssetKind.STABLECOIN
    kind = Phrase("wallet.review.kind_stablecoin" if stable else "wallet.review.kind_pst")
    return Phrase("wallet.review.asset_token", name=asset.name, symbol=asset.symbol, kind=kind,
                  decimals=asset.decimals)  # fmt: skip
