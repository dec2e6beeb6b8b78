"""What the sandbox chain keeps on disk, under `<data-dir>/sandbox/`:

- `anvil-state.json`: anvil's whole state (accounts, code, storage, blocks), as `anvil_dumpState`
  gives it, gunzipped. We write it ourselves, atomically (temp file, fsync, rename), after seeding,
  every few seconds while blocks are being mined and at stop, and hand it to anvil with
  `--load-state` at start. anvil's own `--state`/`--state-interval` write in place, so a crash
  mid-write could leave half a file; ours is always a whole one.
- `anvil-exit-state.json`: anvil's own `--dump-state`, written when anvil exits. A Ctrl-C in a
  terminal reaches anvil as well as the sandbox, and anvil may be gone before we can save; its own
  dump then holds the latest blocks. At the next start it replaces ours if it is whole and newer.
- `chain.json`: the deployment record (registry and every store's addresses) and the REST world it
  was seeded from. Written only after the state file that holds that deployment.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from eth_utils import is_checksum_address, to_checksum_address

from app.chain.deploy import PlatformAddresses, StoreAddresses
from app.errors import AppError
from app.storage.files import atomic_write

RECORD_FORMAT = 1
STATE_FILE = "anvil-state.json"
EXIT_STATE_FILE = "anvil-exit-state.json"
RECORD_FILE = "chain.json"
_STORE_ADDRESSES = ("token", "router", "sale", "governor", "timelock")
_PLATFORM_ADDRESSES = ("stablecoin", "compliance", "registry", "treasury")


class SandboxChainError(AppError):
    """The sandbox chain cannot start; the message says why and what to do."""

    code = "sandbox.chain"


@dataclass(frozen=True)
class ChainRecord:
    world: dict[str, str]  # the REST world's format, seed and merchant count
    platform: PlatformAddresses
    stores: dict[str, StoreAddresses]  # by offering id
    seed_seconds: float

    def to_json(self) -> bytes:
        body = {
            "format": RECORD_FORMAT,
            "world": self.world,
            "platform": asdict(self.platform),
            "stores": {
                offering_id: {**asdict(s), "store_id": "0x" + s.store_id.hex()}
                for offering_id, s in self.stores.items()
            },
            "seed_seconds": round(self.seed_seconds, 3),
        }
        return json.dumps(body, indent=1, sort_keys=True).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> ChainRecord:
        """Parse and validate a record; anything off raises ValueError."""
        body = json.loads(raw)
        if not isinstance(body, dict) or body.get("format") != RECORD_FORMAT:
            raise ValueError("unknown record format")
        world = body["world"]
        if not isinstance(world, dict) or not all(isinstance(v, str) for v in world.values()):
            raise ValueError("bad world key")
        platform = PlatformAddresses(
            **{k: _address(body["platform"][k]) for k in _PLATFORM_ADDRESSES}
        )
        if body["platform"].get("market"):  # recorded since issue 16's market
            platform = replace(platform, market=_address(body["platform"]["market"]))
        stores = {}
        for offering_id, entry in dict(body["stores"]).items():
            store_id = bytes.fromhex(str(entry["store_id"]).removeprefix("0x"))
            if len(store_id) != 32:
                raise ValueError("bad store id")
            addresses = {k: _address(entry[k]) for k in _STORE_ADDRESSES}
            stores[str(offering_id)] = StoreAddresses(store_id=store_id, **addresses)
        return cls(world, platform, stores, float(body.get("seed_seconds", 0.0)))


def _address(value: Any) -> Any:
    if not isinstance(value, str) or not is_checksum_address(value):
        raise ValueError(f"bad address {value!r:.50}")
    return to_checksum_address(value)


class ChainFiles:
    """The sandbox chain's two files in one directory."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.state = directory / STATE_FILE
        self.exit_state = directory / EXIT_STATE_FILE
        self.record = directory / RECORD_FILE

    def read_record(self) -> ChainRecord | None:
        """The deployment record; None when there is none. A damaged one raises."""
        try:
            raw = self.record.read_bytes()
        except FileNotFoundError:
            return None
        try:
            return ChainRecord.from_json(raw)
        except (ValueError, KeyError, TypeError) as error:
            raise SandboxChainError(
                "sandbox.record_damaged", path=str(self.record), reason=str(error)[:200]
            ) from None

    def write_record(self, record: ChainRecord) -> None:
        atomic_write(self.record, record.to_json())

    def check_state(self) -> int:
        """Refuse a state file that is not a whole anvil dump, before anvil reads it; return
        its latest block number. Adopts anvil's exit dump first when that one is newer."""
        self._adopt_exit_state()
        try:
            return _best_block(self.state)
        except FileNotFoundError:
            raise SandboxChainError(
                "sandbox.state_missing", path=str(self.state), record=str(self.record)
            ) from None
        except (OSError, ValueError) as error:
            raise SandboxChainError(
                "sandbox.state_damaged", path=str(self.state), reason=str(error)[:200]
            ) from None

    def write_state(self, dump: str) -> None:
        """Store the answer of `anvil_dumpState` (0x + gzip of the JSON state) as plain JSON."""
        raw = gzip.decompress(bytes.fromhex(dump.removeprefix("0x")))
        atomic_write(self.state, raw)

    def _adopt_exit_state(self) -> None:
        try:
            exit_block = _best_block(self.exit_state)
        except FileNotFoundError:
            return
        except (OSError, ValueError):
            exit_block = -1  # half written (anvil killed while dumping): ours stands
        try:
            ours = _best_block(self.state)
        except (OSError, ValueError):
            ours = -1
        if exit_block > ours:
            os.replace(self.exit_state, self.state)
        else:
            self.exit_state.unlink()

    def remove(self) -> None:
        # The record first: a state without a record is never trusted.
        for path in (self.record, self.state, self.exit_state):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def _best_block(path: Path) -> int:
    with path.open("rb") as handle:
        body = json.load(handle)
    if not isinstance(body, dict) or "accounts" not in body:
        raise ValueError("not an anvil state dump")
    best = body.get("best_block_number")
    if isinstance(best, str):
        best = int(best, 16) if best.startswith("0x") else int(best)
    if not isinstance(best, int):
        raise ValueError("no latest block number")
    return best
