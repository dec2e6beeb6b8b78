"""The figures of a Buy or Sell before it is signed or sent (the order dialog shows them).

Two ways to trade:
* take: fill an order already on the book (a taker, who pays the fee) in one transaction;
* make: sign an order and post it on the book (a maker, who pays no fee); it settles when a
  taker fills it.
Costs use `app.market.orders` (rounded in the maker's favour, fee rounded up), so what the
dialog shows is what the contract moves, to the base unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.market.marking import MIN_NOTIONAL
from app.market.orders import Side, fee_of, fill_cost


class Role(StrEnum):
    TAKE = "take"  # fill a book order now
    MAKE = "make"  # post an order and wait


@dataclass(frozen=True)
class Ticket:
    """One trade as the investor sees it (all integers in base units)."""

    buy: bool  # the investor buys PST
    role: Role
    amount: int  # PST base units
    price: int  # stablecoin base units per whole PST
    total: int  # stablecoin at this price, rounded for the maker
    fee: int  # paid by the investor (a taker); 0 for a maker
    pays_coin: int  # stablecoin leaving the investor (0 when selling)
    gets_coin: int  # stablecoin reaching the investor (0 when buying)
    counterparty_gets: int  # what the other side receives: coin when we buy, PST when we sell
    allowance_token: str  # "coin" or "pst": what the market must be allowed to move
    allowance: int  # base units of it

    @property
    def book_side(self) -> Side:
        """The side of the order on the book: a maker's own side, or the order a taker fills."""
        maker_sells = not self.buy if self.role is Role.MAKE else self.buy
        return Side.SELL if maker_sells else Side.BUY


def ticket(
    *, buy: bool, role: Role, amount: int, price: int, decimals: int, fee_bps: int
) -> Ticket:
    """The figures of buying (`buy`) or selling `amount` PST at `price`."""
    maker_sells = buy if role is Role.TAKE else not buy
    side = Side.SELL if maker_sells else Side.BUY
    total = fill_cost(amount, price, decimals, side)
    fee = fee_of(total, fee_bps) if role is Role.TAKE else 0
    if buy:
        pays, gets = total + fee, 0
        # a maker selling to us gets the cost; a taker filling our bid pays the fee out of it
        counterparty = total if role is Role.TAKE else total - fee_of(total, fee_bps)
        allowance_token, allowance = "coin", pays
    else:
        pays, gets = 0, total - fee
        counterparty = amount  # the buyer receives the PST
        allowance_token, allowance = "pst", amount
    return Ticket(buy, role, amount, price, total, fee, pays, gets, counterparty,
                  allowance_token, allowance)  # fmt: skip


@dataclass(frozen=True)
class Standing:
    """The account's standing for a trade, read before it is signed: KYC and what the market may
    move (allowances), what the account holds, and what its open orders on the book already
    commit (stablecoin for its bids on every token, this token for its asks)."""

    kyc_ok: bool
    kyc_text: str  # the compliance registry's words, in the user's language
    coin_balance: int
    coin_allowance: int  # the account's stablecoin allowance to the market
    pst_balance: int
    pst_allowance: int
    coin_committed: int = 0  # stablecoin the account's open bids still need
    pst_committed: int = 0  # this token the account's open asks still need

    def committed(self, t: Ticket) -> int:
        """What the account's open orders already draw on the asset `t` gives."""
        return self.coin_committed if t.allowance_token == "coin" else self.pst_committed

    def problems(self, t: Ticket) -> list[str]:
        """Codes of what stops `t`: "kyc", "coin_balance", "pst_balance", "too_small" (an
        order to post worth less than the book's minimum; a short allowance is no problem: the
        trade approves what is missing first). An order to post must be covered on top of the
        account's open orders (the book refuses it otherwise); a fill only by itself."""
        found = [] if self.kyc_ok else ["kyc"]
        besides = self.committed(t) if t.role is Role.MAKE else 0
        if t.role is Role.MAKE and t.total < MIN_NOTIONAL:
            found.append("too_small")
        if t.buy and self.coin_balance < t.pays_coin + besides:
            found.append("coin_balance")
        if not t.buy and self.pst_balance < t.amount + besides:
            found.append("pst_balance")
        return found

    def allowance_wanted(self, t: Ticket) -> int:
        """The allowance `t` needs in place: its own need on top of the open orders' (an approval
        replaces the allowance, so it must keep them funded too)."""
        return self.committed(t) + t.allowance

    def approval_needed(self, t: Ticket) -> int:
        """The allowance to grant first (0: enough is in place)."""
        now = self.coin_allowance if t.allowance_token == "coin" else self.pst_allowance
        wanted = self.allowance_wanted(t)
        return 0 if now >= wanted else wanted
