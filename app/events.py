"""One event bus for the core, and the one registry of its topics, each with its payload type.

Events are fired from any thread; the GUI bridges them onto its own thread (ui.shared.bridge).
A publisher names a `Topic` (or its name) and the bus checks the payload is of the topic's type,
so a handler reads the payload it was promised:

    bus.publish(WALLET, Changes(wallet=True))
    bus.subscribe(DASHBOARD_UPDATED, lambda topic, dashboard: ...)

Most payloads are `Changes` values (what changed), so each page refreshes only what it shows.
Payload types that live above this layer are named by their dotted path and resolved when the
first event is published (the publisher has imported them by then); `Topic[...]` gives mypy the
type through the imports below, which exist for type checking only.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

if TYPE_CHECKING:
    from app.chain.tracking import ReconcileOutcome
    from app.portfolio.notifications import Notice
    from app.services.merchants import MerchantDashboard
    from app.services.monitor import AlertsRaised

log = logging.getLogger(__name__)
P = TypeVar("P")


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


@dataclass(frozen=True)
class Connection:
    """Whether the backend answers; `error` says why not (an AppError, shown in the status)."""

    online: bool
    error: BaseException | None = None


class Topic(Generic[P]):
    """A named stream of events whose payloads are all of one type."""

    def __init__(self, name: str, payload: str, about: str) -> None:
        self.name = name
        self.payload = payload  # "module:Class"
        self.about = about
        self._type: type | None = None

    def payload_type(self) -> type:
        if self._type is None:
            module, _, name = self.payload.partition(":")
            self._type = getattr(importlib.import_module(module), name)
        assert self._type is not None
        return self._type

    def __repr__(self) -> str:
        return f"Topic({self.name!r}, {self.payload})"


_CHANGES = "app.events:Changes"

MERCHANTS_UPDATED: Topic[Changes] = Topic(
    "merchants.updated", _CHANGES, "the merchant list was refreshed from the backend"
)
DASHBOARD_UPDATED: Topic[MerchantDashboard] = Topic(
    "dashboard.updated",
    "app.services.merchants:MerchantDashboard",
    "a watched merchant's dashboard has new data",
)
ALERTS_RAISED: Topic[AlertsRaised] = Topic(
    "alerts.raised", "app.services.monitor:AlertsRaised", "new covenant alerts of one merchant"
)
CONNECTION: Topic[Connection] = Topic(
    "connection", "app.events:Connection", "the backend went online or offline"
)
PORTFOLIO_UPDATED: Topic[Changes] = Topic(
    "portfolio.updated", _CHANGES, "an account's holdings or claimable amounts changed"
)
PORTFOLIO_NOTICE: Topic[Notice] = Topic(
    "portfolio.notify",
    "app.portfolio.notifications:Notice",
    "something the investor should hear about (profit to claim, KYC, an alert)",
)
WALLET: Topic[Changes] = Topic("wallet", _CHANGES, "accounts, the address book or a lock")
VAULT: Topic[Changes] = Topic("vault", _CHANGES, "vault entries, their binding or its lock")
TRANSACTIONS: Topic[Changes] = Topic(
    "transactions", _CHANGES, "a recorded transaction was sent, mined, replaced or dropped"
)
TX_SETTLED: Topic[ReconcileOutcome] = Topic(
    "transactions.settled",
    "app.chain.tracking:ReconcileOutcome",
    "before signing, an earlier recorded transaction was re-sent, replaced or found final",
)
CHAIN_EVENTS: Topic[Changes] = Topic(
    "chain.events", _CHANGES, "the indexer stored new contract events"
)

TOPICS: dict[str, Topic[Any]] = {
    topic.name: topic
    for topic in (
        MERCHANTS_UPDATED,
        DASHBOARD_UPDATED,
        ALERTS_RAISED,
        CONNECTION,
        PORTFOLIO_UPDATED,
        PORTFOLIO_NOTICE,
        WALLET,
        VAULT,
        TRANSACTIONS,
        TX_SETTLED,
        CHAIN_EVENTS,
    )
}
EVERY = "*"  # subscribe to every topic (the GUI bridge)

Listener = Callable[[str, Any], None]


def topic_named(topic: Topic[Any] | str) -> Topic[Any]:
    """The registered topic (by itself or by its name); an unknown name is a programming error."""
    found = TOPICS.get(topic if isinstance(topic, str) else topic.name)
    if found is None:
        raise ValueError(f"{topic!r} is not a registered event topic (see app.events.TOPICS)")
    return found


class EventBus:
    """Publish/subscribe by registered topic. Listeners must be quick; the GUI re-emits onto its
    thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._listeners: dict[str, list[Listener]] = {}

    @overload
    def subscribe(
        self, topic: Topic[P], listener: Callable[[str, P], None]
    ) -> Callable[[], None]: ...

    @overload
    def subscribe(self, topic: str, listener: Listener) -> Callable[[], None]: ...

    def subscribe(self, topic: Topic[Any] | str, listener: Listener) -> Callable[[], None]:
        """Call `listener(topic_name, payload)` for each event of `topic` (or of every topic,
        with "*"); returns the function that unsubscribes."""
        name = EVERY if topic == EVERY else topic_named(topic).name
        with self._lock:
            self._listeners.setdefault(name, []).append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners.get(name, []):
                    self._listeners[name].remove(listener)

        return unsubscribe

    @overload
    def publish(self, topic: Topic[P], payload: P) -> None: ...

    @overload
    def publish(self, topic: str, payload: object) -> None: ...

    def publish(self, topic: Topic[Any] | str, payload: object) -> None:
        registered = topic_named(topic)
        if not isinstance(payload, registered.payload_type()):
            raise TypeError(
                f"{registered.name} carries {registered.payload}, not {type(payload).__name__}"
            )
        with self._lock:
            listeners = [*self._listeners.get(registered.name, ()), *self._listeners.get(EVERY, ())]
        for listener in listeners:
            try:
                listener(registered.name, payload)
            except Exception:  # a broken listener must not break the publisher
                log.exception("listener for %s failed", registered.name)
