"""The treasury CLI's commands (the parser and the secrets' order are in app.cli.treasury)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass
from typing import Any, TextIO

from app.cli.command import EXIT_DECLINED, EXIT_NOT_SENT, Cli, UsageError, exit_code_of
from app.cli.secrets import SecretInput
from app.cli.treasury import READS_REPORTS, SIGNING
from app.cli.wallet import InputEnded
from app.services.proposal_evidence import ProposalEvidence
from app.storage.db import Database
from app.storage.settings_store import load_settings
from app.treasury import audit_export
from app.treasury.actions import Kind, State
from app.treasury.approvals import doubled_reason
from app.treasury.audit import AuditTrail, verify
from app.treasury.desk import TreasuryDesk
from app.treasury.errors import ProposalRefused
from app.treasury.execution import already_done, finish_open, run
from app.treasury.views import ProposalView, StoreOverview
from app.units import stablecoin_text as money


def when(timestamp: int) -> str:
    return f"{dt.datetime.fromtimestamp(timestamp, dt.UTC):%Y-%m-%d %H:%M} UTC"


def _err(text: str) -> None:
    if text:  # progress ends with "" (done)
        print(text, file=sys.stderr, flush=True)


@dataclass
class Context:
    args: argparse.Namespace
    db: Database
    desk: TreasuryDesk | None
    signer: Any
    secrets: SecretInput | None = None  # approve --for-safe unlocks after the confirmation
    cli: Cli | None = None

    @classmethod
    def open(cls, cli: Cli) -> Context:
        args = cli.args
        command = args.treasury_command
        if command == "audit-verify":
            return cls(args, cli.db, None, None, cli=cli)
        profile = cli.profile()
        if not profile.rpc_url or not profile.registry_address:
            raise UsageError("treasury.cli_no_network")
        if command in SIGNING and not args.account:
            raise UsageError("treasury.cli_no_account", command=command)
        secrets = _treasury_secrets(cli.stdin)
        api = None
        if command in READS_REPORTS and (profile.api_url or command == "propose"):
            if not profile.api_url:
                raise UsageError("treasury.cli_no_api_url")
            from app.backend.client import ApiClient

            api = cli.closing(ApiClient(profile.api_url, cli.api_token(secrets)))
        signer = None
        for_safe = command == "approve" and getattr(args, "for_safe", None)
        if command in SIGNING and not for_safe:
            signer = unlock(cli, args.account, secrets)
        tolerance = args.tolerance_bp
        if tolerance is None:
            tolerance = load_settings(cli.db).reconciliation_tolerance_bp
        desk = TreasuryDesk(cli.chain(), api, tolerance_bp=tolerance)
        return cls(args, cli.db, desk, signer, secrets, cli)


def _treasury_secrets(stream: TextIO) -> SecretInput:
    return SecretInput(stream, ended=lambda what, line: InputEnded(what=what, line=line))


def unlock(cli: Cli, address: str, secrets: SecretInput) -> Any:
    """The signer of `address` after its wallet password (the one signing grant)."""
    from app.wallet.grant import SigningGrant
    from app.wallet.session import WalletSession
    from app.wallet.wallet import Wallet

    wallet = Wallet(cli.root, cli.db)
    account = wallet.account(address)  # an unknown account fails before the password
    password = secrets.read(f"wallet password for {account.address}")
    wallet.verify_password(password)  # a wrong password fails before anything is prepared
    grant = SigningGrant(WalletSession(wallet), account.address, password)
    return cli.closing(grant).signer


def dispatch(args: argparse.Namespace, ctx: Context) -> int:
    command = args.treasury_command
    if command == "audit-verify":
        return _audit_verify(args, ctx.db, ctx.cli)
    desk = ctx.desk
    assert desk is not None
    for outcome in finish_open(desk.workflow, timeout=args.timeout, progress=_err):
        action = outcome.action
        what = f"#{action.proposal_id}" if action.proposal_id else f"period {action.period}"
        _err(f"resumed: {action.kind} {what} by {action.actor}: {outcome.words}")
    desk.sync()
    if command == "list":
        return _list(desk)
    if command == "show":
        if args.store:
            return _show_store(desk.overview([args.store]))
        if args.proposal_id is None:
            raise UsageError("treasury.cli_show_what")
        return _show_proposal(desk, desk.proposal(args.proposal_id))
    if command == "audit-export":
        return _audit_export(args, desk)
    if command == "propose":
        return _propose(args, ctx, desk)
    if command == "approve" and args.for_safe:
        return _approve_for_safe(args, ctx, desk)
    return _act(args, ctx, desk, Kind(command))


def _list(desk: TreasuryDesk) -> int:
    for store in desk.overview():
        print(
            f"store {store.symbol:<8} pending {money(store.pending):>22}  "
            f"cap/period {money(store.cap_per_period)}"
        )
    for view in desk.proposals():
        print(_proposal_line(view))
    return 0


def _proposal_line(view: ProposalView) -> str:
    s = view.state
    return (
        f"#{view.id:<4} {view.symbol:<8} {view.period}  {money(s.amount):>20}  "
        f"{view.status.name.lower():<9} {s.approvals}/{view.threshold} approvals  "
        f"proposer {s.proposer}  expires {when(s.expires_at)}"
    )


def _show_store(stores: list[StoreOverview]) -> int:
    if not stores:
        raise ProposalRefused("treasury.cli_no_such_store")
    store = stores[0]
    print(f"store {store.symbol} ({store.merchant_id or 'no reports'}) {store.store_hex}")
    print(f"pending in the treasury: {money(store.pending)}")
    if store.report_error:
        print(f"reports unavailable: {store.report_error}")
    for row in store.periods:
        rec = row.reconciliation
        state = "no report" if rec is None else ("ok" if rec.ok else "DIFFERENCE")
        paid = f"  paid by #{row.proposal_id}" if row.proposal_id else ""
        share = money(row.report.investor_share) if row.report else "-"
        print(
            f"{row.period}  routed {money(row.routed):>18}  credited {money(row.credited):>16}  "
            f"investors' share {share:>16}  reconciliation {state}{paid}"
        )
        for reason in (rec.reasons if rec else []) + ([row.problem] if row.problem else []):
            print(f"    ! {reason}")
    return 0


def _show_proposal(desk: TreasuryDesk, view: ProposalView) -> int:
    print(_proposal_line(view))
    print(f"report hash 0x{view.state.report_hash.hex()}")
    print(f"approved by: {', '.join(view.approved_by) or 'nobody yet'}")
    for safe, owner in view.state.doubled:
        print(f"! {doubled_reason(view.id, safe, owner)}")
    for kind, tx in view.tx_hashes.items():
        print(f"{kind:<9} tx {tx}")
    from app.treasury.approval_detail import override_of

    reason, by = override_of(desk.audit.entries(), view)
    if reason:
        note = desk.workflow.override_notes.get(view.id)
        signed = note is not None and note.reason == reason
        print(f"override reason by {by}{' (signed by the proposer)' if signed else ''}: {reason}")
    if desk.api is not None:
        report, problem = desk.report_of(view)
        if report is not None:
            print(
                f"report: routed {money(report.routed_on_chain)}, investors' share "
                f"{money(report.investor_share)}"
            )
        if problem:
            print(f"! {problem}")
    lines = _evidence(desk).check(view.state.store_id, view.state.period, view.state.report_hash)
    print(f"{'! ' if lines.flagged else ''}bank lines: {lines.why}")
    return 0


def _propose(args: argparse.Namespace, ctx: Context, desk: TreasuryDesk) -> int:
    review = desk.draft(args.symbol, args.period, args.reason)
    evidence = _evidence(desk)
    draft, preview = evidence.stamp(review.draft), review.preview
    print(f"proposing {money(draft.amount)} for {args.symbol} {args.period}")
    print(
        f"payout preview: {preview.paid_count} of {preview.holder_count} holders paid, "
        f"dust {preview.dust} base units"
    )
    for holder in preview.largest[:5]:
        print(f"    {holder.address}  {money(holder.payout)}")
    for warning in draft.warnings:
        print(f"! {warning}")
    if draft.override_reason:
        print(f"reconciliation overridden: {draft.override_reason}")
    if draft.lines_hash:
        print(f"matched bank lines hash {draft.lines_hash}")
    action = desk.workflow.propose(draft, ctx.signer.address)
    evidence.record(draft, ctx.signer.address, action.id)
    done = run(desk.workflow, action.id, ctx.signer, progress=_err, timeout=args.timeout)
    if done.proposal_id is not None and desk.workflow.override_notes.get(done.proposal_id):
        from app.treasury.signature_exchange import share_overrides

        api = getattr(desk.api, "client", desk.api)
        if api is not None:  # approvers elsewhere read the reason
            share_overrides(desk.workflow, api, [])
        if not desk.workflow.override_notes.unshared():
            print(f"override reason of proposal #{done.proposal_id} published, signed by you")
    return _finish(desk, done)


def _act(args: argparse.Namespace, ctx: Context, desk: TreasuryDesk, kind: Kind) -> int:
    actor = ctx.signer.address
    flow = desk.workflow
    if kind == Kind.APPROVE:  # the bank lines it rests on, changed since it was proposed?
        view = desk.proposal(args.proposal_id)
        lines = _evidence(desk).check(
            view.state.store_id, view.state.period, view.state.report_hash
        )
        if lines.flagged:
            _err(f"! {lines.why}")
    if flow.actions.find_open(flow.chain_id, kind, actor, proposal_id=args.proposal_id) is None:
        done = already_done(flow, kind, args.proposal_id, actor)
        if done:
            print(done)
            return 0
    if kind == Kind.APPROVE:  # a signature kept locally: no transaction, no gas
        signed = flow.sign_approval(args.proposal_id, ctx.signer, channel="keystore")
        print(f"approve proposal #{args.proposal_id}: signed by {signed.signer} (no transaction)")
        return 0
    note = getattr(args, "reason", None)
    signed_by = getattr(args, "signed_by", None)
    action = flow.act(kind, args.proposal_id, actor, note=note, signed_by=signed_by)
    return _finish(desk, run(flow, action.id, ctx.signer, progress=_err, timeout=args.timeout))


def _approve_for_safe(args: argparse.Namespace, ctx: Context, desk: TreasuryDesk) -> int:
    """An owner's part of a Safe's approval: checked, shown, confirmed, signed, kept; at the
    Safe's threshold the Safe's approval is assembled and recorded (no transaction)."""
    from eth_utils import is_address

    if not is_address(args.for_safe):
        raise UsageError("treasury.cli_bad_safe", value=f"{args.for_safe:.50}")
    approvals, pid = desk.safe_approvals, args.proposal_id
    turn = approvals.check(pid, args.for_safe, args.account)
    view = desk.proposal(pid)
    safe, message = turn.safe, turn.message
    print(
        f"sign the Safe message for proposal #{pid} as {turn.owner}, an owner of Safe "
        f"{safe.address} (no gas, no transaction)"
    )
    print(
        f"  {money(message.amount)} to the holders of {view.symbol} for {view.period}, "
        f"report 0x{message.report_hash.hex()}"
    )
    print(f"  the Safe's nonce {message.nonce}, valid until {when(message.deadline)}")
    signed = [p.owner for p in turn.parts]
    print(
        f"Safe {safe.address}: {len(signed)} of {safe.threshold} owners signed"
        + (f" ({', '.join(signed)})" if signed else "")
    )
    assert ctx.secrets is not None and ctx.cli is not None
    if not args.yes:
        prompt = f"Type yes to sign your part of the Safe's approval of proposal #{pid}: "
        on_terminal = ctx.cli.stdin.isatty()
        reply = input(prompt) if on_terminal else ctx.secrets.read("confirmation")
        if reply.strip().lower() != "yes":
            _err("not signed: the confirmation was not 'yes'")
            return EXIT_DECLINED
    signer = unlock(ctx.cli, args.account, ctx.secrets)
    progress = approvals.sign_part(pid, safe.address, signer)
    print(progress.line())
    if progress.approved:
        print(
            f"the Safe's approval of proposal #{pid} is recorded "
            f"(owners {', '.join(progress.signed)}; EIP-1271, no transaction)"
        )
    else:
        waiting = progress.threshold - progress.count
        print(f"{waiting} more of these owners must sign: {', '.join(progress.waiting)}")
    return 0


def _evidence(desk: TreasuryDesk) -> ProposalEvidence:
    """The hash of the period's matched bank statement lines, carried beside the report hash
    (app.services.proposal_evidence), over the statements imported into this data directory."""
    from app.bank.reconciliation import ReconciliationDesk

    statements = ReconciliationDesk(desk.db, desk.api, desk.client, desk.deployment)
    return ProposalEvidence(statements.lines_hash, desk.audit)


def _finish(desk: TreasuryDesk, action: Any) -> int:
    """The action's line, and the exit code of its transaction (SIGNING_EXIT_CODES)."""
    what = f"proposal #{action.proposal_id}" if action.proposal_id else f"period {action.period}"
    print(f"{action.kind} {what}: {action.state} tx {action.tx_hash or '-'}", flush=True)
    if action.state in (State.CONFIRMED, State.SUPERSEDED):
        return 0
    if action.error:
        _err(f"error: {action.error}")
    record = None
    if action.intent_id is not None:
        record = desk.workflow.pipeline.store.get(action.intent_id)
    return EXIT_NOT_SENT if record is None else exit_code_of(record)


