"""A cached API over the hostile server, and an event bus that records what it carries."""

from __future__ import annotations

import threading
import time

import pytest

from app.backend.cache import CachedApi
from app.backend.client import ApiClient
from app.events import EventBus


class RecordingBus(EventBus):
    """An EventBus that also keeps every (topic, payload) and lets a test wait for one."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, object]] = []
        self._arrived = threading.Condition()

    def publish(self, topic: str, payload: object = None) -> None:
        with self._arrived:
            self.seen.append((topic, payload))
            self._arrived.notify_all()
        super().publish(topic, payload)

    def payloads(self, topic: str) -> list[object]:
        with self._arrived:
            return [payload for t, payload in self.seen if t == topic]

    def wait_for(self, topic: str, count: int = 1, timeout: float = 5.0) -> list[object]:
        """Block until `count` events of `topic` arrived; fail the test after `timeout`."""
        deadline = time.monotonic() + timeout
        with self._arrived:
            while True:
                found = [payload for t, payload in self.seen if t == topic]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no {count} x {topic!r} within {timeout}s: {self.seen}")
                self._arrived.wait(left)


@pytest.fixture
def bus() -> RecordingBus:
    return RecordingBus()


@pytest.fixture
def api(hostile_api, db):
    client = ApiClient(hostile_api.url, hostile_api.token, timeout=1.0, retries=0, backoff=0.01)
    yield CachedApi(client, db, "sandbox")
    client.close()
