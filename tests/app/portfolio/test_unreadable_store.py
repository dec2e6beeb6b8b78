"""One registered store whose contracts do not answer (a sale or a token that is a plain key or
reverts, a governor that is no contract) is left out with its reason; every other store's
holdings and powers are read as before (review F7: one store with a zero sale broke every
investor's portfolio and every `token powers`)."""

from __future__ import annotations

import pytest

from app.chain.errors import ChainError
from app.chain.indexer import EventIndexer
from app.portfolio.holdings import PortfolioReader
from app.portfolio.powers import PowersReader
from tests.app.portfolio.conftest import REVERTING, World


def _powers(world: World, client, db) -> PowersReader:
    reader = PowersReader(PortfolioReader(client, db, registry=world.platform.registry), db)
    indexer = EventIndexer(client, db, confirmations=0)
    reader.watch(indexer)
    indexer.sync()
    return reader


@pytest.mark.parametrize(
    ("part", "code", "why"),
    [
        ("sale", "0x", "no contract at that address"),
        ("sale", REVERTING, "it refused, giving no reason"),
        ("token", "0x", "no contract at that address"),
        ("token", REVERTING, "it refused, giving no reason"),
    ],
)
def test_a_store_that_does_not_answer_is_left_out_with_its_reason(
    world: World, chain, client, db, part: str, code: str, why: str
) -> None:
    investor = world.investors[0]
    world.buy(investor, 0, 3)
    _, token, broken = world.register_broken_store(part, code)
    reader = PortfolioReader(client, db, registry=world.platform.registry)
    snap = reader.snapshot(investor.address)
    assert [h.info.symbol for h in snap.holdings] == ["PSP0"]
    assert [t.symbol for t in reader.tokens] == ["PSP0", "PSP1", "PSP2"]
    (left_out,) = snap.unreadable
    assert left_out.token == token
    english = left_out.reason.text("en")
    assert (
        broken in english
        and why in english
        and ("offering sale" if part == "sale" else "its token") in english
    )
    assert ("发行认购合约" if part == "sale" else "代币合约") in left_out.reason.text("zh_CN")
    assert ("發行認購合約" if part == "sale" else "代幣合約") in left_out.reason.text("zh_TW")


def test_the_powers_of_every_other_store_read_as_before(world: World, chain, client, db) -> None:
    _, token, _ = world.register_broken_store("sale", "0x")
    reader = _powers(world, client, db)
    assert reader.read("PSP1").symbol == "PSP1"
    with pytest.raises(ChainError) as caught:
        reader.read(token)
    assert caught.value.code == "powers.store_unreadable"
    assert "offering sale" in caught.value.text("en") and "权限" in caught.value.text("zh_CN")


def test_a_store_whose_governor_does_not_answer_spoils_only_its_own_powers(
    world: World, chain, client, db
) -> None:
    _, token, _ = world.register_broken_store("governor", "0x", key="no-governor")
    reader = _powers(world, client, db)  # follows every readable store's timelock
    assert [p.symbol for p in reader.read_many(["PSP0", "PSP2"])] == ["PSP0", "PSP2"]
    with pytest.raises(ChainError) as caught:
        reader.read(token)
    assert caught.value.code == "powers.store_unreadable"
    assert "governor" in caught.value.text("en") and "治理合約" in caught.value.text("zh_TW")
    # The store list's flags: every other store's, none for this one.
    found = reader.read_many(["PSP1", token], skip_unreadable=True)
    assert [p.symbol for p in found] == ["PSP1"]
