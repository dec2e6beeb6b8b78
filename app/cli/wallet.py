"""`python main.py wallet ...`: create, restore, import and export keys, list accounts, headless.

Secrets never come from the command line. When standard input is a terminal they are asked for
with hidden prompts; otherwise they are read from standard input, one per line, in this order:

  create                 wallet password, confirmation*, with --passphrase: BIP-39 passphrase
                         and the passphrase again, then one line per word the verification
                         asks for (see below)
  restore                recovery phrase (one line), BIP-39 passphrase (with --passphrase),
                         wallet password, confirmation*
  import-key             private key (64 hex digits), wallet password, confirmation*
  import-keystore FILE   the keystore file's password, wallet password, confirmation*
  export-keystore ADDR FILE
                         wallet password, then with --new-password: new password, confirmation
  add-account            wallet password
  watch ADDR, list, balance
                         nothing
  send                   the line "yes" (after the review is printed), then the wallet password

`balance` and `send` need a network: see `wallet balance --help` (--rpc-url, --registry).

  * the confirmation line is read only while the wallet has no password yet (a new wallet);
    `wallet list` prints "password: set" on standard error once it has one.

`create` prints the new recovery phrase ONCE on standard output (write it down; anyone who sees it
controls the funds), then asks for some of its words by position ("word #N" on standard error)
to check it was written down; only then is the wallet saved. With standard input not a terminal,
`--skip-verify` skips that check (you take responsibility for having the words). `create` prints
the new account's address on standard output, `restore` each restored account's; `list` prints
one account per line (checksummed address, kind, derivation index, label). On any error nothing
is changed and the exit code is 1 (2 for a usage error), except `send`: see `wallet send --help`
for its exit codes (4: sent, outcome not known yet; 5: sent and reverted or replaced).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from app.cli.command import Cli, command
from app.cli.secrets import SecretInput
from app.cli.wallet_chain import add_parsers as add_chain_parsers
from app.cli.wallet_chain import run_chain_command
from app.wallet.accounts import parse_private_key
from app.wallet.errors import PasswordMismatch, WalletError
from app.wallet.keystore import parse as parse_keystore
from app.wallet.keystore import wipe
from app.wallet.mnemonic import validate_mnemonic
from app.wallet.password import check_new_password
from app.wallet.verification import NewWalletDraft
from app.wallet.wallet import Wallet

VERIFY_ATTEMPTS_ON_A_TERMINAL = 3


class InputEnded(WalletError):
    code = "cli.input_ended"


def wallet_secrets(stream: TextIO | None = None) -> SecretInput:
    """The wallet's secrets from standard input (one per line, in --help's order) or prompts."""
    return SecretInput(stream, ended=lambda what, line: InputEnded(what=what, line=line))


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "wallet",
        help="accounts: create, restore, import-key, import-keystore, export-keystore, list, "
        "balance, send",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="wallet_command", metavar="ACTION", required=True)
    create = sub.add_parser("create", help="a new recovery phrase and its first account")
    create.add_argument("--words", type=int, choices=(12, 24), default=12)
    create.add_argument("--passphrase", action="store_true", help="also ask a BIP-39 passphrase")
    create.add_argument("--label", help="name of the first account")
    create.add_argument(
        "--skip-verify",
        action="store_true",
        help="do not ask for words of the phrase (only when stdin is not a terminal)",
    )
    restore = sub.add_parser("restore", help="from a recovery phrase (stdin)")
    restore.add_argument("--passphrase", action="store_true", help="also ask a BIP-39 passphrase")
    restore.add_argument(
        "--index",
        type=int,
        action="append",
        help="account index i of m/44'/60'/0'/0/i (repeatable; default 0)",
    )
    restore.add_argument("--label", help="name of the first restored account")
    key = sub.add_parser("import-key", help="a private key (stdin)")
    key.add_argument("--label")
    ks_in = sub.add_parser("import-keystore", help="a Web3 Secret Storage v3 file")
    ks_in.add_argument("file", type=Path)
    ks_in.add_argument("--label")
    ks_out = sub.add_parser("export-keystore", help="write an account's v3 keystore file")
    ks_out.add_argument("address")
    ks_out.add_argument("file", type=Path, help="destination (must not exist)")
    ks_out.add_argument(
        "--new-password", action="store_true", help="re-encrypt under a new password (stdin)"
    )
    more = sub.add_parser("add-account", help="derive the next account from the phrase")
    more.add_argument("--index", type=int, help="a specific index instead of the next one")
    more.add_argument("--label")
    watch = sub.add_parser("watch", help="add a watch-only address")
    watch.add_argument("address")
    watch.add_argument("--label")
    listing = sub.add_parser("list", help="accounts: checksummed address, kind, index, label")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    add_chain_parsers(sub)
    parser.set_defaults(handler=run)


@command(signs=lambda args: args.wallet_command == "send")
def run(cli: Cli) -> int:
    wallet = Wallet(cli.root, cli.db)
    secrets = wallet_secrets(cli.stdin)
    if cli.args.wallet_command in ("balance", "send"):
        return run_chain_command(cli, wallet, secrets)
    return _dispatch(cli.args, wallet, secrets)


def _dispatch(args: argparse.Namespace, wallet: Wallet, secrets: SecretInput) -> int:
    command = args.wallet_command
    if command == "list":
        return _list(wallet, args.json)
    if command == "watch":
        account = wallet.add_watch_only(args.address, label=args.label)
        print(f"watching {account.address} ({account.label})", file=sys.stderr)
        return 0
    if command == "create":
        return _create(args, wallet, secrets)
    if command == "restore":
        phrase = validate_mnemonic(secrets.read("recovery phrase"))
        passphrase = secrets.read("BIP-39 passphrase") if args.passphrase else ""
        password, confirmation = _wallet_password(wallet, secrets)
        labels = [args.label] if args.label else None
        accounts = wallet.restore(
            phrase,
            password,
            confirmation,
            passphrase=passphrase,
            indexes=args.index or [0],
            labels=labels,
        )
        for account in accounts:
            print(account.address)
        print(f"restored {len(accounts)} account(s)", file=sys.stderr)
        return 0
    if command == "import-key":
        key_text = secrets.read("private key (hex)")
        wipe(parse_private_key(key_text))  # a malformed key fails before any password is asked
        password, confirmation = _wallet_password(wallet, secrets)
        account = wallet.import_private_key(key_text, password, confirmation, label=args.label)
        print(f"imported {account.address} ({account.label})", file=sys.stderr)
        return 0
    if command == "import-keystore":
        raw = args.file.read_bytes()
        parse_keystore(raw)  # a broken file fails before any password is asked
        keystore_password = secrets.read("password of the keystore file")
        password, confirmation = _wallet_password(wallet, secrets)
        account = wallet.import_keystore(
            raw, keystore_password, password, confirmation, label=args.label
        )
        print(f"imported {account.address} ({account.label})", file=sys.stderr)
        return 0
    if command == "export-keystore":
        account = wallet.account(args.address)
        password = secrets.read("wallet password")
        new_password = new_confirmation = None
        if args.new_password:
            new_password = secrets.read("new password for the exported file")
            new_confirmation = secrets.read("new password again")
        path = wallet.export_keystore(
            account.address,
            password,
            args.file,
            new_password=new_password,
            new_confirmation=new_confirmation,
        )
        print(f"wrote the keystore of {account.address} to {path}", file=sys.stderr)
        return 0
    if command == "add-account":
        account = wallet.add_hd_account(
            secrets.read("wallet password"), index=args.index, label=args.label
        )
        print(account.address)
        return 0
    raise AssertionError(command)


def _create(args: argparse.Namespace, wallet: Wallet, secrets: SecretInput) -> int:
    if args.skip_verify and secrets.tty:
        print(
            "error: --skip-verify is only for scripts; on a terminal, confirm the words",
            file=sys.stderr,
        )
        return 2
    if wallet.has_seed():
        print(
            "error: this wallet already has a recovery phrase; use another --data-dir",
            file=sys.stderr,
        )
        return 1
    password, confirmation = _wallet_password(wallet, secrets)
    if confirmation is None:
        wallet.verify_password(password)  # fail before showing a phrase that won't be saved
    passphrase = ""
    if args.passphrase:  # a typo here would silently make a different wallet: ask twice
        passphrase = secrets.read("BIP-39 passphrase")
        if secrets.read("BIP-39 passphrase again") != passphrase:
            raise PasswordMismatch("cli.passphrases_differ")
    draft = NewWalletDraft.generate(args.words)
    _show_phrase(draft)
    if args.skip_verify:
        draft.skip_verification()
        print("warning: verification skipped (--skip-verify)", file=sys.stderr)
    elif not _verify(draft, secrets):
        return 1
    account = wallet.create(draft, password, confirmation, passphrase=passphrase, label=args.label)
    print(account.address)
    print(f"created {account.address} ({account.label})", file=sys.stderr)
    return 0


def _wallet_password(wallet: Wallet, secrets: SecretInput) -> tuple[str, str | None]:
    """The wallet password, and for a new wallet its confirmation (checked here, early)."""
    password = secrets.read("wallet password")
    if wallet.has_password():
        return password, None
    confirmation = secrets.read("wallet password again")
    check_new_password(password, confirmation)
    return password, confirmation


def _show_phrase(draft: NewWalletDraft) -> None:
    print(
        "WARNING: this is your recovery phrase. Write it down on paper and keep it offline;\n"
        "anyone who sees it controls the funds. It is shown only this once.",
        file=sys.stderr,
    )
    if sys.stdout.isatty():
        for number, word in enumerate(draft.words, 1):
            print(f"{number:>2}. {word}")
    else:
        print(draft.mnemonic)
    sys.stdout.flush()
    if sys.stdout.isatty() and sys.stdin.isatty():
        input("Press Enter once it is written down (the screen will be cleared)...")
        print("\033[2J\033[H", end="", flush=True)


def _verify(draft: NewWalletDraft, secrets: SecretInput) -> bool:
    attempts = VERIFY_ATTEMPTS_ON_A_TERMINAL if secrets.tty else 1
    for _ in range(attempts):
        answers = {}
        for position in draft.verification.positions:
            if not secrets.tty:
                print(f"word #{position}", file=sys.stderr, flush=True)
            answers[position] = secrets.read(f"word #{position} of the recovery phrase")
        result = draft.verification.check(answers)
        if result.ok:
            print(result.message, file=sys.stderr)
            return True
        print(f"error: {result.message}", file=sys.stderr)
    print(
        "error: the words did not match; nothing was saved. Run `wallet create` again.",
        file=sys.stderr,
    )
    return False


def _list(wallet: Wallet, as_json: bool) -> int:
    accounts = wallet.accounts()
    print(
        f"password: {'set' if wallet.has_password() else 'not set'}; recovery phrase: "
        f"{'stored' if wallet.has_seed() else 'none'}; {len(accounts)} account(s)",
        file=sys.stderr,
    )
    for a in accounts:
        if as_json:
            print(
                json.dumps(
                    {
                        "address": a.address,
                        "kind": a.kind.value,
                        "label": a.label,
                        "index": a.derivation_index,
                    }
                )
            )
        else:
            index = "-" if a.derivation_index is None else str(a.derivation_index)
            print(f"{a.address}  {a.kind.value:<8}  {index:>3}  {a.label}")
    return 0
