"""The treasury page's fixtures: the treasury tests' session deployment (one store, a proposer
and two approvers on anvil), a desk over it with reports from a loopback server, and the page."""

from __future__ import annotations

import pytest

from app.backend.client import ApiClient
from app.chain.context import ChainContext
from app.config.profiles import NetworkProfile
from app.storage import open_database
from app.treasury.desk import TreasuryDesk
from tests.app.treasury import conftest as treasury_fixtures
from tests.ui.treasury.steps import WAIT
from ui.treasury.page import TreasuryPage

# The treasury tests' session deployment and its per-test view, shared with these tests.
deployed_treasury = treasury_fixtures.deployed_treasury
tenv = treasury_fixtures.tenv


@pytest.fixture
def desk(tmp_path, tenv, chain, hostile_api):
    profile = NetworkProfile(
        name="test", rpc_url=tenv.chain.url, registry_address=tenv.platform.registry
    )
    db = open_database(tmp_path / "store.sqlite3")
    chain = ChainContext.open(profile, db)
    api = ApiClient(hostile_api.url, hostile_api.token)
    yield TreasuryDesk(chain, api)
    api.close()
    chain.close()
    db.close()


@pytest.fixture
def page(qtbot, desk, tenv):
    signers = {s.address: s for s in [tenv.proposer, *tenv.approvers]}
    notices: list[str] = []
    made = TreasuryPage(desk, tenv.proposer.address, lambda a, _what: signers[a])
    made.notices = notices
    made.notice.connect(notices.append)
    qtbot.addWidget(made)
    made.resize(1300, 800)
    made.show()
    with qtbot.waitSignal(made.loaded, timeout=WAIT):
        made.start()
    return made
