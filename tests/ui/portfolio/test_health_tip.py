"""Issue 17.3: a holding's merchant health reads in the user's language: the alert's sentence,
the criteria below the bar and the "meets every criterion" line were the core's English (found
by the no-English scan over the cells' tooltips after the Portfolio flow)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.covenants import Alert
from app.domain.scorecard import Criterion, Scorecard
from app.portfolio.merchant import health_badge
from tests.ui.shared.i18n.scan import latin_words
from ui.portfolio.holdings_model import health_tip
from ui.shared.i18n import Language

DAY = dt.date(2026, 1, 1)
RETURNS = {"recent_bp": 340, "trailing_bp": 150, "window_days": 30}
SPIKE = Alert("return_spike", "warning", "3.4% of orders were returned", "return_spike", RETURNS,
              DAY)  # fmt: skip


def _card(*failed: str) -> Scorecard:
    keys = {"growth": "Financial track record", "dio": "Days inventory outstanding"}
    criteria = [
        Criterion(k, "g", t, 1, "bp", None, k not in failed, "", "") for k, t in keys.items()
    ]
    return Scorecard(criteria, not failed, DAY)


@pytest.mark.parametrize("code", ["zh_CN", "zh_TW"])
def test_the_health_tooltip_has_no_english(qapp, language: Language, code: str) -> None:
    language.apply(code)
    for badge in (
        health_badge(_card(), []),
        health_badge(_card("growth", "dio"), []),
        health_badge(_card("growth"), [SPIKE]),
    ):
        tip = health_tip(badge)
        assert latin_words(tip) == [], tip
    language.apply("en")
    tip = health_tip(health_badge(_card("growth", "dio"), []))
    assert tip.startswith("Below the bar on: Financial track record, Days inventory outstanding.")
