"""Powers over a store's token, read from the chain: who holds each role (rebuilt from the
indexed RoleGranted/RoleRevoked events of the token, the store's timelock, the compliance
registry, the distribution treasury that holds the store's money and the store registry), what
each holder is (a contract we know, an unknown contract, or a plain key: one `eth_getCode` each),
the pause state, the timelock delay, the governor's parameters, the router's split and owner, the
store's owner, the compliance officers, the treasury's threshold and this store's cap and balance
there, and the sale's terms. Flags: see powers_model; the per-store reads: powers_reads.

A contract the registry names (timelock, governor, sale, router, token, registry, compliance,
treasury) is labelled as such only when its runtime code is the app's build of it, immutables
masked; otherwise it is `Kind.UNVERIFIED` and flagged. Code never changes at an address, so each
is checked once per reader.

Reads cost a constant number of round trips: one batch for the stores' facts, one for the
holders' code and the named contracts' not yet checked (and, once per governor, its timelock).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from eth_utils import keccak, to_checksum_address
from sqlalchemy import func, select
from web3.types import RPCEndpoint

from app.chain.batch import BatchReader, Read, ReadResult, abi_read
from app.chain.client import ChainClient, checksum, unwrap
from app.chain.errors import BadRpcResponse, ChainError
from app.chain.indexer import EventIndexer
from app.chain.registry import Deployment
from app.portfolio.abi import topic, topic_address
from app.portfolio.holdings import PortfolioReader, TokenInfo, unreadable
from app.portfolio.powers_model import (
    Guardian,
    Holder,
    Kind,
    Powers,
    RoleHolders,
    SaleTerms,
    TreasuryPowers,
    with_flags,
)
from app.portfolio.powers_reads import (
    BUILD_OF,
    FACTS,
    fact_reads,
    facts_of,
    is_build_of,
    with_guardian_kind,
)
from app.storage.db import Database
from app.storage.schema import ChainEvent

ZERO = "0x" + "00" * 20
ROLE_GRANTED = topic("RoleGranted(bytes32,address,address)")
ROLE_REVOKED = topic("RoleRevoked(bytes32,address,address)")
# Events after which a token's powers may read differently (see `PowersReader.version`).
POWER_EVENTS = (
    ROLE_GRANTED,
    ROLE_REVOKED,
    topic("Paused(address)"),
    topic("Unpaused(address)"),
    topic("OwnershipHandedOver(bytes32,address,address)"),
    topic("OwnershipHandoverStarted(bytes32,address,address)"),
    topic("HandoverProposed(address,address,address,address)"),
    topic("HandedOver(address,address,address,address)"),
    # the treasury's policy and threshold: payouts stopped, or the approvals they need
    topic("PolicySet(bytes32,uint128,uint64,uint128,uint128)"),
    topic("ThresholdSet(uint16)"),
)
# Names we can put on a role id; any other role is shown by its id.
ROLE_NAMES = (
    "DEFAULT_ADMIN_ROLE",
    "MINTER_ROLE",
    "DISTRIBUTOR_ROLE",
    "PAUSER_ROLE",
    "GUARDIAN_ROLE",
    "KYC_OFFICER_ROLE",
    "PROPOSER_ROLE",
    "EXECUTOR_ROLE",
    "CANCELLER_ROLE",
    "APPROVER_ROLE",
    "REGISTRAR_ROLE",
)
KYC_OFFICER = "KYC_OFFICER_ROLE"


def role_id(name: str) -> str:
    raw = b"\x00" * 32 if name == "DEFAULT_ADMIN_ROLE" else keccak(text=name)
    return "0x" + raw.hex()


ROLE_BY_ID = {role_id(name): name for name in ROLE_NAMES}


def replay_roles(rows: Iterable[ChainEvent]) -> dict[tuple[str, str], list[str]]:
    """(contract, role name) -> holders (checksummed, in order of first grant), from role events
    in chain order. A revoke (or renounce, which emits RoleRevoked) removes the holder."""
    held: dict[tuple[str, str], dict[str, None]] = {}
    for row in rows:
        if row.topic1 is None or row.topic2 is None:
            continue
        name = ROLE_BY_ID.get(row.topic1.lower(), row.topic1.lower())
        holders = held.setdefault((row.contract, name), {})
        account = to_checksum_address(topic_address(row.topic2))
        if row.topic0 == ROLE_GRANTED:
            holders[account] = None
        elif row.topic0 == ROLE_REVOKED:
            holders.pop(account, None)
    return {key: list(value) for key, value in held.items() if value}


class PowersReader:
    """Reads `Powers` for the stores a `PortfolioReader` knows. Not thread-safe."""

    def __init__(self, portfolio: PortfolioReader, db: Database) -> None:
        self.portfolio = portfolio
        self.client: ChainClient = portfolio.client
        self.reader: BatchReader = portfolio.reader
        self.db = db
        self._timelocks: dict[str, str] = {}  # governor -> its timelock (never changes)
        self._governor_errors: dict[str, ReadResult] = {}  # governor -> its failed timelock()
        # (address, kind named) -> what its code says it is: that kind when it is the app's
        # build, else a plain key (no code) or an unverified contract (code never changes)
        self._verified: dict[tuple[str, Kind], Kind] = {}

    def info(self, symbol_or_token: str) -> TokenInfo:
        wanted = symbol_or_token.strip().lower()
        for info in self.portfolio.tokens:
            if wanted in (info.symbol.lower(), info.token.lower()):
                return info
        for store in self.portfolio.unreadable:
            if wanted == store.token.lower():
                raise ChainError("powers.store_unreadable", reason=store.reason)
        raise ChainError("powers.unknown_token", token=symbol_or_token.strip()[:60])

    def watch(self, indexer: EventIndexer, start_block: int = 0) -> None:
        """Have the indexer follow every contract whose roles the powers read (each token and
        timelock, and the compliance registry), besides what the portfolio follows."""
        self.portfolio.watch(indexer, start_block)
        # A governor that does not answer has no timelock to follow (its store's powers say so).
        for timelock in self.timelocks([i.governor for i in self.portfolio.tokens]).values():
            indexer.watch(timelock, start_block)
        deployment = self.portfolio.deployment
        for address in (deployment.compliance, deployment.registry, deployment.treasury):
            if address is not None:
                indexer.watch(address, start_block)

    def version(self) -> tuple[int, int]:
        """(count, last row id) of the indexed events that can change any token's powers: when
        it has not changed, neither have the powers (bar the clock, e.g. a guardian's pause)."""
        with self.db.session() as session:
            count, last = session.execute(
                select(func.count(ChainEvent.id), func.max(ChainEvent.id)).where(
                    ChainEvent.chain_id == self.client.chain_id,
                    ChainEvent.topic0.in_(POWER_EVENTS),
                )
            ).one()
        return int(count), int(last or 0)

    def timelock_of(self, governor: str) -> str:
        found = self.timelocks([governor])
        if governor not in found:
            raise ChainError("chain.read_failed", reason=self._governor_errors[governor].error)
        return found[governor]

    def timelocks(self, governors: Sequence[str]) -> dict[str, str]:
        """Each governor's timelock (read once, in one batch, and kept: it never changes); a
        governor that does not answer is left out (`_governor_errors` keeps why)."""
        missing = [g for g in dict.fromkeys(governors) if g not in self._timelocks]
        if missing:
            reads = [abi_read("StoreGovernor", g, "timelock") for g in missing]
            for governor, result in zip(missing, self.reader.read(reads), strict=True):
                if result.ok:
                    self._timelocks[governor] = checksum(result.value)
                else:
                    self._governor_errors[governor] = result
        return {g: self._timelocks[g] for g in governors if g in self._timelocks}

    def read(self, symbol_or_token: str) -> Powers:
        return self.read_many([symbol_or_token])[0]

    def read_many(
        self, symbols_or_tokens: Sequence[str], *, skip_unreadable: bool = False
    ) -> list[Powers]:
        """The powers over several tokens at one block, in a constant number of round trips:
        the head, one batch of every store's facts, one batch of the holders' code. A store
        whose governor does not answer fails the read, or is left out with `skip_unreadable`."""
        infos = [self.info(s) for s in symbols_or_tokens]
        deployment = self.portfolio.deployment
        timelocks = self.timelocks([i.governor for i in infos])
        if skip_unreadable:
            infos = [i for i in infos if i.governor in timelocks]
        if not infos:
            return []
        for info in infos:
            if info.governor not in timelocks:
                store = deployment.store(info.store_id)
                failed = self._governor_errors[info.governor]
                reason = unreadable(store, "governor", info.governor, failed).reason
                raise ChainError("powers.store_unreadable", reason=reason)
        number, timestamp = self.portfolio.head()
        reads: list[Read] = []
        for info in infos:
            router = deployment.store(info.store_id).router
            timelock = timelocks[info.governor]
            reads += fact_reads(info, router, timelock, deployment, number)
        results = self.reader.read(reads, number)
        contracts = [a for i in infos for a in (i.token, timelocks[i.governor])]
        treasuries = {deployment.store(i.store_id).treasury for i in infos}
        roles = self._roles([*contracts, deployment.compliance, deployment.registry, *treasuries])
        known = [self._known(info, timelocks[info.governor], deployment) for info in infos]
        facts = [
            facts_of(info, deployment.store(info.store_id), results[k * FACTS : (k + 1) * FACTS])
            for k, info in enumerate(infos)
        ]
        addresses = {a for holders in roles.values() for a in holders}
        addresses |= {f["owner"] for f in facts} | {f["pending"] for f in facts if f["pending"]}
        addresses |= {f["proceeds"] for f in facts if f["proceeds"]}
        addresses |= {
            f["handover"].guardian for f in facts if f["handover"] and f["handover"].guardian
        }
        every_known = {a for table in known for a in table}
        unknown = sorted(addresses - every_known)
        named = {(a, k) for table in known for a, k in table.items() if k in BUILD_OF}
        to_verify = sorted(named - self._verified.keys())
        verify = sorted({a for a, _ in to_verify})
        codes = dict(
            zip([*unknown, *verify], self._codes([*unknown, *verify], number), strict=True)
        )
        code = {a: len(codes[a]) > 2 for a in unknown}
        self._verified |= {(a, k): by_code(k, codes[a]) for a, k in to_verify}
        out = []
        for info, fact, named_as in zip(infos, facts, known, strict=True):
            timelock = timelocks[info.governor]
            # The registry names them; their code must say the same, else they are unverified.
            table = {a: self._verified.get((a, k), k) for a, k in named_as.items()}
            unverified = tuple(
                (Holder(a, table[a]), k) for a, k in sorted(named_as.items()) if table[a] is not k
            )

            guardians = set(roles.get((info.token, "GUARDIAN_ROLE"), []))

            def holder(
                address: str, table: dict[str, Kind] = table, guardians: set[str] = guardians
            ) -> Holder:
                if address in table:
                    return Holder(address, table[address])
                # another store's contract, or an address we asked the chain about
                if not code.get(address, True):
                    return Holder(address, Kind.KEY)
                return Holder(address, Kind.GUARDIAN if address in guardians else Kind.CONTRACT)

            treasury = deployment.store(info.store_id).treasury
            platform = (deployment.compliance, deployment.registry, treasury)
            mine = {k: v for k, v in roles.items() if k[0] in (info.token, timelock, *platform)}
            powers = self._powers(info, timelock, deployment, fact, mine, holder, number, timestamp)
            out.append(with_flags(replace(powers, unverified=unverified)))
        return out

    def _powers(
        self,
        info: TokenInfo,
        timelock: str,
        deployment: Deployment,
        facts: dict[str, Any],
        roles: dict[tuple[str, str], list[str]],
        holder: Any,
        number: int,
        timestamp: int,
    ) -> Powers:
        treasury = deployment.store(info.store_id).treasury
        scopes = {
            info.token: "token",
            timelock: "timelock",
            deployment.compliance: "compliance",
            treasury: "treasury",
            deployment.registry: "registry",
        }
        role_holders = tuple(
            RoleHolders(scopes[contract], name, tuple(holder(a) for a in holders))
            for (contract, name), holders in sorted(roles.items(), key=_role_order(scopes))
        )
        owner, pending = facts["owner"], facts["pending"]
        powers = Powers(
            token=info.token,
            symbol=info.symbol,
            store_id=info.store_id,
            block_number=number,
            timestamp=timestamp,
            owner=holder(owner),
            pending_owner=holder(pending) if pending else None,
            timelock=holder(timelock),
            timelock_delay=facts["delay"],
            governor=facts["governor"],
            router=facts["router"],
            roles=role_holders,
            paused=facts["paused"],
            claims_paused=facts["claims_paused"],
            guardian=self._guardian(roles.get((info.token, "GUARDIAN_ROLE"), []), facts, holder),
            compliance_officers=tuple(
                holder(a) for a in roles.get((deployment.compliance, KYC_OFFICER), [])
            ),
            indexed_to=self._cursor(
                [info.token, timelock, deployment.compliance, treasury, deployment.registry]
            ),
            pending_handover=with_guardian_kind(facts["handover"], holder),
            treasury=TreasuryPowers(
                treasury,
                facts["threshold"],
                facts["cap_per_period"],
                facts["held"],
                *self.portfolio.stablecoin,
            ),
            sale=self._sale(info, facts["proceeds"], holder),
            registry=deployment.registry,
        )
        return powers  # flagged by the caller, with what the code check found

    def _sale(self, info: TokenInfo, proceeds: str | None, holder: Any) -> SaleTerms | None:
        if proceeds is None:
            return None
        symbol, decimals = self.portfolio.stablecoin
        recipient = holder(proceeds)
        return SaleTerms(
            info.sale, info.price, info.cap, info.deadline, recipient, symbol, decimals
        )

    @staticmethod
    def _guardian(guardians: list[str], facts: dict[str, Any], holder: Any) -> Guardian | None:
        if not guardians:
            return None
        until = facts["paused_until"]
        return Guardian(holder(guardians[0]), until or None, facts["guardian_pause"])

    # -- reads ----------------------------------------------------------------------------
    def _roles(self, contracts: Sequence[str]) -> dict[tuple[str, str], list[str]]:
        with self.db.session() as session:
            rows = list(
                session.scalars(
                    select(ChainEvent)
                    .where(
                        ChainEvent.chain_id == self.client.chain_id,
                        ChainEvent.contract.in_(list(contracts)),
                        ChainEvent.topic0.in_([ROLE_GRANTED, ROLE_REVOKED]),
                    )
                    .order_by(ChainEvent.block_number, ChainEvent.log_index)
                )
            )
        return replay_roles(rows)

    @staticmethod
    def _known(info: TokenInfo, timelock: str, deployment: Deployment) -> dict[str, Kind]:
        """The contracts a store's powers may name, by address."""
        known = {
            ZERO: Kind.ANYONE,
            timelock: Kind.TIMELOCK,
            info.governor: Kind.GOVERNOR,
            info.sale: Kind.SALE,
            deployment.store(info.store_id).router: Kind.ROUTER,
            info.token: Kind.TOKEN,
            deployment.registry: Kind.REGISTRY,
            deployment.compliance: Kind.COMPLIANCE,
        }
        if deployment.treasury is not None:
            known[deployment.treasury] = Kind.TREASURY
        return known

    def _codes(self, addresses: Sequence[str], number: int) -> list[str]:
        if not addresses:
            return []
        requests = [(RPCEndpoint("eth_getCode"), [a, hex(number)]) for a in addresses]
        answers = self.client.provider.make_batch_request(requests)
        if isinstance(answers, dict) or len(answers) != len(addresses):
            raise BadRpcResponse("chain.batch_refused", method="eth_getCode")
        codes = [unwrap("eth_getCode", answer) for answer in answers]
        if not all(isinstance(code, str) and code.startswith("0x") for code in codes):
            raise BadRpcResponse(method="eth_getCode")
        return codes

    def _cursor(self, contracts: list[str]) -> int | None:
        return self.portfolio.history.cursor(contracts)


def by_code(named: Kind, code: str) -> Kind:
    """What a contract the registry names `named` is, by its runtime code."""
    if is_build_of(named, code):
        return named
    return Kind.KEY if len(code) <= 2 else Kind.UNVERIFIED


def _role_order(scopes: dict[str, str]) -> Any:
    order = {"token": 0, "timelock": 1, "compliance": 2, "treasury": 3, "registry": 4}
    names = {name: i for i, name in enumerate(ROLE_NAMES)}

    def key(item: tuple[tuple[str, str], list[str]]) -> tuple[int, int, str]:
        contract, name = item[0]
        return order[scopes[contract]], names.get(name, len(names)), name

    return key
