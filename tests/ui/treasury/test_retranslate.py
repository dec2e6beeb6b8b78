"""A change of language reaches every treasury widget the Qt way: each one words its texts
again in `retranslate()` on LanguageChange (titles, buttons, tabs, tooltips, form labels, menu
entries, and the texts with values it shows), with no reverse look-up in the catalogs."""

from __future__ import annotations

import types

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from app.errors import Phrase
from tests.app.treasury.desk_helpers import routed_report, serve_reports
from tests.ui.treasury.steps import WAIT, choose, confirmed, propose
from tests.ui.treasury.test_offline_sign import request_file
from tests.ui.treasury.test_reconciliation import _result
from ui.shared.i18n import Language
from ui.treasury.airgap_dialogs import OfflineSignDialog, confirmation_of
from ui.treasury.attach import TreasuryMenu
from ui.treasury.confirm_dialog import ConfirmDialog
from ui.treasury.page import TreasuryPage
from ui.treasury.propose_dialog import ProposeDialog
from ui.treasury.reconciliation import ReconciliationTab

NOW = 1_790_000_000


def switch(qapp: QApplication, language: Language, code: str) -> None:
    language.apply(code)
    qapp.processEvents()


def page_texts(page: TreasuryPage) -> dict[str, str]:
    tabs = page.tabs
    return {
        "title": page.title.text(),
        "refresh": page.refresh_button.text(),
        "stores tab": tabs.tabText(0),
        "queue tab": tabs.tabText(1),
        "audit tab": tabs.tabText(3),
        "bank tab": tabs.tabText(4),
        "acting": page.acting.label.text(),
        "propose": page.stores.propose_button.text(),
        "approve": page.queue.buttons["approve"].text(),
        "reject": page.queue.buttons["reject"].text(),
        "execute": page.history.buttons["execute"].text(),
        "reason": page.queue.reason.placeholderText(),
        "export": page.queue.export_button.text(),
        "export tip": page.queue.export_button.toolTip(),
        "verify": page.audit.verify_button.text(),
        "empty approval": page.queue.approval.title.text(),
        "approval section": page.queue.approval.report_heading.text(),
        "bank import": page.reconciliation.import_button.text(),
    }


ENGLISH_PAGE = {
    "title": "Treasury",
    "refresh": "Refresh",
    "stores tab": "Stores and reconciliation",
    "queue tab": "Waiting for my approval",
    "audit tab": "Audit trail",
    "bank tab": "Bank reconciliation",
    "acting": "Acting as",
    "propose": "Propose distribution…",
    "approve": "Approve",
    "reject": "Reject",
    "execute": "Execute",
    "reason": "Reason (needed to reject)",
    "export": "Export for signing…",
    "export tip": "A file and a QR code an approver signs on an offline machine",
    "verify": "Verify",
    "empty approval": "Select a proposal.",
    "approval section": "Revenue report",
    "bank import": "Import statements from the bank",
}


def test_the_treasury_page_and_its_tabs_follow_the_language(qtbot, qapp, language):
    # The page's controls exist before it is connected to a desk (nothing is read here).
    desk = types.SimpleNamespace(tolerance_bp=50)
    bank = types.SimpleNamespace(bank=None)  # a bank tab with no bank: nothing runs
    page = TreasuryPage(desk, "0x0", lambda _a, _w: None, reconciliation=bank)
    qtbot.addWidget(page)
    assert page_texts(page) == ENGLISH_PAGE

    switch(qapp, language, "zh_CN")
    shown = page_texts(page)
    assert shown["title"] == "资金库" and shown["refresh"] == "刷新"
    assert shown["stores tab"] == "店铺与对账" and shown["queue tab"] == "等待我审批"
    assert shown["bank tab"] == "银行对账" and shown["bank import"] == "从银行导入对账单"
    assert shown["approve"] == "批准" and shown["reject"] == "拒绝"
    assert shown["reason"] == "理由（拒绝时必填）" and shown["verify"] == "验证"
    assert shown["propose"] == "提议分配…" and shown["empty approval"] == "请选择一个提议。"
    assert shown["export"] == "导出以供签名…"
    for key, english in ENGLISH_PAGE.items():  # every one of them, not only those named above
        assert shown[key] != english, key

    switch(qapp, language, "zh_TW")
    shown = page_texts(page)
    assert shown["refresh"] == "重新整理" and shown["reject"] == "拒絕"
    assert shown["stores tab"] == "店鋪與對帳" and shown["export"] == "匯出以供簽署…"

    switch(qapp, language, "en")
    assert page_texts(page) == ENGLISH_PAGE


