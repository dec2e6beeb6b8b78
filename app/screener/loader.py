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
import io
import json
import logging
import threading
import zipfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path

import numpy as np

from app.backend.bulk import PAGE_SIZE, BulkClient, Page
from app.backend.cache import CachedApi
from app.backend.errors import BackendHttpError
from app.backend.models import Category
from app.domain import scorer
from app.domain.policy import DEFAULT_POLICY, SelectionPolicy
from app.priority import lower_this_thread
from app.screener import pages
from app.screener.errors import ScreeningCancelled, ScreeningCount, ScreeningError
from app.screener.portfolio import Portfolio
from app.storage.files import atomic_write, remove_stale_temps

log = logging.getLogger(__name__)

# Pages in flight: three, so one page's requests wait on the server while the others decode and
# score (measured on 2 cores: 3 beat 2 in every round, 4 did not beat 3; ~60 MB a page more).
WORKERS = 3
MEASURES_VERSION = "2"  # bump when app.domain.scorer.measure changes its arithmetic
Progress = Callable[[int, int], None]  # (pages done, pages in all)
Request = tuple[dt.date | None, dt.date, tuple[str, ...]]  # start (None: history's), end, columns

GMV = ("gmv_platform",)
WINDOWED = (
    "net_revenue_platform", "net_revenue_psp", "net_revenue_bank", "orders_platform",
    "returns_platform", "inventory_platform", "cogs_platform",
)  # fmt: skip


def requests(as_of: dt.date, history_start: dt.date, window: int) -> list[Request]:
    """What a page needs, in three parts: platform GMV over the closed months (from the
    history's first day), the other scored series over the closed months of the scorer's
    window, and everything over the current month. Only the last changes from day to day; the
    closed parts change when the month turns."""
    month = as_of.replace(day=1)
    closed = month - dt.timedelta(days=1)
    if closed < history_start:
        return [(None, as_of, GMV + WINDOWED)]
    window_start = (month - dt.timedelta(days=window)).replace(day=1)
    return [
        (None, closed, GMV),
        (None if window_start <= history_start else window_start, closed, WINDOWED),
        (month, as_of, GMV + WINDOWED),
    ]


