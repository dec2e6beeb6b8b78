"""The sandbox chain's files: the deployment record and the choice between two state dumps."""

from __future__ import annotations

import json

import pytest

from app.chain.deploy import PlatformAddresses, StoreAddresses
from app.sandbox.chain_state import ChainFiles, ChainRecord, SandboxChainError

A = "0x" + "11" * 20
B = "0x5FbDB2315678afecb367f032d93F642f64180aa3"


def _record() -> ChainRecord:
    platform = PlatformAddresses(B, B, B, B)
    store = StoreAddresses(b"\x01" * 32, B, B, B, B, B)
    return ChainRecord(
        {"seed": "1", "merchants": "60", "format": "1"}, platform, {"OFF-0001": store}, 4.5
    )


def _dump(path, block: int) -> None:
    path.write_text(json.dumps({"accounts": {}, "best_block_number": block}), encoding="utf-8")


def test_the_record_survives_a_round_trip(tmp_path):
    files = ChainFiles(tmp_path)
    assert files.read_record() is None
    files.write_record(_record())
    assert files.read_record() == _record()


@pytest.mark.parametrize(
    "damage",
    [b"{", b'{"format": 2}', _record().to_json().replace(B.encode(), A.encode()[:-2])],
)
def test_a_damaged_record_is_refused_with_advice(tmp_path, damage):
    files = ChainFiles(tmp_path)
    files.record.write_bytes(damage)
    with pytest.raises(SandboxChainError, match="--reset"):
        files.read_record()


def test_anvil_exit_dump_replaces_ours_only_when_whole_and_newer(tmp_path):
    files = ChainFiles(tmp_path)
    _dump(files.state, 10)
    _dump(files.exit_state, 12)
    assert files.check_state() == 12
    assert not files.exit_state.exists()

    _dump(files.exit_state, 12)  # as new as ours: ours stays, theirs goes
    assert files.check_state() == 12 and not files.exit_state.exists()

    files.exit_state.write_text('{"accounts": {', encoding="utf-8")  # half written
    assert files.check_state() == 12 and not files.exit_state.exists()


def test_a_missing_or_damaged_state_is_refused_with_advice(tmp_path):
    files = ChainFiles(tmp_path)
    with pytest.raises(SandboxChainError, match="missing"):
        files.check_state()
    files.state.write_text("[]", encoding="utf-8")
    with pytest.raises(SandboxChainError, match="damaged.*--reset"):
        files.check_state()


def test_remove_takes_every_file(tmp_path):
    files = ChainFiles(tmp_path)
    files.write_record(_record())
    _dump(files.state, 1)
    _dump(files.exit_state, 2)
    files.remove()
    assert list(tmp_path.iterdir()) == []
