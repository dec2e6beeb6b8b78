"""Air-gapped signing in the GUI.

- `QrDialog`: a signing file just written, shown as its QR code (the same JSON, compact) with
  where the file went: the request for the offline machine, or the signature coming back.
- `OfflineSignDialog`: the offline machine's side, with no network. Open a request file, a
  picture of its QR code, or paste the text a scanner read from the code; it
  shows the decoded proposal, the revenue report and the reconciliation summary (with the
  proposer's override reason in full); Approve or Reject (with a reason) ends in the same
  confirmation step as every treasury action, then the password prompt; the signature is written
  next to the request (asked where when the text was pasted) and shown as a QR code.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.signers.airgap import SignRequest, answer, compact, qr_fields, read_request, write_json
from app.signers.signer import Signer
from app.treasury.confirmation import Confirmation
from app.treasury.errors import ProposalRefused
from app.treasury.rules import check_reason
from ui.shared.file_dialogs import open_file, save_file
from ui.shared.i18n.retranslating import Retranslating
from ui.shared.qr import QrTooLarge, qr_image
from ui.shared.runner import user_message
from ui.treasury.airgap_qr import open_filter, read_source
from ui.treasury.columns import CHECK_NAMES
from ui.treasury.confirm_dialog import ConfirmDialog, signing_text
from ui.treasury.tabs import chain_time, stable, tables_tr

SignerFor = Callable[[str, str], Signer]  # (account, what it signs) -> its signer


class QrDialog(Retranslating, QDialog):
    """`title` and `text` word the dialog's title and lead in the current language."""

    def __init__(
        self,
        title: Callable[[], str],
        text: Callable[[], str],
        fields: dict[str, Any],
        path: Path,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("qrDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._title, self._text, self.path = title, text, path
        self.payload = compact(qr_fields(fields))
        self.lead = QLabel("")
        self.lead.setWordWrap(True)
        self.code = QLabel()
        self.code.setObjectName("qrCode")
        self.too_large = False  # then the file is the only way: said in words instead
        try:
            image = qr_image(self.payload, size=420, low_correction=True)
        except QrTooLarge:
            self.too_large = True
            self.code.setObjectName("fieldError")
            self.code.setWordWrap(True)
        else:
            self.code.setPixmap(QPixmap.fromImage(image))
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.where = QLabel("")
        self.where.setObjectName("muted")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lead)
        layout.addWidget(self.code)
        layout.addWidget(self.where)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self._title())
        self.lead.setText(self._text())
        self.code.setAccessibleName(self.tr("QR code of the file"))
        if self.too_large:
            self.code.setText(
                self.tr(
                    "This is too large for one QR code ({size} bytes; one code holds at most "
                    "2,953). Take the file instead."
                ).format(size=len(self.payload.encode("utf-8")))
            )
        self.where.setText(self.tr("Saved to {path}").format(path=self.path))


def confirmation_of(request: SignRequest, kind: str, reason: str, now: int) -> Confirmation:
    m = request.message
    return Confirmation(
        kind=kind,
        proposal_id=m.proposal_id,
        symbol=str(request.report.get("token_symbol", "?")),
        store_id="0x" + m.store_id.hex(),
        period=m.period,
        amount=m.amount,
        report_hash="0x" + m.report_hash.hex(),
        signer=request.signer,
        channel="airgap",
        gas=None,
        max_fee_wei=None,
        expiry=m.deadline,
        now=now,
        deadline=m.deadline,
        note=reason,
    )


