"""Property: after random purchases, transfers, distributions and claims, the claimable amount the
portfolio shows equals the contract's claimableOf to the base unit, and so does the ledger
replayed from the indexed events (which is what dates every distribution)."""

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from app.chain.indexer import EventIndexer
from app.portfolio.holdings import PortfolioReader
from app.storage import open_database
from tests.app.portfolio.conftest import PST

investor = st.integers(0, 2)
step = st.one_of(
    st.tuples(st.just("buy"), investor, st.integers(1, 50)),
    st.tuples(st.just("transfer"), investor, investor, st.integers(1, 20 * PST)),
    st.tuples(st.just("distribute"), st.one_of(st.integers(1, 99), st.integers(1, 10**10))),
    st.tuples(st.just("claim"), investor),
)


@settings(
    max_examples=6,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],  # no shrinking: each example costs chain time
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(steps=st.lists(step, min_size=2, max_size=7))
def test_claimable_shown_equals_the_contract(world, chain, client, steps):
    snapshot_id = chain.snapshot()
    try:
        people = world.investors[:3]
        world.buy(people[0], 0, 10)  # someone always holds, so distributions succeed
        for action, *args in steps:
            if action == "buy":
                world.buy(people[args[0]], 0, args[1])
            elif action == "transfer":
                source, target, amount = people[args[0]], people[args[1]], args[2]
                if world.token(0).functions.balanceOf(source.address).call() >= amount:
                    world.transfer(source, target.address, 0, amount)
            elif action == "distribute":
                world.distribute(0, args[0])
            elif world.token(0).functions.claimableOf(people[args[0]].address).call():
                world.sender(people[args[0]]).send(world.token(0).functions.claim())
        with tempfile.TemporaryDirectory() as folder:
            db = open_database(Path(folder) / "store.sqlite3")
            try:
                reader = PortfolioReader(client, db, registry=world.platform.registry)
                indexer = EventIndexer(client, db, confirmations=0)
                reader.watch(indexer)
                indexer.sync()
                for person in people:
                    shown = reader.snapshot(person.address).holdings
                    truth = world.token(0).functions.claimableOf(person.address).call()
                    got = {h.info.token: h for h in shown}.get(world.stores[0].token)
                    if got is None:
                        assert truth == 0
                        continue
                    assert got.claimable == truth
                    assert got.ledger.claimable == truth
                    assert got.ledger.balance == got.balance
            finally:
                db.close()
    finally:
        chain.revert(snapshot_id)
