"""`python main.py sandbox`: run the sandbox services headless and print where they are."""

from __future__ import annotations

import argparse
import json
import logging
import os
import secrets
import signal
import threading
from pathlib import Path
from types import FrameType

from app.cli.command import Cli, UsageError, command

log = logging.getLogger(__name__)

# Where a running sandbox says where it listens, for the commands run on its data directory
# (the profile `sandbox` stores no endpoints: they change at every start). URLs only: the token
# stays with the one who started it. `python main.py --data-dir D sandbox` writes D/ANNOUNCED;
# the GUI runs its sandbox in D/sandbox, so a command on D looks there too.
ANNOUNCED = "sandbox-endpoints.json"
_PROFILE_FIELDS = {
    "api": "api_url",
    "bank": "bank_url",
    "rpc": "rpc_url",
    "registry": "registry_address",
    "chain-id": "chain_id",
}


def _announce(root: Path, lines: list[str]) -> Path:
    found = {}
    for line in lines:
        key, sep, value = line.partition(": ")
        if sep and key in _PROFILE_FIELDS:
            found[_PROFILE_FIELDS[key]] = int(value) if key == "chain-id" else value.strip()
    target, partial = root / ANNOUNCED, root / f"{ANNOUNCED}.partial"
    partial.write_text(json.dumps(found, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(partial, target)
    return target


def running_sandbox_endpoints(root: Path) -> dict[str, object]:
    """The endpoints a sandbox running on data directory `root` announced (the profile's field
    names), or {} when none runs there. A sandbox killed outright leaves its file behind: its
    URLs then fail to connect, with the usual message."""
    for place in (root, root / "sandbox"):
        try:
            found = json.loads((place / ANNOUNCED).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(found, dict):
            return {k: v for k, v in found.items() if k in _PROFILE_FIELDS.values()}
    return {}


def register(subparsers: argparse._SubParsersAction) -> None:
    from app.sandbox.world import DEFAULT_SEED

    parser = subparsers.add_parser(
        "sandbox",
        help="run the sandbox services headless and print their URLs",
        description="Start the sandbox REST API and a seeded anvil chain on 127.0.0.1, print "
        "'api: URL', 'token: TOKEN', 'bank: URL' (the sandbox bank, same token), 'rpc: URL', "
        "'registry: ADDRESS', the demo accounts and the "
        "sandbox mnemonic one per line, then 'ready: yes', and run until interrupted (Ctrl-C or "
        "SIGTERM). State is kept under the data directory and survives restarts.",
    )
    parser.add_argument("--merchants", type=int, default=300, help="roster size (default 300)")
    parser.add_argument(
        "--day-seconds", type=float, default=5.0, help="real seconds per simulated day (default 5)"
    )
    parser.add_argument("--port", type=int, default=0, help="API port (default: a free one)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="generator seed")
    parser.add_argument(
        "--reset", action="store_true", help="discard saved sandbox data (REST and chain) first"
    )
    parser.add_argument(
        "--no-chain", action="store_true", help="run only the REST API (no anvil, no contracts)"
    )
    parser.add_argument(
        "--exit-with-parent",
        type=int,
        metavar="PID",
        help="stop when process PID is gone (the app passes its own, so a killed app leaves "
        "no sandbox behind)",
    )
    parser.set_defaults(handler=run)


def _check(args: argparse.Namespace) -> None:
    if not 1 <= args.merchants <= 99_999:
        raise UsageError("sandbox.cli_bad_merchants")
    if not 0.01 <= args.day_seconds <= 86_400:
        raise UsageError("sandbox.cli_bad_day_seconds")
    if not 0 <= args.port <= 65_535:
        raise UsageError("sandbox.cli_bad_port")
    if not 0 <= args.seed < 2**63:
        raise UsageError("sandbox.cli_bad_seed")


@command()
def run(cli: Cli) -> int:
    """Errors (a bad option: 2; the services or the chain cannot start: 1) are one line through
    the one CLI mapping (app.cli.command)."""
    from app.sandbox.services import Service, sandbox_services
    from app.sandbox.world import SandboxWorld

    stopping = threading.Event()

    def _on_signal(signum: int, _frame: FrameType | None) -> None:
        stopping.set()

    args, root = cli.args, cli.root
    _check(args)
    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    world = SandboxWorld(root, seed=args.seed, merchants=args.merchants, reset=args.reset)
    token = secrets.token_urlsafe(24)
    started: list[Service] = []
    endpoints: Path | None = None
    services = sandbox_services(
        world,
        token,
        port=args.port,
        day_seconds=args.day_seconds,
        chain_dir=None if args.no_chain else root / "sandbox",
        bank_dir=root,
        reset=args.reset,
    )
    try:
        for service in services:
            service.start()
            started.append(service)
        announced = [line for service in started for line in service.lines()]
        for line in announced:
            print(line, flush=True)
        endpoints = _announce(root, announced)
        print("ready: yes", flush=True)  # the end of the announcement (see SandboxProcess)
        while not stopping.wait(0.5):
            if args.exit_with_parent and os.getppid() != args.exit_with_parent:
                log.warning("the app that started the sandbox is gone; stopping")
                break
    finally:
        if endpoints is not None:
            endpoints.unlink(missing_ok=True)
        for service in reversed(started):
            service.stop()
        world.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
