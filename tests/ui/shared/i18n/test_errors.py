"""The common core errors reach the user in Chinese; others keep the core's English."""

from __future__ import annotations

import importlib

import pytest

from app.backend.errors import BackendHttpError, BackendTimeout, BackendUnreachable, InvalidPayload
from app.chain.errors import ChainIdMismatch, ChainTimeout, SimulationReverted
from app.vault.errors import KeyringUnavailable, VaultLocked
from app.wallet.errors import AccountExists, WrongPassword
from ui.shared.i18n import Language, errors
from ui.shared.runner import user_message


def test_every_key_names_a_real_error_class() -> None:
    for name in errors.MESSAGES:
        module, _, cls = name.rpartition(".")
        assert issubclass(getattr(importlib.import_module(module), cls), Exception), name


SAMPLES = [
    BackendUnreachable("api.example", "connection refused"),
    BackendTimeout("api.example", 10.0, endpoint="/v1/merchants"),
    BackendHttpError(503, "unavailable", endpoint="/v1/merchants"),
    BackendHttpError(400, "bad_request", endpoint="/v1/merchants"),
    InvalidPayload("/v1/merchants", "gmv_12m: negative"),
    ChainTimeout("The blockchain node did not answer within 10 s."),
    ChainIdMismatch(1, 31337),
    SimulationReverted("NotAllowed()"),
    WrongPassword("The password does not open this keystore."),
    VaultLocked("unlock the vault of profile 'sandbox' first"),
    KeyringUnavailable("no keyring"),
]


@pytest.mark.parametrize("code", ["zh_CN", "zh_TW"])
def test_common_errors_are_translated(language: Language, code: str) -> None:
    language.apply(code)
    for error in SAMPLES:
        text = user_message(error)
        assert text != error.user_message and "{" not in text, type(error).__name__
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text), text
    assert "31337" in user_message(ChainIdMismatch(1, 31337))
    assert "NotAllowed()" in user_message(SimulationReverted("NotAllowed()"))
    rare = AccountExists("That account is already in the wallet.")
    assert user_message(rare) == rare.user_message  # no translation: the core's English


def test_english_is_the_cores_message(language: Language) -> None:
    for error in SAMPLES:
        assert user_message(error) == error.user_message
    assert "ValueError" in user_message(ValueError("x"))