def test_what_the_page_is_doing_is_worded_again_when_the_language_changes(qtbot, qapp, language):
    desk = types.SimpleNamespace(tolerance_bp=50)
    page = TreasuryPage(desk, "0x0", lambda _a, _w: None)
    qtbot.addWidget(page)
    # A step the core reports while an action runs (a Phrase), then the page's own reading.
    page.show_progress(Phrase("treasury.progress.check", kind=Phrase("treasury.kind.execute")))
    assert page.progress.text() == "Checking the execution against the chain…"
    switch(qapp, language, "zh_TW")
    assert page.progress.text() == "正在對照鏈上狀態檢查執行…"
    page.show_progress(lambda: page.tr("Reading the treasury…"))
    reading = page.progress.text()
    assert reading and "Reading" not in reading
    switch(qapp, language, "en")
    assert page.progress.text() == "Reading the treasury…"
    page.show_progress(None)
    switch(qapp, language, "zh_CN")
    assert page.progress.text() == ""
    switch(qapp, language, "en")


def test_the_reconciliation_tab_words_its_drawn_result_again(qtbot, qapp, language):
    tab = ReconciliationTab()
    qtbot.addWidget(tab)
    tab.show_result(_result())
    statuses = [tab.status_model.item(n).cells[3] for n in range(2)]
    assert statuses == ["All matched", "Differences"]
    assert tab.difference_model.item(0).cells[1] == "Paid to an account outside control (diverted)"
    assert tab.unmatched_title.text() == "Unmatched items in 2026-11: 1"
    summary = tab.summary.text()
    assert "1 of 2 stores fully matched" in summary

    switch(qapp, language, "zh_CN")
    assert tab.status_model.item(0).cells[3] == "全部匹配"
    assert tab.import_button.text() == "从银行导入对账单"
    reason = tab.difference_model.item(0).cells[1]
    assert reason == QCoreApplication.translate(
        "Reconciliation", "Paid to an account outside control (diverted)"
    )
    assert reason != "Paid to an account outside control (diverted)"
    assert tab.unmatched_title.text().endswith("1") and "2026-11" in tab.unmatched_title.text()
    assert "Unmatched" not in tab.unmatched_title.text()
    assert tab.summary.text() != summary
    assert (
        tab.difference_model.rowCount() == 1
        and tab.detail.text() == tab.difference_model.item(0).tip
    )

    switch(qapp, language, "zh_TW")
    assert tab.status_model.item(0).cells[3] == "全部匹配"
    assert tab.import_button.text() == "從銀行匯入對帳單"

    switch(qapp, language, "en")
    assert [tab.status_model.item(n).cells[3] for n in range(2)] == statuses
    assert tab.unmatched_title.text() == "Unmatched items in 2026-11: 1"
    assert tab.summary.text() == summary
    assert tab.chart.heading.text().endswith("· PB-M00002")


