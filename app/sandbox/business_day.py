"""One business calendar for the platform API, the bank and the chain.

Each simulated day: the platform API publishes it (new metrics, settlements, reports), the bank
credits the providers' settlements of that value date and sweeps the day's proceeds to the
on-ramp, and the on-ramp mints them to the store's router and routes them on chain; the sweep is
then booked with the routing transaction's hash as its reference. All of it happens in the clock's
one thread, in that order, so a day is complete everywhere before the next begins.

Chain time is not the business calendar: it runs at wall-clock pace (see app.sandbox.chain), so a
proposal's seven-day expiry means seven real days. Routing is attributed to the business day by
the sweep's value date, which the bank statement carries next to the transaction hash.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Protocol

from eth_utils import keccak

from app.sandbox.bank.bank import SandboxBank
from app.sandbox.bank.ledger import SweepOrder
from app.sandbox.offerings import STABLE_PER_CENT
from app.sandbox.world import SandboxWorld

log = logging.getLogger(__name__)
RECHECK_DAYS = 10  # at a day a second, more than the chain's state-saving interval


class OnRamp(Protocol):
    fresh: bool

    def route_sweep(self, offering_id: str, units: int, what: str) -> str:
        """Mint `units` of the stablecoin to the store's router and route them; the hash of
        the routing transaction."""
        ...

    def has_transaction(self, tx_hash: str) -> bool: ...


def lost_reference(order: SweepOrder) -> str:
    """The transaction hash the on-ramp reports for the demo's lost sweep: it was never sent."""
    return "0x" + keccak(text=f"lost sweep {order.account} {order.value_date}").hex()


class BusinessDay:
    name = "business-day"

    def __init__(self, world: SandboxWorld, bank: SandboxBank, chain: OnRamp | None) -> None:
        self.world, self.bank, self.chain = world, bank, chain

    def start(self) -> None:
        if self.chain is not None and self.chain.fresh:
            reopened = self.bank.ledger.reopen_sweeps()
            if reopened:
                log.info("the chain is new: routing the bank's %d sweeps again", reopened)
        elif self.chain is not None:
            self._recheck_recent_sweeps()
        self.catch_up()

    def _recheck_recent_sweeps(self) -> None:
        """The chain's state is saved every few seconds, the bank's at once: after a hard stop
        the chain may lack the last routings the bank booked. Route those again."""
        assert self.chain is not None
        booked = self.bank.ledger.booked_through
        if booked is None:
            return
        since = booked - dt.timedelta(days=RECHECK_DAYS)
        for account, day, reference in self.bank.ledger.routed_since(since):
            if not self.chain.has_transaction(reference):
                log.warning("the chain lost the routing of %s on %s; routing again", account, day)
                self.bank.ledger.reopen_sweep(account, day)

    def stop(self) -> None:
        pass

    def lines(self) -> list[str]:
        return []

    def advance(self) -> bool:
        """Run the next business day everywhere; False once the calendar has ended."""
        moved = self.world.advance_day()
        self.catch_up()
        return moved

    def catch_up(self) -> None:
        """Book every day up to the sim date and route every sweep still waiting."""
        self.bank.book_through(self.world.sim_date)
        self.route_sweeps()

    def route_sweeps(self) -> int:
        routed = 0
        for order in self.bank.ledger.pending_sweeps():
            if order.lost:
                self.bank.ledger.complete_sweep(order, lost_reference(order))
                continue
            if self.chain is None:
                return routed  # without a chain the sweeps wait for one
            what = f"sweep {order.account} {order.value_date}"
            tx_hash = self.chain.route_sweep(
                order.offering_id, order.amount * STABLE_PER_CENT, what
            )
            self.bank.ledger.complete_sweep(order, tx_hash)
            routed += 1
        return routed
