"""What an account holds: ETH, the stablecoin and every PST in the registry, in one batched read.

The asset list (symbols, names, decimals) is discovered once from the StoreRegistry: one code
check, two batched registry reads and one batched metadata read, whatever the number of stores.
A refresh of the balances is then a single round trip (one JSON-RPC batch or one Multicall3 call)
for 1 or 1,000 tokens. A token whose read fails is reported with the reason, not dropped.

Amounts stay integers in base units; `format_units` and `app.amounts.parse_amount` are the only
bridges to text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from eth_abi import decode as abi_decode
from eth_utils import to_checksum_address

from app.chain.batch import BatchReader, Read, ReadResult, balance
from app.chain.client import ChainClient
from app.chain.registry import Deployment, discover
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


class UnknownAsset(WalletError):
    code = "wallet.asset_unknown"


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
            raise UnknownAsset("wallet.asset_not_here", asset=wanted)
        matches = [a for a in self.assets if a.symbol.lower() == wanted.lower()]
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise UnknownAsset("wallet.asset_ambiguous", asset=wanted)
        known = ", ".join(a.symbol for a in self.assets[:12])
        raise UnknownAsset(asset=wanted, known=known)


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
