"""A signing file's QR code read back: a picture of it (PNG or JPEG: a camera's photo, a
screenshot, the PNG `treasury sign --qr` writes) decoded here, or the text a scanner gave. The
text then goes through exactly the checks of the file (not ours, tampered, foreign, wrong kind).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import numpy as np
import zxingcpp
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from app.signers.errors import AirgapFileError

T = TypeVar("T")

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")


def open_filter() -> str:
    """The open dialog's filter: the file itself or a picture of its QR code."""
    return QCoreApplication.translate(
        "TreasuryAirgap", "Signing file or QR code picture (*.json *.png *.jpg *.jpeg)"
    )


class NoQrCode(ValueError):
    """The picture cannot be read, or holds no QR code that decodes. Its `user_message` is in
    the reader's language (worded when shown, so a language switch is followed)."""

    def __init__(self, path: Path) -> None:
        super().__init__(path.name)
        self.path = path

    @property
    def user_message(self) -> str:
        return QCoreApplication.translate(
            "TreasuryAirgap",
            "{path} holds no QR code that can be read. Take a sharper picture of the whole code, "
            "or use the file itself. Nothing was changed.",
        ).format(path=self.path)


def qr_text(path: Path) -> str:
    """The text of the QR code in the picture at `path` (NoQrCode when there is none)."""
    image = QImage(str(path))
    if image.isNull():  # not a picture Qt can read (or not a picture at all)
        raise NoQrCode(path)
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(
        gray.constBits(), dtype=np.uint8, count=gray.bytesPerLine() * gray.height()
    )
    pixels = np.ascontiguousarray(
        rows.reshape(gray.height(), gray.bytesPerLine())[:, : gray.width()]
    )
    only_qr = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    codes = zxingcpp.read_barcodes(pixels, formats=only_qr)
    if not codes or not codes[0].valid:
        raise NoQrCode(path)
    return str(codes[0].text)


def read_source(source: Path | str, reader: Callable[[Path | str], T]) -> T:
    """`reader` (a request's or a signature's, with all their checks) over a file, a picture of
    its QR code or the code's pasted text. A refused picture is named as the file it is."""
    if not isinstance(source, Path) or source.suffix.lower() not in IMAGE_SUFFIXES:
        return reader(source)
    text = qr_text(source)
    try:
        return reader(text)
    except AirgapFileError as refused:
        if "path" in refused.params:  # else "QR code", the name of a pasted text
            refused.params["path"] = str(source)
        raise
