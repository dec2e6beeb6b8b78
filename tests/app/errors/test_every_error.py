"""`except AppError` catches every error the core raises on purpose: each exception class the
core defines derives from it, except the few that never leave the core (listed with why)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import app
from app.errors import AppError, render

# Never seen by a user: retry signals caught inside one module, and the sandbox server's own
# errors, which it turns into HTTP answers.
INTERNAL = {
    "app.backend.client._Retry",
    "app.chain.provider._Transient",
    "app.sandbox.api.ApiProblem",
    "app.sandbox.world.NotFound",
    "app.sandbox.market_listed.BookRefusal",  # the order book's refusals, as ApiProblems
    # Bad JSON, deliberately a JSONDecodeError: every reader's handling of bad JSON words it.
    "app.json_input.TooDeep",
    # The CLI's argument errors; the CLI command wrapper (issue 12, point 7) takes them over.
    "app.cli.treasury.UsageError",
}


def core_exceptions() -> list[type[BaseException]]:
    found: dict[str, type[BaseException]] = {}
    for info in pkgutil.walk_packages(app.__path__, "app."):
        if ".migrations" in info.name:
            continue
        module = importlib.import_module(info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, BaseException) and value.__module__.startswith("app."):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return list(found.values())


def test_every_core_error_is_an_app_error() -> None:
    classes = core_exceptions()
    assert len(classes) > 50  # the walk found the core's errors
    strays = [
        f"{c.__module__}.{c.__qualname__}"
        for c in classes
        if not issubclass(c, AppError) and f"{c.__module__}.{c.__qualname__}" not in INTERNAL
    ]
    assert strays == []


def test_every_class_code_has_a_sentence() -> None:
    from app.errors.catalog import table

    for error in core_exceptions():
        if issubclass(error, AppError):
            assert error.code in table(), f"{error.__qualname__}: no sentence for {error.code}"
    assert render("no.such", {}) == render("app.error", {"code": "no.such"})
