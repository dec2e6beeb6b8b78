"""The sandbox server's own SQLite database (<data-dir>/sandbox/api.sqlite3).

Holds what must survive a restart (the roster, offerings, the sim date and data version) and
caches what is costly to recompute (series, peer statistics, reports, repayment plans). It is a
fake backend's store, not the app's local store, so it has no migrations: a file written by
another format version, seed or roster size is simply rebuilt.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import threading
import zlib
from dataclasses import fields
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Engine,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    insert,
    select,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from app.backend.models import Category, City, Offering, Platform
from app.sandbox.roster import MerchantRow, Roster, RosterParams

FORMAT_VERSION = "2"  # 2: offerings priced for a believable yield

metadata = MetaData()
meta_table = Table(
    "meta", metadata, Column("key", String, primary_key=True), Column("value", Text, nullable=False)
)
merchants_table = Table(
    "merchants",
    metadata,
    Column("idx", Integer, primary_key=True),
    Column("id", String, nullable=False, unique=True),
    Column("name", String, nullable=False),
    Column("legal_name", String, nullable=False),
    Column("city", String, nullable=False),
    Column("platform", String, nullable=False),
    Column("category", String, nullable=False),
    Column("score", Integer, nullable=False),
    Column("onboarded_on", Date, nullable=False),
    Column("tokenized", Boolean, nullable=False),
    Column("late_payer", Boolean, nullable=False),
    Column("disagreeing", Boolean, nullable=False),
    Column("settlement_lag_days", Integer, nullable=False),
    Column("description", Text, nullable=False),
    Column("store_url", String, nullable=False),
)
blobs_table = Table(
    "blobs",
    metadata,
    Column("name", String, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)
offerings_table = Table(
    "offerings",
    metadata,
    Column("id", String, primary_key=True),
    Column("merchant_id", String, nullable=False),
    Column("body", Text, nullable=False),
)
# Caches: key -> JSON text (or compressed bytes for series), all derivable from the seed.
cache_table = Table(
    "cache",
    metadata,
    Column("kind", String, primary_key=True),
    Column("key", String, primary_key=True),
    Column("day", Date, nullable=True, index=True),
    Column("data", LargeBinary, nullable=False),
)


def _pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class SandboxStore:
    """Thread-safe access to the sandbox database (one lock serialises writes)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.path = path
        self.engine: Engine = create_engine(
            f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 30}
        )
        event.listen(self.engine, "connect", _pragmas)
        metadata.create_all(self.engine)
        self._lock = threading.Lock()

    def close(self) -> None:
        self.engine.dispose()

    # -- meta ------------------------------------------------------------------------------
    def get_meta(self) -> dict[str, str]:
        with self.engine.connect() as conn:
            return {key: value for key, value in conn.execute(select(meta_table))}

    def set_meta(self, **values: str) -> None:
        with self._lock, self.engine.begin() as conn:
            for key, value in values.items():
                stmt = sqlite_insert(meta_table).values(key=key, value=value)
                conn.execute(
                    stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value})
                )

    # -- roster and offerings ----------------------------------------------------------------
    def save_world(self, roster: Roster, offerings: list[Offering], meta: dict[str, str]) -> None:
        """Replace everything with a freshly generated world."""
        buffer = io.BytesIO()
        np.savez(buffer, **roster.params.to_arrays())  # type: ignore[arg-type]
        rows = [{**{k: getattr(r, k) for k in _ROW_FIELDS}, "idx": r.index} for r in roster.rows]
        with self._lock, self.engine.begin() as conn:
            for table in (meta_table, merchants_table, blobs_table, offerings_table, cache_table):
                conn.execute(delete(table))
            conn.execute(insert(merchants_table), rows)
            conn.execute(insert(blobs_table), [{"name": "params", "data": buffer.getvalue()}])
            if offerings:
                conn.execute(
                    insert(offerings_table),
                    [
                        {"id": o.id, "merchant_id": o.merchant_id, "body": o.model_dump_json()}
                        for o in offerings
                    ],
                )
            conn.execute(insert(meta_table), [{"key": k, "value": v} for k, v in meta.items()])

    def load_world(self, seed: int) -> tuple[Roster, list[Offering]]:
        with self.engine.connect() as conn:
            records = conn.execute(select(merchants_table).order_by(merchants_table.c.idx)).all()
            blob = conn.execute(
                select(blobs_table.c.data).where(blobs_table.c.name == "params")
            ).scalar_one()
            bodies = conn.execute(
                select(offerings_table.c.body).order_by(offerings_table.c.id)
            ).scalars()
            offerings = [Offering.model_validate_json(body) for body in bodies]
        with np.load(io.BytesIO(blob)) as arrays:
            params = RosterParams(**{name: arrays[name] for name in arrays.files})
        rows = [
            MerchantRow(
                index=r.idx,
                id=r.id,
                name=r.name,
                legal_name=r.legal_name,
                city=City(r.city),
                platform=Platform(r.platform),
                category=Category(r.category),
                score=r.score,
                onboarded_on=r.onboarded_on,
                tokenized=r.tokenized,
                late_payer=r.late_payer,
                disagreeing=r.disagreeing,
                settlement_lag_days=r.settlement_lag_days,
                description=r.description,
                store_url=r.store_url,
            )  # fmt: skip
            for r in records
        ]
        return Roster(seed=seed, rows=rows, params=params), offerings

    def save_offering(self, offering: Offering) -> None:
        with self._lock, self.engine.begin() as conn:
            conn.execute(
                offerings_table.update()
                .where(offerings_table.c.id == offering.id)
                .values(body=offering.model_dump_json())
            )

    # -- caches ------------------------------------------------------------------------------
    def cache_get(self, kind: str, key: str) -> bytes | None:
        with self.engine.connect() as conn:
            found = conn.execute(
                select(cache_table.c.data).where(
                    cache_table.c.kind == kind, cache_table.c.key == key
                )
            ).scalar_one_or_none()
        return None if found is None else zlib.decompress(found)

    def cache_put(self, kind: str, key: str, data: bytes, day: dt.date | None = None) -> None:
        packed = zlib.compress(data, 6)
        with self._lock, self.engine.begin() as conn:
            stmt = sqlite_insert(cache_table).values(kind=kind, key=key, day=day, data=packed)
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=["kind", "key"], set_={"data": packed, "day": day}
                )
            )

    def cache_get_json(self, kind: str, key: str) -> Any:
        data = self.cache_get(kind, key)
        return None if data is None else json.loads(data)

    def cache_put_json(self, kind: str, key: str, value: Any, day: dt.date | None = None) -> None:
        self.cache_put(kind, key, json.dumps(value, sort_keys=True).encode(), day)

    def prune(self, kind: str, before: dt.date) -> None:
        """Drop cache entries of `kind` for days before `before` (yesterday's series)."""
        with self._lock, self.engine.begin() as conn:
            conn.execute(
                delete(cache_table).where(cache_table.c.kind == kind, cache_table.c.day < before)
            )


_ROW_FIELDS = [f.name for f in fields(MerchantRow) if f.name != "index"]
