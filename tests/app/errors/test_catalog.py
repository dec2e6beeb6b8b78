"""The one error table: every code has all three languages with the same fields; rendering is
safe against odd params and hostile text."""

from __future__ import annotations

import string

import pytest

from app.errors import LANGUAGES, AppError
from app.errors.catalog import table
from app.errors.clean import clean_text


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(table()))
def test_every_language_has_the_same_fields(code: str) -> None:
    message = table()[code]
    english = fields(message.en)
    for language in LANGUAGES:
        text = getattr(message, language)
        assert text.strip(), f"{code} has no {language} text"
        assert fields(text) == english, f"{code}: {language} fields differ from English"
    literal = " ".join(text for text, *_ in string.Formatter().parse(message.en))
    if any(word.isalpha() and not word.isupper() for word in literal.split()):
        # Words are translated; fields alone ("{percent}") or a ticker ("{amount} ETH") are not.
        assert message.zh_CN != message.en and message.zh_TW != message.en, code


def test_an_error_renders_in_each_language_from_its_code() -> None:
    error = AppError("app.error")
    assert "app.error" in error.user_message
    assert error.text("zh_CN") != error.text("en")
    assert error.text("zh_TW") != error.text("zh_CN")
    assert str(error) == error.user_message


def test_an_unknown_code_or_language_still_gives_a_sentence() -> None:
    assert "no.such.code" in AppError("no.such.code").user_message
    assert AppError("app.error").text("fr") == AppError("app.error").text("en")


def test_missing_params_never_raise() -> None:
    class Needs(AppError):
        code = "app.error"

    assert Needs(unused=1).user_message


def test_outside_text_loses_control_characters_and_is_clipped() -> None:
    hostile = "\x1b[2J\x1b[HOK\r\nall good\u202e" + "x" * 1000
    cleaned = clean_text(hostile, limit=50)
    assert "\x1b" not in cleaned and "\r" not in cleaned and "\u202e" not in cleaned
    assert len(cleaned) == 50 and cleaned.endswith("…")
