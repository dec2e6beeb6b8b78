"""Settings and network profiles that cannot be used, as typed errors (sentences in
app/errors/catalog/config.py). They are ValueErrors too, so pydantic's validators report them, and
`from_validation` recovers the typed error from pydantic's ValidationError."""

from __future__ import annotations

from pydantic import ValidationError

from app.errors import AppError


class ConfigError(AppError, ValueError):
    code = "config.invalid"


class ProfileNotFound(ConfigError, KeyError):
    """No network profile has that name."""

    code = "config.no_profile"


def from_validation(error: ValidationError) -> AppError:
    """The first problem of a settings or profile validation, as a typed error: the AppError a
    validator raised, else the first field with pydantic's own words."""
    found = problems(error)
    raised = [typed for _, typed, by_validator in found if by_validator]
    return raised[0] if raised else found[0][1]


def problems(error: ValidationError) -> list[tuple[str, AppError, bool]]:
    """Every problem of a validation as (field, typed error, raised by a validator): the
    AppError a validator raised, or a ConfigError naming the field with pydantic's own words for
    a type or range problem. Never empty."""
    found: list[tuple[str, AppError, bool]] = []
    for problem in error.errors(include_url=False, include_input=False):
        field = ".".join(str(part) for part in problem["loc"]) or "—"
        raised = (problem.get("ctx") or {}).get("error")
        if isinstance(raised, AppError):
            found.append((field, raised, True))
        else:
            found.append((field, ConfigError(field=field, problem=str(problem["msg"])), False))
    return found or [("—", ConfigError(field="—", problem=str(error)), False)]
