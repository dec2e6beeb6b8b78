"""The sandbox order book's view of the chain: the market contract's state for one order (one
JSON-RPC batch), what every maker with open orders can still pay (one batch), EIP-1271
signatures, and its events since a block (Filled, OrderCancelled, NonceIncreased), with each
event's block time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eth_utils import to_checksum_address
from web3.contract import Contract
from web3.types import RPCEndpoint

from app.chain.batch import BatchReader, call
from app.chain.client import ChainClient, parse_quantity
from app.chain.errors import ChainError, RpcError
from app.market.orders import Order, Side

EIP1271_MAGIC = bytes.fromhex("1626ba7e")
_1271_ABI = [
    {
        "type": "function",
        "name": "isValidSignature",
        "stateMutability": "view",
        "inputs": [{"name": "hash", "type": "bytes32"}, {"name": "signature", "type": "bytes"}],
        "outputs": [{"name": "", "type": "bytes4"}],
    }
]
LOG_CHUNK = 5_000


@dataclass(frozen=True)
class OrderState:
    """What the chain says about one order and its maker, at `block` (time `timestamp`)."""

    block: int
    timestamp: int
    nonce: int  # nonces(maker)
    filled: int
    cancelled: bool
    compliant: bool
    balance: int  # of what the maker gives: PST for an ask, stablecoin for a bid
    allowance: int  # of the same, to the market


@dataclass(frozen=True)
class Funds:
    """What one maker can give of one asset (a PST, or the stablecoin) through the market."""

    compliant: bool
    balance: int
    allowance: int

    @property
    def spendable(self) -> int:
        return min(self.balance, self.allowance) if self.compliant else 0


@dataclass(frozen=True)
class MarketEvent:
    name: str  # Filled | OrderCancelled | NonceIncreased
    args: dict[str, Any]
    block: int
    timestamp: int
    tx_hash: str
    log_index: int


class MarketChain:
    """Reads for one deployed market, and the stablecoin and compliance registry it names."""

    def __init__(self, client: ChainClient, market: str) -> None:
        self.client = client
        self.market = to_checksum_address(market)
        self.contract: Contract = client.contract("PSTMarket", self.market)
        self.reader = BatchReader(client, transport="batch")
        f = self.contract.functions
        reads = [call(f.stablecoin()), call(f.compliance()), call(f.FEE_BPS())]
        stablecoin, compliance, fee_bps = (r.unwrap() for r in self.reader.read(reads))
        self.chain_id = int(client.chain_id or 0)
        self.stablecoin = client.contract("SandboxStablecoin", stablecoin)
        self.compliance = client.contract("ComplianceRegistry", compliance)
        self.fee_bps = int(fee_bps)
        self._tokens: dict[str, Contract] = {}

    def token(self, address: str) -> Contract:
        found = self._tokens.get(address)
        if found is None:
            found = self._tokens[address] = self.client.contract("ProfitShareToken", address)
        return found

    def head(self) -> tuple[int, int]:
        """The latest block and its timestamp."""
        block = self.client.rpc("eth_getBlockByNumber", ["latest", False])
        return parse_quantity(block["number"], "block"), parse_quantity(block["timestamp"], "ts")

    def order_state(self, order: Order, order_hash: bytes) -> OrderState:
        block, timestamp = self.head()
        gives = self.token(order.token) if order.side == Side.SELL else self.stablecoin
        m = self.contract.functions
        reads = [
            call(m.nonces(order.maker)),
            call(m.filled(order_hash)),
            call(m.cancelled(order_hash)),
            call(self.compliance.functions.isAllowed(order.maker)),
            call(gives.functions.balanceOf(order.maker)),
            call(gives.functions.allowance(order.maker, self.market)),
        ]
        values = [r.unwrap() for r in self.reader.read(reads, block)]
        nonce, filled, cancelled, compliant, balance, allowance = values
        return OrderState(
            block, timestamp, nonce, filled, bool(cancelled), bool(compliant), balance, allowance
        )

    def funds(self, pairs: list[tuple[str, str]], block: int) -> dict[tuple[str, str], Funds]:
        """KYC, balance and allowance to the market of each (maker, asset) at `block`, in one
        JSON-RPC batch (anvil has no Multicall3)."""
        makers = sorted({maker for maker, _ in pairs})
        reads = [call(self.compliance.functions.isAllowed(m)) for m in makers]
        for maker, asset in pairs:
            erc20 = self.stablecoin if asset == self.stablecoin.address else self.token(asset)
            reads += [
                call(erc20.functions.balanceOf(maker)),
                call(erc20.functions.allowance(maker, self.market)),
            ]
        results = self.reader.read(reads, block) if reads else []
        # A read that fails (a token that reverts) funds nothing: the order is not shown.
        values = [r.value if r.ok else 0 for r in results]
        allowed = dict(zip(makers, values[: len(makers)], strict=True))
        rest = values[len(makers) :]
        return {
            pair: Funds(bool(allowed[pair[0]]), int(rest[2 * n]), int(rest[2 * n + 1]))
            for n, pair in enumerate(pairs)
        }

    def is_contract(self, address: str) -> bool:
        return self.client.has_code(address)

    def valid_1271(self, maker: str, order_hash: bytes, signature: bytes) -> bool:
        """EIP-1271: does the contract `maker` accept `signature` for `order_hash`?"""
        wallet = self.client.w3.eth.contract(address=to_checksum_address(maker), abi=_1271_ABI)
        try:
            answer = wallet.functions.isValidSignature(order_hash, signature).call()
        except (RpcError, ChainError, ValueError):
            return False
        except Exception:  # a reverting or odd contract is a refusal, not a crash
            return False
        return bytes(answer)[:4] == EIP1271_MAGIC

    def events(self, since: int, until: int) -> list[MarketEvent]:
        """The market's events in blocks `since`..`until`, in chain order."""
        raw: list[dict[str, Any]] = []
        for start in range(since, until + 1, LOG_CHUNK):
            stop = min(until, start + LOG_CHUNK - 1)
            query = {"address": self.market, "fromBlock": hex(start), "toBlock": hex(stop)}
            raw += self.client.rpc("eth_getLogs", [query])
        if not raw:
            return []
        times = self._timestamps(sorted({parse_quantity(r["blockNumber"], "block") for r in raw}))
        events = []
        by_topic = {
            _topic(self.contract, name): name
            for name in ("Filled", "OrderCancelled", "NonceIncreased")
        }
        for entry in raw:
            name = by_topic.get(str(entry["topics"][0]).lower()) if entry.get("topics") else None
            if name is None:
                continue
            decoded = getattr(self.contract.events, name)().process_log(_log(entry))
            block = parse_quantity(entry["blockNumber"], "block")
            events.append(
                MarketEvent(
                    name,
                    dict(decoded["args"]),
                    block,
                    times[block],
                    str(entry["transactionHash"]).lower(),
                    parse_quantity(entry["logIndex"], "logIndex"),
                )
            )
        return events

    def _timestamps(self, blocks: list[int]) -> dict[int, int]:
        requests = [(RPCEndpoint("eth_getBlockByNumber"), [hex(b), False]) for b in blocks]
        answers = self.client.provider.make_batch_request(requests)
        if not isinstance(answers, list):
            raise ChainError("chain.bad_answer", method="eth_getBlockByNumber")
        found = {}
        for block, answer in zip(blocks, answers, strict=True):
            found[block] = parse_quantity(answer["result"]["timestamp"], "timestamp")
        return found


def _topic(contract: Contract, name: str) -> str:
    topic = getattr(contract.events, name)().topic
    text = topic if isinstance(topic, str) else bytes(topic).hex()
    return "0x" + text.lower().removeprefix("0x")


def _log(entry: dict[str, Any]) -> dict[str, Any]:
    """A raw JSON-RPC log as web3's process_log wants it."""
    from hexbytes import HexBytes

    return {
        "address": to_checksum_address(entry["address"]),
        "topics": [HexBytes(t) for t in entry["topics"]],
        "data": HexBytes(entry["data"]),
        "blockNumber": parse_quantity(entry["blockNumber"], "block"),
        "transactionHash": HexBytes(entry["transactionHash"]),
        "transactionIndex": parse_quantity(entry["transactionIndex"], "txIndex"),
        "blockHash": HexBytes(entry["blockHash"]),
        "logIndex": parse_quantity(entry["logIndex"], "logIndex"),
        "removed": False,
    }
