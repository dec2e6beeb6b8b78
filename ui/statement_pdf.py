"""The investor statement as a PDF, written with Qt's own PDF support (QTextDocument printed to a
QPdfWriter). Every number comes from the core's `Statement` (app/portfolio/statements.py) and is
formatted exactly; the chart is a matplotlib Figure (no pyplot) rendered to a PNG image.

Runs on the GUI thread (Qt's text layout and fonts); a statement of a few hundred flows takes a
fraction of a second.
"""

from __future__ import annotations

import datetime as dt
import html
import io
from collections import defaultdict
from pathlib import Path

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter
from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.portfolio.ledger import FlowKind
from app.portfolio.statements import Statement
from app.portfolio.units import format_units

CHART_URL = "statement://chart.png"
KIND_LABELS = {
    FlowKind.PURCHASE: "Purchase",
    FlowKind.DISTRIBUTION: "Distribution",
    FlowKind.CLAIM: "Claim",
    FlowKind.TRANSFER_IN: "Transfer in",
    FlowKind.TRANSFER_OUT: "Transfer out",
}


def monthly_flows(statement: Statement) -> tuple[list[dt.date], list[int], list[int]]:
    """Distributions and claims of the period per calendar month (UTC), months without any kept."""
    months: list[dt.date] = []
    current = statement.start.replace(day=1)
    while current <= statement.end:
        months.append(current)
        current = (current + dt.timedelta(days=32)).replace(day=1)
    sums: dict[tuple[dt.date, FlowKind], int] = defaultdict(int)
    for row in statement.rows:
        day = dt.datetime.fromtimestamp(row.entry.timestamp, dt.UTC).date().replace(day=1)
        sums[(day, row.entry.kind)] += row.entry.amount
    return (
        months,
        [sums[(m, FlowKind.DISTRIBUTION)] for m in months],
        [sums[(m, FlowKind.CLAIM)] for m in months],
    )


def chart_png(statement: Statement, width_px: int = 1400, height_px: int = 420) -> bytes:
    """Distributions and claims per month as a bar chart, PNG bytes (print colours)."""
    months, distributed, claimed = monthly_flows(statement)
    figure = Figure(figsize=(width_px / 200, height_px / 200), dpi=200)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    x = list(range(len(months)))
    axes.bar([i - 0.2 for i in x], distributed, width=0.4, color="#2463eb", label="Distributions")
    axes.bar([i + 0.2 for i in x], claimed, width=0.4, color="#16a34a", label="Claims")
    step = max(1, len(months) // 8)
    axes.set_xticks(x[::step], [f"{months[i]:%b %y}" for i in x[::step]])
    scale = 10**statement.stablecoin_decimals
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"${v / scale:,.0f}"))
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="y", color="#e3e6eb")
    axes.set_axisbelow(True)
    axes.tick_params(labelsize=7)
    axes.legend(fontsize=7, frameon=False)
    axes.set_title(f"Per month, {statement.stablecoin_symbol}", fontsize=8, loc="left")
    figure.subplots_adjust(left=0.09, right=0.99, top=0.88, bottom=0.14)
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def _table(headers: list[str], rows: list[list[str]], numeric_from: int = 1) -> str:
    head = "".join(
        f'<th align="{"right" if i >= numeric_from else "left"}">{html.escape(h)}</th>'
        for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td align="{"right" if i >= numeric_from else "left"}">{html.escape(c)}</td>'
            for i, c in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    table = '<table width="100%" cellspacing="0" cellpadding="3" border="0.5">'
    return f"{table}<tr>{head}</tr>{body}</table>"


def statement_html(statement: Statement) -> str:
    s, money = statement, statement.money
    t = s.totals
    summary = _table(
        ["Cash flows in the period", "Amount"],
        [
            ["Purchases (offering subscriptions)", money(t.purchases)],
            ["Transfers in (valued at the offering price)", money(t.transfers_in)],
            ["Transfers out (at average cost)", money(t.transfers_out)],
            ["Distributions received", money(t.distributions)],
            ["Claims paid out", money(t.claims)],
            ["Total invested", money(t.invested)],
        ],
    )
    holdings = _table(
        ["Token", "Store", "Balance", "Cost basis", "Distributions", "Claims", "Claimable at end"],
        [
            [
                h.symbol,
                h.name,
                format_units(h.balance, h.decimals),
                money(h.cost_basis),
                money(h.distributions),
                money(h.claims),
                money(h.claimable),
            ]
            for h in s.holdings
        ],
        numeric_from=2,
    )
    years = _table(
        ["Tax year", "Distributions", "Claims", "Purchases", "Transfers in", "Transfers out"],
        [
            [
                f"{y.year}{' (part)' if y.partial else ''}",
                money(y.totals.distributions),
                money(y.totals.claims),
                money(y.totals.purchases),
                money(y.totals.transfers_in),
                money(y.totals.transfers_out),
            ]
            for y in s.tax_years
        ],
    )
    flows = _table(
        ["Date (UTC)", "Kind", "Token", "Amount", "Transaction"],
        [
            [
                dt.datetime.fromtimestamp(r.entry.timestamp, dt.UTC).strftime("%Y-%m-%d"),
                KIND_LABELS[r.entry.kind] + (" *" if r.entry.estimated else ""),
                r.symbol,
                money(r.entry.amount),
                r.entry.tx_hash[:18] + "…",
            ]
            for r in s.rows
        ],
        numeric_from=3,
    )
    notes = "".join(f"<p>{html.escape(n)}</p>" for n in s.notes)
    made = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"""
    <html><body style="font-family: sans-serif; font-size: 9pt;">
    <h1 style="font-size: 16pt;">PST Desk — investor statement</h1>
    <p>Account <b>{html.escape(s.account)}</b><br/>
    Period <b>{s.start:%Y-%m-%d}</b> to <b>{s.end:%Y-%m-%d}</b> (UTC, inclusive) ·
    amounts in {html.escape(s.stablecoin_symbol)} · made {made}</p>
    <h2 style="font-size: 12pt;">Summary</h2>{summary}
    <h2 style="font-size: 12pt;">Holdings at {s.end:%Y-%m-%d}</h2>{holdings}
    <h2 style="font-size: 12pt;">Distributions and claims</h2>
    <p><img src="{CHART_URL}" width="640"/></p>
    <h2 style="font-size: 12pt;">Tax-year summary</h2>{years}
    <h2 style="font-size: 12pt;">Every cash flow in the period ({len(s.rows)})</h2>{flows}
    <p>* valued by the rules below, not by a price on chain.</p>
    <h2 style="font-size: 12pt;">Notes</h2>{notes}
    </body></html>
    """


def write_statement_pdf(statement: Statement, path: Path) -> Path:
    """Write the statement to `path` (A4) and return it."""
    document = QTextDocument()
    image = QImage.fromData(chart_png(statement), "PNG")
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
    document.setHtml(statement_html(statement))
    writer = QPdfWriter(str(path))
    writer.setTitle(f"Investor statement {statement.start} to {statement.end}")
    writer.setCreator("PST Desk")
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    document.print_(writer)
    return path
