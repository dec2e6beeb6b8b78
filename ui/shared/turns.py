"""GUI work cut into pieces, one piece per turn of the event loop.

`next_turn(owner, piece)` runs `piece` on a 1 ms timer, not a 0 ms one: Qt turns a 0 ms timer
into a posted call, and a chain of posted calls (with the repaints and `draw_idle`s they post)
runs back to back, ahead of the timers and input waiting between them, so the pieces' stalls
add up again. The call is dropped if `owner` is destroyed first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

TURN_MS = 1


def next_turn(owner: QObject, piece: Callable[[], object]) -> None:
    QTimer.singleShot(TURN_MS, owner, piece)
