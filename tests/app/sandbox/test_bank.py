"""The sandbox bank without servers or chain: what it credits equals what the providers report
(except for the injected faults, one each), a day's split never depends on the range asked for,
and the bank's API keeps to its committed contract."""

from __future__ import annotations

import datetime as dt

import pytest

from app.sandbox import settlements as psp
from app.sandbox.bank.bank import SandboxBank
from app.sandbox.bank.openapi import DOCUMENT, render
from app.sandbox.calendar import SIM_START
from app.sandbox.world import SandboxWorld


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("bank")
    world = SandboxWorld(root, merchants=60)
    for _ in range(6):
        world.advance_day()
    found = SandboxBank(world, root)
    found.book_through(world.sim_date)
    yield found
    found.close()
    world.close()


def test_committed_bank_document_is_the_generated_one():
    assert DOCUMENT.read_text(encoding="utf-8") == render(), (
        "resources/api/bank.json is stale: run `python -m app.sandbox.bank.openapi`"
    )


def test_a_days_settlements_do_not_depend_on_the_range_asked_for(bank):
    world = bank.world
    offering = psp.banked_offerings(world.offerings().items)[0]
    faults = world.fault_days()
    last = world.sim_date
    whole = psp.settlements(world.roster, offering, psp.BANK_START, last, faults)
    by_day = [
        s
        for n in range((last - psp.BANK_START).days + 1)
        for s in psp.settlements(
            world.roster,
            offering,
            psp.BANK_START + dt.timedelta(days=n),
            psp.BANK_START + dt.timedelta(days=n),
            faults,
        )
    ]
    assert whole == by_day
    assert {s.provider for s in whole} == {name for _, name in psp.PROVIDERS}


def test_the_bank_credits_what_the_providers_paid_it_but_for_one_fault_each(bank):
    world = bank.world
    faults = world.fault_days()
    assert sorted(faults.values()) == sorted(psp.FAULT_ORDER)
    seen: dict[psp.Fault | None, int] = {}
    for account in bank.ledger.accounts():
        paid = {
            s.id: s
            for period in ("2026-10", "2026-11")
            for s in world.settlements(account.merchant_id, period).items
        }
        lines = [
            x
            for period in ("2026-10", "2026-11")
            for x in bank.statement_lines(account.id, period).items
        ]
        credits = [x for x in lines if x.amount > 0]
        credited = [x.reference for x in credits]
        fault = next((f for (m, _), f in faults.items() if m == account.merchant_id), None)
        differing = {i for i, s in paid.items() if s.paid_to == account.id} ^ set(credited)
        duplicates = len(credited) - len(set(credited))
        if fault is None:
            assert not differing and not duplicates, account.id
        elif fault is psp.Fault.DUPLICATE:
            assert not differing and duplicates == 1
        elif fault in (psp.Fault.DIVERTED, psp.Fault.MISSING):
            assert len(differing) + sum(s.paid_to != account.id for s in paid.values()) == 1
        seen[fault] = seen.get(fault, 0) + 1
        # Without a chain every day's credits wait in one sweep order per day, all of them.
        orders = [o for o in bank.ledger.pending_sweeps() if o.account == account.id]
        assert {o.value_date for o in orders} == {x.value_date for x in credits}
        assert bank.statement_lines(account.id, "2026-11").closing_balance == sum(
            o.amount for o in orders
        )
    assert seen[None] >= 4


def test_booking_again_changes_nothing(bank):
    account = bank.ledger.accounts()[0]
    before = bank.statement_lines(account.id, "2026-11")
    assert bank.book_through(bank.world.sim_date) == 0
    assert bank.statement_lines(account.id, "2026-11") == before
    assert bank.ledger.booked_through == SIM_START + dt.timedelta(days=6)
