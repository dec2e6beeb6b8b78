"""User settings, validated on load and on every change."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.config.choices import Language, Theme, UpColor
from app.config.errors import ConfigError, ProfileNotFound
from app.config.profiles import SANDBOX_NAME, NetworkProfile


class Settings(BaseModel):
    """Everything the user can change. Secrets never live here (the API token is in the vault)."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    theme: Theme = "system"
    language: Language = "system"
    up_color: UpColor = "locale"  # red up or green up; "locale" follows the user's market
    active_profile: str = SANDBOX_NAME
    custom_profiles: list[NetworkProfile] = Field(default_factory=list)
    poll_interval_seconds: int = Field(default=3, ge=1, le=300)
    sandbox_day_seconds: float = Field(default=5.0, gt=0, le=3600)
    sandbox_merchants: int = Field(default=300, ge=12, le=20000)
    idle_lock_minutes: int = Field(default=5, ge=1, le=240)
    reconciliation_tolerance_bp: int = Field(default=50, ge=0, le=10_000)
    # Bank statement matching (app.bank.matching.Tolerances).
    bank_amount_tolerance_cents: int = Field(default=0, ge=0, le=100_000)
    bank_settlement_lag_days: int = Field(default=1, ge=0, le=30)
    bank_routing_lag_days: int = Field(default=1, ge=0, le=30)

    @model_validator(mode="after")
    def _profiles_unique(self) -> Settings:
        names = [p.name for p in self.custom_profiles]
        if SANDBOX_NAME in names:
            raise ConfigError("config.sandbox_reserved")
        if len(names) != len(set(names)):
            raise ConfigError("config.duplicate_profile")
        if self.active_profile != SANDBOX_NAME and self.active_profile not in names:
            raise ProfileNotFound(profile=self.active_profile, known=", ".join(names))
        return self

    def profile(self, name: str | None = None) -> NetworkProfile:
        wanted = name or self.active_profile
        if wanted == SANDBOX_NAME:
            return NetworkProfile(name=SANDBOX_NAME)
        for profile in self.custom_profiles:
            if profile.name == wanted:
                return profile
        known = ", ".join([SANDBOX_NAME, *(p.name for p in self.custom_profiles)])
        raise ProfileNotFound(profile=wanted, known=known)
