import random

import pytest

from app.treasury.errors import PreviewError
from app.treasury.preview import DEFAULT_MAGNITUDE as MAGNITUDE
from app.treasury.preview import TokenState, preview_payouts

PST = 10**18


def _addresses(n):
    return [f"0x{i:040x}" for i in range(n)]


def _simulate(amount, balances, token, corrections, claimed_accumulated):
    """The contract's arithmetic written out step by step, independently of preview_payouts."""
    magnified = amount * MAGNITUDE + token.magnified_dust
    pps = token.points_per_share + magnified // sum(balances)
    return [
        (pps * b + c) // MAGNITUDE - acc
        for b, c, acc in zip(balances, corrections, claimed_accumulated, strict=True)
    ]


def test_round_shares_come_out_exact():
    preview = preview_payouts(100 * 10**6, _addresses(2), [PST, 3 * PST])
    assert preview.payouts == [25 * 10**6, 75 * 10**6]
    assert (preview.total_paid, preview.dust, preview.paid_count) == (100 * 10**6, 0, 2)
    assert [h.payout for h in preview.largest] == [75 * 10**6, 25 * 10**6]


def test_thirds_leave_dust_in_the_token_and_carry_the_remainder():
    preview = preview_payouts(100, _addresses(3), [1, 1, 1])
    assert preview.payouts == [33, 33, 33] and preview.dust == 1
    assert preview.magnified_dust_after == (100 * MAGNITUDE) % 3
    # The carried remainder makes the next distribution of 2 pay 1 each (100 + 2 = 102 = 3 x 34).
    nxt = preview_payouts(
        2,
        _addresses(3),
        [1, 1, 1],
        TokenState(3, preview.points_per_share_after, preview.magnified_dust_after),
    )
    assert nxt.payouts == [1, 1, 1]


def test_matches_the_contract_formula_after_transfers_and_earlier_distributions():
    rng = random.Random(7)
    balances = [rng.randrange(1, 10**24) for _ in range(200)]
    supply = sum(balances)
    pps = rng.randrange(10**30, 10**36)
    corrections = [rng.randrange(-pps * b // 2, pps * b // 2) for b in balances]
    accumulated = [(pps * b + c) // MAGNITUDE for b, c in zip(balances, corrections, strict=True)]
    token = TokenState(supply, pps, rng.randrange(supply))
    amount = 123_456_789_012
    preview = preview_payouts(amount, _addresses(200), balances, token, corrections)
    assert preview.payouts == _simulate(amount, balances, token, corrections, accumulated)
    # Earlier floored fractions may complete a unit now: at most one extra unit per holder.
    assert preview.total_paid + preview.dust == amount
    assert -len(balances) < preview.dust < len(balances) + token.magnified_dust // MAGNITUDE + 1


def test_zero_balance_holders_get_nothing_and_are_counted():
    preview = preview_payouts(10, _addresses(3), [0, 5, 5])
    assert preview.payouts == [0, 5, 5]
    assert (preview.holder_count, preview.paid_count) == (3, 2)


@pytest.mark.parametrize(
    ("amount", "balances", "token", "code"),
    [
        (0, [1], None, "ZeroAmount"),
        (5, [0, 0], None, "NoHolders"),
        (5, [1, 2], TokenState(total_supply=4), "IncompleteHolders"),
    ],
)
def test_refusals_name_the_reason(amount, balances, token, code):
    with pytest.raises(PreviewError) as caught:
        preview_payouts(amount, _addresses(len(balances)), balances, token)
    assert caught.value.rule == code


def test_mismatched_lengths_and_negative_balances_are_refused():
    with pytest.raises(PreviewError):
        preview_payouts(5, _addresses(1), [1, 2])
    with pytest.raises(PreviewError):
        preview_payouts(5, _addresses(2), [3, -1])
