"""Sentences about times (app.errors.moment)."""

from __future__ import annotations

from app.errors.catalog import Message

MESSAGES: dict[str, Message] = {
    "time.far_future": Message("a date far in the future", "遥远的将来", "遙遠的將來"),
}
