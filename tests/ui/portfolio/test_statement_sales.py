"""The PDF statement lists market sales and the tax year's realised gains (FIFO)."""

from __future__ import annotations

import datetime as dt

from app.portfolio.statements import statement_of
from tests.app.portfolio.test_valuation import ME, T0, TOKEN, _holding, traded
from ui.portfolio.statement_pdf import statement_html, write_statement_pdf


def _statement():
    ledger = traded().replay()
    day = dt.datetime.fromtimestamp(T0, dt.UTC).date()
    end = day.replace(month=12, day=31)
    return statement_of({TOKEN: ledger}, [_holding(ledger).info], ("sUSD", 6), ME, day, end)


def test_the_statement_shows_sales_realised_gains_and_the_method(qtbot, tmp_path):
    text = statement_html(_statement())
    assert text.count(">Sale<") == 2 and ">Market buy<" in text
    assert "Realised gains on sales (FIFO)" in text and "528.65 sUSD" in text  # the tax year
    assert "Sales (proceeds after fees)" in text and "1,889.73 sUSD" in text
    assert "first in, first out (FIFO)" in text
    pdf = write_statement_pdf(_statement(), tmp_path / "statement.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
