"""The bell and its list follow a change of language by themselves (their own `retranslate`,
on LanguageChange), with no reverse look-up of their texts in the catalogs."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from ui.notifications.centre import Bell, install_bell


def test_the_bell_and_its_list_change_language(qtbot, qapp, language):  # noqa: ANN001
    window = QMainWindow()
    qtbot.addWidget(window)
    centre = install_bell(window, None)
    window.show()
    bell = window.menuBar().cornerWidget().findChild(Bell)
    centre.post("Approval waiting", "Proposal #1 waits for you.")
    centre.post("Payout executed", "Proposal #2 was executed.")
    bell.click()
    popup = bell.popup
    centre.clear()  # the list is empty: its "nothing new" line shows
    centre.post("Approval waiting", "Proposal #3 waits for you.")

    def texts() -> tuple[str, ...]:
        return (
            bell.toolTip(),
            bell.accessibleName(),
            popup.heading.text(),
            popup.clear_button.text(),
            popup.list.accessibleName(),
            popup.empty.text(),
        )

    english = ("1 unread notification", "Notifications", "Notifications", "Clear",
               "Notifications", "Nothing new.")  # fmt: skip
    assert texts() == english
    language.apply("zh_CN")
    qapp.processEvents()
    assert texts() == ("1 条未读通知", "通知", "通知", "清除", "通知", "没有新消息。")
    language.apply("zh_TW")
    qapp.processEvents()
    assert texts() == ("1 則未讀通知", "通知", "通知", "清除", "通知", "沒有新消息。")
    language.apply("en")
    qapp.processEvents()
    assert texts() == english
    assert popup.list.item(0).text().startswith("Approval waiting · ")
    popup.close()
