"""Atomic, owner-only file writes: a crash leaves either the old file or the new one, never half.

Same order as Electrum's storage: temp file in the same directory, write, fsync, chmod 0600
before the rename (so the file is never visible with wider permissions), os.replace, fsync the
directory (so the rename itself survives a power cut).

A cache written once and read at the next start (the bulk pages: 250 MB on a cold screening)
is written with `keep_cached=False`: once the data is on disk its pages are dropped from the
page cache, and the next write reuses them. Left cached, every write takes fresh pages from the
kernel, and on a virtual machine that hands idle memory back to its host each one faults in
there first: 1.8 s of system time for 240 MB here, against 0.1 s when the pages are reused.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

STALE_SECONDS = 600  # a temp file this old was left by a writer that died: no write takes this


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):  # not ours to chmod (e.g. a shared mount): keep going
        os.chmod(path, 0o700)
    return path


def fsync_dir(path: Path) -> None:
    if os.name != "posix":  # Windows cannot open a directory for fsync
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(
    path: Path,
    data: bytes,
    *,
    overwrite: bool = True,
    durable: bool = True,
    keep_cached: bool = True,
) -> None:
    """Write `data` to `path` atomically with mode 0600.

    With `overwrite=False` an existing `path` raises FileExistsError and is left alone.
    `durable=False` skips the fsyncs (a cache whose damaged copy is found and fetched again:
    a crash may then leave the old file, the new one or an empty one). With
    `keep_cached=False` the written pages leave the page cache (see the module's note).
    """
    directory = path.parent
    ensure_private_dir(directory)
    fd, temp_name = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
            if not keep_cached and hasattr(os, "posix_fadvise"):
                if not durable:
                    os.fdatasync(handle.fileno())  # only clean pages can be dropped
                os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        os.chmod(temp, 0o600)
        if overwrite:
            os.replace(temp, path)
        else:
            _place_new(temp, path)
        if durable:
            fsync_dir(directory)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise


def remove_stale_temps(directory: Path, older_than: float = STALE_SECONDS) -> int:
    """Remove the temp files writers killed mid-write left in `directory` (those of a write
    still under way, in this process or another, are younger and stay); returns how many."""
    cutoff = time.time() - older_than
    removed = 0
    with contextlib.suppress(FileNotFoundError):
        for temp in directory.glob(".*.tmp"):
            with contextlib.suppress(OSError):  # gone meanwhile, or not ours to remove
                if temp.stat().st_mtime < cutoff:
                    temp.unlink()
                    removed += 1
    return removed


def _place_new(temp: Path, path: Path) -> None:
    # link() fails if the target exists, so two writers cannot both win
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links: check, then rename
        if path.exists():
            raise FileExistsError(str(path)) from None
        os.replace(temp, path)
        return
    temp.unlink()
