"""The core's errors reach the user in the user's language, from the core's one table; other
errors are a short sentence, never a traceback."""

from __future__ import annotations

import pytest

from app.amounts import AmountError, parse_amount
from app.backend.errors import BackendHttpError, BackendTimeout, BackendUnreachable, InvalidPayload
from app.chain.errors import ChainIdMismatch, ChainTimeout, SimulationReverted
from app.errors import Phrase
from app.vault.errors import KeyringUnavailable, VaultLocked
from app.wallet.errors import AccountExists, WrongPassword
from ui.shared.i18n import Language
from ui.shared.runner import user_message

SAMPLES = [
    BackendUnreachable("api.example", Phrase("backend.reason.refused")),
    BackendTimeout("api.example", 10.0, endpoint="/v1/merchants"),
    BackendHttpError(503, "unavailable", endpoint="/v1/merchants"),
    BackendHttpError(400, "bad_request", endpoint="/v1/merchants"),
    InvalidPayload("/v1/merchants", "gmv_12m: negative"),
    ChainTimeout(seconds=10),
    ChainIdMismatch(1, 31337),
    SimulationReverted("NotAllowed()"),
    WrongPassword(),
    VaultLocked(),
    KeyringUnavailable(),
    AccountExists(address="0x" + "ab" * 20),
]


def _chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@pytest.mark.parametrize("code", ["zh_CN", "zh_TW"])
def test_core_errors_are_shown_in_the_users_language(language: Language, code: str) -> None:
    language.apply(code)
    for error in SAMPLES:
        text = user_message(error)
        assert text == error.text(code) and text != error.user_message, error.code
        assert _chinese(text) and "{" not in text, text
    assert "31337" in user_message(ChainIdMismatch(1, 31337))
    assert "NotAllowed()" in user_message(SimulationReverted("NotAllowed()"))
    # A reason carried as a phrase follows the sentence's language.
    assert "连接被拒绝" in user_message(SAMPLES[0]) or "連線被拒絕" in user_message(SAMPLES[0])


def test_an_amount_refusal_says_what_to_type_in_chinese(language: Language) -> None:
    language.apply("zh_TW")
    with pytest.raises(AmountError) as refused:
        parse_amount("1,5", 6, "zh_TW")
    text = user_message(refused.value)
    assert _chinese(text) and "1.5" in text and "15" in text


def test_english_is_the_tables_english(language: Language) -> None:
    language.apply("en")
    for error in SAMPLES:
        assert user_message(error) == error.user_message
    assert "ValueError" in user_message(ValueError("x"))