class OfflineSignDialog(Retranslating, QDialog):
    signed = Signal(object)  # the Path of the signature file written
    confirming = Signal(object)  # the ConfirmDialog (for tests)

    def __init__(self, signer_for: SignerFor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineSign")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(720)
        self.signer_for = signer_for
        self.request: SignRequest | None = None
        self.path: Path | None = None
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._choose)
        self.paste_button = QPushButton()
        self.paste_button.clicked.connect(self._paste)
        self.details = QLabel("")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel("")
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.reason = QLineEdit()
        self.approve_button = QPushButton()
        self.reject_button = QPushButton()
        for button, kind in ((self.approve_button, "approve"), (self.reject_button, "reject")):
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, k=kind: self.decide(k))
        row = QHBoxLayout()
        row.addWidget(self.reason, 1)
        row.addWidget(self.approve_button)
        row.addWidget(self.reject_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        sources = QHBoxLayout()
        sources.addWidget(self.open_button)
        sources.addWidget(self.paste_button)
        layout.addLayout(sources)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.problem)
        layout.addLayout(row)
        layout.addWidget(close)
        self._refused = False  # the last file was refused: its problem says why, no details
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign a treasury request (offline)"))
        self.open_button.setText(self.tr("Open a request file or QR picture…"))
        self.paste_button.setText(self.tr("Paste a scanned QR code…"))
        self.reason.setPlaceholderText(self.tr("Reason (needed to reject)"))
        self.reason.setAccessibleName(self.tr("Reason for rejecting"))
        self.approve_button.setText(self.tr("Approve…"))
        self.reject_button.setText(self.tr("Reject…"))
        if self.request is not None:
            self.details.setText("\n".join(self.describe(self.request)))
        elif not self._refused:
            self.details.setText(
                self.tr(
                    'Open the request file written by "Export for signing" or a picture of its '
                    "QR code, or paste the text a scanner read from the code."
                )
            )

    def _choose(self) -> None:
        path = open_file(self, self.tr("Open a request file"), open_filter())
        if path:
            self.load(Path(path))

    def _paste(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Paste a scanned QR code"),
            self.tr("The text your scanner read from the request's QR code:"),
        )
        if ok and text.strip():
            self.load(text.strip())

    def load(self, source: Path | str) -> None:
        """Read and show a request: a file, a picture of its QR code, or the code's text
        (no network: the file's own checks only, the same for all three)."""
        self.request, self.path = None, None
        try:
            request = read_source(source, read_request)
        except (
            Exception
        ) as error:  # no code, a bad, foreign or tampered one: say so, change nothing
            self._refused = True
            self.problem.setText(user_message(error))
            self.details.setText("")
            self._enable(False)
            return
        self.request, self._refused = request, False
        self.path = source if isinstance(source, Path) else None
        self.problem.setText("")
        self.details.setText("\n".join(self.describe(request)))
        self._enable(True)

    def _enable(self, on: bool) -> None:
        self.approve_button.setEnabled(on)
        self.reject_button.setEnabled(on)

    def describe(self, request: SignRequest) -> list[str]:
        """What the offline approver reads before signing, in their language."""
        m, r, rec = request.message, request.report, request.reconciliation
        lines = [
            self.tr("Proposal #{id}: {amount} sUSD to the holders of {symbol} for {period}").format(
                id=m.proposal_id,
                amount=stable(m.amount),
                symbol=r.get("token_symbol", "?"),
                period=f"{m.period // 100:04d}-{m.period % 100:02d}",
            ),
            self.tr("Chain {chain}, treasury {treasury}").format(
                chain=request.chain_id, treasury=request.treasury
            ),
            self.tr("Signer {signer} (nonce {nonce}); valid until {time}").format(
                signer=request.signer, nonce=m.nonce, time=chain_time(m.deadline)
            ),
            self.tr("Report hash {hash} (checked against the report in the file)").format(
                hash="0x" + m.report_hash.hex()
            ),
        ]
        figures = ("gross_sales", "settled_proceeds", "routed_on_chain", "investor_share")
        if all(isinstance(r.get(k), int) for k in figures):
            lines.append(
                self.tr(
                    "Platform sales {sales} · bank settled {settled} · routed {routed} · "
                    "investors' share {share}"
                ).format(
                    sales=stable(r["gross_sales"]),
                    settled=stable(r["settled_proceeds"]),
                    routed=stable(r["routed_on_chain"]),
                    share=stable(r["investor_share"]),
                )
            )
        lines.append(
            self.tr("Reconciliation: ok")
            if rec.get("ok")
            else self.tr("Reconciliation: DIFFERENCE")
        )
        for check in rec.get("checks", []):
            if isinstance(check, dict) and isinstance(check.get("expected"), int):
                mark = "⚠" if check.get("flagged") else "✓"
                named = tables_tr(CHECK_NAMES.get(str(check.get("name")), str(check.get("name"))))
                lines.append(
                    f"{mark} {named}: {stable(int(check.get('observed', 0)))} vs "
                    f"{stable(int(check['expected']))}"
                )
        if rec.get("override_reason"):
            lines.append(
                self.tr("The proposer's override reason: {reason}").format(
                    reason=rec["override_reason"]
                )
            )
        elif rec.get("override_reason_sha256"):
            lines.append(
                self.tr(
                    "The proposer gave an override reason; it is in the request file, not in the "
                    "QR code (too long for one). Read it there before signing ({digest})."
                ).format(digest=rec["override_reason_sha256"])
            )
        return lines

    def decide(self, kind: str) -> None:
        request = self.request
        if request is None:
            return
        reason = self.reason.text().strip()
        if kind == "reject" and not reason:
            self.problem.setText(self.tr("Write why you reject it first."))
            self.reason.setFocus()
            return
        if kind == "reject":
            try:
                check_reason(request.message.proposal_id, reason)  # at most 1,000 characters
            except ProposalRefused as refused:
                self.problem.setText(user_message(refused))
                self.reason.setFocus()
                return
        confirmation = confirmation_of(request, kind, reason, int(time.time()))
        dialog = ConfirmDialog(confirmation, self)
        dialog.accepted.connect(lambda: self._sign(request, confirmation))
        dialog.open()
        self.confirming.emit(dialog)

    def _signature_path(self, request: SignRequest) -> Path | None:
        """Next to the request's file or picture; asked when the code's text was pasted."""
        if self.path is not None:
            return self.path.with_name(self.path.stem + ".signature.json")
        chosen = save_file(
            self,
            self.tr("Write the signature"),
            f"proposal-{request.message.proposal_id}.signature.json",
            "JSON (*.json)",
        )
        return Path(chosen) if chosen else None

    def _sign(self, request: SignRequest, confirmation: Confirmation) -> None:
        out = self._signature_path(request)
        if out is None:
            return
        try:
            signer = self.signer_for(request.signer, signing_text(confirmation))
            reason = confirmation.note if confirmation.kind == "reject" else None
            signed = answer(request, signer, signed_at=int(time.time()), reject_reason=reason)
            fields = signed.fields()
            write_json(out, fields)
        except Exception as error:  # cancelled, wrong password, not the signer, file exists
            self.problem.setText(user_message(error))
            return
        self.problem.setText("")
        proposal_id = request.message.proposal_id
        shown = QrDialog(
            lambda: self.tr("Signature for proposal #{id}").format(id=proposal_id),
            lambda: self.tr(
                "Take this signature back to the online machine: the file, or this QR code."
            ),
            fields,
            out,
            self,
        )
        shown.open()
        self.shown = shown
        self.signed.emit(out)
