"""One formatter for token amounts: exact at any size, the same words in wallet, portfolio and
treasury."""

from app.units import format_units, stablecoin_text
from app.wallet.balances import format_units as wallet_units


def test_a_uint256_amount_is_never_rounded():
    top = 2**256 - 1  # 78 digits: Decimal's default 28-digit context would round it
    assert format_units(top, 18).replace(",", "").replace(".", "").lstrip("0") == str(top)
    assert format_units(10**40 + 1, 18) == "10,000,000,000,000,000,000,000.000000000000000001"


def test_the_wallet_trims_every_zero_and_the_treasury_keeps_every_place():
    assert wallet_units(12_345_000, 6) == "12.345" and wallet_units(5 * 10**18, 18) == "5"
    assert stablecoin_text(1_234_500_000) == "1,234.500000"
    assert stablecoin_text(0) == "0.000000" and stablecoin_text(-1) == "-0.000001"
