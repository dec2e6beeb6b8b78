"""Revenue-control alerts on the covenant alerts' path: each reconciliation's leaks (diverted
proceeds, a settlement never credited, a sweep not routed) that were not raised before are
published as `alerts.raised`, where the in-app and desktop notifications pick them up.

(A file of the bank feature's own, beside the monitor: the feature may not import the services
layer whose topic payload it fills.)
"""

from __future__ import annotations

import threading

from app.bank.alerts import revenue_alerts
from app.bank.matching import MatchResult, StoreAccount
from app.events import ALERTS_RAISED, EventBus
from app.services.monitor import AlertsRaised


class RevenueControlAlerts:
    def __init__(self, bus: EventBus) -> None:
        self.bus = bus
        self._seen: set[tuple[str, str, str]] = set()
        self._lock = threading.Lock()

    def update(self, result: MatchResult, stores: list[StoreAccount]) -> list[AlertsRaised]:
        """Publish the alerts not raised before; returns what was published."""
        raised = []
        for merchant_id, alerts in sorted(revenue_alerts(result, stores).items()):
            with self._lock:
                new = [
                    a
                    for a in alerts
                    if (merchant_id, a.reason_code, str(a.params["item"])) not in self._seen
                ]
                self._seen.update((merchant_id, a.reason_code, str(a.params["item"])) for a in new)
            if new:
                payload = AlertsRaised(merchant_id, tuple(new))
                self.bus.publish(ALERTS_RAISED, payload)
                raised.append(payload)
        return raised
