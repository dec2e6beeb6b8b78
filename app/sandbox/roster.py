"""The merchant roster: who the merchants are and the hidden parameters of their sales.

The roster is cheap (vectorised numpy, milliseconds for 15,000 merchants); the daily series are
generated from these parameters only when asked for (see app.sandbox.series).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field, fields

import numpy as np

from app.backend.models import Category, City, Platform, PromotionEvent
from app.sandbox import names
from app.sandbox.calendar import EVENTS

_CITY_WEIGHTS = {
    City.SHENZHEN: 34, City.GUANGZHOU: 22, City.DONGGUAN: 10, City.HANGZHOU: 10,
    City.YIWU: 10, City.XIAMEN: 6, City.HONG_KONG: 8,
}  # fmt: skip
_PLATFORM_WEIGHTS = {
    Platform.AMAZON: 38, Platform.SHOPIFY: 14, Platform.TIKTOK_SHOP: 14,
    Platform.ALIEXPRESS: 12, Platform.TEMU: 12, Platform.SHOPEE: 10,
}  # fmt: skip
# category: (weight, return rate, average order value in cents, days of inventory)
_CATEGORY_TRAITS = {
    Category.CONSUMER_ELECTRONICS: (18, 0.060, 4500, 70),
    Category.HOME_KITCHEN: (17, 0.050, 3500, 90),
    Category.APPAREL: (15, 0.130, 3000, 110),
    Category.BEAUTY: (10, 0.030, 2200, 80),
    Category.SPORTS_OUTDOORS: (10, 0.060, 4000, 95),
    Category.TOYS_GAMES: (10, 0.040, 2800, 100),
    Category.PET_SUPPLIES: (8, 0.035, 3000, 60),
    Category.AUTOMOTIVE: (12, 0.045, 5000, 120),
}
# Peak-day uplift of each event for an average merchant (1.0 = double the usual sales).
_EVENT_UPLIFT = {
    PromotionEvent.SINGLES_DAY: 1.6, PromotionEvent.BLACK_FRIDAY: 1.3,
    PromotionEvent.CYBER_MONDAY: 0.9, PromotionEvent.CHRISTMAS: 0.5,
    PromotionEvent.PRIME_DAY: 1.4, PromotionEvent.MID_YEAR_618: 0.9,
}  # fmt: skip
_PLATFORM_EVENT_BIAS = {
    (Platform.ALIEXPRESS, PromotionEvent.SINGLES_DAY): 1.5,
    (Platform.ALIEXPRESS, PromotionEvent.MID_YEAR_618): 1.3,
    (Platform.TIKTOK_SHOP, PromotionEvent.MID_YEAR_618): 1.2,
    (Platform.SHOPIFY, PromotionEvent.BLACK_FRIDAY): 1.3,
    (Platform.SHOPIFY, PromotionEvent.CYBER_MONDAY): 1.4,
}
_ONBOARDING_FIRST = dt.date(2019, 1, 1)
_ONBOARDING_DAYS = (dt.date(2024, 6, 30) - _ONBOARDING_FIRST).days
# The tokenized store with a fresh problem: its returns jump from this day on.
RETURN_SPIKE_START = dt.date(2026, 10, 12)
RETURN_SPIKE_FACTOR = 2.6


@dataclass(frozen=True)
class MerchantRow:
    index: int
    id: str
    name: str
    legal_name: str
    city: City
    platform: Platform
    category: Category
    score: int
    onboarded_on: dt.date
    tokenized: bool
    late_payer: bool
    disagreeing: bool
    settlement_lag_days: int
    description: str
    store_url: str


@dataclass
class RosterParams:
    """Hidden sales parameters, one array element per merchant (struct of arrays)."""

    base: np.ndarray  # daily GMV in cents around HISTORY_START, before seasonality
    growth: np.ndarray  # yearly log growth rate
    year_amp: np.ndarray  # yearly seasonality amplitude
    week_amp: np.ndarray  # weekday pattern amplitude
    uplift: np.ndarray  # (merchants, events) peak uplift per event
    cny_depth: np.ndarray  # fraction of sales lost at the bottom of the CNY dip
    sigma: np.ndarray  # daily noise level
    aov: np.ndarray  # average order value, cents
    fee_rate: np.ndarray  # platform commission + ads, off GMV
    psp_fee: np.ndarray  # PSP processing fee, off what it settles
    bank_fee: np.ndarray  # bank charges on settlements
    return_rate: np.ndarray
    cogs_ratio: np.ndarray  # cost of goods as a share of GMV
    dio: np.ndarray  # target days of inventory
    lag: np.ndarray  # settlement lag, days (int)
    overstate: np.ndarray  # platform overstatement in recent months (0 for honest merchants)
    return_spike: np.ndarray  # multiplier on returns from RETURN_SPIKE_START (1 = none)

    def take(self, indices: np.ndarray) -> RosterParams:
        return RosterParams(**{f.name: getattr(self, f.name)[indices] for f in fields(self)})

    def to_arrays(self) -> dict[str, np.ndarray]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class Roster:
    seed: int
    rows: list[MerchantRow]
    params: RosterParams
    by_id: dict[str, MerchantRow] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {row.id: row for row in self.rows}

    @property
    def tokenized(self) -> list[MerchantRow]:
        return [row for row in self.rows if row.tokenized]


def merchant_id(index: int) -> str:
    return f"M{index + 1:05d}"


def tokenized_count(merchants: int) -> int:
    return min(merchants, 12 + merchants // 2500)


def _pick(rng: np.random.Generator, weights: dict, n: int) -> list:
    keys = list(weights)
    p = np.array([weights[k] for k in keys], dtype=np.float64)
    return [keys[i] for i in rng.choice(len(keys), size=n, p=p / p.sum())]


def build_roster(seed: int, merchants: int) -> Roster:
    """The whole roster for a seed; the same seed and size always give the same roster."""
    if not 1 <= merchants <= 99_999:
        raise ValueError(f"merchants must be between 1 and 99,999, got {merchants}")
    rng = np.random.default_rng(seed)
    n = merchants
    cities = _pick(rng, _CITY_WEIGHTS, n)
    platforms = _pick(rng, _PLATFORM_WEIGHTS, n)
    categories = _pick(rng, {c: t[0] for c, t in _CATEGORY_TRAITS.items()}, n)
    traits = np.array([_CATEGORY_TRAITS[c][1:] for c in categories], dtype=np.float64)

    growth_yearly = np.clip(rng.normal(0.12, 0.22, n), -0.35, 0.85)
    skill = np.exp(rng.normal(0.0, 0.35, n))
    bias = np.array([[_PLATFORM_EVENT_BIAS.get((p, e), 1.0) for e in EVENTS] for p in platforms])
    bias[:, EVENTS.index(PromotionEvent.PRIME_DAY)] *= np.array(
        [1.0 if p is Platform.AMAZON else 0.25 for p in platforms]
    )
    base_uplift = np.array([_EVENT_UPLIFT[e] for e in EVENTS])
    jitter = np.exp(rng.normal(0.0, 0.15, (n, len(EVENTS))))
    params = RosterParams(
        base=np.exp(rng.normal(math.log(300_000), 0.9, n)),
        growth=np.zeros(n),
        year_amp=rng.uniform(0.05, 0.2, n),
        week_amp=rng.uniform(0.5, 1.5, n),
        uplift=base_uplift[None, :] * bias * jitter * skill[:, None],
        cny_depth=rng.uniform(0.3, 0.6, n),
        sigma=rng.uniform(0.06, 0.14, n),
        aov=traits[:, 1] * np.exp(rng.normal(0.0, 0.25, n)),
        fee_rate=rng.uniform(0.08, 0.15, n),
        psp_fee=rng.uniform(0.002, 0.008, n),
        bank_fee=rng.uniform(0.0002, 0.001, n),
        return_rate=traits[:, 0] * np.exp(rng.normal(0.0, 0.3, n)),
        cogs_ratio=rng.uniform(0.38, 0.55, n),
        dio=traits[:, 2] * np.exp(rng.normal(0.0, 0.25, n)),
        lag=rng.integers(7, 15, n),
        overstate=np.zeros(n),
        return_spike=np.ones(n),
    )
    score_noise = rng.normal(0.0, 8.0, n)
    onboarded = rng.integers(0, _ONBOARDING_DAYS, n)
    brands = names.brand_names(rng, categories)

    # Disjoint special groups: ~3% late payers, ~2% disagreeing sources, then the tokenized.
    order = rng.permutation(n)
    n_late = max(1, round(0.03 * n)) if n >= 20 else 0
    n_gap = max(1, round(0.02 * n)) if n >= 20 else 0
    late = set(order[:n_late].tolist())
    gap = set(order[n_late : n_late + n_gap].tolist())
    rest = np.sort(order[n_late + n_gap :])
    tokens = np.sort(rng.choice(rest, size=min(tokenized_count(n), len(rest)), replace=False))
    tokenized = set(tokens.tolist())

    gap_idx = np.array(sorted(gap), dtype=np.int64)
    params.overstate[gap_idx] = rng.uniform(0.08, 0.2, len(gap_idx))
    # Tokenized stores are the best of the portfolio: growing, lean, strong in promotions.
    k = len(tokens)
    growth_yearly[tokens] = rng.uniform(0.3, 0.6, k)
    params.return_rate[tokens] = traits[tokens, 0] * rng.uniform(0.45, 0.7, k)
    params.dio[tokens] = traits[tokens, 2] * rng.uniform(0.5, 0.75, k)
    params.uplift[tokens] = base_uplift[None, :] * bias[tokens] * rng.uniform(1.4, 1.8, (k, 1))
    params.sigma[tokens] = rng.uniform(0.05, 0.08, k)
    if k:
        params.return_spike[tokens[0]] = RETURN_SPIKE_FACTOR
    params.growth = np.log1p(growth_yearly)

    rows = []
    for i in range(n):
        is_late, is_gap, is_token = i in late, i in gap, i in tokenized
        if is_token:
            score = 82 + int(score_noise[i] % 15)
        else:
            raw = 58 + 55 * growth_yearly[i] + score_noise[i] - 25 * is_late - 12 * is_gap
            score = int(np.clip(round(raw), 5, 95))
        city, platform, category, brand = cities[i], platforms[i], categories[i], brands[i]
        rows.append(
            MerchantRow(
                index=i,
                id=merchant_id(i),
                name=brand,
                legal_name=names.legal_name(brand, city, category),
                city=city,
                platform=platform,
                category=category,
                score=score,
                onboarded_on=_ONBOARDING_FIRST + dt.timedelta(days=int(onboarded[i])),
                tokenized=is_token,
                late_payer=is_late,
                disagreeing=is_gap,
                settlement_lag_days=int(params.lag[i]),
                description=names.description(brand, city, category, platform),
                store_url=names.store_url(brand, platform),
            )
        )
    return Roster(seed=seed, rows=rows, params=params)
