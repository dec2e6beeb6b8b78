"""The three-way matching engine on hand-made books: each kind of leak is one difference with its
reason, items inside a lag are pending, tolerances come from Settings, hand matches and write-offs
settle differences and reach the audit trail, and the matched-lines hash pins the period."""

from __future__ import annotations

import datetime as dt

import pytest

from app.bank.errors import BankError
from app.bank.matching import (
    BankLine,
    Matcher,
    ProviderSettlement,
    Reason,
    RoutedTransfer,
    Status,
    StoreAccount,
    Tolerances,
    matched_lines_hash,
    tolerances_of,
)
from app.bank.resolutions import Resolutions
from app.config.settings import Settings
from app.treasury.audit import AuditTrail

DAY = dt.date(2026, 11, 2)
ACCOUNT, ROUTER = "PB-M00001", "0x" + "11" * 20
STORE = StoreAccount(ACCOUNT, "M00001", "PSTONE", ROUTER)


def _hash(n: int) -> str:
    return "0x" + f"{n:064x}"


def _day(n: int = 0, *, amounts=(1_000, 2_500), fault: str = ""):
    """One business day of one store: settlements, credits, a sweep and its routing."""
    day = DAY + dt.timedelta(days=n)
    settled = [
        ProviderSettlement(f"PP-{n}-{i}", "M00001", ACCOUNT, day, amount)
        for i, amount in enumerate(amounts)
    ]
    credits = [BankLine(ACCOUNT, f"{n}-{i}", day, s.amount, s.id) for i, s in enumerate(settled)]
    if fault == "diverted":
        settled[0] = ProviderSettlement(settled[0].id, "M00001", "HK-EXT-1", day, amounts[0])
        credits = credits[1:]
    if fault == "missing":
        credits = credits[1:]
    if fault == "duplicate":
        credits.append(BankLine(ACCOUNT, f"{n}-dup", day, amounts[0], settled[0].id))
    if fault == "unexplained":
        credits.append(BankLine(ACCOUNT, f"{n}-x", day, 700, "NOBODY-1"))
    if fault == "amount":
        credits[0] = BankLine(ACCOUNT, f"{n}-0", day, amounts[0] + 5, settled[0].id)
    total = sum(x.amount for x in credits)
    sweep = BankLine(ACCOUNT, f"{n}-sweep", day, -total, _hash(n + 1))
    routed = [RoutedTransfer(_hash(n + 1), ROUTER, total * 10_000)]
    lines = [*credits] if fault == "not_swept" else [*credits, sweep]
    if fault == "not_routed":
        routed = []
    if fault == "routed_less":
        routed = [RoutedTransfer(_hash(n + 1), ROUTER, total * 10_000 - 10_000)]
    return lines, settled, routed


def _match(*days, as_of=DAY + dt.timedelta(days=10), tolerances=None):
    matcher = Matcher([STORE], tolerances)
    for lines, settled, routed in days:
        matcher.add(lines, settled, routed)
    return matcher.match(as_of)


def test_a_clean_day_is_one_matched_group_with_its_transaction():
    result = _match(_day())
    assert result.differences == []
    (group,) = result.groups
    assert group.settlements == ("PP-0-0", "PP-0-1") and group.tx_hash == _hash(1)
    assert group.amount == 3_500
    (status,) = result.statuses()
    assert (status.period, status.status) == ("2026-11", Status.MATCHED)


@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        ("diverted", Reason.DIVERTED),
        ("missing", Reason.MISSING_SETTLEMENT),
        ("duplicate", Reason.DUPLICATE),
        ("unexplained", Reason.UNEXPLAINED_CREDIT),
        ("amount", Reason.AMOUNT_DIFFERS),
        ("not_swept", Reason.NOT_SWEPT),
        ("not_routed", Reason.NOT_ROUTED),
        ("routed_less", Reason.AMOUNT_DIFFERS),
    ],
)
def test_each_leak_is_exactly_one_difference_with_its_reason(fault, reason):
    result = _match(_day(0), _day(1, fault=fault), _day(2))
    (difference,) = result.differences
    assert difference.reason is reason and difference.value_date == DAY + dt.timedelta(days=1)
    statuses = {s.period: s for s in result.statuses()}
    assert statuses["2026-11"].status is Status.DIFFERENCES
    assert statuses["2026-11"].differences == 1


