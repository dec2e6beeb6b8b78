"""PySide6 GUI over the Qt-free core in app/."""
