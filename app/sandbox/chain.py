"""The sandbox chain: anvil on a free loopback port, the platform deployed and seeded from the
REST world, kept on disk across restarts; from the bank's start the on-ramp that routes each
business day's sweep (app.sandbox.business_day).

Start-up:
- fresh (no record, or `--reset`): start anvil with its genesis a week before the first offering,
  replay the world's history (chain_plan + chain_seed), write the offerings' token and sale
  addresses into the REST world, save anvil's state, then the record.
- restart: load the saved state into anvil, check that it holds the recorded deployment, resume
  chain time where it stopped; the business day then routes the sweeps the bank made meanwhile.
- the REST world regenerated itself (other seed or merchant count): seed afresh, as it did.
- the record or state is damaged, or the state holds another deployment: refuse, and say that
  `--reset` starts afresh. Nothing is deleted without being asked: the user may have made
  transactions of their own in the sandbox.

Time: history carries the dates of the REST data (purchases in the offering windows, routing of
the months before the bank went live on each report's publication day, distributions in the days
after), ending on the sim date. From then on chain time runs at wall-clock pace while the sandbox
runs and stands still while it is stopped. It does not follow the faster sim clock (a day every
few seconds): proposal expiries, KYC expiries, sale deadlines and the minimum interval between
distributions are promises in real time, and a pending proposal would otherwise expire within a
minute. Each business day's routing is a transaction like any other, mined at chain time; the bank
statement says which business day it belongs to (the sweep's value date, beside the tx hash).
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from eth_typing import HexStr
from web3.contract import Contract

from app.chain.client import ChainClient, connect, parse_quantity
from app.chain.deploy import DeployError, PlatformAddresses
from app.chain.devnode import AnvilNode
from app.chain.errors import ChainError
from app.chain.registry import discover
from app.config.profiles import SANDBOX
from app.errors import Phrase
from app.sandbox.chain_plan import (
    ROLES,
    SANDBOX_CHAIN_ID,
    SANDBOX_MNEMONIC,
    build_plan,
    demo_accounts,
    local_account,
)
from app.sandbox.chain_seed import DevSender, Seeder
from app.sandbox.chain_state import ChainFiles, ChainRecord, SandboxChainError
from app.sandbox.world import SandboxWorld
from app.storage.files import atomic_write
from app.treasury.signature_store import decisions_from_json, decisions_json

log = logging.getLogger(__name__)
SHOWN_ROLES = tuple(r for r in ROLES if r != "platform-fee")
SIGNATURES_FILE = "treasury-signatures.json"  # the open proposals' signed approvals
SAFE_FILE = "treasury-safe.txt"  # the address of the Safe 1.4.1 that approves (2 of 3 owners)


def world_key(world: SandboxWorld) -> dict[str, str]:
    meta = world.store.get_meta()
    return {key: meta.get(key, "") for key in ("format", "seed", "merchants")}


class ChainService:
    """The sandbox's chain as a Service: `start()`, `stop()`, `lines()`."""

    name = "chain"

    def __init__(
        self,
        world: SandboxWorld,
        directory: Path,
        *,
        reset: bool = False,
        dump_seconds: float = 5.0,
        poll_seconds: float = 1.0,
    ) -> None:
        self.world = world
        self.files = ChainFiles(directory)
        self.reset = reset
        self.dump_seconds = dump_seconds
        self.poll_seconds = poll_seconds
        self.node: AnvilNode | None = None
        self.client: ChainClient | None = None
        self.record: ChainRecord | None = None
        self.fresh = False  # seeded in this start (not loaded)
        self.timings: dict[str, float] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._dumped_block = -1
        self._platform_sender: DevSender | None = None

    # -- Service ---------------------------------------------------------------------------
    def start(self) -> None:
        began = time.perf_counter()
        record = self._usable_record()
        try:
            if record is None:
                self.record = self._seed_fresh()
            else:
                self.record = self._load(record)
            self._publish_addresses()
            self.dump()
            if self.fresh:
                self.files.write_record(self.record)
        except BaseException:
            self._stop_node()
            raise
        self.timings["start"] = time.perf_counter() - began
        log.info(
            "sandbox chain %s in %.1f s (%s)",
            f"deployed and seeded {len(self.record.stores)} stores" if self.fresh else "loaded",
            self.timings["start"],
            ", ".join(f"{k} {v:.1f} s" for k, v in self.timings.items() if k != "start"),
        )
        self._thread = threading.Thread(target=self._follow, name="sandbox-chain", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
        try:
            if self.node is not None and self.client is not None:
                self.dump()
        except (ChainError, OSError) as error:
            if self.node is not None and self.node.process.poll() is not None:
                # A Ctrl-C in a terminal reaches anvil too; it saved its own dump on the way out.
                log.info("anvil stopped first; its own state dump will be loaded next time")
            else:
                log.warning("could not save the sandbox chain state at stop: %s", error)
        finally:
            self._stop_node()

    def lines(self) -> list[str]:
        assert self.node is not None and self.record is not None
        accounts = demo_accounts()
        shown = [accounts[role] for role in SHOWN_ROLES]
        return [
            f"rpc: {self.node.url}",
            f"chain-id: {SANDBOX_CHAIN_ID}",
            f"registry: {self.record.platform.registry}",
            f"treasury-signatures: {self.files.directory / SIGNATURES_FILE}",
            f"treasury-safe: {self._safe_address()}",
            *(f"account: {a.role} {a.address} {a.path}" for a in shown),
            "note: sandbox only: the accounts come from a public test mnemonic; "
            "never send real funds to them",
            f"mnemonic: {SANDBOX_MNEMONIC}",
        ]

    def _safe_address(self) -> str:
        try:
            return (self.files.directory / SAFE_FILE).read_text().strip()
        except OSError:
            return "none (an older sandbox: start it with --reset to deploy one)"

    @property
    def rpc_url(self) -> str:
        assert self.node is not None
        return self.node.url

    @property
    def platform(self) -> PlatformAddresses:
        assert self.record is not None
        return self.record.platform

    def contract(self, name: str, address: str) -> Contract:
        return self._sender().contract(name, address)

    # -- start-up --------------------------------------------------------------------------
    def _usable_record(self) -> ChainRecord | None:
        if self.reset:
            self.files.remove()
        record = self.files.read_record()
        if record is not None and record.world != world_key(self.world):
            log.warning("the REST data was generated afresh; deploying the sandbox chain afresh")
            self.files.remove()
            return None
        if record is None:
            if self.files.state.exists() or self.files.exit_state.exists():
                # The record is written last: without it the first seeding never finished.
                log.warning("the sandbox chain's first start did not finish; deploying afresh")
            self.files.remove()
        return record

    def _start_node(self, args: list[str]) -> ChainClient:
        # FIFO: when several transactions share a block, they run in the order they were sent.
        self.node = AnvilNode.start(
            chain_id=SANDBOX_CHAIN_ID,
            extra_args=["--order", "fifo", "--dump-state", str(self.files.exit_state), *args],
        )
        self.client = connect(SANDBOX.with_endpoints(rpc_url=self.node.url), timeout=60)
        return self.client

    def _seed_fresh(self) -> ChainRecord:
        began = time.perf_counter()
        plan = build_plan(self.world)
        client = self._start_node(["--timestamp", str(plan.start)])
        self.timings["anvil"] = time.perf_counter() - began
        seeded = time.perf_counter()
        seeder = Seeder(client, plan)
        try:
            platform, stores = seeder.seed()
        except DeployError as error:
            raise SandboxChainError("sandbox.seed_failed", cause=error) from None
        # The open proposals' approvals are signatures, not transactions: kept beside the chain
        # for the platform's API to serve (app.treasury.signature_store's JSON).
        atomic_write(self.files.directory / SIGNATURES_FILE, decisions_json(seeder.signed).encode())
        atomic_write(self.files.directory / SAFE_FILE, seeder.safe.encode())
        self.timings["seed"] = time.perf_counter() - seeded
        self.fresh = True
        return ChainRecord(world_key(self.world), platform, stores, self.timings["seed"])

    def _load(self, record: ChainRecord) -> ChainRecord:
        self._dumped_block = self.files.check_state()  # saved as it is: no need to save again
        began = time.perf_counter()
        try:
            client = self._start_node(["--load-state", str(self.files.state)])
        except ChainError as error:
            raise SandboxChainError(
                "sandbox.state_unloadable", path=str(self.files.state), cause=error
            ) from None
        self.timings["anvil"] = time.perf_counter() - began
        self._check_deployment(client, record)
        # Resume chain time where it stopped (anvil would jump to the wall clock).
        latest = client.rpc("eth_getBlockByNumber", ["latest", False])
        client.rpc("evm_setTime", [parse_quantity(latest["timestamp"], "timestamp") + 1])
        return record

    def _check_deployment(self, client: ChainClient, record: ChainRecord) -> None:
        problem: object = None
        try:
            deployment = discover(client, record.platform.registry)
            for offering_id, expected in record.stores.items():
                found = deployment.store(expected.store_id)
                if (found.token, found.router, found.sale) != (
                    expected.token,
                    expected.router,
                    expected.sale,
                ):
                    problem = Phrase("sandbox.store_differs", offering=offering_id)
        except ChainError as error:
            problem = error  # rendered in the sentence's language
        if problem is not None:
            raise SandboxChainError(
                "sandbox.state_mismatch",
                path=str(self.files.state),
                record=str(self.files.record),
                cause=problem,
            )

    def _publish_addresses(self) -> None:
        """Let `/v1/offerings` show where each offering's token and sale live."""
        assert self.record is not None
        from app.sandbox.signatures_api import book_of  # posted signatures are checked here

        assert self.client is not None
        book = book_of(self.world)
        book.link(self.client, self.record.platform.treasury)
        if self.fresh:  # a chain seeded anew has none of the old chain's signatures
            book.forget()
        seeded = self.files.directory / SIGNATURES_FILE
        if seeded.exists():  # the seeded proposals' approvals, served like any posted ones
            book.add_seeded(decisions_from_json(seeded.read_text(encoding="utf-8")))
        for offering in self.world.offerings().items:
            store = self.record.stores.get(offering.id)
            if store is None:
                continue
            if (offering.token_address, offering.sale_address) != (store.token, store.sale):
                self.world.set_offering_addresses(offering.id, store.token, store.sale)

    def _sender(self) -> DevSender:
        assert self.client is not None
        if self._platform_sender is None:
            self._platform_sender = DevSender(self.client, local_account(0))
        return self._platform_sender

    # -- while running ---------------------------------------------------------------------
    def route_sweep(self, offering_id: str, units: int, what: str) -> str:
        """The on-ramp: mint a bank sweep's `units` to the store's router and route them.
        Returns the hash of the routing transaction (its Routed event), which the bank books as
        the sweep's reference. Sent without a gas estimate (anvil mines each at once; the
        receipt is checked): a fresh start routes a month of days for every store."""
        assert self.record is not None and self.client is not None
        store = self.record.stores[offering_id]
        coin = self.contract("SandboxStablecoin", self.platform.stablecoin).functions
        router = self.contract("RevenueRouter", store.router).functions
        sender = self._sender()
        with self._lock:
            sender.queue(coin.mint(store.router, units), f"{what}: mint")
            routed = sender.queue(router.route(), f"{what}: route")
            receipt = self.client.w3.eth.wait_for_transaction_receipt(
                HexStr(routed.tx_hash), timeout=30, poll_latency=0.002
            )
        if receipt["status"] != 1:
            raise SandboxChainError("sandbox.routing_failed", what=what, tx_hash=routed.tx_hash)
        return str(routed.tx_hash).lower()

    def has_transaction(self, tx_hash: str) -> bool:
        assert self.client is not None
        return self.client.rpc("eth_getTransactionReceipt", [tx_hash]) is not None

    def dump(self) -> None:
        """Save anvil's state atomically (when a block was mined since the last save)."""
        assert self.client is not None
        with self._lock:
            block = self.client.block_number()
            if block == self._dumped_block:
                return
            began = time.perf_counter()
            self.files.write_state(self.client.rpc("anvil_dumpState"))
            self._dumped_block = block
            self.timings["dump"] = time.perf_counter() - began

    def _follow(self) -> None:
        last_dump = time.monotonic()
        while not self._stopping.wait(self.poll_seconds):
            try:
                if time.monotonic() - last_dump >= self.dump_seconds:
                    last_dump = time.monotonic()
                    self.dump()
            except Exception:  # one failed round must not stop the follower; the next retries
                log.exception("could not save the sandbox chain's state")

    def _stop_node(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.node is not None:
            self.node.stop()
