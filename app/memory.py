"""The heap policy for bulk work: memory freed is kept for reuse, not handed back at once.

A cold screening of 15,000 stores allocates and frees about a gigabyte in pieces of a few
megabytes (page bodies, decoded Arrow columns, numpy arrays). glibc maps every piece above its
mmap threshold fresh from the kernel and unmaps it when freed, and each fresh page faults on
first touch: on the CI machine that was 1.8 s of system time in a 3 s budget (about 100,000
faults). With the thresholds raised, freed pieces stay in the heap for the next page, and Arrow
allocates from the same heap rather than its own mimalloc pool: 0.6 s of system time on the first
screening, and about a hundred faults on the next. The cost is that up to `TRIM_BYTES` of freed
memory stays with the process between screenings.

Linux with glibc only; anywhere else this changes nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import sys

log = logging.getLogger(__name__)

M_TRIM_THRESHOLD = -1  # glibc's mallopt parameters (malloc.h)
M_MMAP_THRESHOLD = -3
MMAP_BYTES = 64 << 20  # pieces below this come from the heap and go back to it
TRIM_BYTES = 256 << 20  # free memory at the heap's top kept before it is returned
_applied = False


def reuse_freed_memory() -> bool:
    """Apply the policy once per process; True when it is in force."""
    global _applied
    if _applied:
        return True
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl and others: no mallopt to tune
        return False
    if not (mallopt(M_MMAP_THRESHOLD, MMAP_BYTES) and mallopt(M_TRIM_THRESHOLD, TRIM_BYTES)):
        log.debug("mallopt refused the heap policy")
        return False
    # Arrow reads this when it first allocates; a process that has already imported it is told.
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
    if "pyarrow" in sys.modules and os.environ["ARROW_DEFAULT_MEMORY_POOL"] == "system":
        pa = sys.modules["pyarrow"]
        pa.set_memory_pool(pa.system_memory_pool())
    _applied = True
    return True
