"""`python main.py sandbox --merchants 15000` (what the README promises) comes up with its chain,
and every store on it carries its full name: the token's name and its DAO's, however long."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.chain.devnode import anvil_binary
from app.chain.errors import ChainUnavailable
from app.sandbox.launcher import SandboxProcess
from app.sandbox.roster import tokenized_count
from tests.fixtures.sandbox import chain_view

MERCHANTS = 15_000


@pytest.mark.slow
def test_fifteen_thousand_merchants_start_with_the_chain_and_full_store_names(
    tmp_path: Path,
) -> None:
    try:
        anvil_binary()
    except ChainUnavailable as exc:
        pytest.skip(exc.user_message)
    with (
        SandboxProcess.start(
            tmp_path / "data", merchants=MERCHANTS, day_seconds=3600.0, timeout=600
        ) as sandbox,
        chain_view(sandbox) as view,
    ):
        assert view.api.merchants(page_size=1).total == MERCHANTS
        offerings = view.api.offerings().items
        assert len(offerings) == tokenized_count(MERCHANTS)
        by_token = {store.token: store for store in view.deployment.stores}
        assert len(by_token) == len(offerings)
        names = []
        for offering in offerings:
            name = view.api.merchant(offering.merchant_id).summary.name
            store = by_token[offering.token_address]
            token = view.contract("ProfitShareToken", store.token).functions
            governor = view.contract("StoreGovernor", store.governor).functions
            assert token.name().call() == f"{name} Profit Share"
            assert token.symbol().call() == offering.token_symbol
            assert governor.name().call() == f"{name} Profit Share DAO"
            names.append(f"{name} Profit Share DAO")
        # The point of the test: names past the 31 bytes OpenZeppelin's short strings hold.
        assert max(len(n.encode()) for n in names) > 31
