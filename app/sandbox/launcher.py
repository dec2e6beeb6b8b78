"""Start `python main.py sandbox` as a child process and learn where its services listen.

Used by tests (tests/fixtures/sandbox.py) and by the GUI's sandbox mode: the child prints
`key: value` lines (api, token, rpc, chain-id, registry, one `account: ROLE ADDRESS PATH` per demo
account, mnemonic) and ends them with `ready: yes`; start() returns once that end and the required
keys have appeared, or raises SandboxStartError with the tail of the child's stderr.
"""

from __future__ import annotations

import collections
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import IO

from app.errors import AppError
from app.resources import SOURCE_ROOT, is_frozen

MAIN = SOURCE_ROOT / "main.py"
REQUIRED_KEYS = ("api", "token", "bank")
CHAIN_KEYS = ("rpc", "registry")
NO_CHAIN = "--no-chain"
_STDERR_TAIL = 40


class SandboxStartError(AppError, RuntimeError):
    """The sandbox did not come up; the sentence says why and quotes the end of its stderr (all
    of the tail is kept in `stderr` for the log)."""

    code = "sandbox.exited"

    def __init__(self, code: str, stderr: str, **params: object) -> None:
        lines = [line.strip() for line in stderr.splitlines() if line.strip()]
        last = " | ".join(lines[-3:])
        super().__init__(code, stderr=last if len(last) <= 280 else "…" + last[-279:], **params)
        self.stderr = stderr


class SandboxProcess:
    def __init__(self, process: subprocess.Popen[str]) -> None:
        self._process = process
        self.lines: dict[str, str] = {}  # the last value of each key
        self.accounts: dict[str, str] = {}  # demo account role -> address
        self._stderr: collections.deque[str] = collections.deque(maxlen=_STDERR_TAIL)
        self._stdout_lines: queue.Queue[str | None] = queue.Queue()
        self._readers = [
            threading.Thread(target=self._read_stdout, args=(process.stdout,), daemon=True),
            threading.Thread(target=self._read_stderr, args=(process.stderr,), daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    @classmethod
    def start(
        cls,
        data_dir: Path,
        merchants: int = 300,
        day_seconds: float = 5.0,
        extra_args: Sequence[str] = (),
        *,
        timeout: float = 240.0,  # a first start deploys and seeds: ~1 min on 2 busy cores
        required: Sequence[str] | None = None,
    ) -> SandboxProcess:
        """Start the child and wait for its announcement. `required` defaults to the API's keys,
        plus the chain's unless `extra_args` has --no-chain."""
        if required is None:
            with_chain = NO_CHAIN not in extra_args
            required = (*REQUIRED_KEYS, *(CHAIN_KEYS if with_chain else ()))
        # Frozen, sys.executable is the app itself and there is no main.py to hand it.
        entry = [sys.executable] if is_frozen() else [sys.executable, str(MAIN)]
        command = [
            *entry, "--data-dir", str(data_dir), "sandbox",
            "--merchants", str(merchants), "--day-seconds", str(day_seconds),
            "--exit-with-parent", str(os.getpid()), *extra_args,
        ]  # fmt: skip
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        process = subprocess.Popen(
            command,
            cwd=None if is_frozen() else MAIN.parent,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        sandbox = cls(process)
        try:
            sandbox._wait_for(required, timeout)
        except BaseException:
            sandbox.stop()
            raise
        return sandbox

    @property
    def api_url(self) -> str:
        return self.lines["api"]

    @property
    def token(self) -> str:
        return self.lines["token"]

    @property
    def bank_url(self) -> str:
        return self.lines["bank"]

    @property
    def rpc_url(self) -> str | None:
        return self.lines.get("rpc")

    @property
    def registry(self) -> str | None:
        return self.lines.get("registry")

    @property
    def chain_id(self) -> int | None:
        value = self.lines.get("chain-id")
        return int(value) if value and value.isdigit() else None

    @property
    def mnemonic(self) -> str | None:
        """The sandbox's public test mnemonic (sandbox only)."""
        return self.lines.get("mnemonic")

    @property
    def pid(self) -> int:
        return self._process.pid

    def _read_stdout(self, stream: IO[str] | None) -> None:
        assert stream is not None
        for line in stream:
            self._stdout_lines.put(line.rstrip("\n"))
        self._stdout_lines.put(None)

    def _read_stderr(self, stream: IO[str] | None) -> None:
        assert stream is not None
        for line in stream:
            self._stderr.append(line.rstrip("\n"))

    def stderr_tail(self) -> str:
        return "\n".join(self._stderr)

    def _wait_for(self, required: Sequence[str], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while "ready" not in self.lines:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise SandboxStartError(
                    "sandbox.slow",
                    self.stderr_tail(),
                    keys=", ".join(required),
                    seconds=f"{timeout:.0f}",
                )
            try:
                line = self._stdout_lines.get(timeout=min(remaining, 0.5))
            except queue.Empty:
                continue
            if line is None:  # stdout closed: the child exited
                code = self._process.wait(timeout=10)
                self._readers[1].join(timeout=2)
                raise SandboxStartError("sandbox.exited", self.stderr_tail(), exit_code=code)
            key, sep, value = line.partition(": ")
            if sep:
                self._take(key.strip(), value.strip())
        missing = [key for key in required if key not in self.lines]
        if missing:
            raise SandboxStartError(
                "sandbox.incomplete", self.stderr_tail(), keys=", ".join(missing)
            )

    def _take(self, key: str, value: str) -> None:
        self.lines[key] = value
        if key == "account":
            role, _, rest = value.partition(" ")
            self.accounts[role] = rest.split(" ", 1)[0]

    def stop(self, timeout: float = 15.0) -> int:
        """Terminate the child (SIGTERM, then SIGKILL after `timeout`) and return its exit code."""
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=timeout)
        for reader in self._readers:
            reader.join(timeout=2)
        return self._process.returncode

    def __enter__(self) -> SandboxProcess:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
