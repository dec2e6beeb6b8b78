"""The REST API token lives in the vault: `doctor` reads a custom profile's token from it, and
the sandbox's token is kept there only when the vault opens without a prompt."""

from __future__ import annotations

import io

import pytest

from app.cli import build_parser, doctor
from app.cli.command import TOKEN_ENV
from app.config.paths import database_path
from app.config.profiles import NetworkProfile
from app.config.settings import Settings
from app.storage import open_database
from app.storage.settings_store import save_settings
from app.vault import EntryKind, Vault
from app.vault.api_token import keep_sandbox_token
from app.vault.keys import KeyringStore
from tests.app.vault.conftest import VAULT_PASSWORD
from tests.fixtures import payloads
from tests.fixtures.hostile import ok


@pytest.fixture
def prod(tmp_path, hostile_api, monkeypatch):
    """A custom profile 'prod' over a healthy server, and no token in the environment."""
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    hostile_api.set("/v1/health", ok(payloads.health(data_version=4)))
    hostile_api.set("/v1/merchants", ok(payloads.page(range(1, 2), total=60, size=1)))
    db = open_database(database_path(tmp_path))
    profile = NetworkProfile(name="prod", api_url=hostile_api.url, chain_id=1)
    save_settings(db, Settings(custom_profiles=[profile]))
    yield db, hostile_api
    db.close()


def run_doctor(tmp_path, stdin: str = "") -> tuple[int, str]:
    args = build_parser().parse_args(["--data-dir", str(tmp_path), "--profile", "prod", "doctor"])
    out = io.StringIO()
    return doctor.run(args, out=out, stdin=io.StringIO(stdin)), out.getvalue()


def test_doctor_opens_a_password_vault_with_the_password_on_stdin(tmp_path, prod, no_keyring):
    db, api = prod
    vault = Vault(db, keyring_store=no_keyring)
    vault.unlock("prod", VAULT_PASSWORD)
    vault.set_api_token("prod", api.token)
    code, output = run_doctor(tmp_path, stdin=VAULT_PASSWORD + "\n")
    assert code == 0, output
    assert "the API token is accepted" in output and api.token not in output
    code, output = run_doctor(tmp_path, stdin="not the password\n")
    assert code == 2 and "Wrong vault password" in output


def test_doctor_takes_the_token_from_a_keyring_vault_without_asking(tmp_path, prod, secret_service):
    db, api = prod
    store = KeyringStore()  # the app's own keyring name: doctor builds its Vault the same way
    vault = Vault(db, keyring_store=store)
    vault.unlock("prod")
    try:
        vault.set_api_token("prod", api.token)
        code, output = run_doctor(tmp_path)  # nothing on stdin: the vault answers
        assert code == 0, output
        assert api.token not in output
    finally:
        for uid in _uids(db):
            store.delete(store.username("prod", uid))


def _uids(db) -> list[str]:
    from app.storage.schema import VaultKey

    with db.session() as session:
        return [row.vault_uid for row in session.query(VaultKey).all()]


def test_without_a_keyring_the_sandbox_token_stays_in_memory(db, no_keyring):
    vault = Vault(db, keyring_store=no_keyring)
    assert keep_sandbox_token(vault, "sandbox-token-1") is False
    assert not vault.status("sandbox").initialized  # nothing written, not even a vault


def test_with_a_keyring_the_sandbox_token_is_kept_and_replaced(db, secret_service):
    vault = Vault(db, keyring_store=secret_service)
    assert keep_sandbox_token(vault, "sandbox-token-1") is True
    assert keep_sandbox_token(Vault(db, keyring_store=secret_service), "sandbox-token-2") is True
    assert vault.api_token("sandbox") == "sandbox-token-2"
    assert vault.entry("sandbox", "sandbox", EntryKind.API_TOKEN).key_version == 2
