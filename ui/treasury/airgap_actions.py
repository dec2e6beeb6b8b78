"""The Treasury page's air-gapped actions (a mixin of TreasuryPage, like ActionFlow):
"Export for signing" writes the request an approver signs on an offline machine and shows its QR
code; "Import signature" reads the signature back (its file, a picture of its QR code, or the text a
scanner read from the code), checks it against the chain
and keeps it with the proposal's signatures. A bad, foreign or tampered file is refused in words
and changes nothing. An imported rejection is sent from the acting account (any staff account:
the contract lets anyone send a signed rejection), confirmed like every action."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QInputDialog, QWidget

from app.signers.airgap import write_json
from app.signers.desk_airgap import import_signature, sign_request
from app.treasury.actions import ActionRecord, Kind
from app.treasury.queue_watch import SignatureFeed
from app.treasury.typed_approval import SignedDecision
from app.treasury.views import DeskSnapshot
from ui.shared.file_dialogs import open_file, save_file
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.shared.runner import Op, user_message
from ui.treasury.acting import ActingAccount
from ui.treasury.airgap_dialogs import QrDialog
from ui.treasury.airgap_qr import open_filter, read_source

if TYPE_CHECKING:
    from app.treasury.desk import TreasuryDesk

    _Page = QWidget  # the mixin is only ever part of TreasuryPage, a QWidget
else:
    _Page = object

KIND_WORDS = {
    "approval": QT_TRANSLATE_NOOP("TreasuryAirgap", "approval"),
    "rejection": QT_TRANSLATE_NOOP("TreasuryAirgap", "rejection"),
}


class AirgapActions(_Page):
    desk: TreasuryDesk
    snapshot: DeskSnapshot | None
    account: str
    feed: SignatureFeed
    acting: ActingAccount
    qr_dialog: QrDialog  # the last request shown as a QR code

    if TYPE_CHECKING:  # given by TreasuryPage
        exported = Signal(object)
        imported = Signal(object)
        import_refused = Signal(str)

        def show_banner(self, text: str | Callable[[], str], *, error: bool = False) -> None: ...
        def reload(self) -> None: ...
        def _prepare(self, start: Callable[[], ActionRecord]) -> None: ...
        def _still_busy(self) -> bool: ...

    def ask_export(self, proposal_id: int) -> None:
        """Whose signature (an approver's address), then where to write the request."""
        accounts = [self.account] + [
            a for a in self.acting.listed() if a.lower() != self.account.lower()
        ]
        signer, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("TreasuryAirgap", "Export for signing"),
            QCoreApplication.translate(
                "TreasuryAirgap", "The approver who signs offline (their address):"
            ),
            accounts,
            0,
            True,
        )
        if not ok or not signer.strip():
            return
        path = save_file(
            self,
            QCoreApplication.translate("TreasuryAirgap", "Write the request to sign"),
            f"proposal-{proposal_id}.request.json",
            "JSON (*.json)",
        )
        if path:
            self.export_for_signing(proposal_id, signer.strip(), Path(path))

    def export_for_signing(self, proposal_id: int, signer: str, path: Path) -> None:
        desk = self.desk

        def work() -> dict[str, Any]:
            fields = sign_request(desk, proposal_id, signer).fields()
            write_json(path, fields)
            return fields

        Op(self, work).success(lambda f: self._exported(proposal_id, f, path)).failure(
            lambda e: self.show_banner(lambda: user_message(e), error=True)
        ).run_in_background()

    def _exported(self, proposal_id: int, fields: dict[str, Any], path: Path) -> None:
        dialog = QrDialog(
            lambda: QCoreApplication.translate(
                "TreasuryAirgap", "Request to sign proposal #{id}"
            ).format(id=proposal_id),
            lambda: QCoreApplication.translate(
                "TreasuryAirgap",
                "Take the file to the offline machine, or show it this QR code; there, "
                "Treasury → Sign a request file (offline) shows it and signs.",
            ),
            fields,
            path,
            self,
        )
        self.qr_dialog = dialog
        dialog.open()
        self.exported.emit(path)

    def ask_import(self) -> None:
        """A file or a picture of its QR code, or the text a scanner read from the code."""
        choices = [
            QCoreApplication.translate(
                "TreasuryAirgap", "A signature file or a picture of its QR code"
            ),
            QCoreApplication.translate(
                "TreasuryAirgap", "The text a scanner read from the QR code"
            ),
        ]
        title = QCoreApplication.translate("TreasuryAirgap", "Import a signature")
        choice, ok = QInputDialog.getItem(
            self,
            title,
            QCoreApplication.translate("TreasuryAirgap", "Import the signature from:"),
            choices,
            0,
            False,
        )
        if not ok:
            return
        if choice == choices[1]:
            text, ok = QInputDialog.getMultiLineText(
                self,
                title,
                QCoreApplication.translate("TreasuryAirgap", "The text your scanner read:"),
            )
            if ok and text.strip():
                self.import_signature(text.strip())
            return
        path = open_file(
            self,
            QCoreApplication.translate("TreasuryAirgap", "Import a signature file"),
            open_filter(),
        )
        if path:
            self.import_signature(Path(path))

    def import_signature(self, source: Path | str) -> None:
        """`source`: the signature file, a picture of its QR code, or the code's text; all three
        pass the same checks."""
        desk, feed = self.desk, self.feed

        def work() -> SignedDecision:
            # checked against the chain, kept
            _, decision = read_source(source, lambda s: import_signature(desk, s))
            feed.share(decision)
            return decision

        Op(self, work).success(self._imported).failure(self._import_failed).run_in_background()

    def send_signed_rejection(self, proposal_id: int, signer: str) -> None:
        """Send `signer`'s signed rejection kept on this desk from the acting account: checked
        and simulated, confirmed (a transaction), then sent through the chain pipeline."""
        if self._still_busy():
            return
        flow, account = self.desk.workflow, self.account
        self._prepare(lambda: flow.act(Kind.REJECT, proposal_id, account, signed_by=signer))

    def _imported(self, decision: SignedDecision) -> None:
        def text() -> str:
            said = QCoreApplication.translate(
                "TreasuryAirgap", "Imported the {kind} of proposal #{id} by {signer} (air-gapped)."
            ).format(
                kind=QCoreApplication.translate("TreasuryAirgap", KIND_WORDS[decision.kind]),
                id=decision.message.proposal_id,
                signer=decision.signer,
            )
            if decision.kind == "rejection":
                said += " " + QCoreApplication.translate(
                    "TreasuryAirgap",
                    "To send it, choose it in the Audit tab and press Send the signed rejection.",
                )
            return said

        self.show_banner(text)
        self.imported.emit(decision)
        self.reload()

    def _import_failed(self, error: BaseException) -> None:
        self.show_banner(lambda: user_message(error), error=True)
        self.import_refused.emit(user_message(error))