def test_inside_the_lags_an_item_is_pending_not_a_difference():
    for fault in ("missing", "not_swept", "not_routed"):
        result = _match(_day(0, fault=fault), as_of=DAY + dt.timedelta(days=1))
        assert result.differences == [], fault
        assert result.statuses()[0].status is Status.PENDING
        late = _match(_day(0, fault=fault), as_of=DAY + dt.timedelta(days=2))
        assert len(late.differences) == 1


def test_value_dates_attribute_to_periods_not_block_times():
    result = _match(_day(-2), _day(0))  # 31 Oct and 2 Nov
    assert [s.period for s in result.statuses()] == ["2026-10", "2026-11"]


def test_the_amount_tolerance_comes_from_settings():
    settings = Settings(bank_amount_tolerance_cents=5)
    assert _match(_day(0, fault="amount"), tolerances=tolerances_of(settings)).differences == []
    assert len(_match(_day(0, fault="amount"), tolerances=Tolerances()).differences) == 1
    with pytest.raises(ValueError):
        Tolerances(amount_cents=-1)


def test_the_incremental_path_gives_what_a_full_match_gives():
    days = [_day(n, fault="missing" if n == 3 else "") for n in range(6)]
    matcher = Matcher([STORE])
    for lines, settled, routed in days[:-1]:
        matcher.add(lines, settled, routed)
    result = matcher.match(DAY + dt.timedelta(days=6))
    touched = matcher.add(*days[-1])
    matcher.match(DAY + dt.timedelta(days=6), touched, into=result)
    full = _match(*days, as_of=DAY + dt.timedelta(days=6))
    assert result.differences == full.differences and result.groups == full.groups


def test_hand_match_and_write_off_settle_differences_and_reach_the_audit_trail(db):
    trail = AuditTrail(db)
    resolutions = Resolutions(
        db, audit=lambda actor, details: trail.append("note", actor=actor, details=details)
    )
    # The provider reported under one reference, the bank credited under another.
    lines, settled, routed = _day(0)
    renamed = [lines[0].__class__(ACCOUNT, "0-0", DAY, lines[0].amount, "PP-OTHER"), *lines[1:]]
    result = resolutions.apply(_match((renamed, settled, routed), _day(1, fault="not_routed")))
    keys = {d.reason: d.key for d in result.differences}
    assert set(keys) == {Reason.UNEXPLAINED_CREDIT, Reason.MISSING_SETTLEMENT, Reason.NOT_ROUTED}
    with pytest.raises(BankError) as refused:
        resolutions.write_off(result, keys[Reason.NOT_ROUTED], "  ", "approver-1")
    assert refused.value.code == "bank.reason_needed"
    with pytest.raises(BankError):
        resolutions.match(result, keys[Reason.NOT_ROUTED], keys[Reason.UNEXPLAINED_CREDIT], "", "x")
    resolutions.match(
        result, keys[Reason.UNEXPLAINED_CREDIT], keys[Reason.MISSING_SETTLEMENT],
        "provider renamed its reference", "approver-1",
    )  # fmt: skip
    resolutions.write_off(result, keys[Reason.NOT_ROUTED], "on-ramp refunded", "approver-2")
    assert result.differences == [] and len(result.resolved) == 3
    again = resolutions.apply(_match((renamed, settled, routed), _day(1, fault="not_routed")))
    assert again.differences == [] and {s.status for s in again.statuses()} == {Status.MATCHED}
    notes = [e for e in trail.entries() if e.kind == "note"]
    assert [n.details["action"] for n in notes] == ["bank_match", "bank_match", "bank_write_off"]
    assert notes[-1].details["reason"] == "on-ramp refunded" and notes[-1].actor == "approver-2"
    assert trail.verify().ok


def test_the_matched_lines_hash_pins_the_periods_matched_lines():
    days = [_day(0), _day(1)]
    lines = [x for d in days for x in d[0]]
    result = _match(*days)
    first = matched_lines_hash(result, lines, ACCOUNT, "2026-11")
    assert first == matched_lines_hash(result, list(reversed(lines)), ACCOUNT, "2026-11")
    changed = [BankLine(ACCOUNT, x.entry, x.value_date, x.amount, x.reference + "x") for x in lines]
    assert matched_lines_hash(result, changed, ACCOUNT, "2026-11") != first
    assert first.startswith("0x") and len(first) == 66
