"""What an account holds: ETH, the stablecoin and every PST in the registry, in one batched read.

The asset list (symbols, names, decimals) is discovered once from the StoreRegistry: one code
check, two batched registry reads and one batched metadata read, whatever the number of stores.
A refresh of the balances is then a single round trip (one JSON-RPC batch or one Multicall3 call)
for 1 or 1,000 tokens. A token whose read fails is reported with the reason, not dropped.

Amounts stay integers in base units; `format_units`/`parse_units` are the only bridge to text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import InvalidOperation
from enum import StrEnum

from eth_abi import decode as abi_decode
from eth_utils import to_checksum_address

from app.chain.batch import BatchReader, Read, ReadResult, balance
from app.chain.client import ChainClient
from app.chain.registry import Deployment, discover
from app.units import EXACT as _EXACT
from app.units import format_units as _format_units
from app.wallet.errors import WalletError

MAX_DECIMALS = 36
BALANCE_OF = bytes.fromhex("70a08231")  # balanceOf(address)
SYMBOL, NAME, DECIMALS = (bytes.fromhex(h) for h in ("95d89b41", "06fdde03", "313ce567"))


class AssetKind(StrEnum):
    ETH = "eth"
    STABLECOIN = "stablecoin"
    PST = "pst"


@dataclass(frozen=True)
class Asset:
    kind: AssetKind
    address: str | None  # the token contract; None for ETH
    symbol: str
    name: str
    decimals: int
    store_id: bytes | None = None

    @property
    def key(self) -> str:
        """How the CLI and the send form name it: 'ETH' or the token's address."""
        return self.address or "ETH"


ETHER = Asset(AssetKind.ETH, None, "ETH", "Ether", 18)


class InvalidAmount(WalletError):
    pass


class UnknownAsset(WalletError):
    pass


@dataclass(frozen=True)
class Holding:
    asset: Asset
    amount: int | None  # None when the read failed
    error: str = ""

    @property
    def text(self) -> str:
        return "unavailable" if self.amount is None else format_units(self.amount, self.asset)


@dataclass(frozen=True)
class Balances:
    account: str
    holdings: tuple[Holding, ...]
    round_trips: int  # HTTP round trips this read cost

    def of(self, asset: Asset) -> int | None:
        for holding in self.holdings:
            if holding.asset == asset:
                return holding.amount
        return None


class AssetCatalog:
    """ETH, the stablecoin and the PSTs of one deployment."""

    def __init__(self, deployment: Deployment | None, assets: Sequence[Asset]) -> None:
        self.deployment = deployment
        self.assets = tuple(assets)

    @classmethod
    def discover(
        cls, client: ChainClient, registry: str | None = None, reader: BatchReader | None = None
    ) -> AssetCatalog:
        reader = reader or BatchReader(client, transport="batch")
        deployment = discover(client, registry, reader)
        tokens: list[tuple[AssetKind, str, bytes | None]] = [
            (AssetKind.STABLECOIN, deployment.stablecoin, None)
        ]
        tokens += [(AssetKind.PST, s.token, s.store_id) for s in deployment.stores]
        # Calldata encoded directly: a web3 contract object per token costs more than the read.
        reads = [
            Read("call", address, selector, decode)
            for _, address, _ in tokens
            for selector, decode in ((SYMBOL, _string), (NAME, _string), (DECIMALS, _uint256))
        ]
        answers = reader.read(reads)
        assets = [ETHER]
        for n, (kind, address, store_id) in enumerate(tokens):
            symbol, name, decimals = answers[3 * n : 3 * n + 3]
            assets.append(
                Asset(
                    kind,
                    address,
                    _text(symbol, address[:10]),
                    _text(name, address),
                    _decimals(decimals),
                    store_id,
                )
            )
        return cls(deployment, assets)

    def find(self, text: str) -> Asset:
        """'ETH', a symbol (case-insensitive, when unique) or a token address."""
        wanted = text.strip()
        if wanted.upper() == "ETH":
            return ETHER
        if wanted.startswith(("0x", "0X")):
            for asset in self.assets:
                if asset.address and asset.address.lower() == wanted.lower():
                    return asset
            raise UnknownAsset(f"{wanted} is not the stablecoin or a PST of this network.")
        matches = [a for a in self.assets if a.symbol.lower() == wanted.lower()]
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise UnknownAsset(f"Several tokens are called {wanted}; name it by its address.")
        known = ", ".join(a.symbol for a in self.assets[:12])
        raise UnknownAsset(f"No asset called {wanted!r} on this network (known: {known}).")


