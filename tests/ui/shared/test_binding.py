"""The pinned Qt binding must keep CPython's reference counts intact.

PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every void call (setText,
processEvents, ...) until the interpreter aborted with "none_dealloc"; 6.11.3 does not.
This guards the pin: upgrading to a binding with that bug fails here, not in a user's session.
"""

import sys

from PySide6.QtCore import QObject


def test_void_calls_keep_none_referenced(qapp):
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        probe.setObjectName("probe")
    assert sys.getrefcount(None) - before > -100
