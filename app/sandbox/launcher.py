"""Start `python main.py sandbox` as a child process and learn where its services listen.

Used by tests (tests/fixtures/sandbox.py) and by the GUI's sandbox mode: the child prints
`key: value` lines (api, token, later rpc and demo accounts); start() returns once the required
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

MAIN = Path(__file__).resolve().parents[2] / "main.py"
REQUIRED_KEYS = ("api", "token")
_STDERR_TAIL = 40


class SandboxStartError(RuntimeError):
    """The sandbox did not come up; the message says why and quotes its stderr."""


class SandboxProcess:
    def __init__(self, process: subprocess.Popen[str]) -> None:
        self._process = process
        self.lines: dict[str, str] = {}
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
        timeout: float = 60.0,
        required: Sequence[str] = REQUIRED_KEYS,
    ) -> SandboxProcess:
        command = [
            sys.executable, str(MAIN), "--data-dir", str(data_dir), "sandbox",
            "--merchants", str(merchants), "--day-seconds", str(day_seconds), *extra_args,
        ]  # fmt: skip
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        process = subprocess.Popen(
            command,
            cwd=MAIN.parent,
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
    def rpc_url(self) -> str | None:
        return self.lines.get("rpc")

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
        while not all(key in self.lines for key in required):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise SandboxStartError(
                    f"the sandbox did not announce {', '.join(required)} within {timeout:.0f} s"
                    f"; its stderr:\n{self.stderr_tail()}"
                )
            try:
                line = self._stdout_lines.get(timeout=min(remaining, 0.5))
            except queue.Empty:
                continue
            if line is None:  # stdout closed: the child exited
                code = self._process.wait(timeout=10)
                self._readers[1].join(timeout=2)
                raise SandboxStartError(
                    f"the sandbox exited with code {code} before it was ready; its stderr:\n"
                    f"{self.stderr_tail()}"
                )
            key, sep, value = line.partition(": ")
            if sep:
                self.lines[key.strip()] = value.strip()

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
