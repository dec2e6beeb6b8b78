import datetime as dt

import pytest

from app.events import EventBus
from app.vault import StoreCredential, Vault

VAULT_PASSWORD = "correct horse battery"
SEED = "JBSWY3DPEHPK3PXP"


def credential(n: int = 1, **changes: object) -> StoreCredential:
    fields: dict = {
        "platform": "Amazon",
        "login": f"seller{n}@example.com",
        "password": f"pw-{n}-Zq8!xV",
        "api_keys": (f"AKIA-{n}-ONE", f"AKIA-{n}-TWO"),
        "totp_seed": SEED,
        "notes": f"recovery codes {n}: 1111-2222",
    }
    fields.update(changes)
    return StoreCredential(**fields)


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 1, 12, 0, 59, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def bus():
    return EventBus()


@pytest.fixture
def password_vault(db, no_keyring, bus):
    """A vault with no OS keyring: protected by VAULT_PASSWORD, unlocked, profile 'sandbox'."""
    vault = Vault(db, keyring_store=no_keyring, bus=bus, actor="ops-alice", clock=Clock())
    vault.unlock("sandbox", VAULT_PASSWORD)
    return vault
