"""Portfolio with one registered store whose sale is no contract (review F7): the page shows the
investor's holdings and the Powers tab of a good store, and names the store left out, with the
reason, in the user's language."""

# ruff: noqa: F811 - `world` and `desk` are imported fixtures
from __future__ import annotations

from tests.app.portfolio.conftest import World, world  # noqa: F401
from tests.ui.portfolio.test_page import desk  # noqa: F401


def test_a_store_that_does_not_answer_is_named_and_the_rest_is_shown(qtbot, desk, world: World):
    world.buy(world.investors[0], 1, 5)
    _, _, sale = world.register_broken_store("sale", "0x")
    d = desk(0)
    d.view(qtbot)
    page = d.page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=20_000)
    assert page.left_out.isVisible()
    text = page.left_out.text()
    assert "1 registered store could not be read" in text and sale in text
    assert "no contract at that address" in text
    panel = page.powers_panel
    page.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.powers is not None, timeout=20_000)
    assert panel.powers.symbol == "PSP1"
