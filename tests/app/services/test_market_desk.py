"""The market desk names a token the registry does not list with a coded error (it raised a bare
KeyError('PST1'), which the Market page showed as "KeyError: 'PST1'" in every language)."""

from __future__ import annotations

import pytest

from app.backend.client import ApiClient
from app.chain.client import connect
from app.chain.context import ChainContext
from app.config.profiles import NetworkProfile
from app.market.book_client import BookClient
from app.portfolio.holdings import PortfolioReader
from app.services.market_desk import MarketDesk, MarketDeskError
from tests.fixtures.anvil import ANVIL_CHAIN_ID
from tests.fixtures.wallet_chain import WalletWorld


def test_a_symbol_the_registry_does_not_list_is_a_coded_error(wallet_world: WalletWorld, db):
    profile = NetworkProfile(
        name="t",
        rpc_url=wallet_world.chain.url,
        chain_id=ANVIL_CHAIN_ID,
        registry_address=wallet_world.platform.registry,
    )
    client = connect(profile)
    context = ChainContext(profile, db, client=client, index_confirmations=0)
    reader = PortfolioReader(client, db, registry=wallet_world.platform.registry)
    book = BookClient(ApiClient("http://127.0.0.1:9", "unused", timeout=1))  # never asked
    desk = MarketDesk(context, reader, book)

    assert desk.info("WPA").symbol == "WPA"
    with pytest.raises(MarketDeskError) as raised:
        desk.info("NOPE")
    assert raised.value.code == "market_desk.unknown_token"
    assert "NOPE is not a token of this network's registry" in raised.value.text("en")
    assert raised.value.text("zh_CN").startswith("NOPE 不是")
    assert raised.value.text("zh_TW").startswith("NOPE 不是")
