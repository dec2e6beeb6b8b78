"""One wrapper for every headless command, in the style of Electrum's `@command`: it opens the
data directory and the store, resolves the network profile, opens the chain context once,
reconciles recorded transactions before a command that signs, and maps every error to one clear
line and an exit code, here and nowhere else.

    @command(signs=True)
    def send(cli: Cli) -> int:
        record = ...
        return cli.finish(record)

A handler keeps the shape `handler(args, stdin=None, out=None) -> int` that main.py and the
tests call; `out` (default: standard output) is where the command prints its result.
"""

from __future__ import annotations

import argparse
import functools
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from app.config.paths import ENV_API_TOKEN
from app.errors import AppError

if TYPE_CHECKING:
    from app.chain.tracking import Told

log = logging.getLogger(__name__)

EXIT_OK = 0  # done (for a command that signs: confirmed on chain)
EXIT_NOT_SENT = 1  # refused, a failed check, bad input: nothing was sent
EXIT_USAGE = 2  # the command line is wrong: nothing was sent
EXIT_DECLINED = 3  # the confirmation was not "yes": nothing was sent
EXIT_UNKNOWN = 4  # sent, outcome not known yet (hash printed); the next command reconciles it
EXIT_NO_EFFECT = 5  # sent and settled without its effect: reverted (fee spent), or replaced
EXIT_INTERRUPTED = 130

TOKEN_ENV = ENV_API_TOKEN  # the REST API token, for commands that read the backend

SIGNING_EXIT_CODES = """\
Exit codes of a command that signs:
  0  done and confirmed on chain
  1  nothing was sent (refused, a failed check, bad input)
  2  usage error; nothing was sent
  3  the confirmation was not 'yes'; nothing was sent
  4  sent, but the outcome is not known yet: the transaction hash is printed. Do not retry
     blindly: the next command that signs from this data directory reconciles it first (and
     never sends a recorded transaction twice)
  5  sent and settled on chain without its effect (reverted: the fee was spent; or its nonce
     was used by another transaction)
  130 interrupted (a signed transaction stays recorded and is reconciled next time)"""


class UsageError(AppError):
    """The command line asks for something that cannot be done as written."""

    code = "cli.usage"


