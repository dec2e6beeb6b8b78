"""`python main.py vault ...`: keep, list, reveal, rotate and back up store credentials headless.

Secrets never come from the command line. When standard input is a terminal they are asked for
with hidden prompts; otherwise they are read from standard input, one per line, in this order:

  1. the vault password, only when `vault status` says one is needed (no OS keyring);
     for a vault not created yet, it becomes the new vault's password
  2. then, by command:
     add STORE           password, API keys (one line, separated by spaces), TOTP seed, notes
                         (any of them may be an empty line)
     add --api-token     the REST API token
     rotate --master     the new vault password (only when the vault ends up password-protected)
     export FILE         the backup password
     import FILE         the backup password

`list`, `status` and `rotate STORE` (after the vault password) read nothing more. `reveal` needs
`--purpose`; it prints only the secret on standard output and records the access.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from app.cli.command import Cli, command
from app.cli.secrets import SecretInput
from app.vault import SecretField, StoreCredential, Vault, VaultError, VaultMode
from app.vault.backup import export_backup, import_backup

_CREDENTIAL_FIELDS = [f.value for f in SecretField if f is not SecretField.API_TOKEN]


def vault_secrets(stream: TextIO | None = None) -> SecretInput:
    """The vault's secrets from standard input (one per line) or hidden prompts."""
    return SecretInput(
        stream,
        ended=lambda what, line: VaultError("cli.input_ended", what=what, line=line),
        differ=lambda what: VaultError("cli.entries_differ", what=what),
    )


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "vault",
        help="store credentials: list, add, reveal, rotate, export, import",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="vault_command", metavar="ACTION", required=True)
    sub.add_parser("status", help="how the vault is protected, and any warning")
    listing = sub.add_parser("list", help="entries (non-secret metadata only)")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    sub.add_parser("check", help="open every entry and print its commitment")
    add = sub.add_parser("add", help="keep a store's credentials (secrets from stdin)")
    add.add_argument("store", nargs="?", help="store id, for example M00042")
    add.add_argument("--platform", help="e-commerce platform, for example Amazon")
    add.add_argument("--login", help="the platform login (not secret)")
    add.add_argument("--label", default="", help="a short description")
    add.add_argument("--replace", action="store_true", help="replace (rotate) existing ones")
    add.add_argument("--api-token", action="store_true", help="keep the REST API token instead")
    reveal = sub.add_parser("reveal", help="print one secret; the access is recorded")
    reveal.add_argument("store", nargs="?", help="store id")
    reveal.add_argument("field", nargs="?", choices=_CREDENTIAL_FIELDS, help="what to reveal")
    reveal.add_argument("--api-token", action="store_true", help="reveal the REST API token")
    reveal.add_argument("--purpose", required=True, help="why (recorded; its hash goes on chain)")
    rotate = sub.add_parser("rotate", help="new data key for a store, or a new master key")
    rotate.add_argument("store", nargs="?", help="store id")
    rotate.add_argument("--master", action="store_true", help="rotate the master key")
    target = rotate.add_mutually_exclusive_group()
    target.add_argument("--to-password", action="store_true", help="protect by password")
    target.add_argument("--to-keyring", action="store_true", help="move the key to the keyring")
    export = sub.add_parser("export", help="write a sealed backup (its password from stdin)")
    export.add_argument("file", type=Path)
    export.add_argument("--force", action="store_true", help="overwrite an existing file")
    restore = sub.add_parser("import", help="restore a sealed backup, all or nothing")
    restore.add_argument("file", type=Path)
    restore.add_argument("--replace", action="store_true", help="overwrite differing entries")
    parser.set_defaults(handler=run)


@command()
def run(cli: Cli) -> int:
    profile = cli.profile().name  # an unknown profile is a usage error, not a new vault
    return _dispatch(cli.args, Vault(cli.db), profile, vault_secrets(cli.stdin))


def _unlock(vault: Vault, profile: str, secrets: SecretInput) -> None:
    status = vault.status(profile)
    password = None
    if status.needs_password:
        print(f"warning: {status.banner}", file=sys.stderr)
        password = secrets.read("vault password", confirm=not status.initialized)
    vault.unlock(profile, password)


