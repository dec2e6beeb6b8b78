"""Amounts typed by people: one strict parser for the GUI and the CLI, and its formatter."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.amounts import LOCALES, MAX_UINT256, AmountError, format_amount, parse_amount


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(
    ("typed", "decimals", "base"),
    [
        ("1,500.25", 6, 1_500_250_000),
        ("1500.25", 6, 1_500_250_000),
        ("  12.5 ", 6, 12_500_000),  # spaces around are trimmed, as pasting leaves them
        (".5", 2, 50),
        ("7.", 0, 7),
        ("0.000000000000000001", 18, 1),
        ("12,345,678", 0, 12_345_678),
        ("１，５００．２５", 6, 1_500_250_000),  # a full-width input method
        ("１２。５", 1, 125),  # the Chinese input method's full stop
    ],
)
def test_amounts_people_type_are_read_exactly(typed, decimals, base, locale):
    assert parse_amount(typed, decimals, locale) == base


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("1,5", "amount.grouping_two"),  # one and a half in much of the world: never 15
        ("0,001", "amount.grouping_two"),
        ("1,50", "amount.grouping_two"),
        ("1,500,00", "amount.grouping_one"),
        ("", "amount.empty"),
        ("   ", "amount.empty"),
        ("1 000", "amount.whitespace"),
        ("1\u00a0000", "amount.whitespace"),
        ("-1", "amount.sign"),
        ("+1", "amount.sign"),
        ("1-", "amount.sign"),
        ("\u22121", "amount.sign"),
        ("1e5", "amount.exponent"),
        ("1.5E3", "amount.exponent"),
        ("1e-7", "amount.exponent"),  # an exponent's sign is not the amount's
        ("1e+3", "amount.exponent"),
        ("-1e3", "amount.sign"),
        ("1e", "amount.character"),
        ("NaN", "amount.not_a_number"),
        ("inf", "amount.not_a_number"),
        ("-Infinity", "amount.not_a_number"),
        ("1.2.3", "amount.two_points"),
        ("12_000", "amount.character"),
        ("\u0661\u0662", "amount.character"),  # Arabic-Indic digits: Decimal would take them
        ("①", "amount.character"),
        ("0x10", "amount.character"),
        ("1.0000001", "amount.too_precise"),
        ("0", "amount.zero"),
        ("0.000", "amount.zero"),
    ],
)
def test_what_cannot_be_read_as_one_amount_is_refused_with_its_reason(typed, code):
    with pytest.raises(AmountError) as refused:
        parse_amount(typed, 6)
    assert refused.value.code == code
    for language in ("en", "zh_CN", "zh_TW"):
        assert refused.value.text(language)  # every refusal is worded in every language


def test_the_refusal_of_a_misplaced_comma_says_why_and_what_to_type():
    with pytest.raises(AmountError) as refused:
        parse_amount("1,5", 6)
    message = refused.value.user_message
    assert "groups of three digits" in message and "1,500.25" in message
    assert "15 or 1.5" in message
    assert "1.5" in refused.value.text("zh_CN") and "还是" in refused.value.text("zh_CN")


def test_the_edges_of_uint256_and_of_the_token_decimals():
    assert parse_amount(str(MAX_UINT256), 0) == MAX_UINT256
    with pytest.raises(AmountError) as too_large:
        parse_amount(str(MAX_UINT256 + 1), 0)
    assert too_large.value.code == "amount.too_large"
    with pytest.raises(AmountError) as whole:
        parse_amount("1.5", 0)
    assert whole.value.code == "amount.too_precise"
    assert parse_amount("0", 6, allow_zero=True) == 0


def test_formatting_is_exact_and_trims_down_to_the_places_asked():
    assert format_amount(1_234_500_000, 6) == "1,234.5"
    assert format_amount(1_234_500_000, 6, min_places=2) == "1,234.50"
    assert format_amount(5, 0, min_places=2) == "5.00"
    assert format_amount(-1_234_500, 6) == "-1.2345"
    top = format_amount(MAX_UINT256, 18)
    assert top.replace(",", "").replace(".", "") == str(MAX_UINT256)


@given(
    amount=st.integers(min_value=0, max_value=MAX_UINT256),
    decimals=st.integers(min_value=0, max_value=36),
    locale=st.sampled_from(LOCALES),
)
def test_what_is_shown_reads_back_as_the_same_amount(amount, decimals, locale):
    shown = format_amount(amount, decimals, locale)
    assert parse_amount(shown, decimals, locale, allow_zero=True) == amount
