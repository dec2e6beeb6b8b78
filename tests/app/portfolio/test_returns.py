"""Returns by hand: each expected rate below is worked out in the comment next to it."""

from decimal import Decimal

import pytest

from app.portfolio.holdings import Holding, TokenInfo
from app.portfolio.ledger import FlowKind, LedgerEntry, TokenLedger
from app.portfolio.returns import YEAR_SECONDS, Basis, flows, holding_returns, xirr, xirr_bp

T0 = 1_700_000_000
DAY = 86_400


def test_one_year_ten_percent():
    # -1000 now, +1100 in a year: 1100 / 1000 - 1 = 10%
    assert xirr_bp([(T0, -1000), (T0 + YEAR_SECONDS, 1100)]) == 1_000


def test_two_years_compounded():
    # -1000, +1210 after two years: (1210 / 1000) ** (1/2) - 1 = 1.1 - 1 = 10%
    rate = xirr([(T0, -1000), (T0 + 2 * YEAR_SECONDS, 1210)])
    assert abs(rate - Decimal("0.1")) < Decimal("1e-10")


def test_intermediate_flows_at_zero_rate():
    # -1000, +500 after one year, +500 after two: undiscounted sums to zero, so r = 0
    dated = [(T0, -1000), (T0 + YEAR_SECONDS, 500), (T0 + 2 * YEAR_SECONDS, 500)]
    assert xirr_bp(dated) == 0


def test_a_loss_is_negative():
    # -1000, +800 after one year: 800 / 1000 - 1 = -20%
    assert xirr_bp([(T0, -1000), (T0 + YEAR_SECONDS, 800)]) == -2_000


def test_half_year_annualised():
    # -1000, +1050 after half a year: 1.05 ** 2 - 1 = 10.25% = 1025 bp
    assert xirr_bp([(T0, -1000), (T0 + YEAR_SECONDS // 2, 1050)]) == 1_025


def test_same_day_flows_merge():
    # two purchases on the same day act as one
    dated = [(T0, -600), (T0, -400), (T0 + YEAR_SECONDS, 1100)]
    assert xirr_bp(dated) == 1_000


@pytest.mark.parametrize(
    "dated",
    [
        [],
        [(T0, -1000)],
        [(T0, -1000), (T0 + DAY, -5)],  # no money back
        [(T0, 1000), (T0 + DAY, 5)],  # no money in
        [(T0, -1000), (T0, 1100)],  # one date only
        [(T0, -1000), (T0 + YEAR_SECONDS, 0)],  # zero back: no finite rate
    ],
)
def test_undefined_rates_are_none(dated):
    assert xirr_bp(dated) is None


def _entry(kind, day, amount, tokens=0):
    return LedgerEntry(kind, "0xT", day, 0, "0x", T0 + day * DAY, tokens, amount)


def _holding(entries, balance, cost, claimable):
    info = TokenInfo(b"", "0xT", "0xS", "0xG", "T", "T", 18, 10**38, 10**7, 10**24, 0)
    ledger = TokenLedger("0xT", balance, cost, 0, 0, list(entries))
    ledger.claimed = sum(e.amount for e in entries if e.kind is FlowKind.CLAIM)
    return Holding(info, balance, balance * 4, claimable, ledger.claimed, cost, cost, ledger)


def test_holding_returns_on_both_bases():
    # Bought 1,000 on day 0; distributions of 50 on days 100 and 300 and 100 on day 400;
    # claimed 100 on day 365. As of day 730 the 100 is still claimable.
    entries = [
        _entry(FlowKind.PURCHASE, 0, 1_000, 100),
        _entry(FlowKind.DISTRIBUTION, 100, 50),
        _entry(FlowKind.DISTRIBUTION, 300, 50),
        _entry(FlowKind.CLAIM, 365, 100),
        _entry(FlowKind.DISTRIBUTION, 400, 100),
    ]
    holding = _holding(entries, 100, 1_000, 100)
    as_of = T0 + 730 * DAY
    got = holding_returns(holding, as_of)
    assert got.distributions == 200 and got.claimed == 100 and got.claimable == 100
    assert got.distributions_12m == 100  # only day 400 falls in (365, 730]
    assert got.yield_12m_bp == 1_000  # 100 / 1,000
    # cash basis, only cash that moved: -1000 at 0, +100 at 1y, terminal 1000 at cost at 2y (the
    # 100 still claimable counts for nothing). 1000 x^2 = 100 x + 1000 with x = 1 + r gives
    # x = (100 + sqrt(100^2 + 4 * 1000^2)) / 2000 = 1.05125: 512 bp.
    assert got.irr_cash_bp == 512
    unclaimed = holding_returns(_holding(entries[:3], 100, 1_000, 100), T0 + 300 * DAY)
    assert unclaimed.claimed == 0 and unclaimed.irr_cash_bp == 0  # no cash received: no return
    # accrual basis: -1000 at 0, +50 at day 100, +50 at day 300, +100 at day 400, +1000 at 2y;
    # money counted earlier than claimed, so above 10%: the NPV at the answer is ~0
    assert got.irr_accrual_bp is not None and got.irr_accrual_bp > 1_000
    rate = Decimal(got.irr_accrual_bp) / 10_000
    accrual = flows(entries, Basis.ACCRUAL)
    npv = (
        sum(
            Decimal(f.amount) / (1 + rate) ** (Decimal(f.timestamp - T0) / YEAR_SECONDS)
            for f in accrual
        )
        + Decimal(1000) / (1 + rate) ** 2
    )
    assert abs(npv) < Decimal("0.1")


def test_no_cost_basis_has_no_yield():
    holding = _holding([_entry(FlowKind.DISTRIBUTION, 1, 5)], 0, 0, 5)
    got = holding_returns(holding, T0 + 10 * DAY)
    assert got.yield_12m_bp is None and got.irr_cash_bp is None
