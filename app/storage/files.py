"""Atomic, owner-only file writes: a crash leaves either the old file or the new one, never half.

Same order as Electrum's storage: temp file in the same directory, write, fsync, chmod 0600
before the rename (so the file is never visible with wider permissions), os.replace, fsync the
directory (so the rename itself survives a power cut).

A cache written once and read at the next start (the bulk pages: 250 MB on a cold screening)
is written with `keep_cached=False`, around the page cache. Left cached, every write takes fresh
pages from the kernel, and on a virtual machine that hands idle memory back to its host each one
faults in there first: 0.84 s of system time for 270 MB here. On Linux the data goes straight to
disk (O_DIRECT, from a page-aligned buffer kept per thread): 0.13 s. Elsewhere, or where the
file system refuses O_DIRECT, it is written, synced and its pages dropped (fadvise): 0.31 s.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

STALE_SECONDS = 600  # a temp file this old was left by a writer that died: no write takes this
_BLOCK = 4096  # O_DIRECT wants the buffer, the offset and the length in whole blocks
_BUFFER_BYTES = 64 << 20
_buffers = threading.local()  # each writing thread's aligned buffer, reused write after write


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
            cached = keep_cached or not _write_direct(handle.fileno(), data)
            if cached:
                handle.write(data)
                handle.flush()
            if durable:
                os.fsync(handle.fileno())
            if cached and not keep_cached and hasattr(os, "posix_fadvise"):
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


def _write_direct(fd: int, data: bytes) -> bool:
    """Write `data` to the empty file `fd` around the page cache (Linux's O_DIRECT); False,
    with the file still empty, where that is not possible (the caller then writes as usual)."""
    if not sys.platform.startswith("linux") or not data:
        return False
    import fcntl

    flags = fcntl.fcntl(fd, fcntl.F_GETFL)
    try:
        fcntl.fcntl(fd, fcntl.F_SETFL, flags | os.O_DIRECT)
    except OSError:  # the file system refuses it
        return False
    padded = -(-len(data) // _BLOCK) * _BLOCK
    buffer = _aligned_buffer(padded)
    buffer[: len(data)] = data
    buffer[len(data) : padded] = bytes(padded - len(data))
    try:
        written = os.write(fd, memoryview(buffer)[:padded])
    except OSError:  # EINVAL: the device wants larger blocks
        written = -1
    finally:
        fcntl.fcntl(fd, fcntl.F_SETFL, flags)
    if written != padded:  # refused, or cut short (a full disk): start again, as usual
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        return False
    os.ftruncate(fd, len(data))  # the padding goes
    return True


def _aligned_buffer(size: int) -> mmap.mmap:
    """This thread's page-aligned buffer of at least `size` bytes (an anonymous mapping)."""
    buffer: mmap.mmap | None = getattr(_buffers, "buffer", None)
    if buffer is None or len(buffer) < size:
        if buffer is not None:
            buffer.close()
        # Address space is free, and only the pages written are ever touched: one mapping
        # large enough for any page spares the faults of growing it step by step.
        buffer = mmap.mmap(-1, max(size, _BUFFER_BYTES))
        _buffers.buffer = buffer
    return buffer


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