def _dispatch(args: argparse.Namespace, vault: Vault, profile: str, secrets: SecretInput) -> int:
    action = args.vault_command
    if action == "status":
        status = vault.status(profile)
        mode = status.mode.value if status.mode else "not created"
        print(f"profile: {profile}\nprotection: {mode}\nentries: {len(vault.entries(profile))}")
        if status.banner:
            print(f"warning: {status.banner}")
        return 0
    if action == "list":
        for entry in vault.entries(profile):
            row = {
                "store_id": entry.store_id, "kind": entry.kind.value, "platform": entry.platform,
                "login": entry.login, "label": entry.label, "key_version": entry.key_version,
                "updated_at": entry.updated_at.isoformat(timespec="seconds"),
            }  # fmt: skip
            print(json.dumps(row) if args.json else "\t".join(str(v) for v in row.values()))
        return 0
    _unlock(vault, profile, secrets)
    if action == "check":
        return _check(vault, profile)
    if action == "add":
        return _add(args, vault, profile, secrets)
    if action == "reveal":
        return _reveal(args, vault, profile)
    if action == "rotate":
        return _rotate(args, vault, profile, secrets)
    if action == "export":
        count = export_backup(
            vault, profile, args.file, secrets.read("backup password", confirm=True),
            overwrite=args.force,
        )  # fmt: skip
        print(f"exported {count} entries to {args.file}", file=sys.stderr)
        return 0
    result = import_backup(
        vault, profile, args.file, secrets.read("backup password"), replace=args.replace
    )
    print(
        f"imported: {result.added} added, {result.replaced} replaced, "
        f"{result.unchanged} already present",
        file=sys.stderr,
    )
    return 0


def _check(vault: Vault, profile: str) -> int:
    report = vault.open_all(profile)
    for check in report.entries:
        state = f"PROBLEM: {check.problem}" if check.problem else "ok"
        commitment = "0x" + check.commitment.hex() if check.commitment else "-"
        print(f"{check.entry.store_id}\t{check.entry.key_version}\t{commitment}\t{state}")
    return 1 if report.problems else 0


def _add(args: argparse.Namespace, vault: Vault, profile: str, secrets: SecretInput) -> int:
    if args.api_token:
        vault.set_api_token(profile, secrets.read("API token"))
        print(f"kept the API token of profile {profile}", file=sys.stderr)
        return 0
    if not args.store or not args.platform or not args.login:
        raise VaultError("cli.vault_add_needs")
    credential = StoreCredential(
        platform=args.platform,
        login=args.login,
        password=secrets.read("password"),
        api_keys=tuple(secrets.read("API keys (separated by spaces)").split()),
        totp_seed=secrets.read("TOTP seed (base32, may be empty)").strip(),
        notes=secrets.read("notes"),
    )
    entry = vault.add_credential(profile, args.store, credential, args.label, args.replace)
    print(f"kept {entry.store_id} at key version {entry.key_version}", file=sys.stderr)
    return 0


def _reveal(args: argparse.Namespace, vault: Vault, profile: str) -> int:
    if args.api_token:
        shown = vault.reveal(profile, profile, SecretField.API_TOKEN, args.purpose)
    elif args.store and args.field:
        shown = vault.reveal(profile, args.store, SecretField(args.field), args.purpose)
    else:
        raise VaultError("cli.vault_reveal_needs")
    print(shown.value)
    print(
        f"recorded access #{shown.access_id}; purpose hash 0x{shown.purpose_hash.hex()}",
        file=sys.stderr,
    )
    return 0


def _rotate(args: argparse.Namespace, vault: Vault, profile: str, secrets: SecretInput) -> int:
    if not args.master:
        if not args.store:
            raise VaultError("cli.vault_rotate_needs")
        entry = vault.rotate_entry(profile, args.store)
        print(f"rotated {entry.store_id} to key version {entry.key_version}", file=sys.stderr)
        return 0
    mode = VaultMode.PASSWORD if args.to_password else None
    mode = VaultMode.KEYRING if args.to_keyring else mode
    target = mode or vault.status(profile).mode
    password = None
    if target is VaultMode.PASSWORD:
        password = secrets.read("new vault password", confirm=True)
    vault.rotate_master_key(profile, password, mode)
    print(f"rotated the master key of profile {profile}", file=sys.stderr)
    return 0
