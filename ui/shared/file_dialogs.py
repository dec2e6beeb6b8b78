"""Save and open dialogs that start where people keep files: the last folder used (remembered
across runs), else the user's Documents folder; never the app's working directory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_KEY = "files/lastDirectory"


def start_directory() -> Path:
    """The folder the last dialog chose (if it still exists), else Documents, else home."""
    last = str(QSettings().value(_KEY, "", str) or "")
    if last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember(path: str) -> None:
    if path:
        QSettings().setValue(_KEY, str(Path(path).parent))


def save_file(parent: QWidget | None, title: str, name: str, filters: str = "") -> str:
    """A path to write `name` to ("" when cancelled); its folder is remembered."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_directory() / name), filters)
    remember(path)
    return path


def open_file(parent: QWidget | None, title: str, filters: str = "") -> str:
    """A file to read ("" when cancelled); its folder is remembered."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_directory()), filters)
    remember(path)
    return path
