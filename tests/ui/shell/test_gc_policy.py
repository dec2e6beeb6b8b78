"""The GUI's garbage-collection policy: no automatic full collections, a periodic one instead."""

import gc

from PySide6.QtCore import QTimer

from ui.shell import gc_policy


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_install_freezes_start_up_and_collects_only_on_the_gui_thread(qapp):
    enabled = gc.isenabled()
    try:
        timer = gc_policy.install(qapp)
        assert gc.get_freeze_count() > 0
        assert not gc.isenabled()  # no collection in a worker thread that allocates
        assert timer.isActive() and timer.interval() == gc_policy.FULL_COLLECTION_MS
        young = qapp.findChild(QTimer, "youngCollection")
        assert young.isActive() and young.interval() == gc_policy.YOUNG_COLLECTION_MS
        for _ in range(1000):
            _Cycle()
        assert gc_policy.young_collection() >= 1000  # what its timer runs
        timer.stop()
        young.stop()
        young.deleteLater()
        timer.deleteLater()
    finally:
        (gc.enable if enabled else gc.disable)()
        gc.unfreeze()


def test_the_periodic_collection_frees_cyclic_garbage():
    enabled = gc.isenabled()
    try:
        gc.disable()  # the cycles stay uncollected until the periodic collection
        for _ in range(1000):
            _Cycle()
        assert gc_policy.full_collection() >= 1000
    finally:
        (gc.enable if enabled else gc.disable)()
        gc.unfreeze()
