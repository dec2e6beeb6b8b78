"""The bank reconciliation tab: each store's status by month, drilled down to unmatched items
in plain words with the alert's sentence and to matched groups, the daily chart, and a statement
file imported with a progress bar."""

from __future__ import annotations

import datetime as dt
import os

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from app.bank.matching import (
    BankLine,
    Matcher,
    ProviderSettlement,
    Reason,
    RoutedTransfer,
    StoreAccount,
)
from app.bank.models import BankAccount, LineKind, StatementLine, StatementLines, SweepRule
from app.bank.reconciliation import ReconciliationDesk
from app.sandbox.bank.formats import render_camt053
from app.treasury.audit import AuditTrail
from tests.ui.helpers import choose_file
from tests.ui.wallet.test_page import when_modal
from ui.shared import file_dialogs
from ui.treasury.reconciliation import ReconciliationTab
from ui.treasury.tabs import select_key

DAY = dt.date(2026, 11, 1)
STORES = [
    StoreAccount("PB-M00001", "M00001", "PSTONE", "0x" + "11" * 20),
    StoreAccount("PB-M00002", "M00002", "PSTTWO", "0x" + "22" * 20),
]


def _result():
    matcher = Matcher(STORES)
    for n in range(4):
        day = DAY + dt.timedelta(days=n)
        for i, store in enumerate(STORES):
            sid = f"PP-{i}-{n}"
            paid_to = "HK-EXT-1" if (i, n) == (1, 2) else store.account
            settled = ProviderSettlement(sid, store.merchant_id, paid_to, day, 10_000 + n)
            credit = (
                []
                if paid_to != store.account
                else [BankLine(store.account, f"{n}-1", day, 10_000 + n, sid)]
            )
            tx = f"0x{i + 1:02x}{n:062x}"
            sweep = [BankLine(store.account, f"{n}-9", day, -(10_000 + n), tx)] if credit else []
            routed = [RoutedTransfer(tx, store.router, (10_000 + n) * 10_000)] if credit else []
            matcher.add([*credit, *sweep], [settled], routed)
    return matcher.match(DAY + dt.timedelta(days=6))


def test_statuses_drill_down_to_items_in_plain_words_and_groups(qtbot, qtmodeltester):
    tab = ReconciliationTab()
    qtbot.addWidget(tab)
    tab.show_result(_result())
    qtmodeltester.check(tab.status_model)
    assert tab.status_model.rowCount() == 2
    assert [tab.status_model.item(n).tone for n in range(2)] == [None, "bad"]
    assert "1 of 2 stores fully matched" in tab.summary.text()
    # The store with a difference is chosen first: its diverted settlement, in words.
    assert tab.difference_model.rowCount() == 1
    row = tab.difference_model.item(0)
    assert row.cells[1] == "Paid to an account outside control (diverted)"
    assert row.cells[2] == "PP-1-2"
    assert "outside control" in tab.detail.text() and "PB-M00002" in tab.detail.text()
    assert tab.group_model.rowCount() == 3  # the other three days matched, with their tx
    assert tab.group_model.item(0).cells[3].startswith("0x02")
    assert [f.credited for f in tab.chart.data] == [10_000, 10_001, 0, 10_003]
    tab.statuses.selectRow(0)
    assert tab.difference_model.rowCount() == 0 and tab.group_model.rowCount() == 4


