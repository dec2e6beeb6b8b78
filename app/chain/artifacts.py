"""Contract build artifacts (ABI + bytecode) committed under resources/contracts/artifacts.

The app never runs node or solc: `make contracts` writes the artifacts, git carries them, and this
module reads them. One JSON file per contract: {"abi", "bytecode", "contractName",
"deployedBytecode", "immutableReferences"}. `PST_DESK_ARTIFACTS_DIR` points at another directory
of them: `make mutants` runs the contract tests against mutated builds that way.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.errors import AppError
from app.resources import resource_path

ENV_ARTIFACTS_DIR = "PST_DESK_ARTIFACTS_DIR"
ARTIFACTS_DIR = Path(os.environ.get(ENV_ARTIFACTS_DIR) or resource_path("contracts", "artifacts"))

_FIELDS = {"abi", "bytecode", "deployedBytecode", "deployed_bytecode", "contractName", "name"}


class ArtifactError(AppError):
    """A build artifact is missing or malformed (the install is broken, not the user's input)."""

    code = "chain.artifact_missing"


@dataclass(frozen=True)
class Artifact:
    name: str
    abi: list[dict[str, Any]]
    bytecode: str  # 0x-prefixed creation code
    deployed_bytecode: str  # 0x-prefixed runtime code, to check what sits at an address
    # (start, length) byte spans of the runtime code that its constructor fills (immutables)
    immutables: tuple[tuple[int, int], ...] = ()

    def __getitem__(self, key: str) -> Any:
        """Mapping-style access by the JSON field names (`artifact["abi"]`)."""
        if key not in _FIELDS:
            raise KeyError(key)
        if key in ("deployedBytecode", "deployed_bytecode"):
            return self.deployed_bytecode
        return self.name if key in ("contractName", "name") else getattr(self, key)

    def is_runtime_of(self, code: str) -> bool:
        """`code` (0x hex, from eth_getCode) is this build's runtime code, whatever its
        immutables hold: an address answering like this contract with other code is not it."""
        expected = bytearray.fromhex(self.deployed_bytecode[2:])
        try:
            actual = bytearray.fromhex(code.removeprefix("0x"))
        except ValueError:
            return False
        if len(actual) != len(expected):
            return False
        for start, length in self.immutables:
            actual[start : start + length] = expected[start : start + length]
        return actual == expected


@cache
def load_artifact(name: str) -> Artifact:
    """Load `<name>.json` from the artifacts directory (cached: they never change at run time)."""
    if not name.isidentifier():
        raise ArtifactError("chain.artifact_name", name=name)
    path = ARTIFACTS_DIR / f"{name}.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ArtifactError("chain.artifact_missing", name=name, path=str(path)) from None
    except (OSError, ValueError) as exc:
        raise ArtifactError("chain.artifact_unreadable", path=str(path), reason=str(exc)) from None
    return _parse(name, raw, path)


def _parse(name: str, raw: Any, path: Path) -> Artifact:
    if not isinstance(raw, dict) or raw.get("contractName") != name:
        raise ArtifactError("chain.artifact_other", path=str(path), name=name)
    abi, bytecode, deployed = raw.get("abi"), raw.get("bytecode"), raw.get("deployedBytecode")
    if not isinstance(abi, list) or not all(isinstance(e, dict) for e in abi):
        raise ArtifactError("chain.artifact_no_abi", path=str(path))
    if not (_is_hex_code(bytecode) and _is_hex_code(deployed)):
        raise ArtifactError("chain.artifact_bytecode", path=str(path))
    spans = raw.get("immutableReferences", [])
    if not isinstance(spans, list) or not all(
        isinstance(s, list) and len(s) == 2 and all(isinstance(n, int) for n in s) for s in spans
    ):
        raise ArtifactError("chain.artifact_bytecode", path=str(path))
    return Artifact(
        name=name,
        abi=abi,
        bytecode=str(bytecode),
        deployed_bytecode=str(deployed),
        immutables=tuple((start, length) for start, length in spans),
    )


def _is_hex_code(code: Any) -> bool:
    return isinstance(code, str) and code.startswith("0x") and len(code) % 2 == 0


def available_artifacts() -> list[str]:
    """Names of every contract with a build artifact, sorted."""
    return sorted(p.stem for p in ARTIFACTS_DIR.glob("*.json"))
