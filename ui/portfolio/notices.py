"""The investor's standing and notices: the KYC banner, and "portfolio.notify" notices shown in the
system tray (when the desktop has one) or in an in-app notification area otherwise."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from app.portfolio.kyc import KycState, KycStatus
from app.portfolio.notifications import TOPIC, Notice
from ui.shared.i18n import current_code
from ui.shared.i18n.domain_text import alert_message
from ui.shared.i18n.retranslating import Retranslating

if TYPE_CHECKING:
    from ui.shared.bridge import EventBridge

MAX_SHOWN = 4  # notices kept in the in-app area


class KycBanner(Retranslating, QLabel):
    """Allowlist status and expiry. Quiet when all is well; a warning 30 days before it lapses;
    an explanation when it lapsed (profit accrues, claims wait for renewal)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kycBanner")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status: KycStatus | None = None
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        if self.status is not None:
            self.show_status(self.status)

    def show_status(self, status: KycStatus) -> None:
        self.status = status
        prefix = {
            KycState.ALLOWED: self.tr("KYC: allowlisted."),
            KycState.EXPIRING: self.tr("KYC expiring."),
            KycState.LAPSED: self.tr("KYC lapsed."),
            KycState.NEVER: self.tr("Not allowlisted."),
        }[status.state]
        language = current_code()
        joiner = "" if language.startswith("zh") else " "  # Chinese sentences take no space
        self.setText(prefix + joiner + status.message.text(language))
        tone = {
            KycState.ALLOWED: "kycOk",
            KycState.EXPIRING: "banner",
            KycState.LAPSED: "error",
            KycState.NEVER: "error",
        }[status.state]
        self.setProperty("tone", tone)
        self.setStyleSheet("")
        self.setObjectName(tone if tone != "kycOk" else "muted")
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()


class NoticeArea(Retranslating, QFrame):
    """The in-app notification area (used when the desktop has no system tray): the latest few
    notices, each dismissable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(10, 6, 10, 6)
        self._column.setSpacing(2)
        self.notices: list[Notice] = []
        self._lines: list[tuple[QLabel, Notice]] = []  # worded again on a change of language
        self.dismiss: QPushButton | None = None  # shown under the notices
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        if self.dismiss is not None:
            self.dismiss.setText(self.tr("Dismiss"))
        for label, notice in self._lines:
            title, message = worded(notice)
            label.setText(f"<b>{_escape(title)}</b> — {_escape(message)}")

    def add(self, notice: Notice) -> None:
        self.notices = ([notice] + self.notices)[:MAX_SHOWN]
        self._redraw()

    def clear_notices(self) -> None:
        self.notices = []
        self._redraw()

    def _redraw(self) -> None:
        while self._column.count():
            item = self._column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.dismiss = None
        self._lines = []
        for notice in self.notices:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = QLabel()  # worded in retranslate
            text.setObjectName("notice")
            text.setWordWrap(True)
            line.addWidget(text, 1)
            self._lines.append((text, notice))
            self._column.addWidget(row)
        if self.notices:
            self.dismiss = QPushButton()
            self.dismiss.setObjectName("dismissNotices")
            self.dismiss.clicked.connect(self.clear_notices)
            self._column.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignRight)
        self.retranslate()
        self.setVisible(bool(self.notices))


class PortfolioNotices(QObject):
    """Shows each "portfolio.notify" notice: a tray message when the desktop has a system tray,
    else a line in `area`. `shown` records every notice with the time (for tests and a log)."""

    def __init__(
        self,
        bridge: EventBridge,
        area: NoticeArea,
        *,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or area)
        self.area = area
        self.shown: list[tuple[dt.datetime, Notice]] = []
        self.tray: QSystemTrayIcon | None = None
        if tray_available():
            self.tray = QSystemTrayIcon(_icon(), self)
            self.tray.setToolTip(self.tr("PST Desk"))
            self.tray.show()
        bridge.on(TOPIC, self._notify, self)

    def _notify(self, payload: Notice) -> None:
        self.shown.append((dt.datetime.now(dt.UTC), payload))
        if self.tray is not None:
            self.tray.showMessage(*worded(payload))
        else:
            self.area.add(payload)

    def close(self) -> None:
        if self.tray is not None:
            self.tray.hide()


def worded(notice: Notice) -> tuple[str, str]:
    """The notice's title and message in the user's language (a merchant alert from its own
    reason code)."""
    language = current_code()
    title = _text(notice.title, language)
    if notice.alert is not None:
        return title, alert_message(notice.alert)
    return title, _text(notice.message, language)


def _text(text: str, language: str) -> str:
    words = getattr(text, "text", None)  # a Phrase from the code table
    return words(language) if callable(words) else text


def _icon() -> QIcon:
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.darkBlue)
    return QIcon(pixmap)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
