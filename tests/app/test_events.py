"""The one registry of event topics: each topic has its payload type, the bus holds publishers to
it, and nothing in the code publishes or listens to a topic the registry does not know."""

from __future__ import annotations

import ast
import importlib
import typing
from pathlib import Path

import pytest

import app.events as events
from app.events import TOPICS, VAULT, WALLET, Changes, EventBus

ROOT = Path(__file__).resolve().parents[2]


def test_every_topic_names_a_payload_type_that_matches_its_annotation() -> None:
    names: dict[str, object] = {}
    for topic in TOPICS.values():
        payload = topic.payload_type()
        assert isinstance(payload, type), topic
        names[payload.__name__] = payload
    hints = typing.get_type_hints(events, localns=names)
    for attribute, hint in hints.items():
        if typing.get_origin(hint) is events.Topic:
            topic = getattr(events, attribute)
            assert typing.get_args(hint) == (topic.payload_type(),), attribute


def test_the_bus_delivers_by_topic_and_checks_the_payload() -> None:
    bus, seen = EventBus(), []
    unsubscribe = bus.subscribe(WALLET, lambda name, changes: seen.append((name, changes)))
    bus.subscribe("*", lambda name, _payload: seen.append((name, "every")))
    bus.publish(WALLET, Changes(wallet=True))
    bus.publish(VAULT, Changes(vault=True))
    assert seen == [
        ("wallet", Changes(wallet=True)),
        ("wallet", "every"),
        ("vault", "every"),
    ]
    unsubscribe()
    with pytest.raises(TypeError):
        bus.publish(WALLET, {"wallet": True})  # a dict is not the Changes the topic promises
    with pytest.raises(ValueError):
        bus.publish("walet", Changes())  # a typo is not a new topic
    with pytest.raises(ValueError):
        bus.subscribe("vaults", lambda *_: None)


def test_a_broken_listener_does_not_break_the_publisher() -> None:
    bus, seen = EventBus(), []

    def broken(_name: str, _changes: Changes) -> None:
        raise RuntimeError("boom")

    bus.subscribe(WALLET, broken)
    bus.subscribe(WALLET, lambda _name, changes: seen.append(changes))
    bus.publish(WALLET, Changes(wallet=True))
    assert seen == [Changes(wallet=True)]


def _topic_arguments() -> list[tuple[str, int, str]]:
    """Every literal topic name given to publish/subscribe/on in app/ and ui/."""
    found = []
    for package in ("app", "ui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("publish", "subscribe", "on")
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    found.append((str(path.relative_to(ROOT)), node.lineno, node.args[0].value))
    return found


def test_no_code_names_a_topic_the_registry_does_not_know() -> None:
    unknown = [f"{f}:{line} {name!r}" for f, line, name in _topic_arguments() if name not in TOPICS]
    assert unknown == []


def test_topic_constants_elsewhere_are_registered_names() -> None:
    """Modules that still keep their own topic constant (the services) name a registered one."""
    for module, attribute in [
        ("app.services.monitor", "MERCHANTS_UPDATED"),
        ("app.services.monitor", "DASHBOARD_UPDATED"),
        ("app.services.monitor", "ALERTS_RAISED"),
        ("app.services.portfolio", "TOPIC"),
        ("app.services.merchants", "CONNECTION"),
        ("app.chain.transactions", "TOPIC"),
    ]:
        value = getattr(importlib.import_module(module), attribute)
        assert events.topic_named(value).name in TOPICS, (module, attribute)
