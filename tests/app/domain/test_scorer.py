"""The vectorised scorer against the scalar metric functions it replaces, row by row: random
merchants, tiny and absurdly large values (the exact object path), and lag near-ties."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from app.domain import metrics, scorer
from app.domain.policy import DEFAULT_POLICY
from app.domain.scorer import EventBatch, RepaymentBatch, SeriesBatch

START = dt.date(2024, 1, 1)


def batch(rng: np.random.Generator, m: int, n: int, scale: int, *, exact: bool = True):
    def draw(low: int, high: int):
        values = rng.integers(low, high, size=(m, n), dtype=np.int64)
        values[rng.random((m, n)) < 0.02] = 0  # some empty days
        return values if exact else values.astype(object) * scale

    base = draw(1_000, 50_000)
    lag = rng.integers(0, 8, size=m)
    psp = np.stack([np.roll(base[i], lag[i]) for i in range(m)])
    psp[:, :8] = 0
    bank = (psp * rng.integers(95, 106, size=(m, 1))) // 100
    return SeriesBatch(
        start=START, days=n, gmv=draw(1_000, 90_000), orders=draw(10, 500), returns=draw(0, 40),
        inventory=draw(100_000, 900_000), cogs=draw(500, 30_000), net_platform=base,
        net_psp=psp if exact else psp.astype(object), net_bank=bank,
    )  # fmt: skip


def events(m: int, windows: list[tuple[int, int]], medians: list[int]) -> EventBatch:
    return EventBatch(
        first=np.tile([w[0] for w in windows], (m, 1)).astype(np.int64),
        last=np.tile([w[1] for w in windows], (m, 1)).astype(np.int64),
        peer_median_bp=np.tile(medians, (m, 1)).astype(np.int64),
        present=np.ones((m, len(windows)), dtype=bool),
    )


def no_repayments() -> RepaymentBatch:
    empty = np.zeros(0, dtype=np.int64)
    return RepaymentBatch(empty, empty, empty, np.zeros(0, dtype=bool))


@pytest.mark.parametrize("exact", [True, False], ids=["int64", "python-ints"])
def test_rows_equal_the_scalar_metrics(exact: bool) -> None:
    rng = np.random.default_rng(5)
    m, n = 12, 800
    series = batch(rng, m, n, 10**12, exact=exact)
    windows = [(10, 12), (30, 30), (300, 304), (790, 799), (795, 805)]  # the last runs past n
    medians = [1_200, -300, 5_000, 800, 100]
    measures = scorer.measure(series, events(m, windows, medians), no_repayments(), DEFAULT_POLICY)
    for row in range(m):
        gmv = list(series.gmv[row])
        assert measures.growth_bp[row] == metrics.growth_24m_bp(gmv)
        assert measures.return_rate_bp[row] == metrics.return_rate_bp(
            list(series.orders[row]), list(series.returns[row])
        )
        assert measures.dio_days_x100[row] == metrics.dio_days_x100(
            list(series.inventory[row]), list(series.cogs[row])
        )
        dated = [(START + dt.timedelta(a), START + dt.timedelta(b)) for a, b in windows]
        assert measures.promo_bp[row] == metrics.promo_uplift_bp(gmv, START, dated)
        assert measures.promo_events[row] == 3  # (10, 12) lacks its 28-day baseline
        platform = list(series.net_platform[row])
        for name, other in (("psp", series.net_psp), ("bank", series.net_bank)):
            values = list(other[row])
            lag = metrics.estimate_lag(platform, values, 60, 90)
            assert lag is not None
            expected = metrics.source_gap_bp(platform, values, lag, 360)
            assert measures.gap_ok[name][row] and measures.gap_bp[name][row] == expected


def test_short_series_have_no_data() -> None:
    rng = np.random.default_rng(1)
    series = batch(rng, 3, 100, 1)
    measures = scorer.measure(series, events(3, [(50, 51)], [0]), no_repayments(), DEFAULT_POLICY)
    assert not measures.growth_ok.any() and not measures.return_rate_ok.any()
    assert not measures.dio_ok.any() and measures.promo_ok.all()
    assert not measures.gap_ok["psp"].any()  # 100 days hold no 360-day check


def test_equal_shapes_tie_to_the_smaller_lag() -> None:
    flat = np.full((1, 400), 1_000, dtype=np.int64)  # every lag fits a flat series equally
    lag, ok = scorer._estimate_lags(flat, flat.copy(), 1, 400)
    assert ok[0] and lag[0] == metrics.estimate_lag(flat[0].tolist(), flat[0].tolist(), 60, 90)
    assert lag[0] == 0


def test_late_installments_count_overdue_ones_as_of_the_last_day() -> None:
    repayments = RepaymentBatch(
        row=np.array([0, 0, 1, 1]),
        due=np.array([10, 20, 30, 99]),
        days_late=np.array([0, 4, 0, 0]),
        unpaid=np.array([False, False, True, True]),
    )
    late, count, worst = scorer._repayments(repayments, 2, 99)
    assert list(late) == [1, 1] and list(count) == [2, 2] and list(worst) == [4, 69]


def test_a_scorecard_of_absurd_amounts_is_exact() -> None:
    from app.backend.models import Metric
    from app.domain.percentile import peer_percentile
    from app.domain.scorecard import build_scorecard
    from tests.app.domain.builders import DAYS, make_inputs

    inputs = make_inputs()
    huge = [10**20 + day for day in range(DAYS)]
    changed = inputs.with_metric(Metric.GMV, huge).with_metric(Metric.INVENTORY, huge)
    card = build_scorecard(
        changed.series, changed.promotions, changed.repayments, changed.peers, changed.profile
    )
    assert card.criterion("growth").value == metrics.growth_24m_bp(huge)
    growth = card.criterion("growth")
    assert growth.peer_percentile == peer_percentile(growth.value, changed.peers.growth_24m_bp)
    dio = card.criterion("dio")
    assert dio.value is not None and dio.value > 10**15
    assert dio.peer_percentile == 100 and not dio.passed
