"""Portfolio → a holding → Powers on anvil: the tab names each role's holders and what they are,
flags what one key could do (and says the platform holds it before the handover), the store list
marks the flagged token, and both follow when the powers change on chain."""

# ruff: noqa: F811 - `world` and `desk` are imported fixtures
from __future__ import annotations

from PySide6.QtCore import Qt

from app.chain.dao import hand_over_to_dao
from app.chain.deploy import role
from tests.app.portfolio.conftest import World, world  # noqa: F401
from tests.ui.portfolio.test_page import desk  # noqa: F401
from ui.portfolio.holdings_model import FLAG_MARK, TOKEN


def _rows(panel) -> list[tuple[str, ...]]:
    model = panel.roles
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_the_powers_tab_flags_the_platforms_keys_before_the_handover(
    qtbot, qtmodeltester, desk, world: World
):
    world.buy(world.investors[0], 0, 10)
    d = desk(0)
    d.view(qtbot)
    panel = d.page.powers_panel
    d.page.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.powers is not None, timeout=20_000)
    admin, store = world.admin.address, world.stores[0]
    assert "PSP0" in panel.heading.text() and "not yet handed over" in panel.heading.text()
    assert panel.flags.objectName() == "error" and panel.flags.isVisible()
    flags = panel.flags.text()
    assert flags.count("⚑") == 4 and admin in flags
    assert flags.count("Held by the platform until the store is handed over") == 3
    assert "administers the distribution treasury that holds PSP0's" in flags
    rows = _rows(panel)
    assert (
        "token",
        "minter",
        store.sale,
        "the offering sale (bounded by its cap and deadline)",
    ) in rows
    assert ("token", "admin", admin, "a plain key, one person") in rows
    assert ("timelock", "executor", "0x" + "00" * 20, "anyone") in rows
    assert ("treasury", "admin", admin, "a plain key, one person") in rows
    assert (
        "treasury",
        "approver",
        world.chain.accounts[8].address,
        "a plain key, one person",
    ) in rows
    assert ("registry", "registrar", admin, "a plain key, one person") in rows
    # The admin's row is drawn as flagged; the sale's is not.
    admin_row = rows.index(("token", "admin", admin, "a plain key, one person"))
    sale_row = rows.index(
        ("token", "minter", store.sale, "the offering sale (bounded by its cap and deadline)")
    )
    bad = d.page.colors.bad.lower()
    foreground = Qt.ItemDataRole.ForegroundRole
    assert panel.roles.index(admin_row, 2).data(foreground).name() == bad
    assert panel.roles.index(sale_row, 2).data(foreground) is None
    qtmodeltester.check(panel.roles)
    assert "investors 30" in panel.fact_texts["router"]
    assert "no owner" in panel.fact_texts["router"]
    assert "delay 60 s" in panel.fact_texts["timelock"]
    assert "KYC" in panel.fact_texts["compliance"]
    assert "for later proposals, their votes" in panel.fact_texts["compliance"]
    assert "price 10.00 sUSD per PST" in panel.fact_texts["sale"]
    assert "a payout needs a proposer and 2 of 3 approvers" in panel.fact_texts["treasury"]
    assert "Treasury admin: can stop this store's payouts" in panel.fact_texts["treasury"]
    assert "Registrar: lists new stores" in panel.fact_texts["registry"]
    treasury_row = rows.index(("treasury", "admin", admin, "a plain key, one person"))
    assert panel.roles.index(treasury_row, 2).data(foreground).name() == bad

    qtbot.waitUntil(lambda: d.page.model.power_flags(d.page.model.item(0)) != (), timeout=20_000)
    cell = d.page.model.index(0, TOKEN)
    assert cell.data() == FLAG_MARK + "PSP0"
    assert "can pause PSP0" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_the_mark_and_the_tab_follow_the_chain_when_the_keys_let_go(qtbot, desk, world: World):
    store, token = world.stores[0], world.token(0)
    voters = world.investors[:2]
    for voter in voters:
        world.buy(voter, 0, 100)
        world.sender(voter).send(token.functions.delegate(voter.address))
    d = desk(0)
    view = d.view(qtbot)
    model = d.page.model
    qtbot.waitUntil(lambda: model.index(0, TOKEN).data() == FLAG_MARK + "PSP0", timeout=20_000)

    hand_over_to_dao(world.admin, world.platform.registry, store, [world.sender(v) for v in voters])
    admin = world.admin.address
    for name in ("PAUSER_ROLE", "DISTRIBUTOR_ROLE", "DEFAULT_ADMIN_ROLE"):
        if token.functions.hasRole(role(name), admin).call():
            world.admin.send(token.functions.renounceRole(role(name), admin))
    # The treasury, platform-wide, stays the platform's: administered by a contract (a Safe),
    # not by one key, nobody alone can stop the store's payouts.
    safe = world.admin.deploy("TestSignerWallet", admin)
    treasury = world.contract("DistributionTreasury", world.platform.treasury).functions
    world.admin.send(treasury.grantRole(role("DEFAULT_ADMIN_ROLE"), safe.address))
    world.admin.send(treasury.renounceRole(role("DEFAULT_ADMIN_ROLE"), admin))
    d.view(qtbot, after=view.snapshot.block_number)
    qtbot.waitUntil(lambda: model.index(0, TOKEN).data() == "PSP0", timeout=20_000)
    panel = d.page.powers_panel
    d.page.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.flags.objectName() == "success", timeout=20_000)
    # The platform's KYC officer, a key, can still stop a holder's claims: the sentence says so.
    said = panel.flags.text()
    assert "Apart from the compliance officer" in said and "no single key can mint PSP0" in said
    assert "handed over to its DAO" in panel.heading.text()
    assert panel.powers is not None and panel.powers.owner.address == store.timelock


