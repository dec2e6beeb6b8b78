"""The one bridge from the core's EventBus (any thread) to the GUI thread (after Electrum's
`QtEventListener`): every event is re-emitted as `event(topic, payload)` on the thread this
object lives on, so handlers may touch widgets. Handlers name a topic of the core's registry
(app.events) and receive its payload type."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from app.events import EVERY, EventBus, Topic

P = TypeVar("P")
Handler = Callable[[Any], None]


class EventBridge(QObject):
    event = Signal(str, object)  # type: ignore[assignment]  # hides QObject.event (kept: public)
    # Emitted on the publisher's thread; its receiver (this object) lives on the GUI thread, so
    # Qt queues each call there.
    _incoming = Signal(str, object)

    def __init__(
        self,
        bus: EventBus,
        topics: Iterable[Topic[Any] | str] = (EVERY,),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.bus = bus
        self._handlers: dict[str, list[tuple[QObject, Handler]]] = {}
        self._incoming.connect(self._dispatch)
        self._unsubscribe = [bus.subscribe(topic, self._forward) for topic in topics]

    def _forward(self, topic: str, payload: object) -> None:
        if self._unsubscribe and shiboken6.isValid(self):  # a closed bridge stays silent
            self._incoming.emit(topic, payload)

    @Slot(str, object)
    def _dispatch(self, topic: str, payload: object) -> None:
        self.event.emit(topic, payload)
        live = [(c, h) for c, h in self._handlers.get(topic, ()) if shiboken6.isValid(c)]
        self._handlers[topic] = live
        for _context, handler in live:
            handler(payload)

    def on(self, topic: Topic[P], handler: Callable[[P], None], context: QObject) -> None:
        """Call `handler(payload)` on the GUI thread for each `topic` event while `context`
        (usually the page that handles it) is alive."""
        self._handlers.setdefault(topic.name, []).append((context, handler))

    def close(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        self._handlers.clear()
