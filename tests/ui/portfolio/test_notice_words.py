"""Notices read in the user's language: the tray and the in-app area word each one from its
codes (a revenue-control leak and a covenant alert from their reason codes)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel

from app.domain.covenants import Alert
from app.events import ALERTS_RAISED, EventBus
from app.portfolio.notifications import TOPIC, Notice, PortfolioNotifier
from app.services.monitor import AlertsRaised
from tests.app.portfolio.test_pure import _snapshot
from ui.portfolio.notices import NoticeArea, worded

LEAK = {"symbol": "PSTX", "account": "CN01", "item": "S-7", "cents": 1_000_000,
        "amount": "10,000.00", "value_date": "2026-11-03"}  # fmt: skip
DROP = {"window_days": 30, "month_drop_bp": 4_000}


def _notices(*alerts: Alert) -> list[Notice]:
    bus, seen = EventBus(), []
    bus.subscribe(TOPIC, lambda _t, notice: seen.append(notice))
    notifier = PortfolioNotifier(bus)
    notifier.update(_snapshot([]), {"M1": "PSTM"})  # the investor holds M1's token
    bus.publish(ALERTS_RAISED, AlertsRaised("M1", alerts))
    notifier.close()
    return seen


def test_alert_notices_are_worded_in_chinese(qtbot, language) -> None:
    day = dt.date(2026, 11, 3)
    leak = Alert("revenue_control", "breach", "diverted", "bank.alert.diverted", LEAK, day)
    drop = Alert("revenue_drop", "breach", "Net revenue fell.", "revenue_drop", DROP, day)
    notices = _notices(leak, drop)
    assert [worded(n)[0] for n in notices] == ["PSTM: revenue control alert",
                                               "PSTM: covenant breach"]  # fmt: skip
    language.apply("zh_CN")
    (leak_title, leak_text), (drop_title, drop_text) = (worded(n) for n in notices)
    assert leak_title == "PSTM：收入管控警报" and "受控账户 CN01" in leak_text
    assert drop_title == "PSTM：违反契约" and "Net revenue" not in drop_text and "30" in drop_text
    area = NoticeArea()
    qtbot.addWidget(area)
    area.add(notices[0])
    shown = area.findChild(QLabel, "notice")
    assert shown is not None and "收入管控警报" in shown.text() and "受控账户" in shown.text()


def test_notices_shown_are_worded_again_when_the_language_changes(qtbot, language) -> None:
    """Issue 17.3: a notice already in the area when the user switches language reads in the
    new one (the area kept the words of the language it arrived in)."""
    leak = Alert("revenue_control", "breach", "diverted", "bank.alert.diverted", LEAK,
                 dt.date(2026, 11, 3))  # fmt: skip
    area = NoticeArea()
    qtbot.addWidget(area)
    area.add(_notices(leak)[0])
    shown = area.findChild(QLabel, "notice")
    assert shown is not None and "revenue control alert" in shown.text()
    language.apply("zh_TW")
    qtbot.waitUntil(lambda: "收入管控警報" in shown.text())
    assert "revenue" not in shown.text()
    language.apply("en")
    qtbot.waitUntil(lambda: "revenue control alert" in shown.text())
