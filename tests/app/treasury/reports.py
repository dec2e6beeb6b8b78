"""Revenue reports for treasury tests, hashed like the platform hashes them."""

from __future__ import annotations

import datetime as dt

from app.backend.canonical import report_fields, report_hash
from app.backend.models import RevenueReport

USD = 10**6


def make_report(
    *,
    merchant_id: str = "M00001",
    period: str = "2026-03",
    gross: int = 100_000 * USD,
    settled: int = 85_000 * USD,
    routed: int | None = None,
    investor_bp: int = 3_000,
    fee_bp: int = 250,
    investor_share: int | None = None,
) -> RevenueReport:
    routed = settled if routed is None else routed
    investor = routed * investor_bp // 10_000 if investor_share is None else investor_share
    fee = routed * fee_bp // 10_000
    draft = RevenueReport(
        token_symbol="PSTA",
        merchant_id=merchant_id,
        period=period,
        gross_sales=gross,
        settled_proceeds=settled,
        routed_on_chain=routed,
        investor_share=investor,
        platform_fee=fee,
        merchant_share=routed - investor - fee,
        investor_share_bp=investor_bp,
        published_at=dt.datetime(2026, 4, 4, 9, tzinfo=dt.UTC),
        report_hash="0x" + "0" * 64,
    )
    return draft.model_copy(update={"report_hash": report_hash(report_fields(draft))})
