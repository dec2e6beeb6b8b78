"""`python main.py doctor`: check that this machine can use a network profile's backend, and say
what to do about anything that fails.

The API token never comes from the command line: it is read from the environment variable
PST_DESK_API_TOKEN; else, for a custom profile whose vault keeps one, from the vault (no password
with the OS keyring; a password-protected vault reads its password from standard input or a
hidden prompt); else from standard input (one line), or a hidden prompt on a terminal.
`--token-stdin` skips the vault and reads the token from standard input.
Each check is a `Check` in CHECKS; later layers (the chain RPC) append their own.
The checks share one deadline, --timeout: however slowly a server answers (one byte a second),
the doctor ends within it (plus a moment to print). What the server says is cleaned of control
characters before it is printed: a server cannot clear the screen and write "OK".
Exit code: 0 all passed, 1 a check failed, 2 the doctor could not even start (no URL, no token);
that is one FAIL line of the report (app.cli.command maps it, as for every command).
"""

from __future__ import annotations

import argparse
import logging
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TextIO

from app import deadline
from app.backend.client import ApiClient, check_schema
from app.backend.errors import (
    BackendError,
    BackendHttpError,
    BackendTimeout,
    BackendUnreachable,
    IncompatibleSchema,
    InvalidPayload,
)
from app.backend.models import SCHEMA_VERSION, Health
from app.cli.command import TOKEN_ENV, Cli, UsageError, command
from app.config.profiles import NetworkProfile
from app.errors import AppError
from app.errors.clean import clean_text

log = logging.getLogger(__name__)


SLOW_MS = 1000  # median round trip above this makes the app feel broken
OK, FAIL, SKIP = "OK", "FAIL", "SKIP"


@dataclass(frozen=True)
class CheckResult:
    status: str  # OK | FAIL | SKIP
    detail: str  # what was found
    advice: str = ""  # what to do, when it failed


@dataclass
class DoctorContext:
    """What the checks share: the profile, a client for its backend, and what earlier checks
    learned (e.g. the health answer)."""

    profile: NetworkProfile
    api_url: str
    client: ApiClient
    facts: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[DoctorContext], CheckResult]
    needs: tuple[str, ...] = ()  # checks that must pass first, else this one is skipped


def _failed(error: BackendError) -> CheckResult:
    return CheckResult(FAIL, _cause(error), error.user_message)


def _cause(error: BackendError) -> str:
    """What was found, in a few technical words; the sentence (the advice) says what to do."""
    if isinstance(error, BackendUnreachable):
        return f"cannot reach {error.host}: {error.reason}"
    if isinstance(error, BackendTimeout):
        return f"{error.host} gave no complete answer within {error.seconds:g} s"
    if isinstance(error, BackendHttpError):
        return f"{error.endpoint or 'request'} failed with {error.params['detail']}"
    if isinstance(error, InvalidPayload):
        return f"invalid answer from {error.endpoint}: {error.problem}"
    if isinstance(error, IncompatibleSchema):
        return f"server API schema {error.server_version}, this app expects {error.expected}"
    return error.code


def check_reachable(ctx: DoctorContext) -> CheckResult:
    started = time.perf_counter()
    try:
        health = ctx.client.health()
    except BackendError as error:
        return _failed(error)
    ms = (time.perf_counter() - started) * 1000
    ctx.facts["health"] = health
    return CheckResult(
        OK,
        f"{ctx.api_url} answered in {ms:.0f} ms (status {health.status}, "
        f"{health.merchant_count} merchants, data version {health.data_version})",
    )


def check_schema_version(ctx: DoctorContext) -> CheckResult:
    health = ctx.facts["health"]
    assert isinstance(health, Health)
    try:
        check_schema(health)
    except BackendError as error:
        return _failed(error)
    return CheckResult(OK, f"server speaks {health.schema_version}, this app {SCHEMA_VERSION}")


def check_auth(ctx: DoctorContext) -> CheckResult:
    try:
        page = ctx.client.merchants(page=1, page_size=1)
    except BackendError as error:
        return _failed(error)
    return CheckResult(OK, f"the API token is accepted ({page.total} merchants listed)")


