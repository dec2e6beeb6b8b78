"""The committed artifacts are exactly what the pinned compiler makes from the committed sources."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from app.chain.artifacts import (
    ARTIFACTS_DIR,
    ArtifactError,
    available_artifacts,
    load_artifact,
)
from tests.contracts.conftest import Env

CONTRACTS = ARTIFACTS_DIR.parent
DEPLOYABLE = {
    "ClaimRouter",
    "ComplianceRegistry",
    "DistributionTreasury",
    "OfferingSale",
    "PSTMarket",
    "ProfitShareToken",
    "RevenueRouter",
    "SandboxStablecoin",
    "StoreGovernor",
    "StoreRegistry",
    "StoreTimelock",
}


def _build(out: Path) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: cannot recompile the contracts (run `make deps`)")
    if not (CONTRACTS / "node_modules" / "solc").is_dir():
        pytest.skip("resources/contracts/node_modules is missing (run `make deps`)")
    return subprocess.run(
        [node, "build.js", str(out)],
        cwd=CONTRACTS,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


def test_recompiled_artifacts_match_committed_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "artifacts"
    done = _build(out)
    assert done.returncode == 0, done.stderr
    fresh = sorted(p.name for p in out.glob("*.json"))
    committed = sorted(p.name for p in ARTIFACTS_DIR.glob("*.json"))
    assert fresh == committed
    for name in fresh:
        assert (out / name).read_bytes() == (ARTIFACTS_DIR / name).read_bytes(), (
            f"{name} differs from a fresh build: run `make contracts` and commit the artifacts"
        )


def test_build_fails_loudly_on_a_compiler_error(tmp_path: Path) -> None:
    # A copy of the build script over a broken source tree: the real tree is never touched.
    work = tmp_path / "contracts"
    (work / "src").mkdir(parents=True)
    shutil.copy(CONTRACTS / "build.js", work / "build.js")
    (work / "node_modules").symlink_to(CONTRACTS / "node_modules")
    (work / "src" / "Broken.sol").write_text("pragma solidity ^0.8.24; contract Broken { x }\n")
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    done = subprocess.run(
        [node, "build.js", str(tmp_path / "out")],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode != 0
    assert "compilation failed" in done.stderr
    assert not (tmp_path / "out").exists()


def test_every_deployable_contract_has_a_well_formed_artifact() -> None:
    assert set(available_artifacts()) >= DEPLOYABLE
    for name in DEPLOYABLE:
        artifact = load_artifact(name)
        assert artifact.name == name
        assert artifact.bytecode.startswith("0x") and len(artifact.bytecode) > 2
        # EIP-170: a runtime above 24,576 bytes could not be deployed on a real network.
        assert len(artifact.deployed_bytecode) // 2 - 1 <= 24_576
        assert artifact["abi"] is artifact.abi


def test_artifacts_hold_exactly_the_published_fields() -> None:
    for path in ARTIFACTS_DIR.glob("*.json"):
        text = path.read_text(encoding="utf-8")
        assert text.endswith("}\n")
        fields = ["abi", "bytecode", "contractName", "deployedBytecode", "immutableReferences"]
        assert list(json.loads(text)) == fields


def test_a_deployed_contract_is_recognised_by_its_code_whatever_its_immutables_hold(
    env: Env,
) -> None:
    """The powers view labels a contract by its code: the token's immutables (its stablecoin,
    its registry) differ per deployment and are masked; any other byte makes it another build."""
    token = load_artifact("ProfitShareToken")
    assert token.immutables  # solc said where they are
    code = env.chain.w3.eth.get_code(env.store.token).to_0x_hex()
    assert code != token.deployed_bytecode and token.is_runtime_of(code)
    assert not load_artifact("OfferingSale").is_runtime_of(code)
    start = token.immutables[-1][0] + 32  # the first byte after the last immutable
    other = code[: 2 + 2 * start] + f"{int(code[2 + 2 * start], 16) ^ 1:x}" + code[3 + 2 * start :]
    assert not token.is_runtime_of(other) and not token.is_runtime_of(code[:-2])


@pytest.mark.parametrize("name", ["NoSuchContract", "../etc/passwd", ""])
def test_unknown_or_malformed_names_raise_a_typed_error(name: str) -> None:
    with pytest.raises(ArtifactError):
        load_artifact(name)
