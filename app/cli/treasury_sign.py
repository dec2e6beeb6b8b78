"""Air-gapped approvals from the command line (registered by app.cli.treasury):

  export-for-signing ID FILE [--qr PNG] [--signer ADDR]
      online: the proposal's Approval for one approver (their current nonce, the proposal's
      expiry as deadline), the revenue report and the reconciliation summary, as a request file
      and optionally its QR code
  sign FILE [--out SIG] [--qr PNG] [--reject --reason TEXT] [--yes] [--ledger [PATH]]
      offline, no network: shows the decoded proposal, the report and the reconciliation, asks
      for "yes" (unless --yes), then the wallet password of --account (or signs on a Ledger),
      and writes the signature
  import-signature SIG
      online: checks the signature against the chain (proposal, approver role, not the proposer,
      nonce, deadline, the signature itself) and keeps it; SIG may be "-" for the text of a
      scanned QR code on standard input. With an API URL it is also posted to the platform.
  sync-signatures
      online: pending proposals' signatures both ways through the platform's API (this
      machine's posted, the others' checked against the chain and kept)
  clear-signing DIR
      this network's ERC-7730 clear-signing descriptors (resources/erc7730 with the addresses
      of its treasury, tokens, sales, stablecoin and claim router), for wallets to load

Exit codes: 0 done, 1 refused (a bad, foreign or tampered file; nothing changed), 2 usage,
3 the confirmation was not "yes" (nothing signed).
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

from app.cli.command import EXIT_DECLINED, Cli, UsageError, say
from app.signers.airgap import SignRequest, answer, read_request, write_json
from app.signers.errors import AirgapFileError
from app.signers.qr import write_qr
from app.units import stablecoin_text as money

ACTIONS = (
    "export-for-signing",
    "sign",
    "import-signature",
    "sync-signatures",
    "clear-signing",
)


def add_actions(sub: Any) -> None:
    export = sub.add_parser("export-for-signing", help="write a request to sign offline")
    export.add_argument("proposal_id", type=int)
    export.add_argument("file", type=Path)
    export.add_argument("--qr", type=Path, help="also write the request as a QR code (PNG)")
    export.add_argument("--signer", help="the approver who signs offline (default: --account)")
    sign = sub.add_parser("sign", help="sign a request file (offline; no network needed)")
    sign.add_argument("file", type=Path)
    sign.add_argument("--out", type=Path, help="the signature file (default: FILE.signature.json)")
    sign.add_argument("--qr", type=Path, help="also write the signature as a QR code (PNG)")
    sign.add_argument("--reject", action="store_true", help="sign a rejection instead")
    sign.add_argument("--reason", help="why the proposal is rejected (with --reject)")
    sign.add_argument("--yes", action="store_true", help="sign without asking to confirm")
    sign.add_argument(
        "--ledger",
        nargs="?",
        const="44'/60'/0'/0/0",
        metavar="PATH",
        help="sign on a Ledger (USB) at this derivation path instead of the wallet",
    )
    imp = sub.add_parser("import-signature", help="check and keep a signature file")
    imp.add_argument("file", help="the signature file, or - for a scanned QR code's text")
    sub.add_parser(
        "sync-signatures",
        help="share signatures of pending proposals through the platform's API, both ways",
    )
    clear = sub.add_parser(
        "clear-signing", help="write this network's ERC-7730 descriptors (for wallets)"
    )
    clear.add_argument("directory", type=Path)


def run(cli: Cli) -> int:
    command = cli.args.treasury_command
    if command == "sign":
        return _sign(cli)
    if command == "export-for-signing":
        return _export(cli)
    if command == "sync-signatures":
        return _sync(cli)
    if command == "clear-signing":
        return _clear_signing(cli)
    return _import(cli)


# --- offline ---------------------------------------------------------------------------------


def _sign(cli: Cli) -> int:
    from app.cli.treasury_commands import _treasury_secrets, unlock

    args = cli.args
    if not args.account and not args.ledger:
        raise UsageError("treasury.cli_no_account", command="sign")
    if args.reject and not (args.reason or "").strip():
        raise UsageError("signer.cli_reject_reason")
    if args.reason and not args.reject:
        raise UsageError("signer.cli_reason_without_reject")
    request = read_request(args.file)
    out = args.out or args.file.with_name(args.file.stem + ".signature.json")
    for line in describe(request):
        print(line)
    secrets = _treasury_secrets(cli.stdin)
    if not args.yes:
        verb = "reject" if args.reject else "approve"
        on_terminal = cli.stdin.isatty()
        prompt = f"Type yes to sign and {verb} proposal #{request.message.proposal_id}: "
        reply = input(prompt) if on_terminal else secrets.read("confirmation")
        if reply.strip().lower() != "yes":
            say("not signed: the confirmation was not 'yes'")
            return EXIT_DECLINED
    signer: Any
    if args.ledger:
        from app.signers.ledger import LedgerSigner

        signer = LedgerSigner.usb(args.ledger)  # the device shows the hashes (or clear fields)
    else:
        signer = unlock(cli, args.account, secrets)
    reason = args.reason.strip() if args.reject else None
    signed = answer(request, signer, signed_at=int(time.time()), reject_reason=reason)
    fields = signed.fields()
    write_json(out, fields)
    if args.qr:
        write_qr(args.qr, fields)
    print(
        f"signed the {signed.kind} of proposal #{request.message.proposal_id} as {signer.address}"
    )
    print(f"wrote {out}" + (f" and {args.qr}" if args.qr else ""))
    return 0


def describe(request: SignRequest) -> list[str]:
    """What the approver reads before signing: the proposal, the report, the reconciliation."""
    m, r, rec = request.message, request.report, request.reconciliation
    lines = [
        f"proposal #{m.proposal_id} on chain {request.chain_id}, treasury {request.treasury}",
        f"  store      {r.get('token_symbol', '?')} ({r.get('merchant_id', '?')}) "
        f"0x{m.store_id.hex()}",
        f"  period     {m.period // 100:04d}-{m.period % 100:02d}",
        f"  amount     {money(m.amount)}",
        f"  signer     {request.signer} (nonce {m.nonce})",
        f"  valid until {_when(m.deadline)}",
        f"report 0x{m.report_hash.hex()} (checked against the file's report)",
    ]
    for key in ("gross_sales", "settled_proceeds", "routed_on_chain", "investor_share"):
        if isinstance(r.get(key), int):
            lines.append(f"  {key.replace('_', ' '):<17} {money(r[key])}")
    lines.append(f"  investors' share {r.get('investor_share_bp', '?')} bp")
    state = "ok" if rec.get("ok") else "DIFFERENCE"
    if rec.get("missing"):
        state = "none (no report reconciled on the desk)"
    lines.append(f"reconciliation: {state} (tolerance {rec.get('tolerance_bp', '?')} bp)")
    inputs = rec.get("inputs") or {}
    if inputs:
        credited = inputs.get("credited_to_investors")
        lines.append(
            "  recomputed here from the report and the chain's figures as the desk read them "
            f"(not checkable offline): routed {money(inputs.get('routed_on_chain', 0))}, "
            f"credited {money(credited) if isinstance(credited, int) else '-'}"
        )
    for check in rec.get("checks", []):
        if isinstance(check, dict):
            mark = "!" if check.get("flagged") else " "
            lines.append(
                f"  {mark} {check.get('name')}: expected {check.get('expected')}, observed "
                f"{check.get('observed')}, difference {check.get('difference')}"
            )
            if check.get("reason"):
                lines.append(f"      {check['reason']}")
    if rec.get("override_reason"):
        lines.append(
            f"proposer's override reason (from the desk's audit trail, not covered by the "
            f"report hash): {rec['override_reason']}"
        )
    return lines


def _when(timestamp: int) -> str:
    return f"{dt.datetime.fromtimestamp(timestamp, dt.UTC):%Y-%m-%d %H:%M} UTC"


# --- online ----------------------------------------------------------------------------------


def _desk(cli: Cli, *, api_needed: bool) -> Any:
    from app.cli.treasury_commands import _treasury_secrets
    from app.storage.settings_store import load_settings
    from app.treasury.desk import TreasuryDesk

    profile = cli.profile()
    if not profile.rpc_url or not profile.registry_address:
        raise UsageError("treasury.cli_no_network")
    api = None
    if profile.api_url or api_needed:
        if not profile.api_url:
            raise UsageError("treasury.cli_no_api_url")
        from app.backend.client import ApiClient

        token = cli.api_token(_treasury_secrets(cli.stdin))
        api = cli.closing(ApiClient(profile.api_url, token))
    tolerance = cli.args.tolerance_bp
    if tolerance is None:
        tolerance = load_settings(cli.db).reconciliation_tolerance_bp
    return TreasuryDesk(cli.chain(), api, tolerance_bp=tolerance)


def _export(cli: Cli) -> int:
    from app.signers.desk_airgap import sign_request

    args = cli.args
    signer = args.signer or args.account
    if not signer:
        raise UsageError("signer.cli_no_signer")
    request = sign_request(_desk(cli, api_needed=True), args.proposal_id, signer)
    fields = request.fields()
    write_json(args.file, fields)
    if args.qr:
        write_qr(args.qr, fields)
    pid = request.message.proposal_id
    print(f"wrote the request to approve proposal #{pid} as {request.signer} to {args.file}")
    if args.qr:
        print(f"and its QR code to {args.qr}")
    return 0


def _import(cli: Cli) -> int:
    from app.signers.desk_airgap import import_signature

    args = cli.args
    desk = _desk(cli, api_needed=False)
    source: Path | str = cli.stdin.read() if args.file == "-" else Path(args.file)
    try:
        signed, decision = import_signature(desk, source)
    except AirgapFileError as error:
        if error.code != "signer.airgap_already_imported":
            raise
        print(error.user_message)  # a no-op, not a failure
        return 0
    print(
        f"imported the {signed.kind} of proposal #{signed.message.proposal_id} by {signed.signer} "
        f"(received {_when(int(time.time()))}; the file claims it was signed "
        f"{_when(signed.signed_at)})"
    )
    entry = desk.audit.entries()[-1]
    if entry.details.get("signed_at_implausible"):
        say(
            "! the claimed signing time is before the proposal existed or in the future: "
            "it is recorded as claimed and flagged in the audit trail"
        )
    if desk.api is not None:
        _share(desk.api, decision)
    return 0


def _sync(cli: Cli) -> int:
    from app.treasury.rules import Status
    from app.treasury.signature_exchange import sync

    desk = _desk(cli, api_needed=True)
    desk.sync()
    pending = [v.id for v in desk.proposals() if v.status == Status.PENDING]
    done = sync(desk.workflow, desk.api, pending)
    print(
        f"{len(pending)} pending proposals: {done.pulled} signatures received, {done.pushed} "
        f"shared, {done.refused} received but no longer accepted by the treasury"
    )
    return 0


def _clear_signing(cli: Cli) -> int:
    """The ERC-7730 descriptors with this network's deployments, one JSON file each."""
    import json

    from app.chain.claim_all import claim_router_of
    from app.chain.errors import ChainError
    from app.signers.erc7730 import for_network

    desk = _desk(cli, api_needed=False)
    try:
        router: str | None = claim_router_of(desk.client, desk.deployment.registry)
    except ChainError:
        router = None  # a registry without a claim router: its descriptor has no deployment
    directory = cli.args.directory
    directory.mkdir(parents=True, exist_ok=True)
    published = for_network(desk.client.chain_id, desk.deployment, claim_router=router)
    for name, descriptor in published.items():
        text = json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
        (directory / f"{name}.json").write_text(text, encoding="utf-8")
    chain = desk.client.chain_id
    print(f"wrote {len(published)} ERC-7730 descriptors for chain {chain} to {directory}")
    return 0


def _share(api: Any, decision: Any) -> None:
    """Post the signature to the platform's API so other machines see it; kept locally either
    way, so a refusal here is a warning (a duplicate means it is there already)."""
    from pydantic import ValidationError

    from app.backend.errors import BackendError, BackendHttpError
    from app.treasury.signature_exchange import publish

    try:
        publish(api, decision)
    except ValidationError:  # e.g. a reason over 1,000 characters, signed by an older version
        say("warning: kept here, but the platform's API cannot take it (a field too long)")
    except BackendHttpError as error:
        if error.server_code == "duplicate":
            print("the platform's API had it already")
            return
        say(f"warning: kept here, but not shared through the platform's API: {error}")
    except BackendError as error:
        say(f"warning: kept here, but not shared through the platform's API: {error}")
    else:
        print("shared through the platform's API")
