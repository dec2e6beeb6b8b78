"""Locks that hold across processes: the GUI and a CLI command on one data directory.

A lock is a file under `<data dir>/locks/` held with an advisory OS lock (fcntl on POSIX, msvcrt
on Windows), plus a thread lock for the threads of this process (an OS file lock is per process
on POSIX, so two threads would both get it). The OS drops the lock when its process dies, also
after kill -9: a crashed process never leaves a lock behind.

- `nonce_lock(data_dir, chain_id, sender)`: choosing, signing and recording a nonce.
- `sync_lock(data_dir, chain_id)`: the event indexer's sync.
"""

from __future__ import annotations

import os
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_THREAD_LOCKS: dict[str, threading.RLock] = {}
_DEPTH: dict[str, int] = {}  # how deep the thread holding a path's RLock has nested it
_GUARD = threading.Lock()


def _thread_lock(key: str) -> threading.RLock:
    with _GUARD:
        return _THREAD_LOCKS.setdefault(key, threading.RLock())


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold `path` exclusively against other threads and other processes (blocking). The thread
    that holds it may take it again (nested); the file is locked once."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = str(path.resolve())
    with _thread_lock(key):
        if _DEPTH.get(key, 0):
            _DEPTH[key] += 1
            try:
                yield
            finally:
                _DEPTH[key] -= 1
            return
        _DEPTH[key] = 1
        try:
            with _os_lock(path):
                yield
        finally:
            _DEPTH[key] = 0


@contextmanager
def _os_lock(path: Path) -> Iterator[None]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock(fd)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def _name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", text)


def lock_dir(db_path: Path) -> Path:
    """Where the locks of the store at `db_path` live (next to it)."""
    return db_path.parent / "locks"


@contextmanager
def nonce_lock(db_path: Path, chain_id: int, sender: str) -> Iterator[None]:
    with file_lock(lock_dir(db_path) / f"nonce-{chain_id}-{_name(sender.lower())}.lock"):
        yield


@contextmanager
def sync_lock(db_path: Path, chain_id: int) -> Iterator[None]:
    with file_lock(lock_dir(db_path) / f"index-{chain_id}.lock"):
        yield


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_LOCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