def _audit_export(args: argparse.Namespace, desk: TreasuryDesk) -> int:
    fmt = args.format or ("csv" if args.file.suffix.lower() == ".csv" else "json")
    entries = desk.audit.entries()
    text = audit_export.export_csv(entries) if fmt == "csv" else audit_export.export_json(entries)
    if args.file.exists():
        raise UsageError("treasury.cli_file_exists", path=str(args.file))
    args.file.write_text(text, encoding="utf-8")
    _, head = desk.audit.head()
    print(f"wrote {len(entries)} entries to {args.file} ({fmt}); head {head}")
    return 0


def _audit_verify(args: argparse.Namespace, db: Database, cli: Cli | None = None) -> int:
    head = args.expected_head
    if args.file is None:
        entries = AuditTrail(db).entries()
        result = verify(entries, head)
    else:
        text = args.file.read_text(encoding="utf-8")
        if args.file.suffix.lower() == ".csv":
            entries = audit_export.load_csv(text)
        else:
            entries, claimed = audit_export.load_json(text)
            head = head or claimed
        result = verify(entries, head)
    if not result.ok:
        print(f"FAILED at entry {result.first_bad_seq} ({result.problem}): {result.message}")
        return 1
    # What the hash chain shows, and no more: a trail rewritten and rehashed from its first
    # entry, or cut short, is consistent too.
    print(
        f"ok: {result.count} entries are internally consistent (each entry's hash and link "
        "check out)"
    )
    if args.expected_head:
        print(f"the trail ends at the expected head {head}")
    else:
        print(
            "! no head kept elsewhere was given (--expected-head): a trail rewritten and rehashed, "
            "or cut short, would pass this check too"
        )
    return _audit_against_chain(cli, entries)


def _audit_against_chain(cli: Cli | None, entries: list[Any]) -> int:
    """Entries that name a transaction and log, read again from the chain when it is reachable."""
    from app.chain.errors import ChainError
    from app.errors import AppError
    from app.treasury.audit_chain import check_against_chain

    named = sum(1 for e in entries if e.tx_hash is not None and e.log_index is not None)
    try:
        if cli is None or not cli.profile().rpc_url:
            raise AppError("cli.no_rpc_url", profile="-")
        checked = check_against_chain(cli.chain().client, entries)
    except (AppError, ChainError) as error:
        print(f"! {named} entries naming a transaction were not checked against the chain: {error}")
        return 0
    if not checked.ok:
        print(f"FAILED against the chain: {checked.message}")
        return 1
    print(
        f"chain: {checked.checked} entries naming a transaction match their logs; "
        f"{checked.without_log} name none (signatures, overrides) and cannot be checked there"
    )
    return 0
