"""The settings the window needs to look right at its first paint (theme, language, which
network it is starting), read with the stdlib `sqlite3`, read-only, before SQLAlchemy, Alembic
and pydantic load. The full, validated settings follow once the window has painted
(`settings_store.load_settings`); anything missing or unexpected here reads as the default.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from app.config.choices import LANGUAGES, SANDBOX_NAME, THEMES

log = logging.getLogger(__name__)
# A profile name as NetworkProfile allows it; anything else is shown as the sandbox's start.
_PROFILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}$")


@dataclass(frozen=True)
class QuickSettings:
    theme: str = "system"
    language: str = "system"
    active_profile: str = SANDBOX_NAME


def read_quick_settings(path: Path) -> QuickSettings:
    """Theme, language and active profile from the store at `path`; the defaults when the file
    or the table is missing (a first start), unreadable, or holds a value not allowed."""
    rows = _rows(path, ("theme", "language", "active_profile"))
    profile = rows.get("active_profile")
    return QuickSettings(
        theme=_choice(rows.get("theme"), THEMES),
        language=_choice(rows.get("language"), LANGUAGES),
        active_profile=(
            profile
            if isinstance(profile, str) and _PROFILE_NAME.fullmatch(profile)
            else SANDBOX_NAME
        ),
    )


def _choice(value: object, allowed: tuple[str, ...]) -> str:
    return value if isinstance(value, str) and value in allowed else "system"


def _rows(path: Path, keys: tuple[str, ...]) -> dict[str, object]:
    if not path.is_file():
        return {}
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=1.0)
    except sqlite3.Error as error:
        log.debug("quick settings: cannot open the store: %s", error)
        return {}
    try:
        marks = ",".join("?" * len(keys))
        found = connection.execute(
            f"SELECT key, value_json FROM settings WHERE key IN ({marks})",  # noqa: S608 - marks only
            keys,
        ).fetchall()
    except sqlite3.Error as error:  # no table yet (never migrated), locked, not a database
        log.debug("quick settings: cannot read the settings: %s", error)
        return {}
    finally:
        connection.close()
    values: dict[str, object] = {}
    for key, raw in found:
        try:
            values[str(key)] = json.loads(raw)
        except (TypeError, ValueError):
            continue  # the full load logs it
    return values