def check_latency(ctx: DoctorContext, rounds: int = 5) -> CheckResult:
    samples = []
    try:
        for _ in range(rounds):
            started = time.perf_counter()
            ctx.client.health()
            samples.append((time.perf_counter() - started) * 1000)
    except BackendError as error:
        return _failed(error)
    median = statistics.median(samples)
    detail = f"median {median:.0f} ms, worst {max(samples):.0f} ms over {rounds} requests"
    if median > SLOW_MS:
        return CheckResult(
            FAIL,
            detail,
            f"The backend answers slower than {SLOW_MS} ms; the app will feel sluggish. Check "
            "your connection, or ask platform support whether the service is degraded.",
        )
    return CheckResult(OK, detail)


CHECKS: list[Check] = [
    Check("api reachable", check_reachable),
    Check("schema version", check_schema_version, needs=("api reachable",)),
    Check("auth", check_auth, needs=("schema version",)),
    Check("latency", check_latency, needs=("api reachable",)),
]


def run_checks(ctx: DoctorContext, checks: list[Check], out: TextIO) -> bool:
    """Run every check in order, printing one line each; True when none failed."""
    passed: set[str] = set()
    failed = False
    width = max(len(c.name) for c in checks)
    for check in checks:
        missing = [name for name in check.needs if name not in passed]
        if missing:
            result = CheckResult(SKIP, f"needs: {', '.join(missing)}")
        else:
            try:
                result = check.run(ctx)
            except Exception as error:  # a broken check must not hide the others
                log.warning("the doctor's %r check crashed", check.name, exc_info=True)
                result = CheckResult(FAIL, f"the check itself crashed: {type(error).__name__}")
        if result.status == OK:
            passed.add(check.name)
        failed = failed or result.status == FAIL
        # Details quote the server (versions, messages): one clean line each, whatever it sent.
        detail = clean_text(result.detail, 500)
        print(f"{result.status:<5} {check.name:<{width}}  {detail}", file=out)
        if result.status == FAIL and result.advice:
            advice = clean_text(result.advice, 500)
            print(f"{'':<5} {'':<{width}}  -> {advice}", file=out)
    return not failed


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "doctor",
        help="check connectivity, API schema version and token for a network profile",
        description="Check that the backend of a network profile is reachable, speaks a "
        "compatible API schema and accepts the API token; print one line per check. The token "
        f"is read from ${TOKEN_ENV}, else from standard input (never from the command line).",
    )
    parser.add_argument(
        "--api-url", help="the REST API URL (required for the sandbox: the 'api:' line it prints)"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=5.0,
        help="seconds all the checks together may take, however slow the server (default 5)",
    )
    parser.add_argument(
        "--token-stdin",
        action="store_true",
        help="read the token from standard input even when the profile's vault keeps one",
    )
    parser.set_defaults(handler=run)


def _report_failure(text: str, out: TextIO) -> None:
    print(f"{FAIL:<5} configuration  {text}", file=out)


@command(failure=_report_failure)
def run(cli: Cli) -> int:
    """The checks' report on the command's output; a failure to start is a report line too."""
    from app.cli.vault import vault_secrets

    args, out = cli.args, cli.out
    if not 0 < args.timeout <= 120:
        raise UsageError("doctor.bad_timeout")
    try:
        profile = cli.api_profile()
        token = cli.api_token(vault_secrets(cli.stdin), vault=True)
        client = ApiClient(profile.api_url, token, timeout=args.timeout, retries=0)
    except AppError as error:  # the doctor could not even start: a usage error (exit 2)
        raise UsageError(error.code, **error.params) from None
    print(f"PST Desk doctor: profile {profile.name}, API {profile.api_url}", file=out)
    with client, deadline.within(args.timeout):
        healthy = run_checks(DoctorContext(profile, profile.api_url, client), CHECKS, out)
    print("All checks passed." if healthy else "Some checks failed; see above.", file=out)
    return 0 if healthy else 1
