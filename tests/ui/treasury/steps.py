"""Steps the treasury page tests take as a person would: switch account, reload, open the
propose dialog, click a button and wait for the action, choose a proposal."""

from __future__ import annotations

WAIT = 30_000


def as_account(qtbot, page, address):
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.set_account(address)


def reload(qtbot, page):
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.reload()


def propose(qtbot, page, symbol, period, reason=""):
    """Open the dialog; return (dialog, the first check's answer)."""
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.reload()
    dialog = page.open_propose(symbol, period)
    with qtbot.waitSignal(dialog.checked, timeout=WAIT) as answer:
        pass
    if reason:
        with qtbot.waitSignal(dialog.checked, timeout=WAIT) as answer:
            dialog.reason.setPlainText(reason)
    return dialog, answer.args[0]


def click(qtbot, page, button):
    assert button.isEnabled(), button.toolTip()
    with qtbot.waitSignal(page.action_done, timeout=WAIT) as done:
        button.click()
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        pass
    return done.args[0]


def choose(tab, proposal_id):
    from ui.treasury.tabs import select_key

    select_key(tab.view, proposal_id)
    assert tab.selected() is not None and tab.selected().id == proposal_id
