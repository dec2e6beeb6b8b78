"""Settings persisted one key per row; validated on load, so a bad row never breaks start-up."""

from __future__ import annotations

import json
import logging

from pydantic import ValidationError
from sqlalchemy import select

from app.config.settings import Settings
from app.storage.db import Database
from app.storage.schema import Setting

log = logging.getLogger(__name__)


def load_settings(db: Database) -> Settings:
    with db.session() as session:
        rows = {row.key: row.value_json for row in session.scalars(select(Setting))}
    values = {}
    for key, raw in rows.items():
        try:
            values[key] = json.loads(raw)
        except json.JSONDecodeError:
            log.warning("ignoring unreadable setting %s", key)
    try:
        return Settings.model_validate(values)
    except ValidationError as error:
        bad = {str(e["loc"][0]) for e in error.errors() if e["loc"]}
        log.warning("ignoring invalid settings: %s", ", ".join(sorted(bad)))
        try:
            return Settings.model_validate({k: v for k, v in values.items() if k not in bad})
        except ValidationError:
            return Settings()


def save_settings(db: Database, settings: Settings) -> None:
    data = settings.model_dump(mode="json")
    with db.session() as session:
        for key, value in data.items():
            session.merge(Setting(key=key, value_json=json.dumps(value, sort_keys=True)))