def _file_desk(db, tmp_path, audit=None):
    """A desk over a store that knows the first store's account, and a camt.053 of 5 lines."""
    account = STORES[0].account
    rule = SweepRule(schedule="daily", destination_name="On-Ramp", destination_account="PB-RAMP")
    desk = ReconciliationDesk(db, None, None, None, audit=audit)  # type: ignore[arg-type]
    desk.store.set_accounts(
        [BankAccount(id=account, merchant_id="M00001", token_symbol="PSTONE", currency="USD",
                     opened_on=DAY, sweep=rule)]
    )  # fmt: skip
    items = [
        StatementLine(entry=f"{n}", value_date=DAY, booking_date=DAY, amount=100 + n,
                      kind=LineKind.SETTLEMENT, counterparty="PingPong",
                      counterparty_account="PINGPONG-SETTLE", reference=f"PP-{n}")
        for n in range(5)
    ]  # fmt: skip
    lines = StatementLines(
        account_id=account, period="2026-11", currency="USD", opening_balance=0,
        closing_balance=sum(x.amount for x in items), items=items,
    )  # fmt: skip
    return desk, render_camt053(lines, "PSTBHKHHXXX", dt.datetime(2026, 11, 2))


def test_a_statement_file_imports_with_a_progress_bar(qtbot, db, tmp_path):
    desk, statement = _file_desk(db, tmp_path)
    path = tmp_path / "statement.xml"
    path.write_text(statement, "utf-8")
    tab = ReconciliationTab(desk)
    qtbot.addWidget(tab)
    assert tab.file_button.isEnabled() and not tab.import_button.isEnabled()  # no bank here
    tab.import_file(path)
    assert not tab.progress.isHidden() and not tab.cancel_button.isHidden()
    qtbot.waitUntil(lambda: tab.progress.isHidden(), timeout=10_000)
    assert desk.store.statement_count() == 1 and len(desk.store.lines()) == 5
    assert tab.file_button.isEnabled()


def test_the_file_dialog_starts_in_the_last_folder_and_remembers_the_new_one(qtbot, db, tmp_path):
    desk, statement = _file_desk(db, tmp_path)
    last, chosen = tmp_path / "last", tmp_path / "statements"
    last.mkdir()
    chosen.mkdir()
    path = chosen / "statement.xml"
    path.write_text(statement, "utf-8")
    file_dialogs.remember(str(last / "earlier.xml"))
    tab = ReconciliationTab(desk)
    qtbot.addWidget(tab)
    seen: list[str] = []

    def pick(dialog: QFileDialog) -> None:
        seen.append(dialog.directory().absolutePath())
        choose_file(dialog, path)

    when_modal(qtbot, QFileDialog, pick)
    try:
        tab.file_button.click()  # blocks in the dialog until `pick` accepts it
        assert seen == [str(last)]
        qtbot.waitUntil(lambda: tab.progress.isHidden(), timeout=10_000)
        assert desk.store.statement_count() == 1
        assert file_dialogs.start_directory() == chosen
    finally:
        QSettings().remove(file_dialogs._KEY)


def test_cancel_stops_a_one_statement_file_while_it_is_read(qtbot, db, tmp_path):
    desk, statement = _file_desk(db, tmp_path)
    path = tmp_path / "statement.xml"
    os.mkfifo(path)  # the import waits in reading it until the test writes it: no race
    tab = ReconciliationTab(desk)
    qtbot.addWidget(tab)
    tab.import_file(path)
    assert not tab.cancel_button.isHidden()
    tab.cancel_button.click()
    with open(path, "wb") as pipe:
        pipe.write(statement.encode())
    qtbot.waitUntil(lambda: tab.progress.isHidden(), timeout=10_000)
    assert desk.store.statement_count() == 0  # cancelled before it was stored: nothing kept
    path.unlink()
    path.write_text(statement, "utf-8")  # the same file, not cancelled, is imported whole
    qtbot.waitUntil(lambda: not tab._busy, timeout=10_000)
    tab.import_file(path)
    qtbot.waitUntil(lambda: tab.progress.isHidden(), timeout=10_000)
    assert desk.store.statement_count() == 1 and len(desk.store.lines()) == 5