def segments(as_of: dt.date) -> list[tuple[dt.date | None, dt.date]]:
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
        workers: int = WORKERS,
    ) -> None:
        self.api = api
        self.bulk = bulk
        self.cache_dir = cache_dir
        self.policy = policy
        self.workers = max(1, workers)

    def load(
        self, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> Portfolio:
        for directory in (self.bulk.cache_dir, self.cache_dir):
            remove_stale_temps(directory)  # a screening killed mid-write left them
        health = self.api.health().value
        as_of, total = health.sim_date, health.merchant_count
        count = max(1, -(-total // PAGE_SIZE))
        plan = self._periods(as_of, total)
        done = [0]
        lock = threading.Lock()

        def one(page: int) -> tuple[pages.Facts, scorer.Measures]:
            if cancel is not None and cancel.is_set():
                raise ScreeningCancelled()
            result = self._page(page, as_of, total, plan)
            with lock:
                done[0] += 1
                if progress is not None:
                    progress(done[0], count)
            return result

        if progress is not None:
            progress(0, count)
        # The peers are needed only at the end, and the platform may be computing them (1.3 s
        # for 15,000 stores when nobody asked yet): asked for by a thread of their own, so every
        # page worker keeps screening meanwhile.
        with (
            ThreadPoolExecutor(1, thread_name_prefix="peers") as asker,
            ThreadPoolExecutor(
                self.workers, thread_name_prefix="screen", initializer=lower_this_thread
            ) as pool,
        ):
            peers_asked = asker.submit(self._peers)
            results = list(pool.map(one, range(1, count + 1)))
            peers = peers_asked.result()
        facts = [f for f, _ in results]
        measures = scorer.Measures.concat([m for _, m in results])
        if measures.count != total:  # every page was checked against it: this is a bug's net
            raise ScreeningCount(loaded=measures.count, expected=total)
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

    def _peers(self) -> scorer.PeerTable:
        return scorer.PeerTable.of([self.api.peers(c.value).value for c in Category])

    def _periods(self, as_of: dt.date, total: int) -> tuple[dt.date, list[Request]]:
        """The history's first day (from page 1's GMV) and the requests every page makes."""
        closed = as_of.replace(day=1) - dt.timedelta(days=1)
        try:
            first = self.bulk.series_page(
                1, PAGE_SIZE, None, closed, total=total, columns=GMV
            ).table
        except BackendHttpError as error:
            if error.status != 404:
                raise
            first = None  # the history starts this month: one request per page
        if first is None or first.num_rows == 0:
            whole = self.bulk.series_page(1, PAGE_SIZE, None, as_of, total=total, columns=GMV).table
            start = pages.first_day(whole) if whole is not None else None
            return start or as_of, [(None, as_of, GMV + WINDOWED)]
        start = pages.first_day(first)
        assert start is not None
        return start, requests(as_of, start, scorer.window_days(self.policy))

    def _page(
        self, page: int, as_of: dt.date, total: int, plan: tuple[dt.date, list[Request]]
    ) -> tuple[pages.Facts, scorer.Measures]:
        history_start, wanted = plan
        merchants = self.bulk.merchants_page(page, PAGE_SIZE, as_of, total=total)
        assert merchants.table is not None
        facts = pages.facts(merchants.table)
        heads = [
            self.bulk.series_page(page, PAGE_SIZE, s, e, total=total, columns=c, load=False)
            for s, e, c in wanted
        ]
        key = self._key(merchants.etag, [h.etag for h in heads])
        cached = self._load_measures(key) if key else None
        if cached is not None and cached.count == len(facts.ids):
            return facts, cached
        m = len(facts.ids)
        if m == 0:
            return facts, scorer.Measures.empty()
        series = self._series(page, total, heads, wanted, facts.ids, history_start, as_of)
        del heads  # their decoded pages (~20 MB) go before the scorer makes its own arrays
        events = pages.events_batch(merchants.table, series.start)
        repayments = pages.repayments_batch(merchants.table, series.start)
        measures = scorer.measure(series, events, repayments, self.policy)
        if key:
            self._save_measures(key, measures)
        return facts, measures

    def _series(
        self,
        page: int,
        total: int,
        heads: list[Page],
        wanted: list[Request],
        ids: list[str],
        history_start: dt.date,
        as_of: dt.date,
    ) -> scorer.SeriesBatch:
        """The page's series as the scorer reads them, from its parts (those the server said
        are current come from the cache), each checked against the page's merchants."""
        m, tables = len(ids), []
        for head, (s, e, c) in zip(heads, wanted, strict=True):
            table = head.table or (
                self.bulk.series_page(page, PAGE_SIZE, s, e, total=total, columns=c).table
            )
            if table is None or table.num_rows % m or pages.series_ids(table, m) != ids:
                raise ScreeningError(problem=f"page {page}: series and merchants differ")
            if s is None and pages.first_day(table) != history_start:
                raise ScreeningError(problem=f"page {page}: the history starts on another day")
            tables.append(table)
        days = (as_of - history_start).days + 1
        return pages.series_batch(tables, m, history_start, days)

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
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as error:
            # Torn by a crash (empty, cut short, a bad CRC): computed again from the pages.
            log.warning("ignoring cached measures %s: %s", key, error)
            return None

    def _save_measures(self, key: str, measures: scorer.Measures) -> None:
        flat = _flatten(measures)
        if any(a.dtype == object for a in flat.values()):
            return  # only exact int64 figures are cached (object arrays would need pickle)
        out = io.BytesIO()
        np.savez(out, **flat)  # type: ignore[arg-type]
        try:
            atomic_write(self._path(key), out.getvalue(), durable=False)  # a damaged one: ignored
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
