"""The vault's chain binding on anvil, with the vault key in the real Secret Service."""

from __future__ import annotations

import os
import sqlite3

import pytest
from eth_utils import keccak

from app.chain.client import connect
from app.chain.context import ChainContext
from app.chain.signer import SignedTransaction
from app.chain.transactions import TransactionPipeline
from app.vault import SecretField, Vault
from app.vault.binding import ChainBinding
from app.vault.binding_state import BindingState, chain_store_id
from app.vault.errors import BindingError, BindingIncomplete, NotAuthorised
from tests.app.vault.conftest import credential
from tests.fixtures.vault_chain import STORES

PROFILE = "vault-test"


@pytest.fixture
def keyring_vault(db, secret_service, bus):
    vault = Vault(db, keyring_store=secret_service, bus=bus, actor="ops-alice")
    vault.unlock(PROFILE)
    for n, store in enumerate(STORES, 1):
        vault.add_credential(PROFILE, store, credential(n))
    return vault


@pytest.fixture
def binding(vault_registry, chain, keyring_vault, db, bus):
    context = ChainContext(vault_registry.profile(PROFILE), db, bus)
    made = ChainBinding.over(context, keyring_vault)
    made.receipt_timeout = 20.0
    yield made
    made.close()
    context.close()


def _states(binding: ChainBinding) -> dict[str, BindingState]:
    return {e.store_id: e.state for e in binding.verify(PROFILE).entries}


def test_register_then_verify_in_one_batched_read(binding, vault_registry):
    assert _states(binding) == {s: BindingState.UNREGISTERED for s in STORES}
    result = binding.bind(PROFILE, STORES[0], vault_registry.owner)
    # A fresh store starts at key version 1 with no commitment: the entry is re-sealed above it.
    assert result.entry.key_version == 2
    assert result.transaction is not None and result.transaction.status == "confirmed"
    report = binding.verify(PROFILE)
    assert report.round_trips <= 2
    assert {e.store_id: e.state for e in report.entries} == {
        STORES[0]: BindingState.BOUND,
        STORES[1]: BindingState.UNREGISTERED,
    }
    # Binding again changes nothing and sends nothing.
    assert binding.bind(PROFILE, STORES[0], vault_registry.owner).transaction is None


def test_an_edited_sealed_entry_is_flagged_tampered(binding, vault_registry, db, tmp_path):
    binding.bind(PROFILE, STORES[0], vault_registry.owner)
    db.close()  # edit the file as an attacker would, outside the app
    with sqlite3.connect(tmp_path / "store.sqlite3") as raw:
        (envelope,) = raw.execute(
            "SELECT envelope FROM vault_entries WHERE store_id = ?", (STORES[0],)
        ).fetchone()
        edited = envelope[:-20] + bytes([envelope[-20] ^ 1]) + envelope[-19:]
        raw.execute("UPDATE vault_entries SET envelope = ? WHERE store_id = ?", (edited, STORES[0]))
    from app.storage import open_database

    reopened = open_database(tmp_path / "store.sqlite3")
    try:
        binding.vault.db = reopened
        entry = binding.verify(PROFILE).by_store()[STORES[0]]
        assert entry.state is BindingState.TAMPERED
        assert "does not open" in entry.detail
        binding.vault.lock(PROFILE)  # locked: the commitment alone shows it
        assert binding.verify(PROFILE).by_store()[STORES[0]].state is BindingState.TAMPERED
    finally:
        reopened.close()


def test_a_commitment_this_vault_never_registered_is_unbound_not_tampered(binding, vault_registry):
    # The store is registered with a placeholder (as the sandbox does), at the entry's version.
    sender, registry = vault_registry.registry_sender()
    sender.send(registry.functions.rotateCredential(chain_store_id(STORES[0]), os.urandom(32), 2))
    binding.vault.rotate_entry(PROFILE, STORES[0], min_key_version=2)
    assert binding.vault.entry(PROFILE, STORES[0]).key_version == 2
    entry = binding.verify(PROFILE).by_store()[STORES[0]]
    assert entry.state is BindingState.UNBOUND and "not bound yet" in entry.detail
    # Binding registers it, above the placeholder's version; from then on it is this vault's.
    bound = binding.bind(PROFILE, STORES[0], vault_registry.owner)
    assert bound.entry.key_version == 3 and bound.transaction is not None
    assert binding.verify(PROFILE).by_store()[STORES[0]].state is BindingState.BOUND
    binding.vault.rotate_entry(PROFILE, STORES[0], min_key_version=3)  # vault only: pending
    assert binding.verify(PROFILE).by_store()[STORES[0]].state is BindingState.PENDING


