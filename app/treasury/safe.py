"""A Safe (1.4.1) as a treasury approver: its owners sign, the Safe answers EIP-1271.

The Safe's own build artifacts come from the npm package `@safe-global/safe-contracts` (pinned in
resources/contracts/package.json): the singleton `Safe`, `SafeProxyFactory` and
`CompatibilityFallbackHandler`, never compiled by us. A treasury approval by a Safe is the
treasury's EIP-712 digest (app.treasury.typed_approval.digest) signed by `threshold` owners as a
Safe message: the fallback handler's `isValidSignature(bytes32, bytes)` hashes the digest into
`getMessageHashForSafe` and checks the owners' signatures (sorted by owner, r ‖ s ‖ v each).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from eth_abi import encode as abi_encode
from eth_utils import keccak, to_checksum_address
from web3.exceptions import Web3Exception
from web3.logs import DISCARD

from app import json_input
from app.chain.client import ChainClient, checksum
from app.chain.deploy import LocalSender
from app.chain.errors import ChainError
from app.resources import resource_path
from app.treasury.errors import TreasuryError
from app.treasury.typed_approval import (
    Message,
    SignedDecision,
    TypedDataSigner,
    digest,
    recover_digest,
)

SAFE_VERSION = "1.4.1"
PACKAGE = ("contracts", "node_modules", "@safe-global", "safe-contracts")
ARTIFACTS_FOLDER = (*PACKAGE, "build", "artifacts", "contracts")
# The only files of the package the app reads (the frozen build ships exactly these).
ARTIFACTS = {
    "Safe": "Safe.sol/Safe.json",
    "SafeProxyFactory": "proxies/SafeProxyFactory.sol/SafeProxyFactory.json",
    "CompatibilityFallbackHandler": (
        "handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler.json"
    ),
}
ZERO = "0x" + "00" * 20
DOMAIN_TYPEHASH = keccak(text="EIP712Domain(uint256 chainId,address verifyingContract)")
SAFE_MSG_TYPEHASH = keccak(text="SafeMessage(bytes message)")


@dataclass(frozen=True)
class SafeArtifact:
    name: str
    abi: list[dict[str, Any]]
    bytecode: str


@cache
def safe_artifact(name: str) -> SafeArtifact:
    """One of the Safe package's bundled build artifacts (hardhat format)."""
    path = resource_path(*ARTIFACTS_FOLDER, ARTIFACTS[name])
    try:
        raw = json_input.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise TreasuryError("treasury.safe_artifacts", path=str(path)) from None
    return SafeArtifact(name, raw["abi"], raw["bytecode"])


@dataclass(frozen=True)
class SafeDeployment:
    """The Safe singleton, proxy factory and fallback handler on one chain."""

    singleton: str
    factory: str
    fallback_handler: str


@dataclass(frozen=True)
class SafeInfo:
    address: str
    owners: tuple[str, ...]
    threshold: int
    version: str


def _deploy(sender: LocalSender, name: str) -> str:
    artifact = safe_artifact(name)
    factory = sender.w3.eth.contract(abi=artifact.abi, bytecode=artifact.bytecode)
    receipt = sender.send(factory.constructor(), what=f"deploy {name} {SAFE_VERSION}")
    address = receipt["contractAddress"]
    assert address is not None
    return to_checksum_address(address)


def deploy_safe_contracts(sender: LocalSender) -> SafeDeployment:
    """Deploy the Safe 1.4.1 singleton, proxy factory and fallback handler (dev chains)."""
    return SafeDeployment(
        _deploy(sender, "Safe"),
        _deploy(sender, "SafeProxyFactory"),
        _deploy(sender, "CompatibilityFallbackHandler"),
    )


def deploy_safe(
    sender: LocalSender,
    contracts: SafeDeployment,
    owners: Sequence[str],
    threshold: int,
    salt_nonce: int = 0,
) -> str:
    """A Safe proxy with these owners and threshold (and the compatibility fallback handler,
    which answers EIP-1271); its address."""
    safe = sender.w3.eth.contract(abi=safe_artifact("Safe").abi)
    setup = safe.encode_abi(
        "setup",
        [
            [checksum(o) for o in owners],
            threshold,
            ZERO,
            b"",
            contracts.fallback_handler,
            ZERO,
            0,
            ZERO,
        ],
    )
    factory = sender.w3.eth.contract(
        address=to_checksum_address(contracts.factory), abi=safe_artifact("SafeProxyFactory").abi
    )
    call = factory.functions.createProxyWithNonce(
        contracts.singleton, bytes.fromhex(setup[2:]), salt_nonce
    )
    receipt = sender.send(call, what="create a Safe")
    (created,) = factory.events.ProxyCreation().process_receipt(receipt, errors=DISCARD)
    return to_checksum_address(created["args"]["proxy"])


