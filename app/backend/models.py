"""The REST contract as pydantic models, shared by the client (which validates every payload)
and the sandbox server (whose generated OpenAPI must equal resources/api/openapi.json).

Money is integers in minor units: merchant metrics in US cents (2 decimals); revenue reports,
offerings and anything that meets the chain in stablecoin base units (6 decimals); token
amounts in token base units (18 decimals). Ratios are integer basis points (1 bp = 0.01 %).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from app.errors.clean import clean_text

SCHEMA_VERSION = "1.0"

# Bounds reject absurd numbers from a hostile or broken server before they reach the domain.
Cents = Annotated[int, Field(ge=0, le=10**15)]
Units = Annotated[int, Field(ge=0, le=10**30)]
Count = Annotated[int, Field(ge=0, le=10**9)]
BasisPoints = Annotated[int, Field(ge=-1_000_000, le=1_000_000)]
MerchantId = Annotated[str, Field(pattern=r"^M\d{5}$")]
Period = Annotated[str, Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$")]
Symbol = Annotated[str, Field(pattern=r"^[A-Z][A-Z0-9]{1,10}$")]
Address = Annotated[str, Field(pattern=r"^0x[0-9a-fA-F]{40}$")]
Hash32 = Annotated[str, Field(pattern=r"^0x[0-9a-f]{64}$")]
# A name is shown in labels and printed on terminals: control characters (ESC) become spaces.
Name = Annotated[str, Field(min_length=1, max_length=120), AfterValidator(clean_text)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class City(StrEnum):
    SHENZHEN = "Shenzhen"
    GUANGZHOU = "Guangzhou"
    DONGGUAN = "Dongguan"
    HANGZHOU = "Hangzhou"
    YIWU = "Yiwu"
    XIAMEN = "Xiamen"
    HONG_KONG = "Hong Kong"


class Platform(StrEnum):
    AMAZON = "Amazon"
    SHOPIFY = "Shopify"
    TIKTOK_SHOP = "TikTok Shop"
    ALIEXPRESS = "AliExpress"
    TEMU = "Temu"
    SHOPEE = "Shopee"


class Category(StrEnum):
    CONSUMER_ELECTRONICS = "Consumer Electronics"
    HOME_KITCHEN = "Home & Kitchen"
    APPAREL = "Apparel"
    BEAUTY = "Beauty & Personal Care"
    SPORTS_OUTDOORS = "Sports & Outdoors"
    TOYS_GAMES = "Toys & Games"
    PET_SUPPLIES = "Pet Supplies"
    AUTOMOTIVE = "Automotive"


class Source(StrEnum):
    """Who saw a number: the e-commerce platform, the payment service provider, the bank."""

    PLATFORM = "platform"
    PSP = "psp"
    BANK = "bank"


class Metric(StrEnum):
    GMV = "gmv"  # cents, gross merchandise value of orders placed that day
    NET_REVENUE = "net_revenue"  # cents, GMV less refunds and platform fees
    ORDERS = "orders"  # count
    RETURNS = "returns"  # count of returned orders
    INVENTORY = "inventory"  # cents at cost, end-of-day stock value
    COGS = "cogs"  # cents, cost of goods sold that day


class Health(Model):
    status: str = Field(pattern=r"^(ok|degraded)$")
    schema_version: str
    server_time: dt.datetime
    sim_date: dt.date
    data_version: int = Field(ge=0, description="Bumps each time new daily data is published")
    merchant_count: Count


class MerchantSummary(Model):
    id: MerchantId
    name: Name
    city: City
    platform: Platform
    category: Category
    tokenized: bool
    token_symbol: Symbol | None = None
    score: int = Field(ge=0, le=100, description="The underwriter's internal credit score")
    gmv_12m: Cents
    growth_24m_bp: BasisPoints
    onboarded_on: dt.date


class MerchantPage(Model):
    items: list[MerchantSummary]
    total: Count
    page: int = Field(ge=1)
    page_size: int = Field(ge=1, le=20000)


class MerchantProfile(Model):
    summary: MerchantSummary
    legal_name: Name
    description: str = Field(max_length=2000)
    store_url: str = Field(max_length=300)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    settlement_lag_days: int = Field(ge=0, le=60)
    offering_id: str | None = Field(default=None, max_length=40)


class SourceSeries(Model):
    """One metric's daily values as each source saw them; None where a source cannot see it."""

    platform: list[Units]
    psp: list[Units] | None = None
    bank: list[Units] | None = None


