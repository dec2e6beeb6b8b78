"""History descriptions are keyed by what a transaction is, not by the English words it was
recorded with: a known contract function reads in every language, an unknown one keeps its
recorded words."""

from __future__ import annotations

import re

import pytest
from eth_utils import function_abi_to_4byte_selector

from app.chain.artifacts import load_artifact
from app.chain.calldata import encode_call
from app.errors.catalog import LANGUAGES
from app.wallet import descriptions

TREASURY = "0x" + "12" * 20


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_treasury_action_reads_in_every_language_with_its_number(language):
    data = encode_call("DistributionTreasury", "cancel", 7)
    described = descriptions.call(TREASURY, data, "treasury: cancel proposal #7")
    text = descriptions.text(described, language)
    assert "#7" in text
    assert ("cancel" in text) == (language == "en")


def test_known_calls_name_the_function_and_unknown_ones_keep_their_words():
    claim = descriptions.call(TREASURY, encode_call("ProfitShareToken", "claim"), "x")
    assert descriptions.text(claim, "zh_CN") == "领取利润分成（0x121212…121212）"
    assert descriptions.call(TREASURY, b"\x01\x02\x03\x04", "Something") == "Something"
    assert descriptions.call(TREASURY, b"", "Something") == "Something"
    assert descriptions.text("plain words", "zh_TW") == "plain words"


@pytest.mark.parametrize("function", ["fill", "cancel", "cancelAll"])
def test_market_orders_read_in_chinese(function):
    """A PST market fill or cancel is named in History, not left in its recorded English."""
    [abi] = [
        item
        for item in load_artifact("PSTMarket").abi
        if item.get("type") == "function" and item.get("name") == function
    ]
    data = function_abi_to_4byte_selector(abi) + bytes(64)
    described = descriptions.call(TREASURY, data, f"market: {function} order")
    for language in ("zh_CN", "zh_TW"):
        text = descriptions.text(described, language)
        assert not re.search(r"[A-Za-z]{2,}", text.replace("PST", "")), text
    assert "PST market" in descriptions.text(described, "en")
