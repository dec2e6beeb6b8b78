"""Each REST resource the app reads: its path, query, payload model and cache kind, in one place
so the client and the SQLite cache agree on what a resource is and how it is keyed."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Generic, TypeVar
from urllib.parse import quote, urlencode

from pydantic import BaseModel

from app.backend import models

T = TypeVar("T", bound=BaseModel)

MAX_PAGE_SIZE = 5000
_MAX_KEY = 400  # the width of http_cache.resource
MERCHANT_FILTERS = ("city", "platform", "category", "tokenized", "min_score", "q")


@dataclass(frozen=True)
class Resource(Generic[T]):
    """One GET: `path` is already URL-encoded; `params` are sorted for a stable cache key."""

    path: str
    model: type[T]
    kind: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def key(self) -> str:
        """The cache key: path and query, hashed down when a long search makes it too wide."""
        key = f"{self.path}?{urlencode(self.params)}" if self.params else self.path
        if len(key) <= _MAX_KEY:
            return key
        return key[:300] + "#" + hashlib.sha256(key.encode()).hexdigest()


def _segment(value: str) -> str:
    # Everything user- or server-supplied is encoded, so "Home & Kitchen" or a hostile id
    # cannot change which path is requested.
    return quote(str(value), safe="")


def _query(values: dict[str, object]) -> tuple[tuple[str, str], ...]:
    out = []
    for name, value in sorted(values.items()):
        if value is None or value == "":
            continue
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif hasattr(value, "value"):  # StrEnum members travel as their value
            text = str(value.value)
        else:
            text = str(value)
        out.append((name, text))
    return tuple(out)


def health() -> Resource[models.Health]:
    return Resource("/v1/health", models.Health, "health")


def merchants(
    page: int = 1, page_size: int = 100, **filters: object
) -> Resource[models.MerchantPage]:
    unknown = set(filters) - set(MERCHANT_FILTERS)
    if unknown:
        raise ValueError(f"unknown merchant filter(s): {', '.join(sorted(unknown))}")
    if page < 1 or not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page must be >= 1 and page_size 1..{MAX_PAGE_SIZE}")
    params = _query({**filters, "page": page, "page_size": page_size})
    return Resource("/v1/merchants", models.MerchantPage, "merchant_list", params)


def merchant(merchant_id: str) -> Resource[models.MerchantProfile]:
    return Resource(f"/v1/merchants/{_segment(merchant_id)}", models.MerchantProfile, "merchant")


def metrics(merchant_id: str) -> Resource[models.MetricSeries]:
    path = f"/v1/merchants/{_segment(merchant_id)}/metrics"
    return Resource(path, models.MetricSeries, "series")


def promotions(merchant_id: str) -> Resource[models.PromotionList]:
    path = f"/v1/merchants/{_segment(merchant_id)}/promotions"
    return Resource(path, models.PromotionList, "promotions")


def repayments(merchant_id: str) -> Resource[models.RepaymentList]:
    path = f"/v1/merchants/{_segment(merchant_id)}/repayments"
    return Resource(path, models.RepaymentList, "repayments")


def peers(category: str) -> Resource[models.PeerStats]:
    value = category.value if isinstance(category, models.Category) else category
    return Resource(f"/v1/peers/{_segment(value)}", models.PeerStats, "peers")


def offerings(status: str | None = None) -> Resource[models.OfferingList]:
    return Resource("/v1/offerings", models.OfferingList, "offerings", _query({"status": status}))


def offering(offering_id: str) -> Resource[models.Offering]:
    return Resource(f"/v1/offerings/{_segment(offering_id)}", models.Offering, "offering")


def reports(symbol: str) -> Resource[models.RevenueReportList]:
    path = f"/v1/tokens/{_segment(symbol)}/reports"
    return Resource(path, models.RevenueReportList, "reports")


def report(symbol: str, period: str) -> Resource[models.RevenueReport]:
    path = f"/v1/tokens/{_segment(symbol)}/reports/{_segment(period)}"
    return Resource(path, models.RevenueReport, "report")


def settlements(merchant_id: str, period: str) -> Resource[models.SettlementList]:
    path = f"/v1/merchants/{_segment(merchant_id)}/settlements"
    return Resource(path, models.SettlementList, "settlements", _query({"period": period}))
