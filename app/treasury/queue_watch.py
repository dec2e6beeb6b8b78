"""Keeping the approval queue current without a manual refresh, cheaply.

`stamp()` is one round trip (the chain's head block) and one local query (the signature store's
count and latest signing time: approvals are signatures, not transactions). Only when the
stamp moves does `refreshed()` read again, and then only the proposals, the queue and the audit
trail (no revenue reports): enough to show a signature within the refresh interval. It says when
the stores' figures may have moved too (routing, an execution, a cancel), so the caller reloads
everything then.
"""

from __future__ import annotations

import logging
from collections.abc import Hashable
from dataclasses import dataclass, replace
from typing import Any

from pydantic import ValidationError

from app.backend.errors import BackendError, BackendHttpError
from app.chain.client import checksum
from app.treasury.errors import TreasuryError
from app.treasury.signature_exchange import collect, publish, share_overrides
from app.treasury.typed_approval import SignedDecision
from app.treasury.views import DeskSnapshot

STRUCTURAL = frozenset({"routed", "executed", "cancelled"})
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stamp:
    block: int
    signatures: Hashable = None  # what the signature list says (count, ETag), if any


def stamp(desk: Any) -> Stamp:
    """The chain's head block and the signature store's (count, latest signing time)."""
    block = int(desk.client.rpc("eth_blockNumber", []), 16)
    return Stamp(block, desk.workflow.signatures.stamp())


def refreshed(desk: Any, snap: DeskSnapshot) -> tuple[DeskSnapshot, bool]:
    """The snapshot with its proposals, queue and audit trail read again; True when the stores'
    figures may have changed as well (reload everything)."""
    desk.sync()
    proposals = desk.proposals()
    queue = desk.queue(snap.account, proposals) if snap.roles.approver else []
    _, now = desk.reader.head()
    audit = tuple(desk.audit.entries())
    known = {e.seq for e in snap.audit}
    structural = any(e.kind in STRUCTURAL for e in audit if e.seq not in known)
    fresh = replace(snap, proposals=tuple(proposals), queue=tuple(queue), audit=audit, now=now)
    return fresh, structural


def _key(decision: SignedDecision) -> tuple[str, str, int]:
    """One decision per signer, kind and nonce (as the signature store keeps them)."""
    return checksum(decision.signer), decision.kind, decision.message.nonce


class SignatureFeed:
    """Everyone's signatures through the platform's API, asked with ETags (an unchanged list
    costs one small round trip per pending proposal), each kept through `workflow.record`
    (checked against the chain first); this machine's own are posted, and retried until the
    server has them. The API being away only delays sharing: nothing here raises."""

    def __init__(self, api: Any) -> None:
        self.api = getattr(api, "client", api)  # the ApiClient under a cache, if any
        self.etags: dict[int, str | None] = {}
        self.unshared: list[SignedDecision] = []

    def share(self, decision: SignedDecision) -> bool:
        """Post one of ours now; False (kept for the next try) when the server cannot take it."""
        try:
            publish(self.api, decision)
        except ValidationError:  # the API could never take it (a reason over 1,000 characters)
            log.warning("signature of proposal #%s not shared: invalid for the API",
                        decision.message.proposal_id)  # fmt: skip
            return False
        except BackendHttpError as error:  # refused for good (expired, ...): not retried
            return error.server_code == "duplicate"  # the server has it already
        except BackendError:
            self.unshared.append(decision)
            return False
        return True

    def pull(self, workflow: Any, proposal_ids: list[int]) -> int:
        """Take in the signatures others posted since the last look; how many were kept."""
        if self.api is None:
            return 0
        waiting, self.unshared = self.unshared, []
        for decision in waiting:
            self.share(decision)
        kept = share_overrides(workflow, self.api, proposal_ids)  # proposers' override reasons
        for pid in proposal_ids:
            try:
                got = collect(
                    self.api, pid, workflow.chain_id, workflow.treasury, self.etags.get(pid)
                )
            except BackendError:
                continue
            if got is None:
                continue
            remote, self.etags[pid] = got
            here = {_key(d) for d in workflow.signatures.for_proposal(pid)}
            for decision in remote:
                if _key(decision) in here:
                    continue
                try:
                    workflow.record(decision, via="api")
                    kept += 1
                except TreasuryError:
                    continue  # the chain no longer accepts it (revoked, nonce bumped, expired)
        return kept
