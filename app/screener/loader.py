"""Screening the whole portfolio: bulk pages in, a scored Portfolio out.

Per merchant range (a page of 1,000): the merchants' facts, and the series in two segments,
the closed months (unchanged until the month turns) and the current month (changes daily), so a
new day refetches only the small segment. The raw figures of a page (app.domain.scorer.measure,
the costly step) are cached on disk keyed by the pages' ETags: when the server answers 304 for
all of a range's pages, nothing is decoded or recomputed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import os
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path

import numpy as np

from app.backend.bulk import PAGE_SIZE, BulkClient
from app.backend.cache import CachedApi
from app.backend.errors import BackendHttpError
from app.backend.models import Category
from app.domain import scorer
from app.domain.policy import DEFAULT_POLICY, SelectionPolicy
from app.screener import pages
from app.screener.errors import ScreeningCancelled, ScreeningError
from app.screener.portfolio import Portfolio

log = logging.getLogger(__name__)

MEASURES_VERSION = "1"  # bump when app.domain.scorer.measure changes its arithmetic
Progress = Callable[[int, int], None]  # (pages done, pages in all)
Segment = tuple[dt.date | None, dt.date]


def segments(as_of: dt.date) -> list[Segment]:
    """The closed months (from the history's first day) and the current month."""
    month = as_of.replace(day=1)
    return [(None, month - dt.timedelta(days=1)), (month, as_of)]


class Screener:
    """Loads and scores every merchant; thread-safe to call from a worker."""

    def __init__(
        self,
        api: CachedApi,
        bulk: BulkClient,
        cache_dir: Path,
        policy: SelectionPolicy = DEFAULT_POLICY,
        workers: int = 2,
    ) -> None:
        self.api = api
        self.bulk = bulk
        self.cache_dir = cache_dir
        self.policy = policy
        self.workers = max(1, workers)

    def load(
        self, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> Portfolio:
        health = self.api.health().value
        as_of, total = health.sim_date, health.merchant_count
        peers = scorer.PeerTable.of([self.api.peers(c.value).value for c in Category])
        count = max(1, -(-total // PAGE_SIZE))
        periods = self._periods(as_of)
        done = [0]
        lock = threading.Lock()

        def one(page: int) -> tuple[pages.Facts, scorer.Measures]:
            if cancel is not None and cancel.is_set():
                raise ScreeningCancelled()
            result = self._page(page, as_of, periods)
            with lock:
                done[0] += 1
                if progress is not None:
                    progress(done[0], count)
            return result

        if progress is not None:
            progress(0, count)
        with ThreadPoolExecutor(self.workers, thread_name_prefix="screen") as pool:
            results = list(pool.map(one, range(1, count + 1)))
        facts = [f for f, _ in results if f.ids]
        measures = scorer.Measures.concat([m for f, m in results if f.ids])
        categories = [c for f in facts for c in f.categories]
        codes = {name: i for i, name in enumerate(peers.categories)}
        category_code = np.array([codes[c] for c in categories], dtype=np.int64)
        placed = scorer.place(measures, category_code, peers)
        return Portfolio(
            as_of=as_of,
            ids=[i for f in facts for i in f.ids],
            names=[n for f in facts for n in f.names],
            categories=categories,
            category_code=category_code,
            tokenized=np.concatenate([f.tokenized for f in facts]),
            underwriter_score=np.concatenate([f.underwriter_score for f in facts]),
            measures=measures,
            placed=placed,
            policy=self.policy,
        )

    def _periods(self, as_of: dt.date) -> list[Segment]:
        wanted = segments(as_of)
        try:
            self.bulk.series_page(1, PAGE_SIZE, *wanted[0], load=False)
        except BackendHttpError as error:
            if error.status != 422:
                raise
            return [(None, as_of)]  # the history starts this month: one segment
        return wanted

    def _page(
        self, page: int, as_of: dt.date, periods: list[Segment]
    ) -> tuple[pages.Facts, scorer.Measures]:
        merchants = self.bulk.merchants_page(page, PAGE_SIZE, as_of)
        assert merchants.table is not None
        facts = pages.facts(merchants.table)
        heads = [self.bulk.series_page(page, PAGE_SIZE, s, e, load=False) for s, e in periods]
        key = self._key(merchants.etag, [h.etag for h in heads])
        cached = self._load_measures(key) if key else None
        if cached is not None and cached.count == len(facts.ids):
            return facts, cached
        tables = [
            h.table if h.table is not None else self.bulk.series_page(page, PAGE_SIZE, s, e).table
            for h, (s, e) in zip(heads, periods, strict=True)
        ]
        m = len(facts.ids)
        if m == 0:
            return facts, _empty()
        loaded = [t for t in tables if t is not None]
        for table in loaded:
            if table.num_rows % m or pages.series_ids(table, m) != facts.ids:
                raise ScreeningError(problem=f"page {page}: series and merchants differ")
        series = pages.series_batch(loaded, m)
        events = pages.events_batch(merchants.table, series.start)
        repayments = pages.repayments_batch(merchants.table, series.start)
        if series.end != as_of:
            problem = f"series end on {series.end.isoformat()}, not {as_of.isoformat()}"
            raise ScreeningError(problem=problem)
        measures = scorer.measure(series, events, repayments, self.policy)
        if key:
            self._save_measures(key, measures)
        return facts, measures

    # -- the measures cache ----------------------------------------------------------------

    def _key(self, merchants_etag: str | None, series_etags: list[str | None]) -> str | None:
        if merchants_etag is None or None in series_etags:
            return None
        windows = asdict(self.policy)
        text = json.dumps([MEASURES_VERSION, merchants_etag, series_etags, windows])
        return hashlib.sha256(text.encode()).hexdigest()[:40]

    def _path(self, key: str) -> Path:
        return self.cache_dir / f"measures-{key}.npz"

    def _load_measures(self, key: str) -> scorer.Measures | None:
        try:
            with np.load(self._path(key), allow_pickle=False) as data:
                return _unflatten({name: data[name] for name in data.files})
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError) as error:
            log.warning("ignoring cached measures %s: %s", key, error)
            return None

    def _save_measures(self, key: str, measures: scorer.Measures) -> None:
        flat = _flatten(measures)
        if any(a.dtype == object for a in flat.values()):
            return  # only exact int64 figures are cached (object arrays would need pickle)
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            handle, temp = tempfile.mkstemp(dir=self.cache_dir, prefix=".tmp-", suffix=".npz")
            with os.fdopen(handle, "wb") as out:
                np.savez(out, **flat)  # type: ignore[arg-type]
            os.replace(temp, self._path(key))
        except OSError:
            log.warning("cannot cache measures under %s", self.cache_dir, exc_info=True)


def _flatten(measures: scorer.Measures) -> dict[str, np.ndarray]:
    flat: dict[str, np.ndarray] = {}
    for name, value in vars(measures).items():
        if isinstance(value, dict):
            flat.update({f"{name}.{k}": v for k, v in value.items()})
        else:
            flat[name] = value
    return flat


def _unflatten(flat: dict[str, np.ndarray]) -> scorer.Measures:
    fields: dict[str, object] = {}
    for name, value in flat.items():
        if "." in name:
            outer, inner = name.split(".", 1)
            fields.setdefault(outer, {})[inner] = value  # type: ignore[index]
        else:
            fields[name] = value
    return scorer.Measures(**fields)  # type: ignore[arg-type]


def _empty() -> scorer.Measures:
    z, b = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=bool)
    gaps = {s: z for s in scorer.INTEGRITY_SOURCES}
    oks = {s: b for s in scorer.INTEGRITY_SOURCES}
    return scorer.Measures(z, b, z, b, z, b, z, z, z, b, z, z, z, gaps, oks)
