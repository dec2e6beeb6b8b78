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

import matplotlib as mpl
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter
from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from app.portfolio.ledger import FlowKind
from app.portfolio.statements import Statement
from ui.shared import format as fmt
from ui.shared.chart_base import CJK_FONTS
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP

CHART_URL = "statement://chart.png"
KIND_LABELS = {
    FlowKind.PURCHASE: QT_TRANSLATE_NOOP("Statement", "Purchase"),
    FlowKind.DISTRIBUTION: QT_TRANSLATE_NOOP("Statement", "Distribution"),
    FlowKind.CLAIM: QT_TRANSLATE_NOOP("Statement", "Claim"),
    FlowKind.TRANSFER_IN: QT_TRANSLATE_NOOP("Statement", "Transfer in"),
    FlowKind.TRANSFER_OUT: QT_TRANSLATE_NOOP("Statement", "Transfer out"),
    FlowKind.MARKET_BUY: QT_TRANSLATE_NOOP("Statement", "Market buy"),
    FlowKind.SALE: QT_TRANSLATE_NOOP("Statement", "Sale"),
}


HEADS = (
    QT_TRANSLATE_NOOP("Statement", "Distributions"),
    QT_TRANSLATE_NOOP("Statement", "Claims"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Statement", text)


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
    with mpl.rc_context({"font.sans-serif": ["DejaVu Sans", *CJK_FONTS]}):  # Chinese labels
        return _chart_png(statement, width_px, height_px)


def _chart_png(statement: Statement, width_px: int, height_px: int) -> bytes:
    months, distributed, claimed = monthly_flows(statement)
    figure = Figure(figsize=(width_px / 200, height_px / 200), dpi=200)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    x = list(range(len(months)))
    axes.bar([i - 0.2 for i in x], distributed, width=0.4, color="#2463eb", label=_tr(HEADS[0]))
    axes.bar([i + 0.2 for i in x], claimed, width=0.4, color="#16a34a", label=_tr(HEADS[1]))
    step = max(1, len(months) // 8)
    axes.set_xticks(x[::step], [fmt.month_tick(months[i]) for i in x[::step]])
    scale = 10**statement.stablecoin_decimals
    axes.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: fmt.compact_dollars(v / scale)))
    axes.spines[["top", "right"]].set_visible(False)
    axes.grid(axis="y", color="#e3e6eb")
    axes.set_axisbelow(True)
    axes.tick_params(labelsize=7)
    axes.legend(fontsize=7, frameon=False)
    title = QCoreApplication.translate("Statement", "Per month, {coin}")
    axes.set_title(title.format(coin=statement.stablecoin_symbol), fontsize=8, loc="left")
    figure.subplots_adjust(left=0.09, right=0.99, top=0.88, bottom=0.14)
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def _full_hash(tx_hash: str) -> str:
    """The whole hash (a reader checks it on an explorer), small and monospaced, in two lines
    of 33 characters so that it never widens the table past the page."""
    half = (len(tx_hash) + 1) // 2
    lines = (html.escape(tx_hash[:half]), html.escape(tx_hash[half:]))
    return f'<span style="font-family: monospace; font-size: 7pt;">{"<br/>".join(lines)}</span>'


def _table(
    headers: list[str], rows: list[list[str]], numeric_from: int = 1, hash_column: int = -1
) -> str:
    def align(i: int) -> str:
        return "left" if i == hash_column or i < numeric_from else "right"

    head = "".join(f'<th align="{align(i)}">{html.escape(h)}</th>' for i, h in enumerate(headers))
    body = "".join(
        "<tr>"
        + "".join(
            f'<td align="{align(i)}">{_full_hash(c) if i == hash_column else html.escape(c)}</td>'
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
        [
            QCoreApplication.translate("Statement", "Cash flows in the period"),
            QCoreApplication.translate("Statement", "Amount"),
        ],
        [
            [
                QCoreApplication.translate("Statement", "Purchases (offering subscriptions)"),
                money(t.purchases),
            ],
            [
                QCoreApplication.translate(
                    "Statement", "Transfers in (valued at the offering price)"
                ),
                money(t.transfers_in),
            ],
            [
                QCoreApplication.translate("Statement", "Transfers out (at FIFO cost)"),
                money(t.transfers_out),
            ],
            [
                QCoreApplication.translate("Statement", "Market buys (price paid with fees)"),
                money(t.market_buys),
            ],
            [
                QCoreApplication.translate("Statement", "Sales (proceeds after fees)"),
                money(t.sales),
            ],
            [
                QCoreApplication.translate("Statement", "Realised gains on sales (FIFO)"),
                money(t.realised),
            ],
            [QCoreApplication.translate("Statement", "Market fees paid"), money(t.fees)],
            [
                QCoreApplication.translate("Statement", "Distributions received"),
                money(t.distributions),
            ],
            [QCoreApplication.translate("Statement", "Claims paid out"), money(t.claims)],
            [QCoreApplication.translate("Statement", "Total invested"), money(t.invested)],
        ],
    )
    holdings = _table(
        [
            QCoreApplication.translate("Statement", "Token"),
            QCoreApplication.translate("Statement", "Store"),
            QCoreApplication.translate("Statement", "Balance"),
            QCoreApplication.translate("Statement", "Cost basis (FIFO)"),
            QCoreApplication.translate("Statement", "Realised (FIFO)"),
            _tr(HEADS[0]),
            _tr(HEADS[1]),
            QCoreApplication.translate("Statement", "Claimable at end"),
        ],  # fmt: skip
        [
            [
                h.symbol,
                h.name,
                fmt.units(h.balance, h.decimals),
                money(h.cost_basis),
                money(h.realised),
                money(h.distributions),
                money(h.claims),
                money(h.claimable),
            ]
            for h in s.holdings
        ],
        numeric_from=2,
    )
    years = _table(
        [
            QCoreApplication.translate("Statement", "Tax year"),
            _tr(HEADS[0]),
            _tr(HEADS[1]),
            QCoreApplication.translate("Statement", "Purchases"),
            QCoreApplication.translate("Statement", "Transfers in"),
            QCoreApplication.translate("Statement", "Transfers out"),
            QCoreApplication.translate("Statement", "Sales"),
            QCoreApplication.translate("Statement", "Realised gains (FIFO)"),
        ],  # fmt: skip
        [
            [
                f"{y.year}"
                + (QCoreApplication.translate("Statement", " (part)") if y.partial else ""),
                money(y.totals.distributions),
                money(y.totals.claims),
                money(y.totals.purchases),
                money(y.totals.transfers_in),
                money(y.totals.transfers_out),
                money(y.totals.sales),
                money(y.totals.realised),
            ]
            for y in s.tax_years
        ],
    )
    flows = _table(
        [
            QCoreApplication.translate("Statement", "Date (UTC)"),
            QCoreApplication.translate("Statement", "Kind"),
            QCoreApplication.translate("Statement", "Token"),
            QCoreApplication.translate("Statement", "Amount"),
            QCoreApplication.translate("Statement", "Transaction"),
        ],
        [
            [
                fmt.date(dt.datetime.fromtimestamp(r.entry.timestamp, dt.UTC).date()),
                _tr(KIND_LABELS[r.entry.kind]) + (" *" if r.entry.estimated else ""),
                r.symbol,
                money(r.entry.amount),
                r.entry.tx_hash,
            ]
            for r in s.rows
        ],
        numeric_from=3,
        hash_column=4,
    )
    notes = "".join(f"<p>{html.escape(n)}</p>" for n in s.notes)
    made = fmt.date_time(dt.datetime.now(dt.UTC), utc=True)

    def h2(text: str) -> str:
        return f'<h2 style="font-size: 12pt;">{html.escape(text)}</h2>'

    words = {  # translated when the statement is made
        "title": QCoreApplication.translate("Statement", "PST Desk — investor statement"),
        "summary": QCoreApplication.translate("Statement", "Summary"),
        "chart": QCoreApplication.translate("Statement", "Distributions and claims"),
        "years": QCoreApplication.translate("Statement", "Tax-year summary"),
        "estimated": QCoreApplication.translate(
            "Statement", "* valued by the rules below, not by a price on chain."
        ),
        "notes": QCoreApplication.translate("Statement", "Notes"),
    }
    account = QCoreApplication.translate("Statement", "Account <b>{account}</b>").format(
        account=html.escape(s.account)
    )
    period = QCoreApplication.translate(
        "Statement",
        "Period <b>{start}</b> to <b>{end}</b> (UTC, inclusive) · amounts in {coin} · made {made}",
    ).format(
        start=fmt.date(s.start),
        end=fmt.date(s.end),
        coin=html.escape(s.stablecoin_symbol),
        made=made,
    )
    at_end = QCoreApplication.translate("Statement", "Holdings at {date}").format(
        date=fmt.date(s.end)
    )
    every = QCoreApplication.translate(
        "Statement", "Every cash flow in the period ({count})"
    ).format(count=fmt.integer(len(s.rows)))
    return f"""
    <html><body style="font-family: sans-serif; font-size: 9pt;">
    <h1 style="font-size: 16pt;">{html.escape(words["title"])}</h1>
    <p>{account}<br/>{period}</p>
    {h2(words["summary"])}{summary}
    {h2(at_end)}{holdings}
    {h2(words["chart"])}
    <p><img src="{CHART_URL}" width="640"/></p>
    {h2(words["years"])}{years}
    {h2(words["notes"])}{notes}
    {h2(every)}
    <p>{html.escape(words["estimated"])}</p>
    {flows}
    </body></html>
    """


def _draw_page(document: QTextDocument, painter: QPainter, rect: QRectF) -> None:
    """`document.drawContents`, in ink on paper: drawContents takes its text colour from the
    app's palette, so a statement written in the dark theme came out light grey on white."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = QPalette(QColor("#ffffff"))  # a light palette: black text
    context.palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    context.clip = rect
    painter.setClipRect(rect)
    document.documentLayout().draw(painter, context)


def write_statement_pdf(statement: Statement, path: Path) -> Path:
    """Write the statement to `path` (A4) and return it."""
    document = QTextDocument()
    image = QImage.fromData(chart_png(statement))  # the format is read from the PNG header
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
    document.setHtml(statement_html(statement))
    writer = QPdfWriter(str(path))
    title = QCoreApplication.translate("Statement", "Investor statement {start} to {end}")
    writer.setTitle(title.format(start=statement.start, end=statement.end))
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
    footer_height = writer.resolution() // 3  # a third of an inch under each page's text
    page = QSizeF(writer.width(), writer.height() - footer_height)
    document.setPageSize(page)
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        font = painter.font()
        font.setPointSizeF(7.5)
        for number in range(1, pages + 1):
            if number > 1:
                writer.newPage()
            painter.save()
            painter.translate(0, -(number - 1) * page.height())
            _draw_page(document, painter, QRectF(0, (number - 1) * page.height(), page.width(),
                                                 page.height()))  # fmt: skip
            painter.restore()
            painter.setFont(font)
            painter.drawText(
                QRectF(0, page.height(), page.width(), footer_height),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                QCoreApplication.translate("Statement", "Page {page} of {pages}").format(
                    page=number, pages=pages
                ),
            )
    finally:
        painter.end()
    return path