class MetricSeries(Model):
    """Daily series, columnar: element i of every list is the day `start + i`."""

    merchant_id: MerchantId
    start: dt.date
    days: int = Field(ge=0, le=4000)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    metrics: dict[Metric, SourceSeries]

    @model_validator(mode="after")
    def _lengths_match(self) -> MetricSeries:
        for metric, series in self.metrics.items():
            for source in (series.platform, series.psp, series.bank):
                if source is not None and len(source) != self.days:
                    raise ValueError(f"{metric.value}: {len(source)} values for {self.days} days")
        return self

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=self.days - 1)


class PromotionEvent(StrEnum):
    SINGLES_DAY = "singles_day"  # 11.11
    BLACK_FRIDAY = "black_friday"
    CYBER_MONDAY = "cyber_monday"
    CHRISTMAS = "christmas"
    PRIME_DAY = "prime_day"
    MID_YEAR_618 = "618"


class Promotion(Model):
    event: PromotionEvent
    start: dt.date
    end: dt.date
    peer_median_uplift_bp: BasisPoints = Field(
        description="Median uplift of category peers for this event (sales during the event "
        "against each peer's own 28-day baseline before it)"
    )


class PromotionList(Model):
    merchant_id: MerchantId
    items: list[Promotion]


class Repayment(Model):
    installment: int = Field(ge=1, le=10_000)
    due_date: dt.date
    amount_due: Cents
    amount_paid: Cents
    paid_date: dt.date | None = None
    days_late: int = Field(ge=0, le=10_000)


class RepaymentList(Model):
    merchant_id: MerchantId
    items: list[Repayment]


Quantiles = Annotated[list[int], Field(min_length=101, max_length=101)]


class PeerStats(Model):
    """Distribution of each criterion over a category: 101 quantiles, p0..p100, ascending."""

    category: Category
    merchant_count: Count
    as_of: dt.date
    growth_24m_bp: Quantiles
    return_rate_bp: Quantiles
    dio_days_x100: Quantiles
    promo_uplift_bp: Quantiles


class OfferingStatus(StrEnum):
    UPCOMING = "upcoming"
    OPEN = "open"
    CLOSED = "closed"


class Offering(Model):
    id: str = Field(pattern=r"^OFF-\d{4}$")
    merchant_id: MerchantId
    token_symbol: Symbol
    token_address: Address | None = None
    sale_address: Address | None = None
    price_per_token: Units = Field(description="Stablecoin base units (6 decimals) per whole PST")
    supply: Units = Field(description="PST base units (18 decimals) offered")
    sold: Units
    investor_share_bp: int = Field(ge=0, le=10_000)
    platform_fee_bp: int = Field(ge=0, le=10_000)
    status: OfferingStatus
    opens_at: dt.datetime
    closes_at: dt.datetime


class OfferingList(Model):
    items: list[Offering]


class RevenueReport(Model):
    """A month's revenue of one tokenized store. Amounts in stablecoin base units (6 decimals).

    `report_hash` is keccak-256 of the canonical JSON of every other field (see
    app.backend.canonical); the treasury puts it into the on-chain proposal.
    """

    token_symbol: Symbol
    merchant_id: MerchantId
    period: Period
    gross_sales: Units
    settled_proceeds: Units
    routed_on_chain: Units
    investor_share: Units
    platform_fee: Units
    merchant_share: Units
    investor_share_bp: int = Field(ge=0, le=10_000)
    published_at: dt.datetime
    report_hash: Hash32


class RevenueReportList(Model):
    token_symbol: Symbol
    items: list[RevenueReport]


class Settlement(Model):
    """A payment provider's payout of a store's sales into a bank account, as the provider
    reports it: `paid_to` is the account it says it paid (the controlled account, unless the
    proceeds were diverted). Amount in US cents."""

    id: str = Field(pattern=r"^[A-Z]{2,4}-[A-Z0-9-]{4,30}$")
    merchant_id: MerchantId
    provider: Name
    value_date: dt.date
    amount: Cents
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    paid_to: str = Field(pattern=r"^[A-Z0-9-]{4,34}$")


class SettlementList(Model):
    merchant_id: MerchantId
    period: Period
    items: list[Settlement]


class ApiError(Model):
    """Every non-2xx answer carries this body."""

    error: str = Field(max_length=100)
    message: str = Field(max_length=1000)