def test_a_guardians_pause_shows_as_transfers_only_and_bounded(qtbot, desk, world: World):
    store, token = world.stores[0], world.token(0)
    voters = world.investors[:2]
    for voter in voters:
        world.buy(voter, 0, 100)
        world.sender(voter).send(token.functions.delegate(voter.address))
    guardian = world.outsider
    hand_over_to_dao(
        world.admin,
        world.platform.registry,
        store,
        [world.sender(v) for v in voters],
        guardian=guardian.address,
    )
    world.sender(guardian).send(token.functions.guardianPause())
    d = desk(0)
    d.view(qtbot)
    panel = d.page.powers_panel
    d.page.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.powers is not None, timeout=20_000)
    paused = panel.fact_texts["paused"]
    assert "transfers only" in paused and "claims go on" in paused
    assert "at most 7 days" in paused and "its pause ends" in paused
    # A bounded guardian is not flagged; the platform's key over the treasury is.
    flags = panel.flags.text()
    assert flags.count("⚑") == 1 and "distribution treasury" in flags


def test_the_reasons_follow_the_language(qtbot, qapp, desk, world: World, english):
    world.buy(world.investors[0], 0, 10)
    d = desk(0)
    d.view(qtbot)
    panel = d.page.powers_panel
    d.page.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.powers is not None, timeout=20_000)
    try:
        english.apply("zh_CN")
        qapp.processEvents()  # LanguageChange: the panel's retranslate()
        assert "在店铺移交给其 DAO 之前由平台持有" in panel.flags.text()
        assert panel.roles.headerData(0, Qt.Orientation.Horizontal) == "合约"
        # In a small window the wrapped flags are never clipped: the tables give way.
        d.page.resize(1000, 600)
        d.page.show()
        qtbot.waitUntil(lambda: panel.flags.isVisible() and panel.flags.width() > 100)
        qtbot.wait(50)  # the layout settles at its final width
        flags = panel.flags
        assert flags.height() >= flags.heightForWidth(flags.width())
        english.apply("zh_TW")
        qapp.processEvents()  # LanguageChange: the panel's retranslate()
        assert "普通金鑰，一人掌控" in panel.flags.text()
    finally:
        english.apply("en")


def test_an_account_without_holdings_shows_no_other_tokens_powers_or_dao(qtbot, desk, world: World):
    world.buy(world.investors[0], 0, 10)
    d = desk(0)
    d.view(qtbot)
    page, panel = d.page, d.page.powers_panel
    page.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.powers is not None, timeout=20_000)
    qtbot.waitUntil(lambda: page.governance.power is not None, timeout=20_000)
    newcomer = world.investors[1].address  # holds no PST
    page.set_account(newcomer)
    qtbot.waitUntil(
        lambda: page.view is not None and page.view.snapshot.account == newcomer, timeout=20_000
    )
    assert page.model.rowCount() == 0
    assert (panel.info, panel.powers, panel.roles.rowCount()) == (None, None, 0)
    assert not panel.flags.isVisible() and "Select a holding" in panel.heading.text()
    dao = page.governance
    assert (dao.account, dao.info, dao.power, dao.model.rowCount()) == (None, None, None, 0)
    assert not dao.activate_button.isEnabled() and dao.power_label.text() == ""
