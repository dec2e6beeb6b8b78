"""Numbers, percentages and dates in the GUI are Babel's for the language (ui/shared/format):
the helpers the charts and tables use, in English and Chinese; the places that formatted by hand
('12.3%', '12 d', '2026-03-05', '03-05'); and a scan of ui/ that finds any new hand formatting."""

from __future__ import annotations

import ast
import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest

from tests.ui.shared.test_charts import chart_data
from ui.market.charts import PriceChart, PriceData
from ui.merchants.charts import DioChart, ReturnRateChart
from ui.shared import format as fmt
from ui.shared.i18n import Language
from ui.shared.theme import LIGHT

UI = Path(__file__).resolve().parents[3] / "ui"
ISO_DAY = re.compile(r"\b20\d\d-\d\d-\d\d\b")

# Formatting in ui/ that people do not read as a number or date of the app, or that belongs to
# an area changed elsewhere at the same time; each with why. Keyed by file and the code itself.
ALLOWED: dict[tuple[str, str], str] = {
    ("shell/startup_probe.py", 'f"{since:.2f} s after launch"'): "a start-up probe's log line",
    ("shell/startup_probe.py", 'f"first-paint-epoch: {now:.6f}"'): "read by the benchmark",
    ("treasury/airgap_dialogs.py", 'f"{m.period // 100:04d}-{m.period % 100:02d}"'): (
        "a period's identifier (2026-03), as the file names and the contract write it"
    ),
    ("treasury/audit.py", 'f"{e.period // 100}-{e.period % 100:02d}"'): "a period's identifier",
    ("treasury/reconciliation.py", 'f"{f.day:%Y-%m}"'): "a key compared with a period, not shown",
    ("settings/desk.py", 'f"{value:g}"'): "an editable field's value, read back as Python reads it",
    # Owned by the treasury and shell changes in flight (stay out of ui/treasury, ui/shell):
    ("shell/main_window.py", 'f"{since:%H:%M}"'): "shell change in flight",
}


def hand_formatting(path: Path) -> list[str]:
    """The code in `path` that formats numbers or dates itself: f-string and str.format specs
    with grouping, precision, a numeric type or a date (`:,` `:.1f` `:%` `:+.0f` `:%Y`),
    format(x, spec), strftime and printf-style '%d' / '%.2f'."""
    source = path.read_text(encoding="utf-8")
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr) and any(_numeric_spec(v) for v in node.values):
            found.append(node)
        elif isinstance(node, ast.Call):
            if _formats(node):
                found.append(node)
        elif (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Mod)
            and isinstance(node.left, ast.Constant)
            and isinstance(node.left.value, str)
            and re.search(r"%[-+ 0#]*\d*(\.\d+)?[dfeEgGi]", node.left.value)
        ):
            found.append(node)
    return [ast.get_source_segment(source, n) or "" for n in found]


