"""The sandbox's live state: the generated world, its simulated clock, and cached payloads.

Every public method returns a validated model from app.backend.models (or a JSON body with its
ETag for the series), so the API layer only routes. Methods are safe to call from the server's
worker threads while the clock thread advances the day.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
from collections import OrderedDict
from pathlib import Path

import numpy as np

from app.backend.models import (
    SCHEMA_VERSION,
    Category,
    City,
    Health,
    MerchantPage,
    MerchantProfile,
    MerchantSummary,
    Offering,
    OfferingList,
    OfferingStatus,
    PeerStats,
    Platform,
    Promotion,
    PromotionEvent,
    PromotionList,
    RepaymentList,
    RevenueReport,
    RevenueReportList,
    SettlementList,
)
from app.sandbox import generator, noise, offerings, peers, repayments, settlements
from app.sandbox.calendar import HISTORY_START, LAST_DAY, SIM_START, event_windows
from app.sandbox.roster import MerchantRow, build_roster
from app.sandbox.store import FORMAT_VERSION, SandboxStore

log = logging.getLogger(__name__)

DEFAULT_SEED = 20261031
_SERIES_MEMORY = 256  # series bodies kept in memory (the rest come from SQLite)
_BASELINE_DAYS = 28  # an event needs its 28-day baseline inside the series


class NotFound(LookupError):
    """The thing asked for does not exist; `what` names it for the error message."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def etag_of(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


