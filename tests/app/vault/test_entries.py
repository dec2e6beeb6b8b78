"""Entries, reveals and their audit trail, opening the vault, the API token (password mode)."""

import pytest
from eth_utils import keccak
from sqlalchemy import select, update

from app.storage.schema import VaultAccess, VaultEntry
from app.vault import (
    PASSWORD_ONLY_BANNER,
    EntryExists,
    EntryKind,
    EntryNotFound,
    PasswordRequired,
    SecretField,
    TamperedEnvelope,
    VaultInputError,
    VaultLocked,
    VaultMode,
    WrongPassword,
    commitment,
)

from .conftest import SEED, credential


def test_add_list_and_reveal_every_field(password_vault):
    vault = password_vault
    vault.add_credential("sandbox", "M00002", credential(2), label="backup login")
    vault.add_credential("sandbox", "M00001", credential(1), label="main")
    listed = vault.entries("sandbox")
    assert [(e.store_id, e.login, e.label, e.key_version) for e in listed] == [
        ("M00001", "seller1@example.com", "main", 1),
        ("M00002", "seller2@example.com", "backup login", 1),
    ]
    assert "pw-1" not in repr(listed) and "pw-1" not in repr(credential(1))
    shown = {
        field: vault.reveal("sandbox", "M00001", field, "quarterly audit").value
        for field in (SecretField.PASSWORD, SecretField.API_KEYS, SecretField.TOTP_SEED)
    }
    assert shown == {
        SecretField.PASSWORD: "pw-1-Zq8!xV",
        SecretField.API_KEYS: "AKIA-1-ONE\nAKIA-1-TWO",
        SecretField.TOTP_SEED: SEED,
    }
    # The clock says 12:00:59 on 2026-03-01; the code is the RFC 6238 SHA-1 code at that time.
    from app.vault.totp import current_code

    code = vault.reveal("sandbox", "M00001", SecretField.TOTP_CODE, "login").value
    assert code == current_code(SEED, vault._clock().timestamp()) and len(code) == 6


def test_every_reveal_is_recorded_without_the_secret(password_vault):
    vault = password_vault
    vault.add_credential("sandbox", "M00001", credential(1))
    shown = vault.reveal("sandbox", "M00001", SecretField.PASSWORD, "  monthly payout check ")
    log = vault.access_log("sandbox", "M00001", "reveal")
    assert len(log) == 1 and log[0].id == shown.access_id
    record = log[0]
    assert (record.action, record.store_id, record.field, record.actor, record.key_version) == (
        "reveal", "M00001", "password", "ops-alice", 1,
    )  # fmt: skip
    assert record.purpose == "monthly payout check"
    assert shown.purpose_hash == keccak(b"monthly payout check")
    assert record.purpose_hash == "0x" + shown.purpose_hash.hex()
    assert record.accessed_at is not None
    for value in vars(record).values():
        assert "pw-1" not in str(value)


def test_reveal_needs_a_purpose_and_the_unlocked_vault(password_vault):
    vault = password_vault
    vault.add_credential("sandbox", "M00001", credential(1))
    for purpose in ("", "   ", "two\nlines"):
        with pytest.raises(VaultInputError):
            vault.reveal("sandbox", "M00001", SecretField.PASSWORD, purpose)
    vault.lock("sandbox")
    with pytest.raises(VaultLocked):
        vault.reveal("sandbox", "M00001", SecretField.PASSWORD, "audit")
    assert [a.action for a in vault.access_log("sandbox")] == ["add"]  # no reveal recorded
    assert [e.store_id for e in vault.entries("sandbox")] == ["M00001"]  # listing stays open


def test_entry_rotation_new_data_key_and_version(password_vault):
    vault = password_vault
    first = vault.add_credential("sandbox", "M00001", credential(1))
    second = vault.rotate_entry("sandbox", "M00001")
    assert second.key_version == 2 and second.entry_id == first.entry_id
    assert commitment(second) != commitment(first)
    assert vault.reveal("sandbox", "M00001", SecretField.PASSWORD, "x").value == "pw-1-Zq8!xV"
    third = vault.add_credential(
        "sandbox", "M00001", credential(1, password="new-pw"), replace=True
    )
    assert third.key_version == 3
    assert vault.reveal("sandbox", "M00001", SecretField.PASSWORD, "x").value == "new-pw"


