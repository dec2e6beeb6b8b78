"""PySide6 GUI over the Qt-free core in app/."""

from ui.compat import guard_none_refcount

# Before any other Qt call of the process: the pinned binding leaks references to None on
# CPython 3.11 (see ui/compat.py); every entry point (app, tests, bench, screenshots) imports ui.
guard_none_refcount()
