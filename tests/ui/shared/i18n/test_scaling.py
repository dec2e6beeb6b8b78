"""Every page in Traditional Chinese, dark, at 200 % scaling: drawn, and no text cut off.

Qt reads QT_SCALE_FACTOR when the application starts, so the pages are drawn in a child
process (python -m screenshots.i18n --pages) over the test's sandbox API."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

PAGES = ("portfoliopage", "merchants", "dashboard", "walletpage", "vaultpage", "treasurypage",
         "settingspage")  # fmt: skip


def test_every_page_at_200_percent_in_chinese(sandbox_api, tmp_path: Path) -> None:  # noqa: ANN001
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen",
           "PST_DESK_API_TOKEN": sandbox_api.token}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "screenshots.i18n", "--pages", str(tmp_path),
         "--language", "zh_TW", "--theme", "dark", "--api", sandbox_api.api_url],
        env=env, capture_output=True, text=True, timeout=180,
        cwd=Path(__file__).resolve().parents[4],
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    for page in PAGES:
        image = QImage(str(tmp_path / f"{page}.png"))
        assert (image.width(), image.height()) == (2880, 1800), page  # 1440 x 900 at 2x


def test_cut_text_is_found(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from ui.shared.layout_check import clipped_texts

    root = QWidget()
    qtbot.addWidget(root)
    column = QVBoxLayout(root)
    cut = QLabel("数据获取：不到一分钟前 — a caption far too long for its room", objectName="cut")
    cut.setFixedWidth(60)
    fits = QLabel("OK", objectName="fits")
    wraps = QLabel("a long sentence that wraps onto lines", objectName="wraps", wordWrap=True)
    wraps.setFixedWidth(60)
    for label in (cut, fits, wraps):
        column.addWidget(label)
    root.show()
    qtbot.waitExposed(root)
    assert [found.split(":")[0] for found in clipped_texts(root)] == ["QLabel('cut')"]


def test_a_cut_column_title_is_found(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from ui.shared.layout_check import clipped_texts

    model = QStandardItemModel(2, 3)
    model.setHorizontalHeaderLabels(["Tokenized", "ID", "Underwriter score (internal)"])
    table = QTableView(objectName="holdings")
    qtbot.addWidget(table)
    table.setModel(model)
    table.horizontalHeader().setStretchLastSection(True)  # the last one takes what is left
    table.setColumnWidth(0, 30)
    table.setColumnWidth(1, 80)
    table.resize(200, 120)
    table.show()
    qtbot.waitExposed(table)
    assert clipped_texts(table) == ["QHeaderView('holdings'): 'Tokenized'"]
    table.setColumnWidth(0, table.horizontalHeader().sectionSizeHint(0))
    assert clipped_texts(table) == []
