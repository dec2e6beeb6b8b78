"""The DAO's proposals and the powers' role holders on the one keyed table model, without a
chain: texts, tooltips and colours as the panels drew them, a refresh that keeps the selected
proposal selected, and Qt's model tester on both."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from app.portfolio.governance import CastVote, Proposal, ProposalState, Support
from app.portfolio.holdings import TokenInfo
from app.portfolio.powers_model import Holder, Kind
from ui.portfolio.proposals_model import ProposalsModel
from ui.portfolio.roles_model import RoleRow, RolesModel
from ui.shared.keyed_model import KEY_ROLE
from ui.shared.theme import LIGHT

INFO = TokenInfo(b"\x01" * 32, "0xT", "0xS", "0xG", "Shop", "PSP0", 6, 10**6, 10**6, 10**8, 0)
TIP = Qt.ItemDataRole.ToolTipRole


def proposal(number: int, **changes) -> Proposal:  # noqa: ANN003
    made = Proposal(
        "0xG", number, "0xP", f"Title {number}\nWhy", (), 10, 1_000, ProposalState.ACTIVE,
        0, 5_000_000, 0, None, False, 60_000_000, 9, "0x",
    )  # fmt: skip
    return replace(made, **changes)


def test_proposals_read_as_the_panel_drew_them_and_keep_the_selection(qtbot, qtmodeltester):
    model = ProposalsModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.show([proposal(1), proposal(2, voting_power=0)], INFO, head_block=900)
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(5)] == ["Title 1", "active", "5.00", "0.00",
                                                           "0.00"]  # fmt: skip
    assert model.index(0, 5).data() == "block 1,000 (in 100)"
    assert (model.index(0, 6).data(), model.index(1, 6).data()) == ("can vote", "no power")
    assert model.index(0, 3).data(TIP) == "Title 1\nWhy"
    view.selectionModel().select(
        model.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )

    vote = CastVote(Support.AGAINST, 60_000_000, "no", 950, None, "0x")
    model.show([proposal(3), proposal(2, my_vote=vote, against=60_000_000), proposal(1)], INFO, 960)

    (selected,) = view.selectionModel().selectedRows()
    assert selected.data(KEY_ROLE) == ("0xG", 2)
    assert model.index(selected.row(), 6).data() == "voted against · 60.00 PSP0"
    assert "Your reason: no" in model.index(selected.row(), 0).data(TIP)
    qtmodeltester.check(model)


def test_role_holders_flagged_in_the_colour_of_bad(qtbot, qtmodeltester):
    model = RolesModel()
    model.set_colors(LIGHT)
    admin = RoleRow("token", "DEFAULT_ADMIN_ROLE", Holder("0xA", Kind.KEY), True)
    sale = RoleRow("token", "MINTER_ROLE", Holder("0xS", Kind.SALE), False)
    model.set_items([admin, sale])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(3)] == ["token", "admin", "0xA"]
    assert model.index(0, 1).data(TIP) == "DEFAULT_ADMIN_ROLE"
    assert model.index(0, 3).data(TIP) == model.index(0, 3).data()
    foreground = Qt.ItemDataRole.ForegroundRole
    assert model.index(0, 2).data(foreground).name() == LIGHT.bad.lower()
    assert model.index(1, 2).data(foreground) is None
