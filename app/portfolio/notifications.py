"""Portfolio notices for the desktop tray: a distribution became claimable, KYC is about to lapse
(or lapsed), a held merchant raised a covenant alert.

Detected by comparing two snapshots; published on the EventBus as topic "portfolio.notify" with a
`Notice` payload (the GUI bridges it to its thread and shows it in the tray).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from app.events import ALERTS_RAISED, PORTFOLIO_NOTICE, EventBus
from app.portfolio.holdings import Snapshot
from app.portfolio.kyc import KycState
from app.units import format_units

if TYPE_CHECKING:
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
    title: str
    message: str
    token: str = ""  # the PST address, for "open this holding"
    amount: int = 0  # stablecoin base units newly claimable
    merchant_id: str = ""


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
                        f"{holding.info.symbol}: profit share to claim",
                        f"{amount} {after.stablecoin_symbol} more can be claimed from "
                        f"{holding.info.name}.",
                        token=holding.info.token,
                        amount=gained,
                    )
                )
    changed = before is None or before.kyc.state is not after.kyc.state
    if changed and after.kyc.state is KycState.EXPIRING:
        notices.append(Notice(NoticeKind.KYC_EXPIRING, "KYC expires soon", after.kyc.message))
    if changed and after.kyc.state is KycState.LAPSED:
        notices.append(Notice(NoticeKind.KYC_LAPSED, "KYC lapsed", after.kyc.message))
    return notices


class PortfolioNotifier:
    """Keeps the last snapshot of each account, publishes notices for each new one, and forwards
    the monitor's covenant alerts of merchants the investor holds. Thread-safe.

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
            symbol = self._held.get(merchant_id)
        if symbol is None:
            return
        for alert in raised.alerts:
            self.bus.publish(
                TOPIC,
                Notice(
                    NoticeKind.MERCHANT_ALERT,
                    f"{symbol}: covenant {alert.severity}",
                    alert.message,
                    merchant_id=merchant_id,
                ),
            )
