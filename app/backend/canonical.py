"""Canonical JSON of a revenue report and its hash, as put into on-chain proposals."""

from __future__ import annotations

import json
from typing import Any

from eth_utils import keccak

from app.backend.models import RevenueReport


def canonical_json(fields: dict[str, Any]) -> bytes:
    """Sorted keys, no whitespace, UTF-8: the same bytes for the same report everywhere."""
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def report_fields(report: RevenueReport) -> dict[str, Any]:
    return report.model_dump(mode="json", exclude={"report_hash"})


def report_hash(fields: dict[str, Any]) -> str:
    return "0x" + keccak(canonical_json(fields)).hex()


def verify_report(report: RevenueReport) -> bool:
    return report_hash(report_fields(report)) == report.report_hash
