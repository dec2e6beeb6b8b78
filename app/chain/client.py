"""Connecting to a network: one HTTP provider, the chain id checked against the profile."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from eth_typing import ChecksumAddress
from eth_utils import to_checksum_address
from web3 import Web3
from web3.contract import Contract
from web3.types import RPCEndpoint

from app.chain.artifacts import load_artifact
from app.chain.errors import BadRpcResponse, ChainError, ChainIdMismatch, RpcError
from app.chain.provider import RpcProvider
from app.config.profiles import NetworkProfile

log = logging.getLogger(__name__)
K = TypeVar("K")
V = TypeVar("V")


class ChainClient:
    """A checked connection to one chain. Thread-safe for reads (requests' session pool)."""

    def __init__(self, profile: NetworkProfile, provider: RpcProvider) -> None:
        self.profile = profile
        self.provider = provider
        # No default middleware: no hidden eth_chainId calls, no ENS, plain dict answers.
        self.w3 = Web3(provider, middleware=[])
        self.chain_id = profile.chain_id
        self._contracts: dict[tuple[str, str], Contract] = {}  # (artifact, address) -> handle
        self._factories: dict[str, type[Contract]] = {}  # artifact name -> its handle class
        self._lock = threading.Lock()

    @property
    def round_trips(self) -> int:
        """HTTP round trips made so far (retries included), for tests and benches."""
        return self.provider.round_trips

    def rpc(self, method: str, params: list[Any] | None = None) -> Any:
        """One raw JSON-RPC call; the node's error answer becomes `RpcError`."""
        response = self.provider.make_request(RPCEndpoint(method), params or [])
        return unwrap(method, response)

    def ensure_chain_id(self) -> None:
        """Ask the node (never a cache) which chain it serves; refuse a mismatch."""
        actual = parse_quantity(self.rpc("eth_chainId"), "eth_chainId")
        if actual != self.profile.chain_id:
            raise ChainIdMismatch(self.profile.chain_id, actual)

    def block_number(self) -> int:
        return parse_quantity(self.rpc("eth_blockNumber"), "eth_blockNumber")

    def balance(self, address: str, block: str = "latest") -> int:
        return parse_quantity(self.rpc("eth_getBalance", [address, block]), "eth_getBalance")

    def has_code(self, address: str) -> bool:
        code = self.rpc("eth_getCode", [address, "latest"])
        return isinstance(code, str) and len(code) > 2

    def contract(self, name: str, address: str) -> Contract:
        """A contract handle with the ABI from its build artifact, made once per (name, address):
        web3 builds a handle by walking its whole ABI (12 ms for a token here), and the Portfolio's
        powers read five handles per store on every refresh (1,000 for 200 holdings, 4 s of a
        worker holding the GIL while the GUI thread waited for it). A handle is immutable: its
        calls are made afresh each time. The class web3 makes from an ABI (7 of the 12 ms) is
        made once per artifact: the first refresh's 1,000 handles share five."""
        key = (name, checksum(address))

        def handle() -> Contract:
            factory = self._once(
                self._factories, name, lambda: self.w3.eth.contract(abi=load_artifact(name).abi)
            )
            return factory(address=key[1])

        return self._once(self._contracts, key, handle)

    def _once(self, made: dict[K, V], key: K, make: Callable[[], V]) -> V:
        """`made[key]`, made by `make` the first time (outside the lock: two threads may both
        make it, and the first one stored is the one every caller gets)."""
        with self._lock:
            found = made.get(key)
        if found is None:
            fresh = make()
            with self._lock:
                found = made.setdefault(key, fresh)
        return found

    def close(self) -> None:
        self.provider.close()


def connect(
    profile: NetworkProfile, *, timeout: float = 10.0, retries: int = 3, backoff: float = 0.2
) -> ChainClient:
    """Connect to the profile's RPC URL and check its chain id before anything else."""
    if not profile.rpc_url:
        raise ChainError("chain.no_rpc_url", profile=profile.name)
    provider = RpcProvider(profile.rpc_url, timeout=timeout, retries=retries, backoff=backoff)
    client = ChainClient(profile, provider)
    try:
        client.ensure_chain_id()
    except BaseException:
        client.close()
        raise
    return client


def unwrap(method: str, response: Any) -> Any:
    if not isinstance(response, dict):
        raise BadRpcResponse(method=method)
    error = response.get("error")
    if error is not None:
        if isinstance(error, dict):
            raise RpcError(
                method, error.get("code"), str(error.get("message", "")), error.get("data")
            )
        raise RpcError(method, None, str(error))
    if "result" not in response:
        raise BadRpcResponse(method=method)
    return response["result"]


def parse_quantity(value: Any, what: str) -> int:
    """A JSON-RPC hex quantity, validated (an RPC answer is external input)."""
    if isinstance(value, str) and value.startswith("0x") and 2 < len(value) <= 66:
        try:
            return int(value, 16)
        except ValueError:
            pass
    raise BadRpcResponse("chain.bad_number", method=what, value=f"{value!r:.40}")


def checksum(address: str) -> ChecksumAddress:
    try:
        return to_checksum_address(address)
    except ValueError as error:
        raise ChainError("chain.bad_address", value=f"{address!r:.50}") from error
