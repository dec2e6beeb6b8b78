"""Differences settled by hand: two differences matched to each other (a credit the provider
reported under another reference, say), or one written off with a reason. Both are kept in the
local store and handed to the audit trail (`audit`, the treasury's, joined by the caller)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import select

from app.bank.errors import BankError
from app.bank.matching import Difference, MatchResult, Resolution
from app.storage.db import Database
from app.storage.schema import BankResolutionRow

AuditHook = Callable[[str, Mapping[str, Any]], None]  # (actor, details)
MAX_REASON = 500


class Resolutions:
    def __init__(self, db: Database, audit: AuditHook | None = None) -> None:
        self.db = db
        self.audit = audit

    def all(self) -> dict[str, Resolution]:
        with self.db.session() as session:
            rows = session.scalars(select(BankResolutionRow)).all()
            return {r.key: Resolution(r.key, r.kind, r.partner, r.reason, r.actor) for r in rows}

    def apply(self, result: MatchResult) -> MatchResult:
        result.resolutions = self.all()
        return result

    def _open(self, result: MatchResult, key: str) -> Difference:
        """An open difference by its key or short id."""
        found = result.difference(key)
        if found is None or found.key in result.resolutions:
            raise BankError("bank.no_difference", key=key[:120])
        return found

    def match(self, result: MatchResult, first: str, second: str, reason: str, actor: str) -> None:
        """Match two open differences of one account whose amounts agree within tolerance."""
        a, b = self._open(result, first), self._open(result, second)
        if a.key == b.key or a.account != b.account:
            raise BankError("bank.match_accounts")
        if a.amount != b.amount:
            raise BankError("bank.match_amounts", first=a.amount, second=b.amount)
        reason = reason.strip()[:MAX_REASON]
        self._store(result, [(a, "match", b.key), (b, "match", a.key)], reason, actor)

    def write_off(self, result: MatchResult, key: str, reason: str, actor: str) -> None:
        found = self._open(result, key)
        reason = reason.strip()[:MAX_REASON]
        if not reason:
            raise BankError("bank.reason_needed")
        self._store(result, [(found, "write_off", None)], reason, actor)

    def _store(
        self,
        result: MatchResult,
        items: list[tuple[Difference, str, str | None]],
        reason: str,
        actor: str,
    ) -> None:
        now = dt.datetime.now(dt.UTC)
        with self.db.session() as session:
            for difference, kind, partner in items:
                session.add(
                    BankResolutionRow(
                        key=difference.key, kind=kind, partner=partner, reason=reason,
                        actor=actor[:80], at=now,
                    )
                )  # fmt: skip
        for difference, kind, partner in items:
            result.resolutions[difference.key] = Resolution(
                difference.key, kind, partner, reason, actor
            )
            if self.audit is not None:
                self.audit(
                    actor,
                    {
                        "action": f"bank_{kind}",
                        "account": difference.account,
                        "value_date": difference.value_date.isoformat(),
                        "difference": difference.reason.value,
                        "item": difference.item,
                        "amount_cents": difference.amount,
                        "partner": partner,
                        "reason": reason,
                    },
                )
