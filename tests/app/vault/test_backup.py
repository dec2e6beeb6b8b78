"""Sealed backups: a round trip keeps commitments; a change or wrong password imports nothing."""

import functools

import pytest

from app.storage import open_database
from app.vault import BackupError, SecretField, Vault, commitment
from app.vault import backup as backup_module
from app.vault.backup import _HEADER, export_backup, import_backup, read_backup

from .conftest import Clock, credential

BACKUP_PASSWORD = "backup passphrase 42"


def _filled(vault, count=3):
    for n in range(1, count + 1):
        vault.add_credential("sandbox", f"M0000{n}", credential(n))
    vault.set_api_token("sandbox", "tok-secret-1")


@pytest.fixture
def other_vault(tmp_path, no_keyring):
    db = open_database(tmp_path / "other" / "store.sqlite3")
    vault = Vault(db, keyring_store=no_keyring, clock=Clock())
    vault.unlock("sandbox", "a different vault password")
    yield vault
    db.close()


def test_round_trip_into_another_vault_keeps_commitments(password_vault, other_vault, tmp_path):
    _filled(password_vault)
    path = tmp_path / "vault.pstbackup"
    assert export_backup(password_vault, "sandbox", path, BACKUP_PASSWORD) == 4
    assert path.stat().st_mode & 0o077 == 0
    *added, exported = password_vault.access_log("sandbox")
    assert [a.action for a in added] == ["add", "add", "add", "token"]
    assert (exported.action, exported.purpose) == ("export", path.name)
    result = import_backup(other_vault, "sandbox", path, BACKUP_PASSWORD)
    assert [a.action for a in other_vault.access_log("sandbox")] == ["import"]
    assert (result.added, result.replaced, result.unchanged) == (4, 0, 0)
    source = {e.store_id: commitment(e) for e in password_vault.entries("sandbox")}
    restored = {e.store_id: commitment(e) for e in other_vault.entries("sandbox")}
    assert restored == source
    assert other_vault.open_all("sandbox").problems == []
    assert other_vault.api_token("sandbox") == "tok-secret-1"
    shown = other_vault.reveal("sandbox", "M00002", SecretField.PASSWORD, "restore check")
    assert shown.value == "pw-2-Zq8!xV"
    again = import_backup(other_vault, "sandbox", path, BACKUP_PASSWORD)
    assert (again.added, again.unchanged) == (0, 4)
    with pytest.raises(BackupError, match="exists"):
        export_backup(password_vault, "sandbox", path, BACKUP_PASSWORD)


def test_every_flipped_byte_is_rejected(password_vault, tmp_path, monkeypatch):
    password_vault.add_credential("sandbox", "M00001", credential(1, api_keys=(), notes=""))
    path = tmp_path / "small.pstbackup"
    export_backup(password_vault, "sandbox", path, BACKUP_PASSWORD)
    data = path.read_bytes()
    assert read_backup(path, BACKUP_PASSWORD)["entries"][0]["store_id"] == "M00001"
    # The real scrypt, remembered per (password, salt, cost), so each position costs one AES-GCM
    # attempt; a changed salt or cost still derives (and fails with) a genuinely different key.
    remembered = functools.lru_cache(maxsize=None)(backup_module.derive_key)
    monkeypatch.setattr(backup_module, "derive_key", remembered)
    salt = range(13, 29)
    positions = [p for p in range(len(data)) if p not in salt] + [13]
    damaged_path = tmp_path / "damaged.pstbackup"
    for position in positions:
        damaged = bytearray(data)
        damaged[position] ^= 0x01
        damaged_path.write_bytes(bytes(damaged))
        with pytest.raises(BackupError):
            read_backup(damaged_path, BACKUP_PASSWORD)
    for cut in (data[:-1], data[: _HEADER.size], data + b"\x00"):
        damaged_path.write_bytes(cut)
        with pytest.raises(BackupError):
            read_backup(damaged_path, BACKUP_PASSWORD)


def test_damaged_backup_or_wrong_password_imports_nothing(password_vault, other_vault, tmp_path):
    _filled(password_vault, 2)
    path = tmp_path / "vault.pstbackup"
    export_backup(password_vault, "sandbox", path, BACKUP_PASSWORD)
    data = path.read_bytes()
    damaged = bytearray(data)
    damaged[len(data) // 2] ^= 0x40
    (tmp_path / "bad.pstbackup").write_bytes(bytes(damaged))
    with pytest.raises(BackupError, match="nothing was imported"):
        import_backup(other_vault, "sandbox", tmp_path / "bad.pstbackup", BACKUP_PASSWORD)
    with pytest.raises(BackupError, match="nothing was imported"):
        import_backup(other_vault, "sandbox", path, "wrong backup password")
    assert other_vault.entries("sandbox") == []


def test_a_conflict_imports_nothing_unless_replacing(password_vault, other_vault, tmp_path):
    _filled(password_vault, 2)
    path = tmp_path / "vault.pstbackup"
    export_backup(password_vault, "sandbox", path, BACKUP_PASSWORD)
    other_vault.add_credential("sandbox", "M00002", credential(2, password="local change"))
    with pytest.raises(BackupError, match="M00002"):
        import_backup(other_vault, "sandbox", path, BACKUP_PASSWORD)
    assert [e.store_id for e in other_vault.entries("sandbox")] == ["M00002"]
    result = import_backup(other_vault, "sandbox", path, BACKUP_PASSWORD, replace=True)
    assert (result.added, result.replaced) == (2, 1)
    shown = other_vault.reveal("sandbox", "M00002", SecretField.PASSWORD, "x")
    assert shown.value == "pw-2-Zq8!xV"


def test_backup_password_is_required_and_vault_unlocked(password_vault, tmp_path):
    with pytest.raises(Exception, match="at least 8"):
        export_backup(password_vault, "sandbox", tmp_path / "b", "short")
    password_vault.lock()
    with pytest.raises(Exception, match="Unlock"):
        export_backup(password_vault, "sandbox", tmp_path / "b", BACKUP_PASSWORD)
    assert not (tmp_path / "b").exists()