def test_a_rotation_on_chain_only_makes_the_entry_stale(binding, vault_registry):
    bound = binding.bind(PROFILE, STORES[0], vault_registry.owner).entry
    sender, registry = vault_registry.registry_sender()
    sender.send(
        registry.functions.rotateCredential(
            chain_store_id(STORES[0]), os.urandom(32), bound.key_version + 1
        )
    )
    entry = binding.verify(PROFILE).by_store()[STORES[0]]
    assert entry.state is BindingState.STALE and "rotated elsewhere" in entry.detail
    with pytest.raises(BindingError, match="newer credentials"):
        binding.rotate(PROFILE, STORES[0], vault_registry.owner)
    assert binding.vault.entry(PROFILE, STORES[0]).key_version == bound.key_version
    # New credentials entered by the user may replace the newer ones, above their version.
    rotated = binding.rotate(PROFILE, STORES[0], vault_registry.owner, credential(9)).entry
    assert rotated.key_version == bound.key_version + 2
    assert binding.verify(PROFILE).by_store()[STORES[0]].state is BindingState.BOUND


def test_rotation_without_authority_is_refused_and_changes_nothing(binding, vault_registry):
    before = binding.vault.entry(PROFILE, STORES[1])
    with pytest.raises(NotAuthorised) as refused:
        binding.rotate(PROFILE, STORES[1], vault_registry.operator)  # operator of M00001 only
    message = str(refused.value)
    assert vault_registry.operator.address in message and vault_registry.owner.address in message
    assert "Nothing was changed" in message
    assert binding.vault.entry(PROFILE, STORES[1]) == before
    with pytest.raises(NotAuthorised):
        binding.bind(PROFILE, STORES[0], vault_registry.outsider)


def test_operator_rotates_and_its_reveals_are_recorded_on_chain(binding, vault_registry):
    operator = vault_registry.operator
    rotated = binding.rotate(PROFILE, STORES[0], operator)
    assert binding.verify(PROFILE).by_store()[STORES[0]].state is BindingState.BOUND
    purpose = "monthly payout check"
    outcome = binding.reveal(PROFILE, STORES[0], SecretField.PASSWORD, purpose, operator)
    assert outcome.reveal.value == credential(1).password
    assert outcome.treasury_user and outcome.chain_error is None
    w3 = vault_registry.chain.w3
    receipt = w3.eth.get_transaction_receipt(outcome.recorded_on_chain)
    registry = w3.eth.contract(
        address=vault_registry.platform.registry,
        abi=binding.client.contract("StoreRegistry", vault_registry.platform.registry).abi,
    )
    (event,) = registry.events.CredentialAccessed().process_receipt(receipt)
    assert event["args"]["storeId"] == chain_store_id(STORES[0])
    assert event["args"]["accessor"] == operator.address
    assert event["args"]["purposeHash"] == keccak(text=purpose)
    assert event["args"]["keyVersion"] == rotated.entry.key_version
    # Someone with no role on chain: recorded locally only, no transaction.
    local = binding.reveal(PROFILE, STORES[0], SecretField.NOTES, purpose, vault_registry.outsider)
    assert not local.treasury_user and local.recorded_on_chain is None
    log = binding.vault.access_log(PROFILE, STORES[0], "reveal")
    assert [a.field for a in log] == ["password", "notes"]


class CancellingSigner:
    """A wallet whose user dismisses the password prompt."""

    def __init__(self, address: str) -> None:
        self.address = address

    def sign_transaction(self, tx: dict) -> SignedTransaction:
        raise BindingError("signing was cancelled")


def test_a_failure_between_vault_and_chain_is_visible_and_resumable(
    binding, vault_registry, rpc_proxy_factory, db
):
    owner = vault_registry.owner
    binding.bind(PROFILE, STORES[0], owner)
    with pytest.raises(BindingIncomplete, match="pending") as stopped:
        binding.rotate(PROFILE, STORES[0], CancellingSigner(owner.address))
    assert stopped.value.key_version == 3
    assert binding.vault.entry(PROFILE, STORES[0]).key_version == 3
    assert binding.verify(PROFILE).by_store()[STORES[0]].state is BindingState.PENDING

    # Resume through a node whose answer to the send is lost: the transaction stays recorded.
    proxy = rpc_proxy_factory(vault_registry.chain.url)
    proxy.set_mode("error503", methods={"eth_sendRawTransaction"})
    flaky = ChainBinding(
        binding.vault,
        binding.client,
        vault_registry.platform.registry,
        TransactionPipeline(
            connect(vault_registry.profile(PROFILE).with_endpoints(rpc_url=proxy.url), retries=0),
            db,
        ),
    )
    with pytest.raises(BindingIncomplete):
        flaky.bind(PROFILE, STORES[0], owner)
    assert binding.verify(PROFILE).by_store()[STORES[0]].state is BindingState.PENDING
    proxy.set_mode("pass")
    result = binding.bind(PROFILE, STORES[0], owner)
    assert binding.verify(PROFILE).by_store()[STORES[0]].state is BindingState.BOUND
    sends = [t for t in binding.pipeline.history() if "key version 3" in t.description]
    assert len(sends) == 1 and sends[0].intent_id == result.transaction.intent_id
    flaky.pipeline.client.close()
