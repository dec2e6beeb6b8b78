"""Keeping the approval queue current without a manual refresh, cheaply.

`stamp()` is one round trip (the chain's head block) and one local query (the signature store's
count and latest signing time: approvals are signatures, not transactions). Only when the
stamp moves does `refreshed()` read again, and then only the proposals, the queue and the audit
trail (no revenue reports): enough to show a signature within the refresh interval. It says when
the stores' figures may have moved too (routing, an execution, a cancel), so the caller reloads
everything then.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, replace
from typing import Any

from app.treasury.views import DeskSnapshot

STRUCTURAL = frozenset({"routed", "executed", "cancelled"})


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
