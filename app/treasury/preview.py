"""Per-holder payouts of a distribution, computed exactly as ProfitShareToken will.

The token keeps a magnified points-per-share accumulator (MAGNITUDE = 10**(44 - decimals) of its
stablecoin, 1e38 for 6 decimals or fewer; read from the token, never assumed):
    distribute(amount):  magnified = amount * MAGNITUDE + dust
                         pointsPerShare += magnified // supply;  dust = magnified % supply
    accumulated(h) = (pointsPerShare * balance(h) + correction(h)) // MAGNITUDE
A holder's payout from one distribution is the increase of accumulated(h): the floor of the new
total minus the floor of the old one, so a holder's fractional base unit from earlier
distributions can tip this one up by one unit. What this distribution does not pay out (the
magnified remainder carried to the next one, and each holder's floored fraction) stays in the
token: the "dust" (negative when earlier fractions complete a unit now). All integers: one pass
over Python ints, no floats.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass

from app.treasury.errors import PreviewError

DEFAULT_MAGNITUDE = 10**38  # ProfitShareToken.MAGNITUDE over a stablecoin of <= 6 decimals
UINT256_MAX = 2**256 - 1
LARGEST = 10


@dataclass(frozen=True)
class TokenState:
    """The token's accumulator before the distribution (all zero for a token never paid out)."""

    total_supply: int
    points_per_share: int = 0  # magnifiedPointsPerShare
    magnified_dust: int = 0  # magnifiedDust()
    magnitude: int = DEFAULT_MAGNITUDE  # MAGNITUDE(): it depends on the stablecoin's decimals


def magnitude_for(decimals: int) -> int:
    """ProfitShareToken.MAGNITUDE over a stablecoin of `decimals` (the token refuses > 18)."""
    return 10 ** (44 - max(decimals, 6))


@dataclass(frozen=True)
class HolderPayout:
    address: str
    balance: int
    payout: int


@dataclass(frozen=True)
class PayoutPreview:
    amount: int
    holder_count: int
    paid_count: int  # holders who receive at least one base unit
    total_paid: int
    # amount - total_paid. Usually a few units that stay in the token; it can be negative when
    # fractions floored in earlier distributions add up to a whole unit in this one.
    dust: int
    points_per_share_after: int
    magnified_dust_after: int
    largest: tuple[HolderPayout, ...]  # by payout, then by balance
    payouts: list[int]  # aligned with the holders given
    magnitude: int = DEFAULT_MAGNITUDE

    @property
    def carried_to_next(self) -> int:
        """Whole base units of the magnified remainder carried into the next distribution."""
        return self.magnified_dust_after // self.magnitude


def preview_payouts(
    amount: int,
    addresses: Sequence[str],
    balances: Sequence[int],
    token: TokenState | None = None,
    corrections: Sequence[int] | None = None,
    *,
    largest: int = LARGEST,
) -> PayoutPreview:
    """Preview `distribute(amount)` for the given holders.

    The holders must be all of them (their balances add up to the total supply); `corrections`
    are the token's `magnifiedCorrectionOf` (needed once the token has paid out and tokens have
    moved since; zero otherwise).
    """
    if amount <= 0:
        raise PreviewError("treasury.zero_amount", rule="ZeroAmount")
    if len(addresses) != len(balances) or (
        corrections is not None and len(corrections) != len(balances)
    ):
        raise PreviewError("treasury.holder_lists")
    supply = sum(balances)
    if min(balances, default=0) < 0:
        raise PreviewError("treasury.negative_balance")
    token = token or TokenState(total_supply=supply)
    if supply != token.total_supply:
        raise PreviewError(
            "treasury.incomplete_holders",
            rule="IncompleteHolders",
            supply=supply,
            total=token.total_supply,
        )
    if supply == 0:
        raise PreviewError("treasury.no_holders", rule="NoHolders")
    if not 0 <= token.magnified_dust < supply:
        raise PreviewError("treasury.dust_range")

    magnitude = token.magnitude
    magnified = amount * magnitude + token.magnified_dust
    if magnified > UINT256_MAX:
        raise PreviewError("treasury.amount_too_large")
    step, dust_after = divmod(magnified, supply)
    before = token.points_per_share
    after = before + step

    if before == 0 and corrections is None:
        payouts = [step * b // magnitude for b in balances]
    elif corrections is None:
        payouts = [((before * b) % magnitude + step * b) // magnitude for b in balances]
    else:
        payouts = [
            ((before * b + c) % magnitude + step * b) // magnitude
            for b, c in zip(balances, corrections, strict=True)
        ]
    total = sum(payouts)
    top = heapq.nlargest(largest, range(len(payouts)), key=lambda i: (payouts[i], balances[i]))
    return PayoutPreview(
        amount=amount,
        holder_count=len(balances),
        paid_count=len(payouts) - payouts.count(0),
        total_paid=total,
        dust=amount - total,
        points_per_share_after=after,
        magnified_dust_after=dust_after,
        largest=tuple(HolderPayout(addresses[i], balances[i], payouts[i]) for i in top),
        payouts=payouts,
        magnitude=magnitude,
    )
