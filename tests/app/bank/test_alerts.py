"""A revenue-control alert words its amount exactly, to the cent, however large."""

from __future__ import annotations

import datetime as dt

from app.bank.alerts import alert_of
from app.bank.matching import Difference, Reason


def test_the_alerts_amount_is_exact_to_the_cent() -> None:
    cents = 123_456_789_012_345_678  # a float would print ...456.75
    leak = Difference("CN01", dt.date(2026, 11, 3), Reason.DIVERTED, "S-7", cents)
    alert = alert_of(leak, "PSTX")
    assert alert.params["amount"] == "1,234,567,890,123,456.78"
    assert "1,234,567,890,123,456.78" in alert.message and alert.reason_code.endswith("diverted")
