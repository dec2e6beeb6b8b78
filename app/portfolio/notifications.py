"""Portfolio notices for the desktop tray: a distribution became claimable, KYC is about to lapse
(or lapsed), a held merchant raised a covenant alert, the treasury's reconciliation found a
revenue-control leak.

Detected by comparing two snapshots; published on the EventBus as topic "portfolio.notify" with a
`Notice` payload (the GUI bridges it to its thread and shows it in the tray). Titles and
messages are `Phrase`s from the code table: English where a str is read (logs), and
`text(language)` in the user's language.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from app.domain.covenants import REVENUE_CONTROL
from app.errors import Phrase
from app.errors.catalog import table
from app.events import ALERTS_RAISED, PORTFOLIO_NOTICE, EventBus
from app.portfolio.holdings import Snapshot
from app.portfolio.kyc import KycState
from app.units import format_units

if TYPE_CHECKING:
    from app.domain.covenants import Alert
    from app.services.monitor import AlertsRaised  # the payload of ALERTS_RAISED

TOPIC = PORTFOLIO_NOTICE


class NoticeKind(StrEnum):
    DISTRIBUTION_CLAIMABLE = "distribution_claimable"
    KYC_EXPIRING = "kyc_expiring"
    KYC_LAPSED = "kyc_lapsed"
    MERCHANT_ALERT = "merchant_alert"


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    title: Phrase
    message: Phrase
    token: str = ""  # the PST address, for "open this holding"
    amount: int = 0  # stablecoin base units newly claimable
    merchant_id: str = ""
    alert: Alert | None = None  # a merchant alert's own reason code and params


def detect(before: Snapshot | None, after: Snapshot) -> list[Notice]:
    """What changed worth telling the investor. The first snapshot (`before` None) is the
    baseline: only the KYC standing is reported then, never old distributions."""
    notices = []
    if before is not None and before.account == after.account:
        previous = {h.info.token: h.claimable for h in before.holdings}
        for holding in after.holdings:
            gained = holding.claimable - previous.get(holding.info.token, 0)
            if gained > 0:  # only a distribution raises claimable
                amount = format_units(gained, after.stablecoin_decimals)
                notices.append(
                    Notice(
                        NoticeKind.DISTRIBUTION_CLAIMABLE,
                        Phrase("portfolio.notice.claimable_title", symbol=holding.info.symbol),
                        Phrase(
                            "portfolio.notice.claimable",
                            amount=amount,
                            coin=after.stablecoin_symbol,
                            name=holding.info.name,
                        ),
                        token=holding.info.token,
                        amount=gained,
                    )
                )
    changed = before is None or before.kyc.state is not after.kyc.state
    if changed and after.kyc.state is KycState.EXPIRING:
        title = Phrase("portfolio.notice.kyc_expiring")
        notices.append(Notice(NoticeKind.KYC_EXPIRING, title, after.kyc.message))
    if changed and after.kyc.state is KycState.LAPSED:
        title = Phrase("portfolio.notice.kyc_lapsed")
        notices.append(Notice(NoticeKind.KYC_LAPSED, title, after.kyc.message))
    return notices


class PortfolioNotifier:
    """Keeps the last snapshot of each account, publishes notices for each new one, and forwards
    the monitor's covenant alerts of merchants the investor holds, and every revenue-control
    alert (raised by a reconciliation this user's treasury ran: the treasury watches every
    store, held or not). Thread-safe.

    The baseline is per account: with one shared baseline, switching the page from account A to
    B and back compared A with B, so A's KYC notice was published again on every return (and a
    distribution to A while B was shown was never told)."""

    def __init__(self, bus: EventBus) -> None:
        self.bus = bus
        self._lock = threading.Lock()
        self._last: dict[str, Snapshot] = {}  # account -> its last snapshot
        self._held: dict[str, str] = {}  # merchant id -> symbol
        self._unsubscribe = bus.subscribe(ALERTS_RAISED, self._on_alerts)

    def close(self) -> None:
        self._unsubscribe()

    def update(self, snapshot: Snapshot, held_merchants: Mapping[str, str] = {}) -> list[Notice]:
        """Compare with the previous snapshot, publish and return the notices.
        `held_merchants` maps merchant ids to the symbols held (for alert notices)."""
        with self._lock:
            before = self._last.get(snapshot.account)
            self._last[snapshot.account] = snapshot
            self._held = dict(held_merchants)
        notices = detect(before, snapshot)
        for notice in notices:
            self.bus.publish(TOPIC, notice)
        return notices

    def _on_alerts(self, _topic: str, raised: AlertsRaised) -> None:
        merchant_id = raised.merchant_id
        with self._lock:
            held = self._held.get(merchant_id)
        for alert in raised.alerts:
            revenue = alert.covenant == REVENUE_CONTROL
            if held is None and not revenue:
                continue
            symbol = held or str(alert.params.get("symbol", merchant_id))
            self.bus.publish(TOPIC, alert_notice(alert, symbol, merchant_id))


def alert_notice(alert: Alert, symbol: str, merchant_id: str) -> Notice:
    """A covenant or revenue-control alert as a notice, worded from its reason code (the
    monitor's covenant codes are worded by the GUI's domain texts; the English stays)."""
    if alert.covenant == REVENUE_CONTROL:
        title = Phrase("portfolio.notice.revenue_alert", symbol=symbol)
    else:
        severity = "breach" if alert.severity == "breach" else "warning"
        title = Phrase(f"portfolio.notice.covenant_{severity}", symbol=symbol)
    if alert.reason_code in table():
        message = Phrase(alert.reason_code, **alert.params)
    else:  # the GUI words these from `alert` (ui/shared/i18n/domain_text.py)
        message = Phrase("portfolio.notice.alert", message=alert.message)
    return Notice(NoticeKind.MERCHANT_ALERT, title, message, merchant_id=merchant_id, alert=alert)
