"""What an order must be to be listed: worth enough to quote a price, not posted before, and, by
one batch of chain reads, unexpired, uncancelled, of the maker's current nonce, unfilled, by a
maker with valid KYC who holds and allows what it gives (this order on top of the maker's open
orders drawing on the same asset: `committed`). Each failure is a named refusal.
"""

from __future__ import annotations

from app.market.book import OrderStatus
from app.market.marking import MIN_NOTIONAL
from app.market.orders import PST_DECIMALS, Order, Side, fill_cost, need
from app.sandbox.market_listed import BookRefusal, Listed, utc
from app.sandbox.market_watch import OrderState


def check_worth(order: Order) -> None:
    """Dust must not quote a price: an order moves at least MIN_NOTIONAL of stablecoin."""
    worth = fill_cost(order.amount, order.price, PST_DECIMALS, order.side)
    if worth < MIN_NOTIONAL:
        raise BookRefusal(
            422,
            "order_too_small",
            f"The order is worth {worth} stablecoin base units; the market lists orders "
            f"worth at least {MIN_NOTIONAL} (1 stablecoin).",
        )


def refuse_again(listed: Listed, status: OrderStatus, cancelled_alone: bool) -> None:
    """An order posted before: say what became of it (re-posting cannot revive it).
    `cancelled_alone`: cancelled by itself on chain, not by the maker's cancel-all."""
    if status == OrderStatus.FILLED:
        raise BookRefusal(422, "order_filled", "The order is already filled.")
    if status == OrderStatus.CANCELLED and not cancelled_alone:
        raise BookRefusal(
            422, "stale_nonce", "The order was made before the maker's cancel-all and is void."
        )
    if status == OrderStatus.CANCELLED:
        raise BookRefusal(422, "order_cancelled", "The maker cancelled this order on chain.")
    if status == OrderStatus.EXPIRED:
        raise BookRefusal(422, "order_expired", f"The order expired at {utc(listed.order.expiry)}.")
    raise BookRefusal(409, "duplicate_order", f"Order {listed.order_hash} is already listed.")


def check_on_chain(order: Order, state: OrderState, committed: int) -> None:
    """The order against what the chain says of it and of its maker."""
    refuse = BookRefusal
    if order.expiry <= state.timestamp:
        raise refuse(422, "order_expired", f"The order expired at {utc(order.expiry)}.")
    if state.cancelled:
        raise refuse(422, "order_cancelled", "The maker cancelled this order on chain.")
    if order.nonce != state.nonce:
        raise refuse(
            422,
            "stale_nonce",
            f"The order's nonce is {order.nonce}; the maker's is "
            f"{state.nonce} (orders made before a cancel-all are void).",
        )
    remaining = order.amount - state.filled
    if remaining <= 0:
        raise refuse(422, "order_filled", "The order is already filled.")
    if not state.compliant:
        raise refuse(422, "maker_not_compliant", f"{order.maker} has no valid KYC on the platform.")
    what = "PST" if order.side == Side.SELL else "stablecoin"
    needed = need(order, remaining) + committed
    besides = f" ({committed} of it for the maker's open orders)" if committed else ""
    if state.balance < needed:
        raise refuse(
            422,
            "balance_short",
            f"The maker holds {state.balance} {what} base units; the order needs "
            f"{needed}{besides}.",
        )
    if state.allowance < needed:
        raise refuse(
            422,
            "allowance_short",
            f"The maker allows the market {state.allowance} {what} "
            f"base units; the order needs {needed}{besides}.",
        )
