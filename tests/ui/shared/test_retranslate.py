"""Shared widgets follow a change of language by themselves: the secret field's show/hide
button, and a chart's heading and the texts matplotlib draws."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ui.shared.chart_base import ChartWidget
from ui.shared.i18n import Language
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.secret_edit import SecretEdit


class TrendChart(ChartWidget[list[float]]):
    title = QT_TRANSLATE_NOOP("Charts", "Revenue trend")

    def draw(self, data: list[float]) -> None:
        self.axes.plot(data)


def _switch(qapp: QApplication, language: Language, code: str) -> None:
    language.apply(code)
    qapp.processEvents()


def test_secret_edit_and_chart_retranslate_themselves(qtbot, qapp, language):  # noqa: ANN001
    secret = SecretEdit()
    qtbot.addWidget(secret)
    chart = TrendChart()
    qtbot.addWidget(chart)

    def texts() -> tuple[str, ...]:
        drawn = [text.get_text() for text in chart.axes.texts]
        return (secret.toggle.text(), secret.toggle.toolTip(), chart.heading.text(),
                chart.canvas.accessibleName(), *drawn)  # fmt: skip

    assert texts() == ("Show", "Show", "Revenue trend", "Revenue trend", "No data yet")
    _switch(qapp, language, "zh_CN")
    assert texts() == ("显示", "显示", "收入趋势", "收入趋势", "暂无数据")
    secret.toggle.setChecked(True)
    _switch(qapp, language, "zh_TW")
    assert texts() == ("隱藏", "隱藏", "收入趨勢", "收入趨勢", "暫無數據")
    _switch(qapp, language, "en")
    assert texts() == ("Hide", "Hide", "Revenue trend", "Revenue trend", "No data yet")


def test_a_chart_keeps_the_heading_its_subclass_gives(qtbot, qapp, language):  # noqa: ANN001
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.heading.setText("Orders per day")  # e.g. one chart class for several criteria
    chart.show_data([1.0, 2.0])
    _switch(qapp, language, "zh_CN")
    assert chart.heading.text() == "Orders per day"
    assert chart.axes.lines and not chart.axes.texts  # the data drawn again, no empty text
