"""Air-gapped approvals from the command line (registered by app.cli.treasury):

  export-for-signing ID FILE [--qr PNG] [--signer ADDR]
      online: the proposal's Approval for one approver (their current nonce, the proposal's
      expiry as deadline), the revenue report and the reconciliation summary, as a request file
      and optionally its QR code
  sign FILE [--out SIG] [--qr PNG] [--reject --reason TEXT] [--yes]
      offline, no network: shows the decoded proposal, the report and the reconciliation, asks
      for "yes" (unless --yes), then the wallet password of --account, and writes the signature
  import-signature SIG
      online: checks the signature against the chain (proposal, approver role, not the proposer,
      nonce, deadline, the signature itself) and keeps it; SIG may be "-" for the text of a
      scanned QR code on standard input

Exit codes: 0 done, 1 refused (a bad, foreign or tampered file; nothing changed), 2 usage,
3 the confirmation was not "yes" (nothing signed).
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

from app.backend.canonical import report_fields
from app.cli.command import EXIT_DECLINED, Cli, UsageError, say
from app.signers.airgap import (
    Expected,
    SignRequest,
    answer,
    read_request,
    read_signature,
    write_json,
)
from app.signers.qr import write_qr
from app.treasury.reconcile import Reconciliation
from app.treasury.typed_approval import ApprovalMessage
from app.units import stablecoin_text as money

ACTIONS = ("export-for-signing", "sign", "import-signature")


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
    imp = sub.add_parser("import-signature", help="check and keep a signature file")
    imp.add_argument("file", help="the signature file, or - for a scanned QR code's text")


def run(cli: Cli) -> int:
    command = cli.args.treasury_command
    if command == "sign":
        return _sign(cli)
    if command == "export-for-signing":
        return _export(cli)
    return _import(cli)


# --- offline ---------------------------------------------------------------------------------


def _sign(cli: Cli) -> int:
    from app.cli.treasury_commands import _treasury_secrets, unlock

    args = cli.args
    if not args.account:
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
    lines.append(f"reconciliation: {state} (tolerance {rec.get('tolerance_bp', '?')} bp)")
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
        lines.append(f"proposer's override reason: {rec['override_reason']}")
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
    from app.chain.client import checksum
    from app.treasury.errors import ProposalRefused

    args = cli.args
    signer = args.signer or args.account
    if not signer:
        raise UsageError("signer.cli_no_signer")
    signer = checksum(signer)
    desk = _desk(cli, api_needed=True)
    desk.sync()
    view = desk.proposal(args.proposal_id)
    report, problem = desk.report_of(view)
    if report is None or problem:
        raise ProposalRefused("signer.export_report", proposal=view.id, reason=problem)
    nonce = int(desk.reader.treasury.functions.nonces(signer).call())
    s = view.state
    message = ApprovalMessage(
        proposal_id=s.proposal_id,
        store_id=s.store_id,
        period=s.period,
        amount=s.amount,
        report_hash=s.report_hash,
        nonce=nonce,
        deadline=s.expires_at,
    )
    request = SignRequest(
        message,
        desk.client.chain_id,
        desk.treasury,
        signer,
        {**report_fields(report), "report_hash": report.report_hash},
        _reconciliation(desk, view),
    )
    fields = request.fields()
    write_json(args.file, fields)
    if args.qr:
        write_qr(args.qr, fields)
    print(f"wrote the request to approve proposal #{view.id} as {signer} to {args.file}")
    if args.qr:
        print(f"and its QR code to {args.qr}")
    return 0


def _reconciliation(desk: Any, view: Any) -> dict[str, Any]:
    store = desk.deployment.store(view.state.store_id)
    row = next((r for r in desk.store_overview(store).periods if r.period == view.period), None)
    override = next(
        (
            str(e.details.get("reason"))
            for e in reversed(desk.audit.entries())
            if e.kind == "override"
            and e.details.get("report_hash") == "0x" + view.state.report_hash.hex()
        ),
        None,
    )
    rec: Reconciliation | None = row.reconciliation if row else None
    if rec is None:
        return {"ok": False, "checks": [], "override_reason": override, "missing": True}
    return {
        "ok": rec.ok,
        "tolerance_bp": rec.tolerance_bp,
        "platform_sales": rec.platform_sales,
        "settled": rec.settled,
        "routed": rec.routed,
        "checks": [
            {
                "name": c.name,
                "expected": c.expected,
                "observed": c.observed,
                "difference": c.difference,
                "difference_bp": c.difference_bp,
                "flagged": c.flagged,
                "reason": c.reason,
            }
            for c in rec.checks
        ],
        "override_reason": override,
    }


def _import(cli: Cli) -> int:
    from app.treasury.signature_check import check_decision
    from app.treasury.typed_approval import SignedDecision

    args = cli.args
    desk = _desk(cli, api_needed=False)
    source: Path | str = Path(args.file)
    if args.file == "-":
        source = cli.stdin.read()
    expected = Expected(desk.client.chain_id, desk.treasury)
    signed = read_signature(source, expected)
    decision = SignedDecision(
        message=signed.message,
        signer=signed.signer,
        signature=signed.signature,
        channel="airgap",
        signed_at=signed.signed_at,
    )
    check_decision(desk.client, desk.treasury, decision)
    keep(cli, desk, decision)
    print(
        f"imported the {signed.kind} of proposal #{signed.message.proposal_id} by {signed.signer} "
        f"(signed {_when(signed.signed_at)})"
    )
    return 0


def keep(cli: Cli, desk: Any, decision: Any) -> None:
    """Keep a checked signature where the desk reads signatures (filled in with the store)."""