class Cli:
    """What a command works with: its arguments, the data directory, the store, the profile and
    (opened on first use, once) the chain context."""

    def __init__(
        self,
        args: argparse.Namespace,
        stdin: TextIO | None,
        *,
        signs: bool,
        out: TextIO | None = None,
    ) -> None:
        self.args = args
        self.stdin = stdin or sys.stdin
        self.out = out or sys.stdout
        self.signs = signs
        self.root = open_data_dir(getattr(args, "data_dir", None))
        self._db: Any = None
        self._closers: list[Any] = []
        self._chain: Any = None
        self._told: Told | None = None  # once the chain is open for signing
        self._recorded_before = 0

    @property
    def db(self) -> Any:
        """The store, opened on first use (the sandbox command never needs it)."""
        if self._db is None:
            from app.config.paths import database_path
            from app.storage import open_database

            self._db = open_database(database_path(self.root))
            self._recorded_before = _recorded(self._db)
        return self._db

    # -- the one profile resolver ---------------------------------------------------------
    def profile(self) -> Any:
        """The profile named by --profile (else the active one), with the endpoint options a
        command offers (--rpc-url, --registry, --chain-id, --api-url, --bank-url) laid over it.
        The sandbox's profile takes its endpoints from the sandbox running on this data
        directory, as the GUI's does from the sandbox it starts."""
        from app.storage.settings_store import load_settings

        profile = load_settings(self.db).profile(getattr(self.args, "profile", None))
        changes: dict[str, object] = {}
        if profile.is_sandbox:
            from app.cli.sandbox import running_sandbox_endpoints

            changes.update(running_sandbox_endpoints(self.root))
        for option, field in (
            ("rpc_url", "rpc_url"),
            ("registry", "registry_address"),
            ("chain_id", "chain_id"),
            ("api_url", "api_url"),
            ("bank_url", "bank_url"),
        ):
            value = getattr(self.args, option, None)
            if value is not None:
                changes[field] = value
        if not changes:
            return profile
        try:
            return profile.with_endpoints(**changes)
        except ValueError as error:
            raise UsageError("cli.bad_network_option", reason=_first_error(error)) from None

    def api_profile(self) -> Any:
        """The profile (as `profile`), which must name a REST API URL."""
        profile = self.profile()
        if not profile.api_url:
            if profile.is_sandbox:
                raise AppError("doctor.sandbox_url")
            raise AppError("doctor.no_api_url", profile=profile.name)
        return profile

    def chain(self) -> Any:
        """The profile's chain context, opened once; a command that signs reconciles recorded
        transactions first and says what it did on standard error."""
        if self._chain is None:
            from app.chain.context import ChainContext

            profile = self.profile()
            if not profile.rpc_url:
                raise AppError("cli.no_rpc_url", profile=profile.name)
            self._chain = ChainContext.open(profile, self.db)
            self._closers.append(self._chain)
            if self.signs:
                from app.chain.tracking import Told

                self._told = Told()  # what settling earlier transactions found, as last said
                for outcome in self._chain.pipeline.reconcile():
                    self._tell(outcome)
                self._chain.pipeline.on_settled = self._tell
        return self._chain

    def _tell(self, outcome: Any) -> None:
        """Say what settling an earlier transaction found: at start-up, and again before a new
        one is signed when that says something new (a re-send, a final state)."""
        if self._told is None or self._told.news(outcome):
            say(outcome.notice)

    def api_token(self, secrets: Any, *, vault: bool = False) -> str:
        """The REST API token: $PST_DESK_API_TOKEN; else, with `vault`, the one a custom
        profile's vault keeps (unless --token-stdin; a password-protected vault reads its
        password from `secrets`); else the next line of standard input."""
        token = os.environ.get(TOKEN_ENV, "").strip()
        if not token and vault:
            token = self._vault_token(secrets)
        token = token or secrets.read_optional("API token")
        if not token:
            missing = "cli.no_api_token_vault" if vault else "cli.no_api_token"
            raise UsageError(missing, env=TOKEN_ENV)
        return str(token)

    def _vault_token(self, secrets: Any) -> str:
        from app.vault import Vault, VaultError
        from app.vault.api_token import stored_api_token

        profile = self.profile()
        if profile.is_sandbox or getattr(self.args, "token_stdin", False):
            return ""  # the sandbox makes a new token at each start: the one it prints is current
        try:
            ask = lambda: secrets.read("vault password")  # noqa: E731
            return stored_api_token(Vault(self.db), profile.name, ask) or ""
        except VaultError as error:  # its sentence says what to do and never holds a secret
            raise AppError("cli.vault_token", problem=error) from None

    def closing(self, thing: Any) -> Any:
        self._closers.append(thing)
        return thing

    def finish(self, record: Any, *, hash_printed: bool = False) -> int:
        """Print a sent transaction's hash (unless done already) and status; its exit code."""
        from app.chain.tracking import status_phrase

        chosen = record.mined or (record.attempts[-1] if record.attempts else None)
        if chosen is not None and not hash_printed:
            print(chosen.tx_hash, flush=True)
        say(f"status: {status_phrase(record.status)}")
        return exit_code_of(record)

    def sent_something(self) -> bool:
        """True when this run recorded a signed transaction the node did not refuse."""
        return self._db is not None and _recorded(self._db) > self._recorded_before

    def close(self) -> None:
        for thing in reversed(self._closers):
            try:
                thing.close()
            except Exception:  # noqa: BLE001 - closing must not hide the command's result
                log.debug("closing %r failed", thing, exc_info=True)
        if self._db is not None:
            self._db.close()


def exit_code_of(record: Any) -> int:
    """The exit code a recorded transaction's state means (see SIGNING_EXIT_CODES)."""
    from app.chain.txstore import CONFIRMED, FAILED, PENDING

    if record.status == CONFIRMED:
        return EXIT_OK
    if record.status == PENDING:
        return EXIT_UNKNOWN
    if record.status == FAILED and record.mined is None:
        return EXIT_NOT_SENT  # the node refused it
    return EXIT_NO_EFFECT


def say(text: object) -> None:
    print(text, file=sys.stderr, flush=True)


def open_data_dir(override: str | None) -> Path:
    """The data directory, created if missing; UsageError when it cannot be made or written
    (a file in its place, no permission, /proc): found here, before any command reads it."""
    import tempfile

    from app.config.paths import data_dir
    from app.errors import Phrase

    try:
        root = data_dir(override)
    except OSError as error:
        empty = override is not None and not str(override).strip()
        raise UsageError(
            "cli.bad_data_dir",
            path=str(override or error.filename or '""'),
            reason=Phrase("cli.data_dir_empty") if empty else _os(error),
        ) from None
    try:
        with tempfile.TemporaryFile(dir=root):  # a probe: removed as it closes
            pass
    except OSError as error:
        reason = Phrase("cli.data_dir_read_only", reason=error.strerror or type(error).__name__)
        raise UsageError("cli.bad_data_dir", path=str(root), reason=reason) from None
    return root


