"""Claim all: one transaction that claims an investor's profit share in many tokens.

The platform's ClaimRouter (named by the StoreRegistry's `claimRouter()`) calls each token's
`claimFor(sender)`, which pays the sender and nobody else under the rules of the sender's own
`claim` (KYC current, claims not paused, something to claim). One failing token reverts the whole
transaction, so callers pass only the tokens they have checked (claimable > 0, KYC current), and
the pipeline's simulation explains any refusal before anything is signed.

Cost: about 58,000 gas for one token and about 25,000 for each further one, against about
54,000 for every separate `claim()` (tests/contracts/test_claim_gas.py measures both).
"""

from __future__ import annotations

from collections.abc import Sequence

from eth_typing import ChecksumAddress

from app.chain.calldata import encode_call
from app.chain.client import ChainClient, checksum
from app.chain.errors import ChainError
from app.chain.signer import Signer
from app.chain.transactions import Intent, TransactionPipeline
from app.chain.txstore import TransactionRecord

ZERO = "0x" + "00" * 20
# A block holds far more (25,000 gas a token), but a review screen listing the tokens and a
# failure that reverts them all both argue for batches of a readable size.
MAX_TOKENS = 50


def claim_router_of(client: ChainClient, registry: str) -> ChecksumAddress:
    """The ClaimRouter the registry names (one eth_call)."""
    address = client.contract("StoreRegistry", registry).functions.claimRouter().call()
    if int(str(address), 16) == 0:
        raise ChainError("chain.no_claim_router", registry=checksum(registry))
    return checksum(str(address))


def claim_all_intent(router: str, tokens: Sequence[str], symbols: Sequence[str] = ()) -> Intent:
    """`ClaimRouter.claimAll(tokens)`: each token once, in the order given."""
    unique = list(dict.fromkeys(checksum(t) for t in tokens))
    if not unique:
        raise ChainError("chain.claim_all_empty")
    if len(unique) > MAX_TOKENS:
        raise ChainError("chain.claim_all_too_many", count=len(unique), limit=MAX_TOKENS)
    named = ", ".join(symbols) or (f"{len(unique)} tokens" if len(unique) > 1 else "1 token")
    return Intent(
        checksum(router),
        encode_call("ClaimRouter", "claimAll", unique),
        0,
        f"Claim profit share: {named}",
    )


def send_claim_all(
    pipeline: TransactionPipeline,
    signer: Signer,
    router: str,
    tokens: Sequence[str],
    symbols: Sequence[str] = (),
    *,
    timeout: float = 120.0,
) -> TransactionRecord:
    """Simulate, record, sign and send one claim-all, and wait for its receipt."""
    record = pipeline.send(claim_all_intent(router, tokens, symbols), signer)
    return pipeline.wait(record.intent_id, timeout=timeout)
