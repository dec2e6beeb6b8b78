"""The vault on the real Secret Service (gnome-keyring under dbus-run-session)."""

import base64
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.vault import (
    MasterKeyMissing,
    SecretField,
    TamperedEnvelope,
    Vault,
    VaultMode,
    WrongPassword,
    commitment,
)
from app.vault.keys import _backend_problem
from tests.fixtures.keyring import require_gnome_keyring_tools

from .conftest import VAULT_PASSWORD, credential

ROOT = Path(__file__).resolve().parents[3]


def _vault(db, store):
    return Vault(db, keyring_store=store, actor="ops-bob")


def _uid(db, profile="sandbox"):
    from app.storage.schema import VaultKey

    with db.session() as session:
        return session.get(VaultKey, profile).vault_uid


def test_master_key_lives_in_the_keyring_base64(db, secret_service):
    vault = _vault(db, secret_service)
    assert vault.status("sandbox").needs_password is False
    vault.unlock("sandbox")
    status = vault.status("sandbox")
    assert (status.mode, status.banner, status.unlocked) == (VaultMode.KEYRING, None, True)
    username = secret_service.username("sandbox", _uid(db))
    import keyring

    stored = keyring.get_password(secret_service.service, username)
    assert len(base64.b64decode(stored)) == 32
    vault.add_credential("sandbox", "M00001", credential(1))
    # Another process (a fresh Vault) unlocks from the keyring alone, no password.
    again = _vault(db, secret_service)
    again.unlock("sandbox")
    assert again.reveal("sandbox", "M00001", SecretField.PASSWORD, "x").value == "pw-1-Zq8!xV"


def test_master_rotation_keeps_every_entry_and_commitment(db, secret_service):
    vault = _vault(db, secret_service)
    vault.unlock("sandbox")
    for n in range(1, 6):
        vault.add_credential("sandbox", f"M0000{n}", credential(n))
    vault.set_api_token("sandbox", "tok-abc")
    before = {e.store_id: (commitment(e), e.envelope) for e in vault.entries("sandbox")}
    username = secret_service.username("sandbox", _uid(db))
    old_key = secret_service.read(username)
    progress = []
    vault.rotate_master_key("sandbox", on_progress=lambda done, total: progress.append(done))
    assert progress == [1, 2, 3, 4, 5, 6]
    assert secret_service.read(username) != old_key
    assert secret_service.read(username + ":next") is None
    after = {e.store_id: (commitment(e), e.envelope) for e in vault.entries("sandbox")}
    assert {k: v[0] for k, v in after.items()} == {k: v[0] for k, v in before.items()}
    assert all(after[k][1] != before[k][1] for k in before)  # every data key re-wrapped
    fresh = _vault(db, secret_service)
    fresh.unlock("sandbox")
    assert fresh.open_all("sandbox").problems == []
    assert fresh.api_token("sandbox") == "tok-abc"
    for n in range(1, 6):
        value = fresh.reveal("sandbox", f"M0000{n}", SecretField.PASSWORD, "check").value
        assert value == f"pw-{n}-Zq8!xV"


def test_a_rotation_cut_off_after_commit_is_finished_at_unlock(db, secret_service):
    vault = _vault(db, secret_service)
    vault.unlock("sandbox")
    vault.add_credential("sandbox", "M00001", credential(1))
    username = secret_service.username("sandbox", _uid(db))
    old_key = secret_service.read(username)
    vault.rotate_master_key("sandbox")
    new_key = secret_service.read(username)
    # The state a crash between the commit and the keyring update leaves behind.
    secret_service.write(username, old_key)
    secret_service.write(username + ":next", new_key)
    fresh = _vault(db, secret_service)
    fresh.unlock("sandbox")
    assert fresh.reveal("sandbox", "M00001", SecretField.PASSWORD, "x").value == "pw-1-Zq8!xV"
    assert secret_service.read(username) == new_key
    assert secret_service.read(username + ":next") is None


def test_a_failed_rotation_changes_nothing(db, secret_service):
    vault = _vault(db, secret_service)
    vault.unlock("sandbox")
    vault.add_credential("sandbox", "M00001", credential(1))
    vault.add_credential("sandbox", "M00002", credential(2))
    from sqlalchemy import select

    from app.storage.schema import VaultEntry

    with db.session() as session:
        row = session.scalars(select(VaultEntry).where(VaultEntry.store_id == "M00002")).one()
        row.envelope = row.envelope[:-1] + bytes([row.envelope[-1] ^ 1])
    before = [e.envelope for e in vault.entries("sandbox")]
    username = secret_service.username("sandbox", _uid(db))
    old_key = secret_service.read(username)
    with pytest.raises(TamperedEnvelope):
        vault.rotate_master_key("sandbox")
    assert [e.envelope for e in vault.entries("sandbox")] == before
    assert secret_service.read(username) == old_key
    assert secret_service.read(username + ":next") is None
    assert vault.reveal("sandbox", "M00001", SecretField.PASSWORD, "x").value == "pw-1-Zq8!xV"


