"""A chain time in a core sentence reads as the GUI writes times beside it, in each language."""

from __future__ import annotations

import pickle

import pytest

from app.errors import Phrase
from app.errors.moment import UtcMinute
from app.portfolio.kyc import kyc_status

AT = 1_856_419_200  # 2028-10-29 08:00:00 UTC


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("en", "29 Oct 2028 8:00\u202fAM UTC"),
        ("zh_CN", "2028/10/29 08:00 UTC"),
        ("zh_TW", "2028/10/29 上午8:00 UTC"),
    ],
)
def test_a_chain_time_is_written_in_the_sentences_language(language: str, written: str) -> None:
    assert UtcMinute(AT + 59).text(language) == written  # to the minute, never rounded up
    status = kyc_status(AT, AT - 400 * 86_400)
    assert written in status.message.text(language)


def test_a_time_past_year_9999_is_said_in_words() -> None:
    far = kyc_status(2**64 - 1, 0).message
    assert far == "KYC valid until a date far in the future."
    assert "遥远的将来" in far.text("zh_CN") and "遙遠的將來" in far.text("zh_TW")


def test_a_phrase_with_a_time_survives_pickling() -> None:
    phrase = Phrase("portfolio.kyc.valid", date=UtcMinute(AT))
    assert pickle.loads(pickle.dumps(phrase)).text("zh_CN") == phrase.text("zh_CN")
