"""Atomic writes (app/storage/files.py): all or nothing, owner-only, and a write-once cache that
leaves the page cache once it is on disk."""

from __future__ import annotations

import ctypes
import ctypes.util
import mmap
import os
import stat
import sys
import time
from pathlib import Path

import pytest

from app.storage.files import STALE_SECONDS, atomic_write, remove_stale_temps

PAGE = mmap.PAGESIZE


def _resident_pages(path: Path) -> int:
    """How many of the file's pages the page cache holds (mincore over a mapping that reads
    nothing)."""
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.mmap.restype = ctypes.c_void_p
    libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int,
                          ctypes.c_int, ctypes.c_long]  # fmt: skip
    libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
    libc.mincore.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p]
    size = path.stat().st_size
    fd = os.open(path, os.O_RDONLY)
    try:
        address = libc.mmap(None, size, mmap.PROT_READ, mmap.MAP_SHARED, fd, 0)
        assert address not in (None, ctypes.c_void_p(-1).value), os.strerror(ctypes.get_errno())
        try:
            pages = ctypes.create_string_buffer(-(-size // PAGE))
            assert libc.mincore(address, size, pages) == 0, os.strerror(ctypes.get_errno())
            return sum(byte & 1 for byte in pages.raw)
        finally:
            libc.munmap(address, size)
    finally:
        os.close(fd)


def _file_system(path: Path) -> str:
    best, kind = "", ""
    for line in Path("/proc/mounts").read_text().splitlines():
        _device, mount, fs_type, *_ = line.split()
        if str(path).startswith(mount) and len(mount) > len(best):
            best, kind = mount, fs_type
    return kind


def test_a_write_replaces_the_file_whole_and_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "page.arrow"
    atomic_write(target, b"first")
    atomic_write(target, b"second")
    assert target.read_bytes() == b"second"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert [p.name for p in target.parent.iterdir()] == ["page.arrow"]  # no temp file left


def test_a_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "page.arrow"
    atomic_write(target, b"kept")
    with pytest.raises(TypeError):
        atomic_write(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"kept"
    assert [p.name for p in tmp_path.iterdir()] == ["page.arrow"]


def test_without_overwrite_an_existing_file_wins(tmp_path: Path) -> None:
    target = tmp_path / "keystore.json"
    atomic_write(target, b"mine", overwrite=False)
    with pytest.raises(FileExistsError):
        atomic_write(target, b"theirs", overwrite=False)
    assert target.read_bytes() == b"mine"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mincore and fadvise: Linux")
@pytest.mark.parametrize("durable", [True, False])
def test_a_write_once_cache_leaves_the_page_cache(tmp_path: Path, durable: bool) -> None:
    if _file_system(tmp_path) in {"tmpfs", "ramfs", "overlay"}:
        pytest.skip(f"{tmp_path} lives in memory: its pages are the file")
    data = os.urandom(64 * PAGE)
    kept, dropped = tmp_path / "kept.arrow", tmp_path / "dropped.arrow"
    atomic_write(kept, data)
    atomic_write(dropped, data, durable=durable, keep_cached=False)
    assert _resident_pages(kept) == 64  # the measure sees cached pages
    assert _resident_pages(dropped) == 0
    assert dropped.read_bytes() == data


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="O_DIRECT: Linux")
@pytest.mark.parametrize("size", [1, PAGE - 1, PAGE, PAGE + 1, 3 * 1024 * 1024 + 7])
def test_a_write_once_cache_of_any_size_is_whole_and_uncached(tmp_path: Path, size: int) -> None:
    if _file_system(tmp_path) in {"tmpfs", "ramfs", "overlay"}:
        pytest.skip(f"{tmp_path} lives in memory: its pages are the file")
    data = os.urandom(size)
    target = tmp_path / "page.arrow"
    atomic_write(target, b"old" * 5000)
    atomic_write(target, data, durable=False, keep_cached=False)
    # at most the last page, read back to zero its tail when the padding was cut off
    assert _resident_pages(target) <= 1
    assert target.read_bytes() == data
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="O_DIRECT: Linux")
@pytest.mark.parametrize("fault", ["refused", "einval", "short"])
def test_a_file_system_without_direct_writes_gets_the_cache_all_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str
) -> None:
    import errno
    import fcntl

    real_fcntl, real_write = fcntl.fcntl, os.write

    def no_direct(fd: int, command: int, arg: int = 0) -> int:
        if command == fcntl.F_SETFL and arg & os.O_DIRECT:
            raise OSError(errno.EINVAL, "O_DIRECT not supported")
        return real_fcntl(fd, command, arg)

    def direct_fails(fd: int, data: bytes) -> int:
        if real_fcntl(fd, fcntl.F_GETFL) & os.O_DIRECT:
            if fault == "einval":
                raise OSError(errno.EINVAL, "bad alignment")
            return real_write(fd, memoryview(data)[:PAGE])  # a full disk cuts it short
        return real_write(fd, data)

    if fault == "refused":
        monkeypatch.setattr(fcntl, "fcntl", no_direct)
    else:
        monkeypatch.setattr(os, "write", direct_fails)
    data = os.urandom(5 * PAGE + 3)
    target = tmp_path / "page.arrow"
    atomic_write(target, data, durable=False, keep_cached=False)
    monkeypatch.undo()
    assert target.read_bytes() == data
    assert [p.name for p in tmp_path.iterdir()] == ["page.arrow"]


def test_temps_a_killed_writer_left_are_removed_and_live_ones_kept(tmp_path: Path) -> None:
    atomic_write(tmp_path / "page.arrow", b"whole")
    dead = tmp_path / ".page.arrow.k1ll3d.tmp"
    live = tmp_path / ".other.arrow.wr1t1ng.tmp"
    dead.write_bytes(b"half")
    live.write_bytes(b"half")
    old = time.time() - STALE_SECONDS - 5
    os.utime(dead, (old, old))
    assert remove_stale_temps(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [live.name, "page.arrow"]
    assert remove_stale_temps(tmp_path / "missing") == 0  # no cache yet: nothing to do
