"""The domain's reasons and alerts in the user's language.

The core words every `Criterion.reason` and `Alert.message` in English and adds a stable
`reason_code` with integer `params`; here each code has a translatable template, and the params
are formatted for the locale (`ui.shared.format`). English keeps the core's own sentence (it is the
reference wording); `TEMPLATES` must cover every code the domain can produce (a test reads the
domain's source for them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject

from app.domain.covenants import Alert
from app.domain.policy import DEFAULT_COVENANTS
from app.domain.scorecard import Criterion
from app.errors.catalog import render, table
from ui.shared import format as fmt
from ui.shared.i18n import current_code

Params = Mapping[str, Any]


def _bp(params: Params, key: str) -> str:
    return fmt.basis_points(int(params[key]))


def _days(params: Params, key: str) -> str:
    return fmt.days_x100(int(params[key]))


def _n(params: Params, key: str) -> int:
    return int(params[key])


class DomainText(QObject):
    """Templates for every reason code (a QObject so the strings carry one context and plurals)."""

    def source(self, name: object) -> str:
        return self.tr("the PSP") if name == "psp" else self.tr("the bank")

    # --- covenant alerts ------------------------------------------------------------------
    def revenue_drop(self, p: Params) -> str:
        text = self.tr(
            "Net revenue of the last %n day(s) fell {drop} against the same number of days before",
            "",
            _n(p, "window_days"),
        ).format(drop=_bp(p, "month_drop_bp"))
        if "year_drop_bp" in p:
            year = self.tr("and {drop} against the same days a year ago")
            text += self.tr(", ") + year.format(drop=_bp(p, "year_drop_bp"))
        return text + self.tr(".")

    def return_spike(self, p: Params) -> str:
        return self.tr(
            "{recent} of orders were returned in the last %n day(s), against {trailing} over "
            "the year before.",
            "",
            _n(p, "window_days"),
        ).format(recent=_bp(p, "recent_bp"), trailing=_bp(p, "trailing_bp"))

    def dio_ceiling(self, p: Params) -> str:
        return self.tr(
            "Stock lasted {value} over the last %n day(s), above {limit}.", "", _n(p, "window_days")
        ).format(value=_days(p, "value_days_x100"), limit=_days(p, "limit_days_x100"))

    def late_bank(self, p: Params) -> str:
        return self.tr(
            "The bank has not settled sales for %n day(s) beyond the expected settlement lag "
            "of {lag} days.",
            "",
            _n(p, "overdue_days"),
        ).format(lag=fmt.integer(_n(p, "expected_lag_days")))

    def late_installment(self, p: Params) -> str:
        due = fmt.date(dt.date.fromisoformat(str(p["due_date"])))
        number = _n(p, "installment")
        if _n(p, "days_late"):
            text = self.tr(
                "Installment {number} due {due} is unpaid, %n day(s) late.", "", _n(p, "days_late")
            )
        else:
            text = self.tr("Installment {number} due {due} is unpaid.")
        text = text.format(number=number, due=due)
        if _n(p, "count") > 1:
            text += " " + self.tr("%n installment(s) are overdue.", "", _n(p, "count"))
        return text

    def sources_disagree(self, p: Params) -> str:
        days = int(p.get("window_days", DEFAULT_COVENANTS.source_gap_days))
        return self.tr(
            "Platform sales and {source} differ by {gap} over the last %n day(s).", "", days
        ).format(source=self.source(p.get("source")), gap=_bp(p, "gap_bp"))

    # --- scorecard ------------------------------------------------------------------------
    def growth(self, p: Params, verdict: str) -> str:
        args = {"value": _bp(p, "value_bp"), "median": _bp(p, "peer_median_bp")}
        if verdict == "below_minimum":
            text = self.tr(
                "Sales grew {value} over the last 12 months against the year before, below the "
                "required {minimum}."
            )
            return text.format(minimum=_bp(p, "min_bp"), **args)
        if verdict == "below_peer_median":
            text = self.tr(
                "Sales grew {value} over the last 12 months against the year before, below the "
                "category median of {median}."
            )
            return text.format(**args)
        text = self.tr(
            "Sales grew {value} over the last 12 months against the year before; category "
            "median {median}."
        )
        return text.format(**args)

    def return_rate(self, p: Params, ok: bool) -> str:
        if ok:
            text = self.tr(
                "{value} of orders were returned over the last 12 months, at or below the "
                "category median of {median}."
            )
        else:
            text = self.tr(
                "{value} of orders were returned over the last 12 months, above the category "
                "median of {median}."
            )
        return text.format(value=_bp(p, "value_bp"), median=_bp(p, "peer_median_bp"))

    def dio(self, p: Params, verdict: str) -> str:
        args = {
            "value": _days(p, "value_days_x100"),
            "median": _days(p, "peer_median_days_x100"),
            "ceiling": _days(p, "max_days_x100"),
        }
        if verdict == "ok":
            text = self.tr(
                "Stock lasts {value} on average, at or below the category median of {median}."
            )
        elif verdict == "ok_under_ceiling":
            text = self.tr(
                "Stock lasts {value} on average: above the category median of {median} but "
                "within {ceiling}."
            )
        else:
            text = self.tr("Stock lasts {value} on average, above the category median of {median}.")
        return text.format(**args)

    def promotions(self, p: Params, ok: bool) -> str:
        if ok:
            text = self.tr(
                "Sales rose {value} in a typical promotion (%n event(s)); peers' median {median}.",
                "",
                _n(p, "events"),
            )
        else:
            text = self.tr(
                "Sales rose {value} in a typical promotion (%n event(s)), below peers' median of "
                "{median}.",
                "",
                _n(p, "events"),
            )
        return text.format(value=_bp(p, "value_bp"), median=_bp(p, "peer_median_bp"))

    def repayment(self, p: Params, ok: bool) -> str:
        total = _n(p, "installments")
        if ok:
            if not total:
                return self.tr("No installments yet.")
            return self.tr("All %n installment(s) were paid on time.", "", total)
        return self.tr(
            "{late} of %n installment(s) were late, the worst by {worst} days.", "", total
        ).format(late=_n(p, "late"), worst=fmt.integer(_n(p, "max_days_late")))

    def integrity(self, p: Params, ok: bool) -> str:
        gaps = {k.removesuffix("_gap_bp"): int(v) for k, v in p.items() if k.endswith("_gap_bp")}
        worst = fmt.basis_points(max(gaps.values())) if gaps else "—"
        if ok:
            names = [self.source(name) for name in gaps]
            checked = self.tr(" and ").join(names)
            return self.tr(
                "Platform sales and {sources} agree within {gap} in every month of the last year."
            ).format(sources=checked, gap=worst)
        return self.tr(
            "Platform sales and {source} differ by up to {gap} in a month, more than the "
            "{allowed} allowed."
        ).format(source=self.source(p.get("source")), gap=worst, allowed=_bp(p, "max_bp"))

    def insufficient(self, key: str) -> str:
        needed = {
            "growth": self.tr("Not enough data: needs 24 months of sales."),
            "return_rate": self.tr("Not enough data: needs a year of orders."),
            "dio": self.tr("Not enough data: needs a year of inventory and sales."),
            "promotions": self.tr("Not enough data: needs a promotion event with its baseline."),
            "integrity": self.tr("Not enough data: needs a year of PSP or bank figures."),
        }
        return needed[key]

    def criterion_title(self, key: str, english: str) -> str:
        titles = {
            "growth": self.tr("Financial track record"),
            "return_rate": self.tr("Return rate"),
            "dio": self.tr("Days inventory outstanding"),
            "promotions": self.tr("Promotion uplift"),
            "repayment": self.tr("Repayment record"),
            "integrity": self.tr("Agreement between sources"),
        }
        return titles.get(key, english)

    def severity(self, severity: str) -> str:
        return {"breach": self.tr("BREACH"), "warning": self.tr("WARNING")}.get(
            severity, severity.upper()
        )


_text = DomainText()
Template = Callable[[Params], str]


def _insufficient(key: str) -> Template:
    return lambda _params: _text.insufficient(key)


TEMPLATES: dict[str, Template] = {
    "revenue_drop": _text.revenue_drop,
    "return_spike": _text.return_spike,
    "dio_ceiling": _text.dio_ceiling,
    "late_settlement.bank": _text.late_bank,
    "late_settlement.installment": _text.late_installment,
    "sources_disagree": _text.sources_disagree,
    "growth.ok": lambda p: _text.growth(p, "ok"),
    "growth.below_minimum": lambda p: _text.growth(p, "below_minimum"),
    "growth.below_peer_median": lambda p: _text.growth(p, "below_peer_median"),
    "return_rate.ok": lambda p: _text.return_rate(p, True),
    "return_rate.above_peer_median": lambda p: _text.return_rate(p, False),
    "dio.ok": lambda p: _text.dio(p, "ok"),
    "dio.ok_under_ceiling": lambda p: _text.dio(p, "ok_under_ceiling"),
    "dio.above_peer_median": lambda p: _text.dio(p, "above"),
    "promotions.ok": lambda p: _text.promotions(p, True),
    "promotions.below_peer_median": lambda p: _text.promotions(p, False),
    "repayment.ok": lambda p: _text.repayment(p, True),
    "repayment.late": lambda p: _text.repayment(p, False),
    "integrity.ok": lambda p: _text.integrity(p, True),
    "integrity.sources_disagree": lambda p: _text.integrity(p, False),
    **{
        f"{key}.insufficient_data": _insufficient(key)
        for key in ("growth", "return_rate", "dio", "promotions", "integrity")
    },
}


def localized(reason_code: str, params: Params, english: str) -> str:
    """The sentence for `reason_code` in the current language; English (or an unknown code, or
    params the template cannot use) keeps the core's `english` sentence. A code of the core's
    table (the revenue-control alerts: `bank.alert.*`) is worded by the table."""
    template = TEMPLATES.get(reason_code)
    if template is None and reason_code in table():
        return render(reason_code, params, current_code())
    if template is None or current_code() == "en":
        return english
    try:
        return template(params)
    except (KeyError, ValueError, TypeError):  # a newer core's params: its own words, not none
        return english


def criterion_reason(criterion: Criterion) -> str:
    return localized(criterion.reason_code, criterion.params, criterion.reason)


def alert_message(alert: Alert) -> str:
    return localized(alert.reason_code, alert.params, alert.message)


def criterion_title(criterion: Criterion) -> str:
    return _text.criterion_title(criterion.key, criterion.title)


def severity(value: str) -> str:
    return _text.severity(value)