Command = Callable[[Cli], int]
Handler = Callable[..., int]
# How a command shows the one line of its failure (default: "error: ..." on standard error).
Failure = Callable[[str, TextIO], None]

Signs = bool | Callable[[argparse.Namespace], bool]


def command(
    *, signs: Signs = False, failure: Failure | None = None
) -> Callable[[Command], Handler]:
    """Declare a headless command. `signs` (or a test of the arguments): it may sign and send,
    so it reconciles recorded transactions first and exits per SIGNING_EXIT_CODES. `failure`:
    the line a failure is shown as, given the sentence and the command's output (the doctor
    prints it as one of its report lines); the exit code is the wrapper's all the same."""

    def decorate(fn: Command) -> Handler:
        @functools.wraps(fn)
        def handler(
            args: argparse.Namespace, stdin: TextIO | None = None, out: TextIO | None = None
        ) -> int:
            holder: list[Cli] = []
            signing = signs(args) if callable(signs) else signs

            def body() -> int:
                cli = Cli(args, stdin, signs=signing, out=out)
                holder.append(cli)
                return fn(cli)

            tell = None if failure is None else (lambda text: failure(text, out or sys.stdout))
            try:
                return guarded(body, signs=signing, sent=lambda: _sent(holder), tell=tell)
            finally:
                if holder:
                    holder[0].close()

        return handler

    return decorate


def _sent(holder: list[Cli]) -> bool:
    return bool(holder) and holder[0].sent_something()


def guarded(
    body: Callable[[], int],
    *,
    signs: bool = False,
    sent: Callable[[], bool] | None = None,
    tell: Callable[[str], None] | None = None,
) -> int:
    """Run a command; every error becomes one line (on standard error, unless `tell` shows it)
    and an exit code. Used by `command` and by main.py around any handler."""
    from app.chain.errors import BroadcastUncertain, ReceiptTimeout
    from app.config.errors import ProfileNotFound

    def fail(text: str) -> None:
        if tell is None:
            say(f"error: {text}")
        else:
            tell(text)

    def after_sending() -> bool:
        try:
            return bool(sent and sent())
        except Exception:  # noqa: BLE001 - the store itself may be the problem
            return signs

    try:
        return body()
    except (BroadcastUncertain, ReceiptTimeout) as error:
        tx_hash = error.params.get("tx_hash")
        if tx_hash:
            print(tx_hash, flush=True)
        fail(error.user_message)
        return EXIT_UNKNOWN
    except UsageError as error:
        fail(error.user_message)
        return EXIT_USAGE
    except AppError as error:
        fail(error.user_message)
        if isinstance(error, ProfileNotFound):
            return EXIT_USAGE
        return EXIT_UNKNOWN if after_sending() else EXIT_NOT_SENT
    except KeyboardInterrupt:
        say("\ninterrupted; anything signed stays recorded and is reconciled next time")
        return EXIT_INTERRUPTED
    except (OSError, UnicodeDecodeError) as error:
        fail(_os(error))
        return EXIT_UNKNOWN if after_sending() else EXIT_NOT_SENT
    except Exception as error:  # noqa: BLE001 - never a traceback on a user's terminal
        log.debug("unexpected error", exc_info=True)
        what = f"{type(error).__name__}: {str(error)[:200]}"
        fail(f"unexpected {what} (run with -v for details)")
        return EXIT_UNKNOWN if after_sending() else EXIT_NOT_SENT


def _os(error: BaseException) -> str:
    if isinstance(error, UnicodeDecodeError):
        return "the file is not UTF-8 text"
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"{error.strerror or type(error).__name__}{where}"
    return str(error)


def _recorded(db: Any) -> int:
    from sqlalchemy import func, select

    from app.chain.txstore import REJECTED
    from app.storage.schema import ChainTransaction

    with db.session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(ChainTransaction)
                .where(ChainTransaction.status != REJECTED)
            )
            or 0
        )


def _first_error(error: ValueError) -> str:
    errors = getattr(error, "errors", None)
    if callable(errors):
        items = errors()
        if items:
            return str(items[0].get("msg", error))
    return str(error).splitlines()[0]
