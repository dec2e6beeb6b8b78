"""The approval view's words: signing channels, decisions and the policy lines (what blocks and
why), in the reader's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.treasury.approval_detail import PolicyLine
from ui.shared.i18n.noop import QT_TRANSLATE_NOOP
from ui.treasury.tabs import chain_time, remaining, stable

CONTEXT = "ApprovalView"
PST_DECIMALS = 18
CHANNELS = {
    "keystore": QT_TRANSLATE_NOOP("ApprovalView", "keystore on this computer"),
    "airgap": QT_TRANSLATE_NOOP("ApprovalView", "air-gapped file or QR"),
    "ledger": QT_TRANSLATE_NOOP("ApprovalView", "Ledger"),
    "safe": QT_TRANSLATE_NOOP("ApprovalView", "Safe (EIP-1271)"),
    "api": QT_TRANSLATE_NOOP("ApprovalView", "platform API"),
    "onchain": QT_TRANSLATE_NOOP("ApprovalView", "on-chain transaction"),
}
KINDS = {
    "approval": QT_TRANSLATE_NOOP("ApprovalView", "approved"),
    "rejection": QT_TRANSLATE_NOOP("ApprovalView", "rejected"),
}


def tr_view(text: str) -> str:
    """A word marked elsewhere (QT_TRANSLATE_NOOP) in this view's context."""
    return QCoreApplication.translate(CONTEXT, text)


def channel_name(channel: str) -> str:
    return tr_view(CHANNELS[channel]) if channel in CHANNELS else channel


def duration(seconds: int) -> str:
    days, rest = divmod(seconds, 86_400)
    if days:
        return QCoreApplication.translate("ApprovalView", "{days} d {hours} h").format(
            days=days, hours=rest // 3600
        )
    return QCoreApplication.translate("ApprovalView", "{hours} h {minutes} min").format(
        hours=rest // 3600, minutes=rest % 3600 // 60
    )


def policy_text(line: PolicyLine, now: int) -> str:
    """One policy line in words; when it blocks, the words say why."""
    p = line.param
    if line.rule == "threshold":
        text = QCoreApplication.translate(
            "ApprovalView", "Approvals: {approvals} of {threshold} needed"
        ).format(approvals=p("approvals"), threshold=p("threshold"))
        if line.blocks:
            missing = int(p("threshold")) - int(p("approvals"))
            text += " — " + QCoreApplication.translate(
                "ApprovalView", "{missing} still missing before it can execute"
            ).format(missing=missing)
        return text
    if line.rule == "expiry":
        when = int(p("expires_at"))
        if line.blocks:
            return QCoreApplication.translate(
                "ApprovalView", "Expired {time}: it can no longer be approved or executed"
            ).format(time=chain_time(when))
        return QCoreApplication.translate("ApprovalView", "Expires {time} ({left})").format(
            time=chain_time(when), left=remaining(when, now)
        )
    if line.rule == "cap":
        text = QCoreApplication.translate(
            "ApprovalView", "Cap per period {cap}; pending for investors {pending}"
        ).format(cap=stable(int(p("cap"))), pending=stable(int(p("pending"))))
        if line.blocks:
            text += " — " + QCoreApplication.translate(
                "ApprovalView", "the amount is above the cap or the pending balance"
            )
        return text
    if line.rule == "interval":
        return QCoreApplication.translate(
            "ApprovalView", "At least {time} between two payouts of this store"
        ).format(time=duration(int(p("seconds"))))
    if line.rule == "tier":
        text = QCoreApplication.translate(
            "ApprovalView",
            "Above {tier} this store needs {threshold} approvals (one more than the base)",
        ).format(tier=stable(int(p("tier"))), threshold=p("threshold"))
        if line.blocks:
            text += " — " + QCoreApplication.translate("ApprovalView", "this amount is above it")
        return text
    if line.rule == "velocity":
        text = QCoreApplication.translate(
            "ApprovalView", "Paid out this month {used} of {cap} allowed"
        ).format(used=stable(int(p("used"))), cap=stable(int(p("cap"))))
        if line.blocks:
            text += " — " + QCoreApplication.translate(
                "ApprovalView", "this payout would exceed the monthly velocity cap"
            )
        return text
    return line.rule
