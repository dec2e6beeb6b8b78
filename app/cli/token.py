"""`python main.py token powers SYMBOL [--json]`: who holds which power over a store's token.

For each role on the token, its timelock, the compliance registry, the distribution treasury that
holds the store's undistributed money and the store registry: who holds it (rebuilt from the
indexed RoleGranted/RoleRevoked events) and what that is (a contract we know, an unknown contract
or a plain key); the store's owner, the pause state, the timelock delay, the governor's
parameters, the router's split and owner, the compliance officers, the sale's terms (price, cap,
deadline, proceeds recipient), the treasury's threshold and this store's cap and balance there,
and what each role can do; and a flag, with the reason, for anything that would let one key mint,
stop claims or payouts or move investors' money, and for a handover offer on other terms than the
store's own (another sale, another treasury, a plain key as guardian). `--json` prints
one object whose flags carry their reason in English, 简体中文 and 繁體中文.

The network is the profile's (--profile), overridden by --rpc-url, --registry and --chain-id (for
the sandbox: the 'rpc:' and 'registry:' lines `python main.py sandbox` prints). Events are
indexed into the data directory's database first. Exit codes: 0 read (flags or not), 1 failed.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from app.cli.command import Cli, command
from app.errors import LANGUAGES, Phrase
from app.units import format_units

if TYPE_CHECKING:
    from app.portfolio.powers_model import Holder, Powers


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "token",
        help="a store's token: powers (who can mint, pause, administer; flags)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    powers = sub.add_parser("powers", help="who holds which power over the token, and flags")
    powers.add_argument("symbol", help="the token's symbol (or address)")
    powers.add_argument("--json", action="store_true", help="one JSON object")
    powers.add_argument("--rpc-url", help="JSON-RPC endpoint (overrides the profile)")
    powers.add_argument("--registry", help="StoreRegistry address (overrides the profile)")
    powers.add_argument("--chain-id", type=int, help="expected chain id (overrides the profile)")
    parser.set_defaults(handler=run)


@command()
def run(cli: Cli) -> int:
    from app.portfolio.holdings import PortfolioReader
    from app.portfolio.powers import PowersReader

    chain = cli.chain()
    reader = PowersReader(
        PortfolioReader(chain.client, cli.db, registry=chain.profile.registry_address), cli.db
    )
    reader.watch(chain.indexer)
    chain.indexer.sync()
    powers = reader.read(cli.args.symbol)
    print(json.dumps(as_json(powers), indent=2) if cli.args.json else "\n".join(table(powers)))
    return 0


def _holder(holder: Holder) -> dict[str, str]:
    return {"address": holder.address, "kind": holder.kind.value, "what": str(holder.kind.phrase)}


def as_json(powers: Powers) -> dict[str, Any]:
    g, r = powers.governor, powers.router
    return {
        "token": powers.token,
        "symbol": powers.symbol,
        "store_id": "0x" + powers.store_id.hex(),
        "block": powers.block_number,
        "timestamp": powers.timestamp,
        "indexed_to": powers.indexed_to,
        "handed_over": powers.handed_over,
        "owner": _holder(powers.owner),
        "pending_owner": _holder(powers.pending_owner) if powers.pending_owner else None,
        "pending_handover": None
        if powers.pending_handover is None
        else {
            "timelock": powers.pending_handover.timelock,
            "sale": powers.pending_handover.sale,
            "treasury": powers.pending_handover.treasury,
            "guardian": powers.pending_handover.guardian,
        },
        "paused": powers.paused,
        "claims_paused": powers.claims_paused,
        "guardian": None
        if powers.guardian is None
        else {
            **_holder(powers.guardian.holder),
            "pause_ends_at": powers.guardian.pause_ends_at,
            "max_pause_seconds": powers.guardian.max_pause,
        },
        "timelock": {"address": powers.timelock.address, "delay_seconds": powers.timelock_delay},
        "governor": {
            "address": g.address,
            "voting_delay": g.voting_delay,
            "voting_period": g.voting_period,
            "proposal_threshold": str(g.proposal_threshold),
            "quorum_numerator": g.quorum_numerator,
            "quorum_denominator": g.quorum_denominator,
            "quorum": None if g.quorum is None else str(g.quorum),
        },
        "router": {
            "address": r.address,
            "investors_bp": r.investors_bp,
            "fee_bp": r.fee_bp,
            "merchant_bp": r.merchant_bp,
            "owner": r.owner,
        },
        "roles": [
            {
                "contract": item.scope,
                "role": item.role,
                "holders": [_holder(h) for h in item.holders],
            }
            for item in powers.roles
        ],
        "compliance_officers": [_holder(h) for h in powers.compliance_officers],
        "treasury": None
        if powers.treasury is None
        else {
            "address": powers.treasury.address,
            "threshold": powers.treasury.threshold,
            "cap_per_period": str(powers.treasury.cap_per_period),
            "pending": str(powers.treasury.pending),
            "admins": [_holder(h) for h in powers.holders("treasury", "DEFAULT_ADMIN_ROLE")],
            "proposers": [_holder(h) for h in powers.holders("treasury", "PROPOSER_ROLE")],
            "approvers": [_holder(h) for h in powers.holders("treasury", "APPROVER_ROLE")],
        },
        "registry": {
            "address": powers.registry,
            "admins": [_holder(h) for h in powers.holders("registry", "DEFAULT_ADMIN_ROLE")],
            "registrars": [_holder(h) for h in powers.holders("registry", "REGISTRAR_ROLE")],
        },
        "sale": None
        if powers.sale is None
        else {
            "address": powers.sale.address,
            "price": str(powers.sale.price),
            "price_decimals": powers.sale.coin_decimals,
            "cap": str(powers.sale.cap),
            "deadline": powers.sale.deadline,
            "proceeds_recipient": _holder(powers.sale.proceeds_recipient),
        },
        "flagged": powers.flagged,
        "flags": [
            {
                "code": flag.code,
                "role": flag.role or None,
                "holder": _holder(flag.holder) if flag.holder else None,
                "platform_held": flag.platform_held,
                "reason": {lang: flag.reason(powers.symbol).text(lang) for lang in LANGUAGES},
            }
            for flag in powers.flags
        ],
    }


def _pause_text(powers: Powers) -> str:
    if powers.claims_paused:
        return "yes: claims and transfers are stopped"
    if powers.paused:
        guard = powers.guardian
        until = guard.pause_ends_at if guard is not None else None
        ends = f" until {_utc(until)}" if until else ""
        return f"transfers only{ends} (the guardian's pause; claims go on)"
    return "no"


def _utc(seconds: int) -> str:
    import datetime as dt

    return dt.datetime.fromtimestamp(seconds, dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _pct(bp: int) -> str:
    return f"{bp // 100}.{bp % 100:02d}%"


def _pst(amount: int) -> str:
    return f"{format_units(amount, 18)} PST"


def _platform_lines(powers: Powers) -> list[str]:
    """The sale's terms, the treasury that holds the store's money and the registry: what each
    role there can do (who holds it is in the roles table)."""
    lines = []
    sale = powers.sale
    if sale is not None:
        r = sale.proceeds_recipient
        price = format_units(sale.price, sale.coin_decimals)
        lines.append(
            f"Sale             {sale.address}  price {price} {sale.coin_symbol} per PST; cap"
            f" {_pst(sale.cap)}; open until {_utc(sale.deadline)}; proceeds to {r.address}"
            f" ({r.kind.phrase})"
        )
    t = powers.treasury
    if t is not None:
        coin = f" {t.coin_symbol}"
        cap = format_units(t.cap_per_period, t.coin_decimals) + coin
        cap = "0 (payouts stopped)" if t.cap_per_period == 0 else cap
        held = format_units(t.pending, t.coin_decimals) + coin
        approvers = len(powers.holders("treasury", "APPROVER_ROLE"))
        lines += [
            f"Treasury         {t.address}  holds {held} of this store's profit share not yet"
            f" paid out; a payout needs a proposer and {t.threshold} of {approvers} approvers;"
            f" cap per payout {cap}",
            f"                 {Phrase('powers.explain.treasury_admin')}",
            f"                 {Phrase('powers.explain.treasury_proposer')}",
            f"                 {Phrase('powers.explain.treasury_approver', threshold=t.threshold)}",
            f"                 {Phrase('powers.explain.treasury_bounds')}",
        ]
    lines += [
        f"Registry         {powers.registry}",
        f"                 {Phrase('powers.explain.registry')}",
    ]
    return lines


def table(powers: Powers) -> list[str]:
    """The human answer: the store's facts, a table of role holders, then the flags."""
    g, r, symbol = powers.governor, powers.router, powers.symbol
    state = "handed over to its DAO" if powers.handed_over else "not yet handed over to its DAO"
    quorum = "—" if g.quorum is None else _pst(g.quorum)
    lines = [
        f"{symbol}  token {powers.token}  (block {powers.block_number})",
        f"Owner            {powers.owner.address}  {powers.owner.kind.phrase}; {state}",
    ]
    if powers.pending_owner is not None:
        p = powers.pending_owner
        lines.append(f"Pending owner    {p.address}  {p.kind.phrase}")
    if powers.pending_handover is not None:
        h = powers.pending_handover
        lines.append(
            f"Pending handover the token's powers offered to timelock {h.timelock} (minter: sale"
            f" {h.sale}, distributor: treasury {h.treasury}, guardian: {h.guardian or 'none'});"
            " waiting for the DAO's vote"
        )
    lines += [
        f"Paused           {_pause_text(powers)}",
        f"Timelock         {powers.timelock.address}  delay {powers.timelock_delay} s",
        f"Governor         {g.address}  voting delay {g.voting_delay}, period {g.voting_period}"
        f" (blocks); proposal threshold {_pst(g.proposal_threshold)};"
        f" quorum {g.quorum_numerator}/{g.quorum_denominator} of the supply (now {quorum})",
        f"Router           {r.address}  investors {_pct(r.investors_bp)}, fee {_pct(r.fee_bp)},"
        f" merchant {_pct(r.merchant_bp)}; "
        + (f"owner {r.owner}" if r.owner else "no owner, no setter"),
    ]
    if powers.guardian is not None:
        guard = powers.guardian
        ends = (
            "no pause now" if guard.pause_ends_at is None else f"pause ends {guard.pause_ends_at}"
        )
        lines.append(f"Guardian         {guard.holder.address}  {guard.holder.kind.phrase}; {ends}")
    officers = ", ".join(f"{h.address} ({h.kind.phrase})" for h in powers.compliance_officers)
    lines += [
        f"Compliance       {officers or 'none'}",
        f"                 {Phrase('powers.explain.compliance')}",
        *_platform_lines(powers),
        "",
        f"{'CONTRACT':<11} {'ROLE':<20} {'HOLDER':<43} WHAT",
    ]
    for item in powers.roles:
        for holder in item.holders:
            lines.append(
                f"{item.scope:<11} {item.role:<20} {holder.address:<43} {holder.kind.phrase}"
            )
    lines.append("")
    if not powers.flags:
        lines.append(f"No flags. {powers.all_clear()}")
    else:
        lines.append(f"FLAGS ({len(powers.flags)})")
        for flag in powers.flags:
            held = f" [{Phrase('powers.platform_held')}]" if flag.platform_held else ""
            lines.append(f"  ! {flag.reason(symbol)}{held}")
    if powers.indexed_to is not None and powers.indexed_to < powers.block_number:
        lines.append(f"(role holders as indexed up to block {powers.indexed_to})")
    return lines
