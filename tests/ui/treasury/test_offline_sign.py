"""The offline machine's sign view: it shows the decoded proposal, the report and the
reconciliation with the override reason in full, confirms what it signs (no gas), asks the
password saying so, writes the signature next to the request and shows it as a QR code; a
tampered file is refused and nothing can be signed."""

from __future__ import annotations

import json
from dataclasses import replace

from app.signers.airgap import compact, read_signature, write_json
from tests.app.signers.test_airgap import OFFLINE, OfflineKey, make_request, reconciliation
from ui.treasury.airgap_dialogs import OfflineSignDialog

REASON = (
    "The bank booked the October refunds twice (ticket 4471); routing is right, the bank's "
    "correction lands next month."
)
KEY = "0x" + "42" * 32


def request_file(tmp_path):
    rec = reconciliation(routed=120_000_000_000, override=REASON)  # settled 100,000 sUSD
    request = replace(make_request(), reconciliation=rec)
    path = tmp_path / "proposal-3.request.json"
    write_json(path, request.fields())
    return request, path


def test_the_offline_approver_reads_confirms_and_signs_without_gas(qtbot, tmp_path):
    request, path = request_file(tmp_path)
    asked: list[tuple[str, str]] = []

    def signer_for(account, what):
        asked.append((account, what))
        return OfflineKey.from_key(KEY)

    dialog = OfflineSignDialog(signer_for)
    qtbot.addWidget(dialog)
    dialog.load(path)
    text = dialog.details.text()
    assert text.startswith("Proposal #3: 20,000.00 sUSD to the holders of PSTGLIM for 2026-10")
    assert f"The proposer's override reason: {REASON}" in text  # in full
    assert "Reconciliation: DIFFERENCE" in text and "⚠ settled vs routed" in text
    assert dialog.approve_button.isEnabled()

    dialog.decide("reject")  # without a reason: nothing to confirm
    assert "reject" in dialog.problem.text()

    with qtbot.waitSignal(dialog.confirming) as shown:
        dialog.decide("approve")
    step = shown.args[0]
    assert step.rows["gas"].text() == "no gas: off-chain signature"
    assert step.rows["channel"].text() == "air-gapped file or QR"
    assert step.rows["signer"].text() == OFFLINE.address
    assert step.confirm_button.text() == "Sign" and "deadline" in step.rows
    with qtbot.waitSignal(dialog.signed) as done:
        step.confirm_button.click()
    ((account, what),) = asked
    assert account == OFFLINE.address and "an off-chain signature, no gas" in what
    out = done.args[0]
    assert out == tmp_path / "proposal-3.request.signature.json"
    signed = read_signature(out)
    assert (signed.signer, signed.kind) == (OFFLINE.address, "approval")
    assert signed.message == request.message
    assert dialog.shown.payload == compact(json.loads(out.read_text(encoding="utf-8")))
    assert not dialog.shown.code.pixmap().isNull()
    dialog.shown.close()


def test_a_tampered_request_is_refused_and_nothing_can_be_signed(qtbot, tmp_path):
    _, path = request_file(tmp_path)
    fields = json.loads(path.read_text(encoding="utf-8"))
    fields["typed_data"]["message"]["amount"] += 1  # a forger raises the amount
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(fields), encoding="utf-8")
    dialog = OfflineSignDialog(lambda _a, _w: OfflineKey.from_key(KEY))
    qtbot.addWidget(dialog)
    dialog.load(forged)
    assert dialog.problem.text() and dialog.details.text() == ""
    assert not dialog.approve_button.isEnabled() and not dialog.reject_button.isEnabled()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["forged.json", path.name]


def test_the_treasury_menu_opens_the_offline_sign_view_without_a_network(qtbot, qapp):
    from app.config import Settings
    from ui.shared.theme import ThemeManager
    from ui.shell.main_window import MainWindow
    from ui.treasury.attach import TreasuryAttachment

    theme = ThemeManager(qapp, "light")
    window = MainWindow(Settings(), lambda _s: None, theme)
    qtbot.addWidget(window)
    attach = TreasuryAttachment(window, None, None, theme)  # no chain, no desk: offline
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Treasury") == titles.index("&Help") - 1
    (action,) = attach.menu.actions()
    assert action.text() == "Sign a request file (offline)…"
    action.trigger()
    assert isinstance(attach.offline, OfflineSignDialog) and attach.offline.isVisible()
    attach.offline.close()
    theme.deleteLater()


