"""The sandbox's services, each with start/stop and the lines it announces.

`python main.py sandbox` starts them in order, prints every service's lines, and stops them in
reverse order. The chain (anvil, contracts, demo accounts) is one more Service
printing `rpc: ...`, the registry and its accounts (app.sandbox.chain).
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from pathlib import Path
from typing import Protocol

import uvicorn
from fastapi import FastAPI

from app.sandbox.api import create_app
from app.sandbox.bank.api import create_bank_app
from app.sandbox.bank.bank import SandboxBank
from app.sandbox.business_day import BusinessDay
from app.sandbox.launcher import SandboxStartError
from app.sandbox.world import SandboxWorld

log = logging.getLogger(__name__)
LOOPBACK = "127.0.0.1"


class Service(Protocol):
    name: str

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def lines(self) -> list[str]:
        """`key: value` lines to announce once started (URLs, tokens, demo accounts)."""
        ...


class HttpService:
    """A FastAPI app on a loopback port (0 = a free one), served by uvicorn in a thread."""

    def __init__(self, name: str, app: FastAPI, port: int = 0) -> None:
        self.name, self.app, self.requested_port = name, app, port
        self.port = 0
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"

    def start(self, timeout: float = 15.0) -> None:
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets that say so, and
        # without it every small answer waits ~40 ms for a delayed ACK (Nagle).
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((LOOPBACK, self.requested_port))
        self.port = sock.getsockname()[1]
        # asyncio and h11 by name: "auto" would switch to uvloop/httptools whenever some
        # package happens to install them, and the servers' behaviour with them.
        config = uvicorn.Config(
            self.app, loop="asyncio", http="h11", log_level="warning", access_log=False,
            lifespan="off",
        )  # fmt: skip
        self._server = server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name=f"sandbox-{self.name}", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise SandboxStartError(f"sandbox.{self.name}_slow", "", url=self.url)
            time.sleep(0.02)

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    def lines(self) -> list[str]:
        return [f"{self.name}: {self.url}"]


class ApiService(HttpService):
    """The platform's REST server."""

    def __init__(self, world: SandboxWorld, token: str, port: int = 0) -> None:
        super().__init__("api", create_app(world, token), port)
        self.world, self.token = world, token

    def lines(self) -> list[str]:
        return [f"api: {self.url}", f"token: {self.token}"]


class BankService(HttpService):
    """The programmable bank's REST server (same token as the platform's, in the sandbox)."""

    def __init__(self, bank: SandboxBank, token: str) -> None:
        super().__init__("bank", create_bank_app(bank, token))
        self.bank = bank

    def stop(self) -> None:
        super().stop()
        self.bank.close()


class SimClock:
    """Runs one business day every `day_seconds`: the platform API publishes it, the bank books
    and sweeps it, the chain routes it (see app.sandbox.business_day)."""

    name = "clock"

    def __init__(self, day: BusinessDay, day_seconds: float) -> None:
        self.day, self.world, self.day_seconds = day, day.world, day_seconds
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="sandbox-clock", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stopping.wait(self.day_seconds):
            try:
                if not self.day.advance():
                    log.info(
                        "the sandbox calendar ends on %s; time stands still", self.world.sim_date
                    )
                    return
            except Exception:  # a failed tick must not kill the clock; the next one retries
                log.exception("could not advance the sandbox day")

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def lines(self) -> list[str]:
        return []


class Warmer:
    """Computes today's merchant list in the background so the first list request is quick."""

    name = "warmer"

    def __init__(self, world: SandboxWorld) -> None:
        self.world = world

    def start(self) -> None:
        threading.Thread(target=self._warm, name="sandbox-warm", daemon=True).start()

    def _warm(self) -> None:
        try:
            self.world.summaries()
        except Exception:
            log.exception("warming the merchant list failed")

    def stop(self) -> None:
        pass

    def lines(self) -> list[str]:
        return []


def sandbox_services(
    world: SandboxWorld,
    token: str,
    *,
    port: int = 0,
    day_seconds: float = 5.0,
    chain_dir: Path | None = None,
    bank_dir: Path | None = None,
    reset: bool = False,
) -> list[Service]:
    """In start order: the platform API, the bank, with `chain_dir` the chain (anvil, contracts,
    demo accounts, its files kept there), then the business day (the bank books and the chain
    routes what happened while the sandbox was stopped) and the clock that runs the next days.
    Everything before the clock starts from a still sim date."""
    bank = SandboxBank(world, bank_dir or world.store.path.parent.parent, reset=reset)
    services: list[Service] = [
        ApiService(world, token, port),
        Warmer(world),
        BankService(bank, token),
    ]
    chain = None
    if chain_dir is not None:
        from app.sandbox.chain import ChainService
        from app.sandbox.market_seed import MarketService

        chain = ChainService(world, chain_dir, reset=reset)
        services += [chain, MarketService(world, chain)]  # the market quotes on the chain
    day = BusinessDay(world, bank, chain)
    services += [day, SimClock(day, day_seconds)]
    return services
