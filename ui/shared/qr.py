"""A QR code as a QImage, drawn from the `qrcode` package's module matrix (no Pillow needed)."""

from __future__ import annotations

import qrcode
from PySide6.QtGui import QColor, QImage, QPainter
from qrcode.exceptions import DataOverflowError


class QrTooLarge(ValueError):
    """The text does not fit one QR code (at most 2,953 bytes at low error correction): the
    caller says so in words and offers the file instead."""


def qr_image(text: str, *, size: int = 220, low_correction: bool = False) -> QImage:
    """Black modules on white with a quiet zone, scaled to whole pixels per module.
    `low_correction`: room for a few kilobytes (a signing file shown to a camera).
    QrTooLarge when the text does not fit one code."""
    level = qrcode.constants.ERROR_CORRECT_L if low_correction else qrcode.constants.ERROR_CORRECT_M
    code = qrcode.QRCode(border=2, error_correction=level)
    code.add_data(text.encode("utf-8"))
    try:
        code.make(fit=True)
    except (DataOverflowError, ValueError):
        raise QrTooLarge(len(text.encode("utf-8"))) from None
    matrix = code.get_matrix()
    modules = len(matrix)
    scale = max(1, size // modules)
    image = QImage(modules * scale, modules * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        black = QColor("black")
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(x * scale, y * scale, scale, scale, black)
    finally:
        painter.end()
    return image