def test_the_access_log_tells_an_edit_from_a_rotation(password_vault):
    """An edit (new content or label) is logged as "edit", a bare re-seal as "rotate"."""
    vault = password_vault
    vault.add_credential("sandbox", "M00001", credential(1))
    vault.rotate_entry("sandbox", "M00001")
    changed = vault.edited("sandbox", "M00001", login="new-login@store.example")
    vault.rotate_entry("sandbox", "M00001", changed)
    vault.rotate_entry("sandbox", "M00001", label="renamed")
    log = [a.action for a in vault.access_log("sandbox", "M00001")]
    assert sorted(log) == ["add", "edit", "edit", "rotate"]
    assert vault.edited("sandbox", "M00001").login == "new-login@store.example"


def test_adding_twice_or_bad_input_changes_nothing(password_vault):
    vault = password_vault
    vault.add_credential("sandbox", "M00001", credential(1))
    with pytest.raises(EntryExists):
        vault.add_credential("sandbox", "M00001", credential(1, password="other"))
    with pytest.raises(VaultInputError):
        vault.add_credential("sandbox", "bad id!", credential(1))
    for bad in ({"totp_seed": "not-base32!"}, {"platform": ""}, {"password": "x\ny"}):
        with pytest.raises(VaultInputError) as caught:
            credential(1, **bad)
        assert "not-base32" not in str(caught.value)
    with pytest.raises(EntryNotFound):
        vault.rotate_entry("sandbox", "M09999")
    assert [(e.store_id, e.key_version) for e in vault.entries("sandbox")] == [("M00001", 1)]
    assert vault.reveal("sandbox", "M00001", SecretField.PASSWORD, "x").value == "pw-1-Zq8!xV"


def test_api_token_kind(password_vault):
    vault = password_vault
    assert vault.api_token("sandbox") is None
    first = vault.set_api_token("sandbox", "tok-123-secret")
    assert first.kind is EntryKind.API_TOKEN and first.key_version == 1
    assert vault.api_token("sandbox") == "tok-123-secret"
    assert vault.set_api_token("sandbox", "tok-456-secret").key_version == 2
    assert vault.api_token("sandbox") == "tok-456-secret"
    assert vault.reveal("sandbox", "sandbox", SecretField.API_TOKEN, "support").value == (
        "tok-456-secret"
    )
    with pytest.raises(VaultInputError):
        vault.set_api_token("sandbox", "")
    vault.lock()
    with pytest.raises(VaultLocked):
        vault.api_token("sandbox")


def test_opening_checks_every_entry_and_flags_tampering(password_vault, db):
    vault = password_vault
    for n in range(1, 5):
        vault.add_credential("sandbox", f"M0000{n}", credential(n))
    vault.set_api_token("sandbox", "tok")
    report = vault.open_all("sandbox")
    assert len(report.entries) == 5 and report.problems == []
    assert all(c.commitment == commitment(c.entry) for c in report.entries)

    with db.session() as session:
        rows = {r.store_id: r for r in session.scalars(select(VaultEntry))}
        flipped = bytearray(rows["M00001"].envelope)
        flipped[-3] ^= 1
        rows["M00001"].envelope = bytes(flipped)
        rows["M00002"].login = "intruder@example.com"
        session.execute(
            update(VaultEntry).where(VaultEntry.store_id == "M00003").values(key_version=7)
        )
        rows["M00004"].envelope, rows["sandbox"].envelope = (
            rows["sandbox"].envelope, rows["M00004"].envelope,
        )  # fmt: skip
    problems = {c.entry.store_id for c in vault.open_all("sandbox").problems}
    assert problems == {"M00001", "M00002", "M00003", "M00004", "sandbox"}
    with pytest.raises(TamperedEnvelope):
        vault.reveal("sandbox", "M00003", SecretField.PASSWORD, "x")
    with db.session() as session:  # the adds were logged; the tampered reveal was not
        assert "reveal" not in {a.action for a in session.scalars(select(VaultAccess)).all()}


def test_status_without_keyring_shows_the_banner(password_vault):
    status = password_vault.status("sandbox")
    assert (status.mode, status.unlocked, status.needs_password) == (
        VaultMode.PASSWORD, True, True,
    )  # fmt: skip
    assert status.banner == PASSWORD_ONLY_BANNER
    assert password_vault.status("other").banner == PASSWORD_ONLY_BANNER
    with pytest.raises(PasswordRequired):
        password_vault.unlock("other")
    with pytest.raises(VaultInputError):
        password_vault.unlock("other", "short")
    with pytest.raises(WrongPassword):
        password_vault.unlock("sandbox", "not the vault password")
    assert not password_vault.status("other").initialized


def test_changes_are_published(password_vault, bus):
    seen = []
    bus.subscribe("vault", lambda topic, changes: seen.append(changes))
    password_vault.add_credential("sandbox", "M00001", credential(1))
    password_vault.rotate_entry("sandbox", "M00001")
    assert len(seen) == 2 and all(c.vault for c in seen)
