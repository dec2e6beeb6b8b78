"""One event bus for the core. Fired from any thread; the GUI bridges it onto its own thread.

Events carry a `Changes` value (what changed) so each page refreshes only what it shows.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Changes:
    """What a service call or a background update changed."""

    merchants: bool = False
    merchant_ids: frozenset[str] = field(default_factory=frozenset)
    alerts: bool = False
    holdings: bool = False
    transactions: bool = False
    approvals: bool = False
    vault: bool = False
    wallet: bool = False
    connection: bool = False

    def __or__(self, other: Changes) -> Changes:
        merged = {
            name: getattr(self, name) or getattr(other, name)
            for name in self.__dataclass_fields__
            if name != "merchant_ids"
        }
        return Changes(merchant_ids=self.merchant_ids | other.merchant_ids, **merged)

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in self.__dataclass_fields__)


Listener = Callable[[str, object], None]


class EventBus:
    """Publish/subscribe by topic. Listeners must be quick; the GUI re-emits onto its thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: dict[str, list[Listener]] = {}

    def subscribe(self, topic: str, listener: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.setdefault(topic, []).append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners.get(topic, []):
                    self._listeners[topic].remove(listener)

        return unsubscribe

    def publish(self, topic: str, payload: object = None) -> None:
        with self._lock:
            listeners = list(self._listeners.get(topic, ())) + list(self._listeners.get("*", ()))
        for listener in listeners:
            try:
                listener(topic, payload)
            except Exception:  # a broken listener must not break the publisher
                log.exception("listener for %s failed", topic)