class SandboxWorld:
    def __init__(
        self, data_dir: Path, *, seed: int = DEFAULT_SEED, merchants: int = 300, reset: bool = False
    ) -> None:
        self.store = SandboxStore(data_dir / "sandbox" / "api.sqlite3")
        wanted = {"format": FORMAT_VERSION, "seed": str(seed), "merchants": str(merchants)}
        meta = self.store.get_meta()
        if reset or any(meta.get(key) != value for key, value in wanted.items()):
            if meta and not reset:
                log.info("sandbox data was made with other settings; generating afresh")
            self.roster = build_roster(seed, merchants)
            self._offerings = offerings.build_offerings(self.roster)
            meta = {**wanted, "sim_date": SIM_START.isoformat(), "data_version": "1"}
            self.store.save_world(self.roster, self._offerings, meta)
        else:
            self.roster, self._offerings = self.store.load_world(seed)
        self._sim_date = dt.date.fromisoformat(meta["sim_date"])
        self._data_version = int(meta["data_version"])
        self._lock = threading.RLock()
        self._summaries: tuple[dt.date, list[MerchantSummary]] | None = None
        self._summaries_lock = threading.Lock()
        self._series: OrderedDict[tuple[str, dt.date], tuple[str, bytes]] = OrderedDict()

    def close(self) -> None:
        self.store.close()

    # -- the clock ---------------------------------------------------------------------------
    @property
    def sim_date(self) -> dt.date:
        return self._sim_date

    @property
    def data_version(self) -> int:
        return self._data_version

    def advance_day(self) -> bool:
        """Publish one more simulated day; False once the calendar's last day is reached."""
        with self._lock:
            if self._sim_date >= LAST_DAY:
                return False
            self._sim_date += dt.timedelta(days=1)
            self._data_version += 1
            self.store.set_meta(
                sim_date=self._sim_date.isoformat(), data_version=str(self._data_version)
            )
            for key in [k for k in self._series if k[1] < self._sim_date]:
                del self._series[key]
        self.store.prune("series", self._sim_date)
        return True

    def health(self) -> Health:
        return Health(
            status="ok",
            schema_version=SCHEMA_VERSION,
            server_time=dt.datetime.now(dt.UTC),
            sim_date=self._sim_date,
            data_version=self._data_version,
            merchant_count=len(self.roster.rows),
        )

    # -- merchants ---------------------------------------------------------------------------
    def _row(self, merchant_id: str) -> MerchantRow:
        row = self.roster.by_id.get(merchant_id)
        if row is None:
            raise NotFound(f"merchant {merchant_id}")
        return row

    def _offering_of(self, merchant_id: str) -> Offering | None:
        return next((o for o in self._offerings if o.merchant_id == merchant_id), None)

    def summaries(self) -> list[MerchantSummary]:
        """Every merchant's summary as of the sim date (computed once per simulated day)."""
        day = self._sim_date
        cached = self._summaries
        if cached is not None and cached[0] == day:
            return cached[1]
        with self._summaries_lock:  # one thread computes, concurrent callers wait for it
            cached = self._summaries
            if cached is not None and cached[0] == day:
                return cached[1]
            figures = generator.summary_figures(self.roster, day)
            symbols = {o.merchant_id: o.token_symbol for o in self._offerings}
            items = [generator.summary(r, figures, symbols.get(r.id)) for r in self.roster.rows]
            self._summaries = (day, items)
            return items

    def warm(self) -> None:
        """Compute today's merchant list ahead of requests, if anyone has asked for it yet."""
        if self._summaries is not None:
            self.summaries()

    def merchants_page(
        self,
        *,
        city: City | None = None,
        platform: Platform | None = None,
        category: Category | None = None,
        tokenized: bool | None = None,
        min_score: int | None = None,
        q: str | None = None,
        page: int = 1,
        page_size: int = 100,
    ) -> MerchantPage:
        needle = q.casefold() if q else None
        chosen = [
            s
            for s in self.summaries()
            if (city is None or s.city is city)
            and (platform is None or s.platform is platform)
            and (category is None or s.category is category)
            and (tokenized is None or s.tokenized is tokenized)
            and (min_score is None or s.score >= min_score)
            and (needle is None or needle in s.name.casefold() or needle in s.id.casefold())
        ]
        first = (page - 1) * page_size
        return MerchantPage(
            items=chosen[first : first + page_size],
            total=len(chosen),
            page=page,
            page_size=page_size,
        )

    def profile(self, merchant_id: str) -> MerchantProfile:
        row = self._row(merchant_id)
        offering = self._offering_of(row.id)
        offering_id = offering.id if offering else None
        return generator.profile(row, self.summaries()[row.index], offering_id)

    def series_body(self, merchant_id: str) -> tuple[str, bytes]:
        """The MetricSeries JSON of a merchant as of the sim date, and its ETag."""
        row = self._row(merchant_id)
        key = (row.id, self._sim_date)
        with self._lock:
            found = self._series.get(key)
            if found is not None:
                self._series.move_to_end(key)
                return found
        cache_key = f"{row.id}@{key[1].isoformat()}"
        body = self.store.cache_get("series", cache_key)
        if body is None:
            body = generator.metric_series(self.roster, row, key[1]).model_dump_json().encode()
            self.store.cache_put("series", cache_key, body, key[1])
        found = (etag_of(body), body)
        with self._lock:
            self._series[key] = found
            while len(self._series) > _SERIES_MEMORY:
                self._series.popitem(last=False)
        return found

    def repayments(self, merchant_id: str) -> RepaymentList:
        row = self._row(merchant_id)
        stored = self.store.cache_get_json("repayments", row.id)
        if stored is None:
            indices = np.array([row.index], dtype=np.int64)
            planned = repayments.plan(
                row,
                self.roster.params.take(indices),
                noise.merchant_keys(self.roster.seed, indices),
            )
            stored = [
                [p.installment, p.due_date.isoformat(), p.amount_due, p.offset_days]
                for p in planned
            ]
            self.store.cache_put_json("repayments", row.id, stored)
        planned = [
            repayments.PlannedInstallment(n, dt.date.fromisoformat(due), amount, offset)
            for n, due, amount, offset in stored
        ]
        return RepaymentList(merchant_id=row.id, items=repayments.as_of(planned, self._sim_date))

    # -- peers and promotions ----------------------------------------------------------------
    def peers(self, category: Category) -> PeerStats:
        as_of = peers.anchor_date(self._sim_date)
        key = f"{category.value}@{as_of.isoformat()}"
        stored = self.store.cache_get("peers", key)
        if stored is not None:
            return PeerStats.model_validate_json(stored)
        stats = peers.compute_peer_stats(self.roster, category, as_of)
        self.store.cache_put("peers", key, stats.model_dump_json().encode())
        return stats

    def promotions(self, merchant_id: str, as_of: dt.date | None = None) -> PromotionList:
        """The merchant's promotion events up to `as_of` (default: the sim date)."""
        row = self._row(merchant_id)
        first = HISTORY_START + dt.timedelta(days=_BASELINE_DAYS)
        windows = event_windows(first, as_of or self._sim_date)
        medians: dict[tuple[PromotionEvent, dt.date], int] = {}
        missing = []
        for event, start, end in windows:
            found = self.store.cache_get_json(
                "event_median", f"{row.category.value}|{event.value}|{start}"
            )
            if found is None:
                missing.append((event, start, end))
            else:
                medians[(event, start)] = int(found)
        if missing:
            computed = peers.compute_event_medians(self.roster, row.category, missing)
            for (event, start), value in computed.items():
                self.store.cache_put_json(
                    "event_median", f"{row.category.value}|{event.value}|{start}", value
                )
            medians.update(computed)
        items = [
            Promotion(
                event=event, start=start, end=end, peer_median_uplift_bp=medians[(event, start)]
            )
            for event, start, end in windows
        ]
        return PromotionList(merchant_id=row.id, items=items)

    # -- offerings and revenue reports -------------------------------------------------------
    def offerings(self, status: OfferingStatus | None = None) -> OfferingList:
        return OfferingList(
            items=[o for o in self._offerings if status is None or o.status is status]
        )

    def offering(self, offering_id: str) -> Offering:
        found = next((o for o in self._offerings if o.id == offering_id), None)
        if found is None:
            raise NotFound(f"offering {offering_id}")
        return found

    def set_offering_addresses(
        self, offering_id: str, token_address: str, sale_address: str | None
    ) -> Offering:
        """The chain step's hook: record where an offering's token (and sale) were deployed."""
        with self._lock:
            current = self.offering(offering_id)
            updated = Offering.model_validate(
                {
                    **current.model_dump(),
                    "token_address": token_address,
                    "sale_address": sale_address,
                }
            )
            self._offerings = [updated if o.id == offering_id else o for o in self._offerings]
            self.store.save_offering(updated)
            self._data_version += 1
            self.store.set_meta(data_version=str(self._data_version))
        return updated

    def _offering_by_symbol(self, symbol: str) -> Offering:
        found = next((o for o in self._offerings if o.token_symbol == symbol), None)
        if found is None:
            raise NotFound(f"token {symbol}")
        return found

    def reports(self, symbol: str) -> RevenueReportList:
        offering = self._offering_by_symbol(symbol)
        periods = offerings.report_periods(offering, self._sim_date)
        found: dict[str, RevenueReport] = {}
        for period in periods:
            stored = self.store.cache_get("report", f"{symbol}/{period}")
            if stored is not None:
                found[period] = RevenueReport.model_validate_json(stored)
        missing = [p for p in periods if p not in found]
        if missing:
            row = self._row(offering.merchant_id)
            block = generator.merchant_block(self.roster, row.index, self._sim_date)
            for period in missing:
                shortfall = offerings.is_shortfall(self._offerings, offering, period)
                report = offerings.build_report(offering, period, block, shortfall)
                self.store.cache_put(
                    "report", f"{symbol}/{period}", report.model_dump_json().encode()
                )
                found[period] = report
        return RevenueReportList(token_symbol=symbol, items=[found[p] for p in periods])

    def fault_days(self) -> dict[tuple[str, dt.date], settlements.Fault]:
        return settlements.faults(self._offerings)

    def settlements(self, merchant_id: str, period: str) -> SettlementList:
        """The payment providers' settlements of a store with value dates in `period`, up to
        the sim date (none before the bank went live, none for a store not yet banked)."""
        row = self._row(merchant_id)
        try:
            first = dt.date.fromisoformat(period + "-01")
            month_end = offerings.month_after(first) - dt.timedelta(days=1)
        except ValueError:  # year 0 or past 9999: no such month
            raise NotFound(f"period {period[:10]}") from None
        found = next(
            (o for o in settlements.banked_offerings(self._offerings) if o.merchant_id == row.id),
            None,
        )
        items = []
        if found is not None:
            last = min(month_end, self._sim_date)
            items = settlements.settlements(self.roster, found, first, last, self.fault_days())
        return SettlementList(merchant_id=row.id, period=period, items=items)

    def report(self, symbol: str, period: str) -> RevenueReport:
        for report in self.reports(symbol).items:
            if report.period == period:
                return report
        raise NotFound(f"report {symbol} {period}")
