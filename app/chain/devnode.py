"""A local anvil process on a free loopback port, for the sandbox, tests and benches."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from typing import IO, Any

import requests

from app.chain.errors import ChainUnavailable
from app.resources import resource_path

HARDFORK = "prague"  # the same evmVersion the contracts are compiled for


def anvil_binary() -> str:
    """The native anvil binary. npm's `.bin/anvil` is a node shim that spawns it as a child; a
    killed shim would leave the real node running, so the native one is preferred. The frozen
    app carries its own copy under resources/bin (packaging/pst-desk.spec)."""
    frozen = resource_path("bin", "anvil.exe" if os.name == "nt" else "anvil")
    if os.access(frozen, os.X_OK):
        return str(frozen)
    modules = resource_path("contracts", "node_modules")
    for native in sorted(modules.glob("@foundry-rs/anvil-*/bin/anvil")):
        if os.access(native, os.X_OK):
            return str(native)
    bundled = modules / ".bin" / "anvil"
    if bundled.exists():
        return str(bundled)
    found = shutil.which("anvil")
    if not found:
        raise ChainUnavailable("chain.anvil_missing")
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class AnvilNode:
    """`AnvilNode.start()` -> a running anvil; `stop()` (SIGTERM) or `kill()` (SIGKILL)."""

    def __init__(self, process: subprocess.Popen[bytes], port: int, args: list[str]) -> None:
        self.process = process
        self.port = port
        self.args = args
        self.url = f"http://127.0.0.1:{port}"
        self._errors: IO[bytes] | None = None
        self._states: str | None = None

    @classmethod
    def start(
        cls,
        port: int | None = None,
        *,
        chain_id: int = 31337,
        extra_args: list[str] | None = None,
        wait: float = 20.0,
    ) -> AnvilNode:
        port = port or free_port()
        args = [
            anvil_binary(),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--hardfork",
            HARDFORK,
            "--chain-id",
            str(chain_id),
            # anvil spills old states to ~/.foundry/anvil/tmp (GBs on long runs), and nodes that
            # had ended left them there for good: keep them in a folder we remove at the end.
            "--cache-path",
            states := tempfile.mkdtemp(prefix="pst-anvil-states-"),
            "--silent",
            *(extra_args or []),
        ]
        # stderr to a file, not a pipe: an unread pipe fills up and would stall a long-lived node.
        errors = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the node; closed in stop()
        process = subprocess.Popen(
            args, stdout=subprocess.DEVNULL, stderr=errors, env={**os.environ}
        )
        node = cls(process, port, args)
        node._errors = errors
        node._states = states
        node._wait_ready(wait)
        return node

    def _wait_ready(self, wait: float) -> None:
        deadline = time.monotonic() + wait
        body: dict[str, Any] = {"jsonrpc": "2.0", "id": 1, "method": "eth_chainId", "params": []}
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                tail = self._stderr_tail()
                self._close_errors()
                raise ChainUnavailable("chain.anvil_exited", detail=tail)
            try:
                if requests.post(self.url, json=body, timeout=1).ok:
                    return
            except requests.RequestException:
                time.sleep(0.05)
        self.kill()
        raise ChainUnavailable("chain.anvil_slow", seconds=f"{wait:g}")

    def _stderr_tail(self) -> str:
        if self._errors is None:
            return ""
        self._errors.seek(0)
        return self._errors.read().decode(errors="replace")[-500:]

    def restart(self) -> AnvilNode:
        """Start a new anvil with the same arguments on the same port (after stop or kill)."""
        return AnvilNode.start(self.port, extra_args=self.args[self.args.index("--silent") + 1 :])

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(10)
        self._close_errors()

    def _close_errors(self) -> None:
        """Release the node's files once it has exited: its stderr log and spilled states."""
        if self._errors is not None:
            self._errors.close()
            self._errors = None
        if self._states is not None:
            shutil.rmtree(self._states, ignore_errors=True)
            self._states = None

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
        self._close_errors()

    def __enter__(self) -> AnvilNode:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
