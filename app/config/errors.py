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
    """The first problem of a settings or profile validation, as a typed error: the ConfigError a
    validator raised, or the field and pydantic's own words for a type or range problem."""
    problems = error.errors(include_url=False, include_input=False)
    for problem in problems:
        raised = (problem.get("ctx") or {}).get("error")
        if isinstance(raised, AppError):
            return raised
    first = problems[0] if problems else {"loc": (), "msg": str(error)}
    field = ".".join(str(part) for part in first["loc"]) or "—"
    return ConfigError(field=field, problem=str(first["msg"]))
