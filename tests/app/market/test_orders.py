"""Order typed data, hashes and the arithmetic of a fill, checked against eth_account."""

from __future__ import annotations

import pytest
from eth_account import Account
from eth_account.messages import _hash_eip191_message, encode_typed_data

from app.market.errors import MalformedOrder
from app.market.orders import (
    ZERO_ADDRESS,
    Order,
    Side,
    fee_of,
    fill_cost,
    order_from_json,
    order_hash,
    order_to_json,
    recover_maker,
    typed_data,
)

MARKET = "0x5FbDB2315678afecb367f032d93F642f64180aa3"
TOKEN = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"
MAKER = Account.from_key("0x" + "11" * 32)


def _order(**changes: object) -> Order:
    fields: dict[str, object] = dict(
        maker=MAKER.address,
        side=Side.SELL,
        token=TOKEN,
        amount=5 * 10**18,
        price=12_340_000,
        expiry=1_900_000_000,
        salt=2**200 + 7,
        nonce=3,
        taker=ZERO_ADDRESS,
    )
    fields.update(changes)
    return Order(**fields)  # type: ignore[arg-type]


def test_order_hash_is_eth_accounts_eip712_digest() -> None:
    for order in (_order(), _order(side=Side.BUY, taker=TOKEN, nonce=0, salt=0)):
        signable = encode_typed_data(full_message=typed_data(order, 31337, MARKET))
        assert order_hash(order, 31337, MARKET) == _hash_eip191_message(signable)


@pytest.mark.parametrize(
    "change",
    [
        {"maker": TOKEN},
        {"side": Side.BUY},
        {"token": MARKET},
        {"amount": 5 * 10**18 + 1},
        {"price": 12_340_001},
        {"expiry": 1_900_000_001},
        {"salt": 2**200 + 8},
        {"nonce": 4},
        {"taker": TOKEN},
    ],
)
def test_every_field_is_signed(change: dict[str, object]) -> None:
    assert order_hash(_order(**change), 31337, MARKET) != order_hash(_order(), 31337, MARKET)


def test_the_domain_binds_chain_and_market() -> None:
    base = order_hash(_order(), 31337, MARKET)
    assert order_hash(_order(), 1, MARKET) != base
    assert order_hash(_order(), 31337, TOKEN) != base


def test_recover_maker_of_a_signed_order() -> None:
    order = _order()
    signable = encode_typed_data(full_message=typed_data(order, 31337, MARKET))
    signature = MAKER.sign_message(signable).signature
    assert recover_maker(order, 31337, MARKET, signature) == MAKER.address
    # The same signature over another order or domain names someone else.
    assert recover_maker(_order(nonce=4), 31337, MARKET, signature) != MAKER.address
    assert recover_maker(order, 1, MARKET, signature) != MAKER.address


def test_recover_maker_refuses_a_malformed_signature() -> None:
    with pytest.raises(MalformedOrder) as raised:
        recover_maker(_order(), 31337, MARKET, b"\x01" * 10)
    assert raised.value.code == "market.signature_malformed"


def test_cost_rounds_in_the_makers_favour() -> None:
    # 1 base unit of an 18-decimal PST at 1.5 stablecoin units per whole token: 1.5e-18 units.
    assert fill_cost(1, 1_500_000, 18, Side.SELL) == 1  # the taker buying pays up
    assert fill_cost(1, 1_500_000, 18, Side.BUY) == 0  # the taker selling receives down
    assert fill_cost(10**18, 1_500_000, 18, Side.SELL) == 1_500_000
    assert fill_cost(10**18, 1_500_000, 18, Side.BUY) == 1_500_000
    assert fill_cost(333_333_333_333_333_333, 1_000_000, 18, Side.SELL) == 333_334
    assert fill_cost(333_333_333_333_333_333, 1_000_000, 18, Side.BUY) == 333_333


def test_fee_rounds_up() -> None:
    assert fee_of(0, 30) == 0
    assert fee_of(1, 30) == 1
    assert fee_of(10_000, 30) == 30
    assert fee_of(10_001, 30) == 31
    assert fee_of(12_345, 0) == 0


def test_json_round_trip_uses_decimal_strings() -> None:
    order = _order(maker=MAKER.address.lower(), taker=TOKEN)
    payload = order_to_json(order)
    assert payload["salt"] == str(2**200 + 7)
    assert payload["side"] == "0"
    assert payload["maker"] == MAKER.address  # checksummed
    parsed = order_from_json(payload)
    assert parsed == _order(taker=TOKEN)
    assert parsed.side is Side.SELL


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("amount", 5),
        ("amount", "-5"),
        ("amount", "05"),
        ("amount", "1e18"),
        ("amount", str(2**256)),
        ("expiry", str(2**64)),
        ("side", "2"),
        ("side", "256"),
        ("maker", "0x1234"),
        ("taker", "alice"),
    ],
)
def test_malformed_payloads_name_the_field(field: str, value: object) -> None:
    payload: dict[str, object] = dict(order_to_json(_order()))
    payload[field] = value
    with pytest.raises(MalformedOrder) as raised:
        order_from_json(payload)
    assert raised.value.params["field"] == field


def test_missing_and_extra_keys_are_malformed() -> None:
    payload: dict[str, object] = dict(order_to_json(_order()))
    del payload["salt"]
    with pytest.raises(MalformedOrder):
        order_from_json(payload)
    with pytest.raises(MalformedOrder):
        order_from_json({**order_to_json(_order()), "extra": "1"})
    with pytest.raises(MalformedOrder):
        order_from_json(["not", "a", "dict"])
