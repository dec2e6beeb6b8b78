"""Revenue-control alerts from a reconciliation, in the covenant alerts' shape (so they travel
the same path: in-app and desktop notifications):

* proceeds diverted to an account outside control (a provider paid elsewhere);
* a settlement the provider reported but the bank never credited after the expected lag;
* a sweep not routed on chain within one simulated day;
* a settlement credited twice (the bank's duplicate: money that is not sales).

Their words live in app/errors/catalog/bank.py under `bank.alert.<reason>`; `message` carries
the English for logs and the CLI.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from app.bank.matching import Difference, MatchResult, Reason, StoreAccount
from app.domain.covenants import BREACH, REVENUE_CONTROL, Alert
from app.errors.catalog import render

COVENANT = REVENUE_CONTROL
ALERTING = (Reason.DIVERTED, Reason.MISSING_SETTLEMENT, Reason.NOT_ROUTED, Reason.DUPLICATE)


def alert_of(difference: Difference, symbol: str) -> Alert:
    params: dict[str, int | str] = {
        "symbol": symbol,
        "account": difference.account,
        "item": difference.item,
        "cents": difference.amount,
        "amount": f"{Decimal(difference.amount) / 100:,.2f}",  # cents, exact
        "value_date": difference.value_date.isoformat(),
    }
    code = f"bank.alert.{difference.reason.value}"
    return Alert(
        covenant=COVENANT,
        severity=BREACH,
        message=render(code, params, "en"),
        reason_code=code,
        params=params,
        as_of=difference.value_date,
    )


def revenue_alerts(result: MatchResult, stores: list[StoreAccount]) -> dict[str, list[Alert]]:
    """Open differences that are leaks, as alerts by merchant id."""
    by_account = {s.account: s for s in stores}
    found: dict[str, list[Alert]] = defaultdict(list)
    for difference in result.differences:
        store = by_account.get(difference.account)
        if difference.reason in ALERTING and store is not None:
            found[store.merchant_id].append(alert_of(difference, store.symbol))
    return dict(found)
