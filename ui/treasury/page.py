"""The Treasury page: stores reconciled period by period, propose, the approval queue, history
with execute and cancel, and the audit trail with export and verify.

All chain and REST work runs off the GUI thread through the runner; the workflow's resume runs
first (`start()`), so actions a crash left open are settled before anything new is offered.
Every action ends in a confirmation step (ui/treasury/confirm_dialog.py) before anything is
signed. The page keeps itself current: a cheap look every few seconds (app/treasury/queue_watch.py)
updates rows in place, and what changed becomes notices (app/treasury/notices.py): a proposal
waiting for this account, all signatures in (★), executed or failed, sent to the app's
notification centre (or, for a page on its own, the tray or a banner).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.signers.signer import Signer
from app.treasury import audit_export
from app.treasury.actions import State
from app.treasury.approval_detail import ApprovalDetail, load_detail
from app.treasury.audit import Verification, verify
from app.treasury.execution import finish_open
from app.treasury.notices import Notice, notices
from app.treasury.queue_watch import SignatureFeed, Stamp, refreshed, stamp
from app.treasury.rules import Status
from app.treasury.views import DeskSnapshot, ProposalView
from app.treasury.workflow import ResumeOutcome
from ui.shared.file_dialogs import save_file
from ui.shared.i18n import in_language
from ui.shared.i18n.names import name
from ui.shared.i18n.retranslating import Retranslating, Text, said
from ui.shared.runner import Op, user_message
from ui.shared.theme import LIGHT, Colors
from ui.shell import shortcuts
from ui.treasury.acting import ActingAccount
from ui.treasury.action_flow import ActionFlow
from ui.treasury.airgap_actions import AirgapActions
from ui.treasury.audit import AuditTab
from ui.treasury.confirm_dialog import ConfirmDialog
from ui.treasury.notice_words import messages
from ui.treasury.proposals import ProposalsTab
from ui.treasury.reconciliation import ReconciliationTab
from ui.treasury.tabs import StoresTab

if TYPE_CHECKING:
    from app.bank.reconciliation import ReconciliationDesk
    from app.services.proposal_evidence import ProposalEvidence
    from app.treasury.desk import TreasuryDesk
    from ui.treasury.propose_dialog import ProposeDialog

Notify = Callable[[str, str, bool], None]  # title, text, starred (★ ready to execute)
POLL_MS = 5_000
FULL_EVERY = 12  # a full reload each minute


class TreasuryPage(Retranslating, ActionFlow, AirgapActions, QWidget):
    loaded = Signal()
    notice = Signal(str)  # an in-app notice (also what a tray message said)
    action_done = Signal(object)  # ActionRecord
    action_failed = Signal(str)
    confirming = Signal(object)  # the ConfirmDialog now open
    finished = Signal(object)  # an ActionRecord run to its end, or a SignedDecision kept
    exported = Signal(object)  # the Path of a request to sign offline
    imported = Signal(object)  # a SignedDecision read back and kept
    import_refused = Signal(str)

    def __init__(
        self,
        desk: TreasuryDesk,
        account: str,
        signer_for: Callable[[str, str], Signer],  # (account, what it will sign)
        *,
        colors: Colors = LIGHT,
        notify: Notify | None = None,
        parent: QWidget | None = None,
        reconciliation: ReconciliationDesk | None = None,
        evidence: ProposalEvidence | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.account = account
        self.signer_for = signer_for
        self.snapshot: DeskSnapshot | None = None
        self._notify = notify or self._default_notify
        self._announced: DeskSnapshot | None = None  # what the notices were last told from
        self._stamp: Stamp | None = None
        self._polling = False
        self._generation = 0  # counts reloads: a look's answer older than one is dropped
        self._again = False
        # Signatures from colleagues on other machines come through the platform's API.
        self.feed = SignatureFeed(getattr(desk, "api", None))
        self._ticks = 0
        self._loading = False
        self._busy = False
        self._tray: QSystemTrayIcon | None = None
        self.confirmation: ConfirmDialog | None = None  # the confirmation step now open
        self._banner_words: Callable[[], str] | None = None  # the banner, worded again
        self._progress_words: Text = ""  # what runs now (show_progress), worded again

        self.title = QLabel("")
        self.title.setObjectName("pageTitle")
        self.acting = ActingAccount()
        self.who = self.acting.roles  # the acting account's roles, in words
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.reload)
        self.banner = QLabel("")
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.progress = QLabel("")
        self.progress.setObjectName("muted")
        self.stores = StoresTab()
        self.queue = ProposalsTab(queue=True)
        self.history = ProposalsTab(queue=False)
        self.proposal_tabs = (self.queue, self.history)
        self.audit = AuditTab()
        self.tabs = QTabWidget()
        for tab in (self.stores, self.queue, self.history, self.audit):
            self.tabs.addTab(tab, "")
        # The bank's three-way reconciliation (ui/treasury/reconciliation.py), when the network
        # has a bank: its own tab, loaded when first shown.
        self.reconciliation: ReconciliationTab | None = None
        if reconciliation is not None:
            self.reconciliation = ReconciliationTab(reconciliation, actor=lambda: self.account)
            self.tabs.addTab(self.reconciliation, "")
            self.tabs.currentChanged.connect(self._reconciliation_shown)
        # A proposal carries the hash of its period's matched bank lines beside the report hash
        # (app.services.proposal_evidence, as the CLI): stamped, recorded, checked when read.
        self.evidence = evidence

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(12)
        head.addWidget(self.acting, 1)
        head.addWidget(self.progress)
        head.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)

        self.queue.loader = self.history.loader = self._detail_work
        for tab in self.proposal_tabs:
            tab.approval.evidence = self.evidence
        self.stores.propose.connect(self.open_propose)
        self.queue.action.connect(self.act)
        self.history.action.connect(self.act)
        self.queue.safe_approve.connect(self.approve_for_safe)
        self.history.safe_approve.connect(self.approve_for_safe)
        for tab in (self.queue, self.history):
            tab.export.connect(self.ask_export)
            tab.import_file.connect(self.ask_import)
        self.audit.export.connect(self._ask_export)
        self.audit.verify.connect(self.verify_audit)
        self.audit.send_rejection.connect(self.send_signed_rejection)
        self.set_colors(colors)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        shortcuts.bind(self, "treasury.propose", self._propose_if_allowed)
        shortcuts.bind(self, "treasury.approve", self._approve_selected)
        # Colleagues propose and sign while the page is open: a cheap look every POLL_MS (the
        # chain's head, the signatures' stamp) and rows updated in place when it moved; every
        # FULL_EVERY looks, everything again (reports, balances).
        self.poll = QTimer(self, interval=POLL_MS)
        self.poll.timeout.connect(self._tick)
        self.retranslate()

    def retranslate(self) -> None:
        """The page's own texts; its tabs and views word theirs (tables, approval view)."""
        self.title.setText(self.tr("Treasury"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.tabs.setTabText(0, self.tr("Stores and reconciliation"))
        self._name_queue()
        self.tabs.setTabText(2, self.tr("Proposals and history"))
        self.tabs.setTabText(3, self.tr("Audit trail"))
        if self.reconciliation is not None:
            named = QCoreApplication.translate("Reconciliation", "Bank reconciliation")
            self.tabs.setTabText(self.tabs.indexOf(self.reconciliation), named)
        if self.snapshot is not None:
            self.acting.show_account(self.snapshot.account, self._roles_words(self.snapshot))
        if self._banner_words is not None:
            self.banner.setText(self._banner_words())
        self.progress.setText(in_language(said(self._progress_words)))

    def _name_queue(self) -> None:
        snap = self.snapshot
        if snap is None:
            self.tabs.setTabText(1, self.tr("Waiting for my approval"))
        else:
            self.tabs.setTabText(
                1, self.tr("Waiting for my approval ({len})").format(len=len(snap.queue))
            )

    def _roles_words(self, snap: DeskSnapshot) -> str:
        roles = [name(n) for n, held in (("proposer", snap.roles.proposer),
                                         ("approver", snap.roles.approver),
                                         ("administrator", snap.roles.admin)) if held]  # fmt: skip
        return self.tr(", ").join(roles) or self.tr(
            "no treasury role: choose an account that holds one"
        )

    # -- loading ----------------------------------------------------------------------------
    def start(self) -> None:
        """Settle what a crash left open (rebroadcast recorded bytes, wait), then load."""
        self._busy = True
        Op(self, lambda: finish_open(self.desk.workflow, timeout=30)).success(
            self._resumed
        ).failure(self._resume_failed).with_progress(
            lambda: self.tr("Checking unfinished actions…")
        ).run_in_background()

    def _resumed(self, outcomes: list[ResumeOutcome]) -> None:
        self._busy = False
        self.poll.start()
        unsigned = [o for o in outcomes if o.action.state in (State.CREATED, State.SIMULATED)]
        settled = [o for o in outcomes if o not in unsigned]
        if settled:

            def finished() -> str:
                words = "; ".join(
                    f"{name(o.action.kind)} #{o.action.proposal_id or ''}: {o.words}"
                    for o in settled
                )
                return self.tr("Finished after the restart: {words}").format(words=words)

            self.show_banner(finished)
        elif unsigned:
            count = len(unsigned)
            self.show_banner(
                lambda: self.tr("%n action(s) were never signed; nothing was sent.", "", count)
            )
        self.reload()

    def _resume_failed(self, error: BaseException) -> None:
        self._busy = False
        self.poll.start()
        self.show_banner(lambda: user_message(error), error=True)
        self.reload()

    def reload(self) -> None:
        if self._loading:  # asked while reading: read again once this one is in
            self._again = True
            return
        self._loading = True
        self._again = False
        self._generation += 1  # a look started before this reload must not undo it
        account = self.account
        Op(self, lambda: self.desk.snapshot(account)).success(self._show).failure(
            self._load_failed
        ).with_progress(lambda: self.tr("Reading the treasury…")).run_in_background()

    def _show(self, snap: DeskSnapshot) -> None:
        self._loading = False
        if snap.account != self.account or self._again:
            self.reload()
            return
        self.snapshot = snap
        self.acting.show_account(snap.account, self._roles_words(snap))
        self.stores.show_snapshot(snap, self.desk.tolerance_bp)
        self.queue.show_snapshot(snap)
        self.history.show_snapshot(snap)
        symbols = {s.store_hex: s.symbol for s in snap.stores}
        self.audit.show_entries(snap.audit, symbols)
        self._name_queue()
        self._announce(notices(self._announced, snap))
        self._announced = snap
        self.loaded.emit()

    # -- keeping current ----------------------------------------------------------------------
    def _tick(self) -> None:
        if self._busy or self._loading or self._polling or self.snapshot is None:
            return
        self._ticks += 1
        if self._ticks % FULL_EVERY == 0:
            self.reload()
            return
        self._polling = True
        desk, snap, known, feed = self.desk, self.snapshot, self._stamp, self.feed
        generation = self._generation
        pending = [v.id for v in snap.proposals if v.status == Status.PENDING]

        def look() -> tuple[Stamp, DeskSnapshot | None, bool]:
            pulled = feed.pull(desk.workflow, pending)  # others' signatures, now in the store
            now = stamp(desk)
            if not pulled and (known is None or now == known):  # the first look: a baseline
                return now, None, False
            fresh, structural = refreshed(desk, snap)
            return now, fresh, structural

        Op(self, look).success(lambda a: self._looked(a, generation)).failure(
            self._look_failed
        ).run_in_background()

    def _looked(self, answer: tuple[Stamp, DeskSnapshot | None, bool], generation: int) -> None:
        self._polling = False
        now, fresh, structural = answer
        self._stamp = now
        if fresh is None or self._loading or generation != self._generation:
            return
        if structural:
            self.reload()
        elif fresh.account == self.account:
            self._show(fresh)

    def _look_failed(self, _error: BaseException) -> None:
        self._polling = False  # the next tick looks again; a lasting failure shows on reload

    def _announce(self, found: list[Notice]) -> None:
        for message in messages(found):
            self._notify(message.title, message.text, message.starred)
            self.notice.emit(message.text)

    def _detail_work(self, view: ProposalView) -> Callable[[], ApprovalDetail]:
        """What the approval view reads for `view`, off the GUI thread."""
        desk, snap = self.desk, self.snapshot
        assert snap is not None  # `view` is a row of the snapshot shown
        store = next((s for s in snap.stores if s.store_id == view.state.store_id), None)
        row = next((p for p in store.periods if p.period == view.period), None) if store else None
        safes = snap.safes
        return lambda: load_detail(desk, view, row, store, safes)

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        self._again = False
        self.show_banner(lambda: user_message(error), error=True)

    def set_account(self, account: str) -> None:
        if account != self.account:
            self.account = account
            self.reload()

    def _propose_if_allowed(self) -> None:
        if self.stores.propose_button.isEnabled():
            self.stores.propose_button.click()

    def _approve_selected(self) -> None:
        tab = self.tabs.currentWidget()
        button = getattr(tab, "buttons", {}).get("approve")
        if button is not None and button.isEnabled():
            button.click()

    def open_propose(self, symbol: str = "", period: str = "") -> ProposeDialog | None:
        from ui.treasury.propose_dialog import ProposeDialog

        if self.snapshot is None:
            return None
        dialog = ProposeDialog(
            self.desk, self.snapshot, symbol, period, parent=self, evidence=self.evidence
        )
        dialog.proposed.connect(self.propose)
        dialog.open()
        return dialog

    # -- audit ------------------------------------------------------------------------------
    def _ask_export(self, fmt: str) -> None:
        path = save_file(
            self,
            self.tr("Export the audit trail"),
            f"treasury-audit.{fmt}",
            f"{fmt.upper()} (*.{fmt})",
        )
        if path:
            self.export_audit(Path(path), fmt)

    def export_audit(self, path: Path, fmt: str) -> None:
        audit = self.desk.audit

        def work() -> int:
            entries = audit.entries()
            text = (audit_export.export_csv if fmt == "csv" else audit_export.export_json)(entries)
            path.write_text(text, encoding="utf-8")
            return len(entries)

        def exported(count: int) -> None:
            self.audit.show_result(
                True,
                lambda: self.tr("Exported {count} entries to {path}.").format(
                    count=count, path=path
                ),
            )

        Op(self, work).success(exported).run_in_background()

    def verify_audit(self) -> None:
        audit = self.desk.audit
        Op(self, lambda: verify(audit.entries())).success(self._verified).run_in_background()

    def _verified(self, result: Verification) -> None:
        if result.ok:
            count = result.count
            self.audit.show_result(
                True,
                lambda: self.tr("Verified: {count} entries, the chain is intact.").format(
                    count=count
                ),
            )
        else:
            self.audit.show_result(False, result.message)

    # -- feedback ---------------------------------------------------------------------------
    def show_progress(self, label: Text | None) -> None:
        """What runs now, worded again when the language changes (a core Phrase too)."""
        self._progress_words = label or ""
        self.progress.setText(in_language(said(self._progress_words)))

    def show_banner(self, text: Text, *, error: bool = False) -> None:
        """`text`, or what words it (again after a change of language), above the tabs."""
        self._banner_words = text if callable(text) else None
        shown = said(text)
        self.banner.setObjectName("error" if error else "banner")
        self.banner.setText(shown)
        self.banner.setVisible(bool(shown))
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)

    def _default_notify(self, title: str, text: str, _starred: bool = False) -> None:
        """Without the app's notification centre (a page on its own): the tray, else a banner."""
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self.windowIcon(), self)
                self._tray.show()
            self._tray.showMessage(title, text)
        else:
            self.show_banner(f"{title}: {text}")

    def set_colors(self, colors: Colors) -> None:
        for tab in (self.stores, self.queue, self.history, self.audit):
            tab.set_colors(colors)
        if self.reconciliation is not None:
            self.reconciliation.set_colors(colors)

    def _reconciliation_shown(self, index: int) -> None:
        tab = self.reconciliation
        if tab is not None and self.tabs.widget(index) is tab and tab.result is None:
            tab.reconcile()
