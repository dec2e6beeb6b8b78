"""An account's KYC standing on the platform's allowlist, in words the investor can act on.

The compliance registry keeps one expiry per address: 0 means never allowlisted (or revoked);
an address is allowed while the chain's time is before the expiry. Times are chain seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.errors import Phrase
from app.errors.moment import UtcMinute

DAY = 86_400
WARNING_DAYS = 30


class KycState(StrEnum):
    ALLOWED = "allowed"
    EXPIRING = "expiring"  # allowed, but lapses within WARNING_DAYS
    LAPSED = "lapsed"
    NEVER = "never"  # never allowlisted, or revoked


@dataclass(frozen=True)
class KycStatus:
    state: KycState
    expiry: int  # unix seconds; 0 when never allowlisted
    now: int  # the chain time it was judged at
    message: Phrase  # what it means and what to do (English as a str; .text(language))

    @property
    def can_claim(self) -> bool:
        return self.state in (KycState.ALLOWED, KycState.EXPIRING)

    @property
    def warning(self) -> bool:
        return self.state is not KycState.ALLOWED

    @property
    def days_left(self) -> int | None:
        """Whole days until the expiry (0 on the last day); None when not allowed."""
        if not self.can_claim:
            return None
        return (self.expiry - self.now) // DAY


def kyc_status(expiry: int, now: int, warning_days: int = WARNING_DAYS) -> KycStatus:
    """Judge `expiry` (ComplianceRegistry.expiryOf) at chain time `now`."""
    if expiry < 0 or now < 0:
        raise ValueError("KYC expiry and chain time are unix seconds (never negative)")
    if expiry == 0:
        return KycStatus(KycState.NEVER, 0, now, Phrase("portfolio.kyc.never"))
    until = UtcMinute(expiry)
    if now >= expiry:
        return KycStatus(KycState.LAPSED, expiry, now, Phrase("portfolio.kyc.lapsed", date=until))
    left = (expiry - now) // DAY
    if expiry - now <= warning_days * DAY:
        code = {0: "portfolio.kyc.expires_today", 1: "portfolio.kyc.expires_tomorrow"}
        why = Phrase(code.get(left, "portfolio.kyc.expires_in"), days=left, date=until)
        return KycStatus(KycState.EXPIRING, expiry, now, why)
    return KycStatus(KycState.ALLOWED, expiry, now, Phrase("portfolio.kyc.valid", date=until))