def read_balances(reader: BatchReader, account: str, assets: Sequence[Asset]) -> Balances:
    """Every asset's balance for `account` in one batched read (one HTTP round trip)."""
    holder = to_checksum_address(account)
    before = reader.client.round_trips
    # balanceOf(holder) encoded once: building a web3 contract per token costs more than the read.
    data = BALANCE_OF + bytes(12) + bytes.fromhex(holder[2:])
    reads = [
        balance(holder) if a.address is None else Read("call", a.address, data, _uint256)
        for a in assets
    ]
    answers = reader.read(reads)
    holdings = tuple(_holding(a, r) for a, r in zip(assets, answers, strict=True))
    return Balances(holder, holdings, reader.client.round_trips - before)


def format_units(amount: int, asset_or_decimals: Asset | int, *, symbol: bool = True) -> str:
    """12345000 with 6 decimals -> '12.345 sUSD': exact, thousands separated, no float."""
    if isinstance(asset_or_decimals, Asset):
        decimals, unit = asset_or_decimals.decimals, asset_or_decimals.symbol
    else:
        decimals, unit = asset_or_decimals, ""
    text = _format_units(amount, decimals, min_places=0)
    return f"{text} {unit}" if symbol and unit else text


def parse_units(text: str, decimals: int) -> int:
    """'1.5' with 6 decimals -> 1500000. Refuses signs, exponents and excess precision."""
    cleaned = text.strip().replace(",", "").replace("_", "")
    if not cleaned or any(c not in "0123456789." for c in cleaned) or cleaned.count(".") > 1:
        raise InvalidAmount("An amount is a plain number such as 12.5 (no sign or exponent).")
    try:
        value = _EXACT.create_decimal(cleaned)
    except InvalidOperation:
        raise InvalidAmount("An amount is a plain number such as 12.5.") from None
    fraction = cleaned.partition(".")[2]
    if len(fraction) > decimals:
        raise InvalidAmount(f"This asset has {decimals} decimal places; the amount has more.")
    base = int(value.scaleb(decimals, context=_EXACT))
    if base <= 0:
        raise InvalidAmount("The amount must be more than zero.")
    if base >= 2**256:
        raise InvalidAmount("The amount is too large.")
    return base


def _string(raw: bytes) -> str:
    return str(abi_decode(["string"], raw)[0])


def _uint256(raw: bytes) -> int:
    if len(raw) != 32:
        raise ValueError(f"expected one 32-byte word, got {len(raw)} bytes")
    return int.from_bytes(raw, "big")


def _holding(asset: Asset, result: ReadResult) -> Holding:
    if not result.ok:
        return Holding(asset, None, result.error)
    if not isinstance(result.value, int) or result.value < 0:
        return Holding(asset, None, "the node gave an invalid balance")
    return Holding(asset, result.value)


def _text(result: ReadResult, fallback: str) -> str:
    if not result.ok or not isinstance(result.value, str):
        return fallback
    printable = "".join(c for c in result.value if c.isprintable())[:40]
    return printable or fallback


def _decimals(result: ReadResult) -> int:
    # A token without decimals() (or with an absurd one) is shown in base units.
    if result.ok and isinstance(result.value, int) and 0 <= result.value <= MAX_DECIMALS:
        return result.value
    return 0
