"""`python main.py portfolio claim --all --account ADDR`: claim the profit share of every token
with something to claim, in one transaction through the platform's claim router (in parts of 50
tokens; one `claim()` per token when the registry names no router). The same checks as the
Portfolio page first (something to claim, KYC current): a refusal signs nothing. Each
transaction's hash goes to standard output as soon as it is sent; a transaction that does not
confirm stops the rest, and its exit code is the command's.
"""

from __future__ import annotations

from typing import Any

from app.cli.command import Cli, say


def claim_all(cli: Cli, chain: Any, snapshot: Any) -> int:
    from app.cli.treasury_commands import unlock
    from app.cli.wallet import wallet_secrets
    from app.portfolio.claim_router import claim_all_intents, find_claim_router

    args = cli.args
    router = find_claim_router(chain.client, chain.profile.registry_address)
    intents = claim_all_intents(router, snapshot)  # nothing to claim, KYC: refused, exit 1
    signer = unlock(cli, args.account, wallet_secrets(cli.stdin))
    tokens = sum(1 for h in snapshot.holdings if h.claimable > 0)
    how = "through the claim router" if router is not None else "one claim per token"
    say(f"claiming {tokens} token(s) in {len(intents)} transaction(s), {how}")
    for intent in intents:
        record = chain.pipeline.send(intent, signer)
        print(record.latest.tx_hash, flush=True)
        say(f"sent: {record.description}")
        if args.wait > 0:
            record = chain.pipeline.wait(record.intent_id, args.wait)
        code = cli.finish(record, hash_printed=True)
        if code != 0:
            return code
    return 0
