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