def test_missing_or_foreign_keyring_key_is_a_clear_error(db, secret_service):
    vault = _vault(db, secret_service)
    vault.unlock("sandbox")
    username = secret_service.username("sandbox", _uid(db))
    secret_service.write(username, os.urandom(32))
    with pytest.raises(WrongPassword, match="different key"):
        _vault(db, secret_service).unlock("sandbox")
    secret_service.delete(username)
    with pytest.raises(MasterKeyMissing, match="backup"):
        _vault(db, secret_service).unlock("sandbox")


def test_moving_between_keyring_and_password(db, secret_service):
    vault = _vault(db, secret_service)
    vault.unlock("sandbox")
    vault.add_credential("sandbox", "M00001", credential(1))
    username = secret_service.username("sandbox", _uid(db))
    vault.rotate_master_key("sandbox", VAULT_PASSWORD, mode=VaultMode.PASSWORD)
    assert secret_service.read(username) is None
    assert vault.status("sandbox").mode is VaultMode.PASSWORD
    assert "the OS keyring works now" in vault.status("sandbox").banner
    with pytest.raises(WrongPassword):
        _vault(db, secret_service).unlock("sandbox", "not the password")
    vault.rotate_master_key("sandbox", mode=VaultMode.KEYRING)
    fresh = _vault(db, secret_service)
    fresh.unlock("sandbox")
    assert fresh.reveal("sandbox", "M00001", SecretField.PASSWORD, "x").value == "pw-1-Zq8!xV"


def test_refused_backends():
    class FileBacked:
        pass

    FileBacked.__module__ = "keyrings.alt.file"
    import keyring.backends.chainer
    import keyring.backends.fail
    import keyring.backends.null

    assert _backend_problem(FileBacked()) == "vault.keyring_refused"
    assert _backend_problem(keyring.backends.fail.Keyring()) is not None
    assert _backend_problem(keyring.backends.null.Keyring()) is not None

    class Chain(keyring.backends.chainer.ChainerBackend):
        backends = [FileBacked()]

    class EmptyChain(keyring.backends.chainer.ChainerBackend):
        backends = []

    assert _backend_problem(Chain()) == "vault.keyring_refused"
    assert _backend_problem(EmptyChain()) is not None


LOCKED_SCRIPT = textwrap.dedent(
    """
    import tempfile, pathlib
    from keyring.backends import SecretService
    from app.storage import open_database
    from app.vault import Vault, KeyringStore, MasterKeyMissing, PasswordRequired

    db = open_database(pathlib.Path(tempfile.mkdtemp()) / "s.sqlite3")
    store = KeyringStore("pst-desk-locked-test")
    Vault(db, keyring_store=store).unlock("sandbox")
    SecretService.Keyring().get_preferred_collection().lock()
    vault = Vault(db, keyring_store=store)
    status = vault.status("sandbox")
    print("banner:", status.banner)
    try:
        vault.unlock("sandbox")
    except MasterKeyMissing as error:
        print("missing:", error)
    try:
        vault.unlock("other")
    except PasswordRequired as error:
        print("needs password:", error)
    vault.unlock("other", "a long vault password")
    print("other:", vault.status("other").mode.value)
    """
)


def test_a_locked_keyring_never_crashes_and_never_falls_back_to_plaintext(tmp_path):
    """A private D-Bus session whose gnome-keyring collection gets locked mid-way."""
    require_gnome_keyring_tools()
    shell = (
        "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
        f'"{sys.executable}" -c "$SCRIPT"'
    )
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell],
        # Its own keyring directory: a fresh login keyring that "pw" unlocks.
        env={
            **os.environ,
            "SCRIPT": LOCKED_SCRIPT,
            "PYTHONPATH": str(ROOT),
            "XDG_DATA_HOME": str(tmp_path),
        },
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith("banner: The OS keyring is unavailable, and this vault's key")
    assert lines[1].startswith("missing: The OS keyring is unavailable")
    assert lines[2].startswith("needs password: The OS keyring is unavailable")
    assert lines[3] == "other: password"
