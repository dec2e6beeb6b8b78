"""Network profiles: the embedded sandbox, or a custom network named by its endpoints."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.config.choices import SANDBOX_NAME as SANDBOX_NAME  # re-exported
from app.config.errors import ConfigError
from app.errors import Phrase

_ADDRESS = re.compile(r"^0x[0-9a-fA-F]{40}$")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}$")
SANDBOX_CHAIN_ID = 31337


def _check_url(value: str, what: str) -> str:
    """`what`: api_url, bank_url, rpc_url or explorer_url."""
    field = Phrase(f"config.what.{what}")
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise ConfigError("config.url", what=field, value=value[:80])
    if parsed.username or parsed.password:
        raise ConfigError("config.url_credentials", what=field)
    return value.rstrip("/")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class NetworkProfile(BaseModel):
    """One network: where the chain and the REST backend are, and what chain to expect."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    api_url: str = ""
    # The programmable bank's API (statements of the controlled accounts); "" when the network
    # names none (the sandbox's is learnt from the running sandbox, like its other endpoints).
    bank_url: str = ""
    rpc_url: str = ""
    chain_id: int = Field(default=SANDBOX_CHAIN_ID, gt=0, lt=2**63)
    registry_address: str = ""
    # A block explorer's address for a transaction, "{tx}" standing for its hash (e.g.
    # "https://etherscan.io/tx/{tx}"); "" when the network has none (the sandbox).
    explorer_url: str = ""

    @property
    def is_sandbox(self) -> bool:
        return self.name == SANDBOX_NAME

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ConfigError("config.profile_name")
        return value

    @field_validator("api_url")
    @classmethod
    def _api_url(cls, value: str) -> str:
        return _check_url(value, "api_url") if value else value

    @field_validator("bank_url")
    @classmethod
    def _bank_url(cls, value: str) -> str:
        return _check_url(value, "bank_url") if value else value

    @field_validator("rpc_url")
    @classmethod
    def _rpc_url(cls, value: str) -> str:
        return _check_url(value, "rpc_url") if value else value

    @field_validator("explorer_url")
    @classmethod
    def _explorer_url(cls, value: str) -> str:
        if not value:
            return value
        checked = _check_url(value, "explorer_url")
        # The link opens in the user's browser: plain http only to this computer.
        parsed = urlparse(checked)
        if parsed.scheme != "https" and not _loopback(parsed.hostname or ""):
            raise ConfigError("config.explorer_https", value=value[:80])
        return checked

    def explorer_link(self, tx_hash: str) -> str | None:
        """The explorer's page of `tx_hash`, when the profile names an explorer."""
        if not self.explorer_url:
            return None
        if "{tx}" in self.explorer_url:
            return self.explorer_url.replace("{tx}", tx_hash)
        return f"{self.explorer_url}/tx/{tx_hash}"

    @field_validator("registry_address")
    @classmethod
    def _registry(cls, value: str) -> str:
        if value and not _ADDRESS.match(value):
            raise ConfigError("config.registry_address")
        return value

    def with_endpoints(self, **changes: object) -> NetworkProfile:
        """A copy with some endpoints filled in (the sandbox learns its ports at start-up)."""
        return NetworkProfile.model_validate({**self.model_dump(), **changes})


SANDBOX = NetworkProfile(name=SANDBOX_NAME)
