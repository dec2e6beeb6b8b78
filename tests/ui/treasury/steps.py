"""Steps the treasury page tests take as a person would: switch account, reload, open the
propose dialog, click a button, confirm and wait for the action, choose a proposal."""

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


def review(qtbot, page, trigger):
    """Press what starts an action; return the confirmation step it ends in (nothing signed)."""
    with qtbot.waitSignal(page.confirming, timeout=WAIT) as shown:
        trigger()
    return shown.args[0]


def confirmed(qtbot, page, trigger):
    """Press what starts an action, confirm what it will sign; return the finished action (an
    ActionRecord), or the kept signature of an approval (a SignedDecision)."""
    dialog = review(qtbot, page, trigger)
    with qtbot.waitSignal(page.finished, timeout=WAIT) as done:
        dialog.confirm_button.click()
    return done.args[0]


def click(qtbot, page, button):
    assert button.isEnabled(), button.toolTip()
    action = confirmed(qtbot, page, button.click)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        pass
    return action


def choose(tab, proposal_id):
    from ui.treasury.tabs import select_key

    select_key(tab.view, proposal_id)
    assert tab.selected() is not None and tab.selected().id == proposal_id