def test_the_qr_dialog_fits_the_longest_reason_or_says_to_take_the_file(
    qtbot, qapp, language, tmp_path
):
    """A request with a 2,000-character Chinese override reason is shown as one code (the
    reason's hash in it, its words in the file); a signature that cannot fit one code (a long
    Chinese rejection) is said so in the reader's language instead of failing."""
    from app.signers.airgap import answer
    from tests.app.signers.test_airgap import MAX_REASONS
    from ui.treasury.airgap_dialogs import QrDialog

    reason = MAX_REASONS[1]
    request = replace(make_request(), reconciliation=reconciliation(override=reason))
    shown = QrDialog(lambda: "request", lambda: "", request.fields(), tmp_path / "r.json", None)
    qtbot.addWidget(shown)
    assert not shown.too_large and not shown.code.pixmap().isNull()
    assert reason not in shown.payload

    sign = OfflineSignDialog(lambda _a, _w: OfflineKey.from_key(KEY))
    qtbot.addWidget(sign)
    qr = tmp_path / "from-qr.json"
    qr.write_text(shown.payload, encoding="utf-8")  # what the offline machine scanned
    sign.load(qr)
    assert "it is in the request file, not in the QR code" in sign.details.text()

    rejection = answer(request, OfflineKey.from_key(KEY), signed_at=1, reject_reason=reason[:1000])
    language.apply("zh_CN")
    qapp.processEvents()
    too_big = QrDialog(lambda: "签名", lambda: "", rejection.fields(), tmp_path / "s.json", None)
    qtbot.addWidget(too_big)
    assert too_big.too_large and too_big.code.pixmap().isNull()
    assert "一个二维码" in too_big.code.text() and "文件" in too_big.code.text()


def test_the_offline_view_reads_a_qr_picture_or_the_scanned_text_with_the_files_checks(
    qtbot, qapp, language, tmp_path
):
    """A PNG of the request's QR code (as `treasury export-for-signing --qr` writes it) and the
    text a scanner read from it open like the file; the signature is written next to the
    picture. A picture without a code, a foreign code and a tampered one are refused in the
    reader's language, and nothing can be signed."""
    from app.signers.airgap import qr_fields
    from app.signers.qr import write_qr
    from ui.shared.qr import qr_image

    request, _ = request_file(tmp_path)
    picture = tmp_path / "proposal-3.request.png"
    write_qr(picture, request.fields())
    dialog = OfflineSignDialog(lambda _a, _w: OfflineKey.from_key(KEY))
    qtbot.addWidget(dialog)
    dialog.load(picture)
    assert dialog.problem.text() == "" and dialog.approve_button.isEnabled()
    assert dialog.details.text().startswith("Proposal #3: 20,000.00 sUSD to the holders")
    with qtbot.waitSignal(dialog.confirming) as step:
        dialog.decide("approve")
    with qtbot.waitSignal(dialog.signed) as done:
        step.args[0].confirm_button.click()
    assert done.args[0] == tmp_path / "proposal-3.request.signature.json"
    assert read_signature(done.args[0]).message == request.message
    dialog.shown.close()

    scanned = compact(qr_fields(request.fields()))  # what a scanner gives, pasted
    dialog.load(scanned)
    assert dialog.problem.text() == "" and dialog.approve_button.isEnabled()
    assert dialog.request.message == request.message and dialog.path is None

    blank = tmp_path / "blank.png"
    assert qr_image("x").scaled(4, 4).save(str(blank), "PNG")
    foreign = tmp_path / "foreign.png"
    assert qr_image("WIFI:S:office;T:WPA;P:secret;;").save(str(foreign), "PNG")
    fields = request.fields()
    fields["typed_data"]["message"]["amount"] += 1  # a forger raises the amount
    tampered = tmp_path / "tampered.png"
    write_qr(tampered, fields)
    language.apply("zh_CN")
    qapp.processEvents()
    for source, said in (
        (blank, "blank.png 中没有可读取的二维码"),
        (foreign, "不是 PST Desk 签名文件"),
        (tampered, "tampered.png：所列摘要与类型化数据不符"),
        ("not json at all", "不是 PST Desk 签名文件"),
    ):
        dialog.load(source)
        assert said in dialog.problem.text() and "没有任何更改" in dialog.problem.text()
        assert dialog.details.text() == "" and not dialog.approve_button.isEnabled()
    assert dialog.open_button.text() == "打开请求文件或二维码图片…"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "blank.png", "foreign.png", "proposal-3.request.json", "proposal-3.request.png",
        "proposal-3.request.signature.json", "tampered.png",
    ]  # fmt: skip