def _renamed_result():
    """One store: the provider reported PP-0 but the bank credited it as PP-OTHER three days
    later, beyond the settlement lag (an unexplained credit and a missing settlement of one
    amount: the matcher pairs them only within the lag), and a sweep never routed."""
    store, later, late = STORES[0], DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=3)
    tx, lost = "0x" + "01" * 32, "0x" + "02" * 32
    matcher = Matcher(STORES[:1])
    matcher.add(
        [BankLine(store.account, "0-1", late, 10_000, "PP-OTHER"),
         BankLine(store.account, "0-9", late, -10_000, tx),
         BankLine(store.account, "1-1", later, 20_000, "PP-1"),
         BankLine(store.account, "1-9", later, -20_000, lost)],
        [ProviderSettlement("PP-0", store.merchant_id, store.account, DAY, 10_000),
         ProviderSettlement("PP-1", store.merchant_id, store.account, later, 20_000)],
        [RoutedTransfer(tx, store.router, 10_000 * 10_000)],
    )  # fmt: skip
    return matcher.match(DAY + dt.timedelta(days=6))


def test_hand_match_and_write_off_from_the_table_reach_the_audit_trail(qtbot, db, tmp_path):
    trail = AuditTrail(db)
    desk, _ = _file_desk(
        db,
        tmp_path,
        audit=lambda actor, details: trail.append("note", actor=actor, details=details),
    )
    tab = ReconciliationTab(desk, actor=lambda: "0xApprover")
    qtbot.addWidget(tab)
    tab.show_result(_renamed_result())
    keys = {d.reason: d.key for d in tab.result.differences}
    assert set(keys) == {Reason.UNEXPLAINED_CREDIT, Reason.MISSING_SETTLEMENT, Reason.NOT_ROUTED}
    assert tab.status_model.item(0).tone == "bad"

    # Write off: refused without a reason, in words, and nothing is recorded.
    select_key(tab.differences, keys[Reason.NOT_ROUTED])
    assert tab.write_off_button.isEnabled()
    tab.write_off_button.click()
    dialog = tab.resolve_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reason.setPlainText("   ")
    dialog.ok.click()
    assert dialog.isVisible() and "needs a reason" in dialog.problem.text()
    assert trail.entries() == [] and desk.resolutions.all() == {}
    dialog.reason.setPlainText("On-ramp refunded the sweep (ticket 88)")
    dialog.ok.click()
    qtbot.waitUntil(lambda: keys[Reason.NOT_ROUTED] in tab.result.resolutions, timeout=10_000)

    # Match by hand: the credit with the settlement the provider reported under another id.
    select_key(tab.differences, keys[Reason.UNEXPLAINED_CREDIT])
    tab.match_button.click()
    dialog = tab.resolve_dialog
    assert [dialog.partner.itemData(n) for n in range(dialog.partner.count())] == [
        keys[Reason.MISSING_SETTLEMENT]
    ]  # only an open item of the same amount can be its counterpart
    dialog.reason.setPlainText("Provider renamed its reference")
    dialog.ok.click()
    qtbot.waitUntil(lambda: not tab.result.differences, timeout=10_000)

    # The status is matched now; the settled items stay listed, muted, with how and why.
    assert tab.status_model.item(0).tone is None
    assert tab.status_model.item(0).cells[3] == "All matched"
    rows = [tab.difference_model.item(n) for n in range(tab.difference_model.rowCount())]
    assert {r.tone for r in rows} == {"muted"} and len(rows) == 3
    said = {r.key: r.cells[1] for r in rows}
    assert said[keys[Reason.NOT_ROUTED]] == "Written off: On-ramp refunded the sweep (ticket 88)"
    assert said[keys[Reason.UNEXPLAINED_CREDIT]].startswith("Matched by hand with PP-0")
    assert not tab.match_button.isEnabled() and not tab.write_off_button.isEnabled()
    notes = [e for e in trail.entries() if e.kind == "note"]
    assert [n.details["action"] for n in notes] == ["bank_write_off", "bank_match", "bank_match"]
    assert {n.actor for n in notes} == {"0xApprover"}
    assert notes[0].details["reason"] == "On-ramp refunded the sweep (ticket 88)"
    assert trail.verify().ok