def _formats(call: ast.Call) -> bool:
    """strftime, format(x, spec), or a constant template's .format with a numeric spec."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id == "format" and len(call.args) == 2
    if not isinstance(func, ast.Attribute):
        return False
    if func.attr == "strftime":
        return True
    template = func.value.value if isinstance(func.value, ast.Constant) else None
    return (
        func.attr == "format"
        and isinstance(template, str)
        and re.search(r"\{[^{}]*:[^{}]*[,.%dfeg][^{}]*\}", template) is not None
    )


def _numeric_spec(value: ast.expr) -> bool:
    if not isinstance(value, ast.FormattedValue) or value.format_spec is None:
        return False
    spec = "".join(
        str(part.value) for part in ast.walk(value.format_spec) if isinstance(part, ast.Constant)
    )
    return bool(re.search(r"[,%]|\.\d|[dfeEgGn]$", spec))


def test_no_hand_formatting_of_numbers_or_dates_in_ui() -> None:
    found = [
        (str(path.relative_to(UI)), code)
        for path in sorted(UI.rglob("*.py"))
        if path != UI / "shared" / "format.py"
        for code in hand_formatting(path)
    ]
    unexplained = [f"ui/{where}: {code}" for where, code in found if (where, code) not in ALLOWED]
    assert unexplained == [], "format these through ui/shared/format.py:\n" + "\n".join(unexplained)


def test_the_scan_finds_each_kind_of_hand_formatting(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "a = f'{n:,}'\nb = f'{r / 100:.1f}%'\nc = f'{d:%m-%d}'\nd = day.strftime('%Y')\n"
        "e = '{:,.2f}'.format(x)\nf = format(x, ',')\ng = '%.1f%%' % x\nh = f'{x:+.0f}'\n"
        "ok = f'{name} {count}'\nok2 = f'{label:<8}'\n"
    )
    assert len(hand_formatting(sample)) == 8


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "en",
            ["12.5%", "+13%", "-7%", "12.3%", "1,234.50", "12 d", "Mar 5", "Mar 5 9:30\u202fAM"],
        ),
        ("zh_CN", ["12.5%", "+13%", "-7%", "12.3%", "1,234.50", "12 天", "3月5日", "3月5日 09:30"]),
        (
            "zh_TW",
            ["12.5%", "+13%", "-7%", "12.3%", "1,234.50", "12 天", "3月5日", "3月5日 上午9:30"],
        ),
    ],
)
def test_chart_and_table_figures_read_as_each_language_writes_them(
    qapp, language: Language, code: str, expected: list[str]
) -> None:
    language.apply(code)
    local = dt.datetime(2026, 3, 5, 9, 30).astimezone()
    shown = [
        fmt.percent(12.5, 1),
        fmt.percent(Decimal(1300) / 100, signed=True),
        fmt.percent(Decimal(-7), signed=True),
        fmt.basis_points(1234, places=1),
        fmt.tick(1234.5, 2),
        fmt.days_tick(12.0),
        fmt.day_tick(dt.date(2026, 3, 5)),
        fmt.day_and_time(local),
    ]
    assert shown == expected


@pytest.mark.parametrize(("code", "days"), [("en", "45 d"), ("zh_CN", "45 天")])
def test_merchant_chart_axes_in_the_language(qtbot, language: Language, code: str, days: str):
    language.apply(code)
    data = chart_data()
    rate, dio = ReturnRateChart(LIGHT), DioChart(LIGHT)
    for chart, key in ((rate, "return_rate"), (dio, "dio")):
        qtbot.addWidget(chart)
        chart.show_data(getattr(data, key))
        chart.draw_now()
    assert rate.axes.yaxis.get_major_formatter()(1250.0, 0) == "12.5%"
    assert dio.axes.yaxis.get_major_formatter()(4500.0, 0) == days


@pytest.mark.parametrize(
    ("code", "since", "tick"), [("en", "02 Mar 2026", "Mar 2"), ("zh_CN", "2026/3/2", "3月2日")]
)
def test_market_price_chart_dates_in_the_language(
    qtbot, language: Language, code: str, since: str, tick: str
) -> None:
    language.apply(code)
    days = tuple(dt.date(2026, 3, 2) + dt.timedelta(days=i) for i in range(4))
    chart = PriceChart(LIGHT)
    qtbot.addWidget(chart)
    chart.show_data(PriceData(days, (1_000_000, 1_050_000, 990_000, 1_234_500), 1_000_000, 6))
    chart.draw_now()
    assert since in chart.caption.text()
    labels = [t.get_text() for t in chart.axes.get_xticklabels()]
    assert labels[0] == tick and not any(ISO_DAY.search(t) for t in labels)
    assert chart.axes.yaxis.get_major_formatter()(1234.5, 0) == "1,234.50"


@pytest.mark.parametrize(("code", "day"), [("en", "14 Nov 2023"), ("zh_CN", "2023/11/14")])
def test_statement_dates_in_the_language(qapp, language: Language, code: str, day: str) -> None:
    from tests.ui.portfolio.test_statement_sales import _statement
    from ui.portfolio.statement_pdf import statement_html

    language.apply(code)
    text = statement_html(_statement())
    assert f"<b>{day}</b>" in text  # the period's start
    assert not ISO_DAY.search(text), ISO_DAY.findall(text)
