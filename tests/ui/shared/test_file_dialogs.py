"""File dialogs start in the last folder used (remembered across runs), else Documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from ui.shared import file_dialogs


def test_the_last_folder_is_remembered_and_a_vanished_one_is_not_used(qapp, tmp_path):
    QSettings().remove(file_dialogs._KEY)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    first = file_dialogs.start_directory()
    assert first == (Path(documents) if Path(documents).is_dir() else Path.home())
    folder = tmp_path / "exports"
    folder.mkdir()
    file_dialogs.remember(str(folder / "statement.pdf"))
    assert file_dialogs.start_directory() == folder
    file_dialogs.remember("")  # a cancelled dialog changes nothing
    assert file_dialogs.start_directory() == folder
    folder.rmdir()
    assert file_dialogs.start_directory() == first
    QSettings().remove(file_dialogs._KEY)
