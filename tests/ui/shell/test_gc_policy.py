"""The GUI's garbage-collection policy: no automatic full collections, a periodic one instead."""

import gc

from ui.shell import gc_policy


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_install_freezes_start_up_and_stops_automatic_full_collections(qapp):
    before = gc.get_threshold()
    try:
        timer = gc_policy.install(qapp)
        assert gc.get_freeze_count() > 0
        young, middle, old = gc.get_threshold()
        assert (young, middle) == before[:2] and old >= 10**9
        assert timer.isActive() and timer.interval() == gc_policy.FULL_COLLECTION_MS
        timer.stop()
        timer.deleteLater()
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_the_periodic_collection_frees_cyclic_garbage():
    before, enabled = gc.get_threshold(), gc.isenabled()
    try:
        gc.disable()  # the cycles stay uncollected until the periodic collection
        for _ in range(1000):
            _Cycle()
        assert gc_policy.full_collection() >= 1000
    finally:
        (gc.enable if enabled else gc.disable)()  # the UI tests run with it off
        gc.unfreeze()
        gc.set_threshold(*before)
