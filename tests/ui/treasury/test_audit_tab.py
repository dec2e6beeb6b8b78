"""The audit tab in the reader's language: each entry's event and channel in words, when it was
signed (UTC, the GUI's date format, a claimed time said so), and its details listed under their
names in the tooltip, never the raw record."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.treasury.audit import AuditEntry
from ui.treasury.audit import AuditTab
from ui.treasury.tabs import select_key

SIGNED_AT = 1_790_000_000  # 2026-09-21 14:13:20 UTC
SIGNER = "0x" + "AB" * 20


def entries() -> list[AuditEntry]:
    return [
        AuditEntry(
            1,
            "override",
            "2026-09-21T12:00:00+00:00",
            actor=SIGNER,
            proposal_id=None,
            details={"reason": "退款延迟入账", "report_hash": "0x" + "11" * 32},
        ),
        AuditEntry(
            2,
            "signed",
            "2026-09-21T14:00:00+00:00",
            actor=SIGNER,
            proposal_id=7,
            details={
                "decision": "rejection",
                "channel": "airgap",
                "signed_at": SIGNED_AT,
                "signed_at_claimed": True,
                "received_at": SIGNED_AT + 600,
                "reason": "报告少算了一笔退款",
                "nonce": 0,
            },
        ),
    ]


def cells(tab: AuditTab, row: int) -> list[str]:
    model = tab.model
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_the_audit_tab_speaks_chinese(qtbot, qapp, language):
    tab = AuditTab()
    qtbot.addWidget(tab)
    tab.show_entries(entries(), {})
    language.apply("zh_CN")
    qapp.processEvents()
    model = tab.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[3:5] == ["渠道", "签名时间（UTC）"]
    override, signed = cells(tab, 0), cells(tab, 1)
    assert override[2] == "覆盖理由" and override[3] == override[4] == ""
    assert signed[2] == "已签署拒绝"
    assert signed[3] == "离线文件或二维码"
    assert signed[4] == "2026/9/21 14:13 UTC（声称）"
    assert signed[1] == "2026/9/21 14:00 UTC"
    tip = model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "理由: 报告少算了一笔退款" in tip and "渠道: 离线文件或二维码" in tip
    assert "接收时间: 2026/9/21 14:23 UTC" in tip
    assert "{" not in tip and "'decision'" not in tip and "signed_at" not in tip
    assert tab.send_button.text() == "发送已签名的拒绝…"

    language.apply("en")
    qapp.processEvents()
    english = cells(tab, 1)
    assert english[2:4] == ["rejection signed", "air-gapped file or QR"]
    assert english[4].startswith("21 Sep") and english[4].endswith("UTC (claimed)")


def test_only_a_signed_rejection_can_be_sent(qtbot):
    tab = AuditTab()
    qtbot.addWidget(tab)
    tab.show_entries(entries(), {})
    with qtbot.assertNotEmitted(tab.send_rejection):
        select_key(tab.view, 1)
        assert not tab.send_button.isEnabled()
        tab.send_button.click()
    select_key(tab.view, 2)
    with qtbot.waitSignal(tab.send_rejection) as sent:
        tab.send_button.click()
    assert sent.args == [7, SIGNER]