def test_the_confirmation_step_and_the_offline_sign_view_follow_the_language(
    qtbot, qapp, language, tmp_path
):
    request, path = request_file(tmp_path)
    offline = OfflineSignDialog(lambda _a, _w: None)
    qtbot.addWidget(offline)
    offline.load(path)
    step = ConfirmDialog(confirmation_of(request, "approve", "", NOW))
    qtbot.addWidget(step)
    menu_parent = QWidget()
    qtbot.addWidget(menu_parent)
    menu = TreasuryMenu(lambda: None, menu_parent)

    def shown() -> tuple[str, ...]:
        return (
            offline.windowTitle(),
            offline.details.text(),
            step.windowTitle(),
            step.rows["gas"].text(),
            step.labels["gas"].text(),
            step.confirm_button.text(),
            step.back_button.text(),
            menu.title(),
            menu.offline_sign.text(),
        )

    english = shown()
    assert "Reconciliation: DIFFERENCE" in offline.details.text()
    assert english[2:] == (
        "Review before signing",
        "no gas: off-chain signature",
        "Gas",
        "Sign",
        "Back",
        "&Treasury",
        "Sign a request file (offline)…",
    )

    switch(qapp, language, "zh_CN")
    assert offline.windowTitle() == "签署资金库请求（离线）"
    assert "对账：有差异" in offline.details.text()  # the decoded request, worded again
    assert offline.reason.placeholderText() == "理由（拒绝时必填）"
    assert step.windowTitle() == "签名前核对"
    assert step.back_button.text() == "返回" and step.confirm_button.text() == "签名"
    assert step.labels["period"].text() != "Period"  # ("Gas" stays "Gas")
    assert step.rows["gas"].text() != "no gas: off-chain signature"
    assert menu.title() == "资金库(&T)" and menu.offline_sign.text() == "签署请求文件（离线）…"

    switch(qapp, language, "zh_TW")
    assert offline.windowTitle() == "簽署資金庫請求（離線）"
    assert step.windowTitle() == "簽署前核對"
    assert menu.offline_sign.text() == "簽署請求檔案（離線）…"

    switch(qapp, language, "en")
    assert shown() == english


def test_the_propose_dialog_words_its_form_and_problem_again(qtbot, qapp, language):
    snapshot = types.SimpleNamespace(stores=[])  # no store: nothing to check, nothing runs
    dialog = ProposeDialog(None, snapshot)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Propose a distribution"
    assert dialog.labels["store"].text() == "Store" and dialog.ok.text() == "Propose"
    problem = dialog.problem.text()
    assert problem == "This store has no reported period left to propose."

    switch(qapp, language, "zh_CN")
    assert dialog.windowTitle() == "提议分配"
    assert dialog.labels["store"].text() != "Store" and dialog.ok.text() == "提议"
    assert dialog.problem.text() == QCoreApplication.translate("ProposeDialog", problem)
    assert dialog.problem.text() != problem

    switch(qapp, language, "zh_TW")
    assert dialog.windowTitle() == "提議分配"

    switch(qapp, language, "en")
    assert dialog.windowTitle() == "Propose a distribution"
    assert dialog.labels["store"].text() == "Store" and dialog.problem.text() == problem


def shown_values(page: TreasuryPage) -> dict[str, object]:
    stores, history = page.stores, page.history
    return {
        "queue tab": page.tabs.tabText(1),
        "roles": page.acting.roles.text(),
        "tolerance": stores.tolerance.text(),
        "period status": stores.periods_model.item(0).cells[6],
        "proposal status": history.model.item(0).cells[4],
        "approve tip": history.buttons["approve"].toolTip(),
        "approval title": history.approval.title.text(),
        "approval status": history.approval.status.text(),
        "banner": page.banner.text(),
    }


def test_a_loaded_page_words_what_it_shows_with_values_again(
    qtbot, qapp, page, tenv, hostile_api, language
):
    report = routed_report(tenv)
    serve_reports(hostile_api, report)
    dialog, _ = propose(qtbot, page, "PSTA", report.period)
    confirmed(qtbot, page, dialog.ok.click)
    qtbot.waitUntil(lambda: [v.id for v in page.snapshot.proposals] == [1], timeout=WAIT)
    choose(page.history, 1)
    view = page.history.approval
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.view.id == 1, timeout=WAIT)
    page.poll.stop()  # nothing redraws the page behind the test's back
    english = shown_values(page)
    assert english["queue tab"] == "Waiting for my approval (0)"
    assert english["proposal status"] == "pending"
    assert english["approval title"].startswith("Proposal #1: ")
    assert english["banner"].startswith("Propose #1: ")

    switch(qapp, language, "zh_CN")
    chinese = shown_values(page)
    assert chinese["queue tab"] == "等待我审批（0）"
    assert chinese["proposal status"] == QCoreApplication.translate("TreasuryTables", "pending")
    for key, text in english.items():  # every text with values, worded again
        assert chinese[key] != text, key
    assert chinese["approve tip"] == Phrase("treasury.proposer_cannot_approve").text("zh_CN")

    switch(qapp, language, "en")
    assert shown_values(page) == english
