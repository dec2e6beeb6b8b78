"""The PDF statement lists market sales and the tax year's realised gains (FIFO)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

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


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_the_statement_is_ink_on_paper_whatever_the_theme(qtbot, qapp, tmp_path):
    """Written while the dark theme is on (light text in the app's palette), the PDF's text is
    as dark as when written in the light theme: it came out light grey on white."""

    def dark_pixels(name: str) -> int:
        pdf = write_statement_pdf(_statement(), tmp_path / f"{name}.pdf")
        subprocess.run(
            ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(tmp_path / name)],
            check=True,
        )
        (page,) = tmp_path.glob(f"{name}-*.png")
        image = QImage(str(page))
        return sum(
            1
            for y in range(0, image.height(), 2)
            for x in range(0, image.width(), 2)
            if QColor(image.pixel(x, y)).value() < 90
        )

    before = qapp.palette()
    try:
        qapp.setPalette(QPalette(QColor("#ffffff")))  # light: dark text
        light = dark_pixels("light")
        qapp.setPalette(QPalette(QColor("#1e2127")))  # dark: light text
        dark = dark_pixels("dark")
    finally:
        qapp.setPalette(before)
    assert light > 100 and dark >= light * 0.95, (light, dark)