def safe_info(client: ChainClient, safe: str) -> SafeInfo:
    """The Safe's owners, threshold and version, as the chain says now."""
    contract = client.w3.eth.contract(address=checksum(safe), abi=safe_artifact("Safe").abi)
    f = contract.functions
    owners = tuple(checksum(o) for o in f.getOwners().call())
    return SafeInfo(checksum(safe), owners, int(f.getThreshold().call()), str(f.VERSION().call()))


def safe_of(client: ChainClient, address: str) -> SafeInfo | None:
    """The Safe at an approver's address, None for a key or a contract that is not a Safe."""
    if not client.has_code(checksum(address)):
        return None
    try:
        return safe_info(client, address)
    except (ChainError, ValueError, Web3Exception):
        return None


def safe_domain_separator(chain_id: int, safe: str) -> bytes:
    return keccak(abi_encode(["bytes32", "uint256", "address"], [DOMAIN_TYPEHASH, chain_id, safe]))


def safe_message_hash(chain_id: int, safe: str, treasury_digest: bytes) -> bytes:
    """What the Safe's owners sign for a treasury digest: the fallback handler's
    getMessageHashForSafe(safe, abi.encode(digest))."""
    inner = keccak(abi_encode(["bytes32", "bytes32"], [SAFE_MSG_TYPEHASH, keccak(treasury_digest)]))
    return keccak(b"\x19\x01" + safe_domain_separator(chain_id, checksum(safe)) + inner)


def safe_typed_data(chain_id: int, safe: str, treasury_digest: bytes) -> dict[str, Any]:
    """The same Safe message as EIP-712 typed data, for an owner whose signer signs typed data
    (a keystore, a Ledger): its hash is `safe_message_hash`."""
    return {
        "types": {
            "EIP712Domain": [
                {"name": "chainId", "type": "uint256"},
                {"name": "verifyingContract", "type": "address"},
            ],
            "SafeMessage": [{"name": "message", "type": "bytes"}],
        },
        "domain": {"chainId": chain_id, "verifyingContract": checksum(safe)},
        "primaryType": "SafeMessage",
        "message": {"message": "0x" + treasury_digest.hex()},
    }


def safe_signature(owner_signatures: Mapping[str, bytes]) -> bytes:
    """The Safe's EIP-1271 signature: the owners' 65-byte ECDSA signatures of the Safe message,
    sorted by owner address ascending and concatenated (r ‖ s ‖ v, v 27/28)."""
    parts = []
    for owner in sorted(owner_signatures, key=lambda a: int(a, 16)):
        signature = owner_signatures[owner]
        if len(signature) != 65:
            raise TreasuryError("treasury.bad_signature")
        v = signature[64]
        parts.append(signature[:64] + bytes([v + 27 if v < 27 else v]))
    return b"".join(parts)


def safe_signers(chain_id: int, safe: str, treasury_digest: bytes, signature: bytes) -> list[str]:
    """The owners whose ECDSA signatures (v 27/28) a Safe's EIP-1271 signature carries, in its
    order; parts of other kinds (a contract owner, a pre-approved hash, eth_sign) are skipped:
    whoever they are, the Safe itself checked them."""
    message = safe_message_hash(chain_id, safe, treasury_digest)
    found = []
    for start in range(0, len(signature) - 64, 65):
        part = signature[start : start + 65]
        if part[64] not in (27, 28):
            continue
        try:
            found.append(recover_digest(message, part))
        except TreasuryError:  # an invalid part: the Safe would have refused it
            continue
    return found


def sign_as_safe(
    message: Message,
    chain_id: int,
    treasury: str,
    safe: str,
    owners: Sequence[TypedDataSigner],
    signed_at: int,
) -> SignedDecision:
    """The Safe's signed decision: each owner signs the Safe message of the treasury digest as
    typed data (any signer: keystore, air-gapped, Ledger), joined into the EIP-1271 signature."""
    typed = safe_typed_data(chain_id, safe, digest(message, chain_id, treasury))
    signatures: dict[str, bytes] = {checksum(o.address): o.sign_typed_data(typed) for o in owners}
    return SignedDecision(message, checksum(safe), safe_signature(signatures), "safe", signed_at)
