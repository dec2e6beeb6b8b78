from eth_utils import keccak, to_checksum_address

from app.chain.deploy import StoreSpec, deploy_store
from app.portfolio.holdings import PortfolioReader
from app.portfolio.kyc import KycState
from app.portfolio.ledger import FlowKind
from tests.app.portfolio.conftest import PRICE, PST, USD


def test_snapshot_numbers_match_the_chain(world, chain, portfolio):
    alice, bob = world.investors[0], world.investors[1]
    world.buy(alice, 0, 100)  # 1,000 sUSD
    world.buy(bob, 0, 300)
    world.distribute(0, 400 * USD)  # alice 100, bob 300
    world.transfer(alice, bob.address, 0, 50 * PST)  # alice's 100 stays with her
    world.distribute(0, 400 * USD)  # alice 50, bob 350
    world.buy(alice, 1, 10)
    reader, indexer = portfolio()
    indexer.sync()

    snap = reader.snapshot(alice.address)

    assert snap.kyc.state is KycState.ALLOWED
    assert [h.info.symbol for h in snap.holdings] == ["PSP0", "PSP1"]
    first = snap.holding(world.stores[0].token)
    assert first.balance == 50 * PST and first.total_supply == 400 * PST
    assert first.share_bp == 1_250
    assert first.claimable == world.token(0).functions.claimableOf(alice.address).call()
    assert first.claimable == 150 * USD == first.distributions
    assert first.ledger.claimable == first.claimable  # the replay agrees with the contract
    # cost: 1,000 paid; half the tokens left at average cost
    assert first.cost_basis == 500 * USD and first.invested == 1_000 * USD
    kinds = [e.kind for e in first.entries]
    assert kinds == [
        FlowKind.PURCHASE,
        FlowKind.DISTRIBUTION,
        FlowKind.TRANSFER_OUT,
        FlowKind.DISTRIBUTION,
    ]
    assert [e.amount for e in first.entries] == [1_000 * USD, 100 * USD, 500 * USD, 50 * USD]
    assert snap.totals.cost_basis == 500 * USD + 10 * PRICE
    assert snap.totals.claimable == 150 * USD
    assert snap.stablecoin_balance == 100_000 * USD - 1_100 * USD
    assert snap.stablecoin_symbol == "sUSD" and snap.stablecoin_decimals == 6

    # bob received 50 by transfer: valued at the offering price, marked as estimated
    bob_first = reader.snapshot(bob.address).holding(world.stores[0].token)
    incoming = [e for e in bob_first.entries if e.kind is FlowKind.TRANSFER_IN]
    assert len(incoming) == 1 and incoming[0].amount == 500 * USD and incoming[0].estimated
    assert bob_first.cost_basis == 3_500 * USD
    assert bob_first.claimable == 650 * USD == bob_first.ledger.claimable


def test_round_trips_are_constant_in_the_number_of_stores(world, chain, client, db):
    """Refreshing 1 store or 50 stores costs the same HTTP round trips (head + one batch)."""
    investor = world.investors[2]
    world.buy(investor, 0, 1)
    small = PortfolioReader(client, db, registry=world.platform.registry)
    small.rediscover()
    # 47 more stores would be slow to deploy; clone the first token's code instead (the registry
    # takes each token for one store only): the clones answer every read, and hold nothing.
    registry = world.contract("StoreRegistry", world.platform.registry)
    first = world.stores[0]
    code = world.chain.rpc("eth_getCode", [first.token, "latest"])
    for i in range(47):
        clone = to_checksum_address(keccak(text=f"clone-{i}")[:20])
        world.chain.rpc("anvil_setCode", [clone, code])
        world.admin.send(
            registry.functions.registerStore(
                (1000 + i).to_bytes(32, "big"),
                clone,
                first.router,
                first.governor,
                first.sale,
                world.admin.address,
                b"\x00" * 32,
                1,
            )
        )
    big = PortfolioReader(client, db, registry=world.platform.registry)
    big.rediscover()
    assert len(big.tokens) == 50

    trips = []
    for reader in (small, big):
        reader.snapshot(investor.address)  # warm: block times cached
        before = client.round_trips
        snap = reader.snapshot(investor.address)
        trips.append(client.round_trips - before)
    assert trips == [2, 2]
    assert len(snap.holdings) == 1  # the clones hold nothing


def test_a_new_store_is_discovered_on_refresh(world, chain, client, db):
    investor = world.investors[3]
    reader = PortfolioReader(client, db, registry=world.platform.registry)
    assert len(reader.tokens) == 3
    spec = StoreSpec("M00099", "Late Store", "LATE", world.admin.address, world.admin.address)
    late = deploy_store(world.admin, world.platform, spec)
    world.buy(investor, 0, 1)
    snap = reader.snapshot(investor.address)
    assert late.token in [t.token for t in reader.tokens]
    assert len(snap.holdings) == 1


def test_never_allowlisted_account_has_an_empty_portfolio(world, chain, client, db):
    reader = PortfolioReader(client, db, registry=world.platform.registry)
    snap = reader.snapshot(world.outsider.address)
    assert snap.holdings == () and snap.kyc.state is KycState.NEVER
    assert "not on the platform's KYC allowlist" in snap.kyc.message
