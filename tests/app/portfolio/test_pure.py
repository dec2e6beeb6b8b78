"""The Qt-free pieces without a chain: KYC wording, chart arithmetic, notices, CSV, badge, units."""

import csv
import dataclasses
import datetime as dt
import io

import pytest

from app.domain.covenants import Alert
from app.domain.scorecard import Criterion, Scorecard
from app.errors.catalog import render
from app.events import ALERTS_RAISED, Changes, EventBus
from app.portfolio.charts import _largest_remainder, allocation, cumulative_flows
from app.portfolio.holdings import Holding, Snapshot, TokenInfo
from app.portfolio.kyc import DAY, KycState, kyc_status
from app.portfolio.ledger import FlowKind, LedgerEntry, TokenLedger
from app.portfolio.merchant import Health, health_badge
from app.portfolio.notifications import TOPIC, NoticeKind, PortfolioNotifier, detect
from app.portfolio.statements import snapshot_csv
from app.services.monitor import AlertsRaised
from app.units import format_units

NOW = 1_750_000_000


@pytest.mark.parametrize(
    ("expiry", "state", "words"),
    [
        (0, KycState.NEVER, "not on the platform's KYC allowlist"),
        (NOW - 1, KycState.LAPSED, "keep earning their profit share, but it cannot be claimed"),
        (NOW, KycState.LAPSED, "lapsed on"),  # allowed strictly before the expiry, as on chain
        (NOW + 1, KycState.EXPIRING, "expires today"),
        (NOW + DAY, KycState.EXPIRING, "expires in 1 day "),
        (NOW + 30 * DAY, KycState.EXPIRING, "expires in 30 days"),
        (NOW + 30 * DAY + 1, KycState.ALLOWED, "KYC valid until"),
        (2**64 - 1, KycState.ALLOWED, "far in the future"),
    ],
)
def test_kyc_states_and_words(expiry, state, words):
    status = kyc_status(expiry, NOW)
    assert status.state is state and words in status.message
    assert status.can_claim == (state in (KycState.ALLOWED, KycState.EXPIRING))


def test_kyc_rejects_negative_times():
    with pytest.raises(ValueError, match="unix seconds"):
        kyc_status(-1, NOW)


def _info(symbol, token):
    return TokenInfo(
        b"\x01" * 32,
        token,
        "0xS",
        "0xG",
        f"{symbol} Store",
        symbol,
        18,
        10**38,
        10**7,
        10**24,
        NOW + DAY,
    )


def _holding(symbol, token, cost, claimable=0, entries=()):
    ledger = TokenLedger(token, 10**18, cost, 0, 0, list(entries))
    return Holding(_info(symbol, token), 10**18, 10**19, claimable, 0, cost, cost, ledger)


def _snapshot(holdings, expiry=NOW + 365 * DAY, now=NOW):
    return Snapshot(
        "0xA", 31337, 1, now, "0xC", "sUSD", 6, 0, kyc_status(expiry, now), tuple(holdings), 1
    )


def test_allocation_shares_sum_to_exactly_100_percent():
    snap = _snapshot([_holding("A", "0x1", 1), _holding("B", "0x2", 1), _holding("C", "0x3", 1)])
    shares = [s.share_bp for s in allocation(snap)]
    assert sum(shares) == 10_000 and sorted(shares) == [3_333, 3_333, 3_334]
    assert _largest_remainder([0, 0], 0) == [0, 0]


def test_cumulative_flows_step_per_moment():
    def entry(kind, t, amount):
        return LedgerEntry(kind, "0x1", t, 0, "0x", NOW + t, 0, amount)

    flows = cumulative_flows(
        [
            entry(FlowKind.PURCHASE, 0, 100),
            entry(FlowKind.PURCHASE, 0, 50),
            entry(FlowKind.DISTRIBUTION, 5, 7),
            entry(FlowKind.CLAIM, 9, 7),
        ]
    )
    assert flows.invested == [150, 150] and flows.received == [0, 7] and flows.net == [-150, -143]
    assert flows.dates[0] == dt.datetime.fromtimestamp(NOW, dt.UTC)


def test_notices_between_snapshots_and_held_merchant_alerts():
    bus, seen = EventBus(), []
    bus.subscribe(TOPIC, lambda _t, notice: seen.append(notice))
    notifier = PortfolioNotifier(bus)
    first = _snapshot([_holding("A", "0x1", 10, claimable=5)])
    assert notifier.update(first, {"M1": "A"}) == []  # baseline: nothing old is news
    later = _snapshot([_holding("A", "0x1", 10, claimable=2_500_005)], expiry=NOW + 5 * DAY)
    notices = notifier.update(later, {"M1": "A"})
    assert [n.kind for n in notices] == [NoticeKind.DISTRIBUTION_CLAIMABLE, NoticeKind.KYC_EXPIRING]
    assert notices[0].amount == 2_500_000 and "2.50 sUSD more" in notices[0].message
    assert detect(later, later) == []  # nothing changed: no repeated notice

    alert = Alert(
        "revenue_drop", "breach", "Revenue fell 40%.", "revenue_drop", {}, dt.date(2026, 1, 1)
    )

    bus.publish(ALERTS_RAISED, AlertsRaised("M1", (alert,)))
    bus.publish(ALERTS_RAISED, AlertsRaised("M2", (alert,)))  # not held: no notice
    with pytest.raises(TypeError):  # the registry keeps each topic to its payload type
        bus.publish(ALERTS_RAISED, Changes(alerts=True))
    assert seen[-1].kind is NoticeKind.MERCHANT_ALERT and seen[-1].title == "A: covenant breach"
    assert len([n for n in seen if n.kind is NoticeKind.MERCHANT_ALERT]) == 1
    assert seen[-1].title.text("zh_CN") == "A：违反契约" and seen[-1].alert is alert
    assert notices[0].message.text("zh_TW") == "A Store 新增 2.50 sUSD 可領取。"
    notifier.close()


def test_revenue_control_alerts_reach_a_treasury_user_who_holds_no_store():
    """A reconciliation's leak is the treasury's business for every store, held or not; a
    covenant alert of a merchant not held stays quiet."""
    bus, seen = EventBus(), []
    bus.subscribe(TOPIC, lambda _t, notice: seen.append(notice))
    notifier = PortfolioNotifier(bus)
    notifier.update(_snapshot([]), {})
    params = {"symbol": "PSTX", "account": "CN01", "item": "S-7", "cents": 1_000_000,
              "amount": "10,000.00", "value_date": "2026-11-03"}  # fmt: skip
    leak = Alert("revenue_control", "breach", "diverted", "bank.alert.diverted", params,
                 dt.date(2026, 11, 3))  # fmt: skip
    covenant = Alert("revenue_drop", "breach", "Revenue fell.", "revenue_drop", {},
                     dt.date(2026, 11, 3))  # fmt: skip
    bus.publish(ALERTS_RAISED, AlertsRaised("M9", (leak, covenant)))
    assert [n.kind for n in seen] == [NoticeKind.MERCHANT_ALERT]
    assert seen[0].title.text("zh_TW") == "PSTX：收入管控警報"
    assert "受控帳戶 CN01" in seen[0].message.text("zh_TW")
    assert seen[0].message == render("bank.alert.diverted", params, "en")
    notifier.close()


def test_switching_accounts_repeats_no_notice():
    """Each account keeps its own baseline: back on A after B, A's KYC notice is not told again,
    and a distribution to A while B was shown is told once on the return."""
    bus, seen = EventBus(), []
    bus.subscribe(TOPIC, lambda _t, notice: seen.append(notice))
    notifier = PortfolioNotifier(bus)
    a = _snapshot([_holding("A", "0x1", 10, claimable=5)], expiry=NOW + 5 * DAY)
    b = dataclasses.replace(_snapshot([]), account="0xB")
    notifier.update(a)
    notifier.update(b)
    notifier.update(a)
    assert [n.kind for n in seen] == [NoticeKind.KYC_EXPIRING]
    notifier.update(b)
    paid = _snapshot([_holding("A", "0x1", 10, claimable=1_000_005)], expiry=NOW + 5 * DAY)
    notifier.update(paid)
    assert [n.kind for n in seen] == [NoticeKind.KYC_EXPIRING, NoticeKind.DISTRIBUTION_CLAIMABLE]
    assert seen[-1].amount == 1_000_000
    notifier.close()


def test_csv_never_lets_a_token_name_become_a_formula():
    entry = LedgerEntry(FlowKind.PURCHASE, "0x1", 3, 0, "0xabc", NOW, 10**18, 10_000_000)
    snap = _snapshot([_holding("=HYPERLINK(1)", "0x1", 10_000_000, entries=[entry])])
    (row,) = csv.DictReader(io.StringIO(snapshot_csv(snap)))
    assert row["token"] == "'=HYPERLINK(1)" and row["amount_formatted"] == "10.00"
    assert row["tokens_formatted"] == "1.00" and row["cash_effect"] == "-10000000"
    assert row["date"] == "2025-06-15T15:06:40Z"


def _criterion(title, passed):
    return Criterion(title.lower(), "g", title, 1, "bp", None, passed, "", "")


def test_health_badge_levels():
    good = Scorecard([_criterion("Growth", True)], True, dt.date(2026, 1, 1))
    weak = Scorecard([_criterion("Growth", False)], False, dt.date(2026, 1, 1))
    warn = Alert("dio_ceiling", "warning", "DIO near the ceiling.", "dio", {}, dt.date(2026, 1, 1))
    assert health_badge(good, []).health is Health.GOOD
    assert health_badge(weak, []).summary == "Below the bar on: Growth."
    assert health_badge(good, [warn]).health is Health.WATCH
    breach = Alert("revenue_drop", "breach", "Revenue fell.", "r", {}, dt.date(2026, 1, 1))
    badge = health_badge(good, [breach, warn])
    assert (badge.health, badge.breaches, badge.warnings) == (Health.BREACH, 1, 1)


def test_units_are_exact():
    assert format_units(1, 18, 0) == "0.000000000000000001"
    assert format_units(123_456_789_000_000, 6) == "123,456,789.00"
    assert format_units(-1_500_000, 6) == "-1.50"


def test_event_data_that_is_not_whole_words_is_a_coded_chain_error():
    from app.chain.errors import ChainError
    from app.portfolio.abi import words

    assert words(bytes(31) + b"\x07" + bytes(32)) == [7, 0]
    with pytest.raises(ChainError) as raised:  # was a bare ValueError on the Portfolio page
        words(bytes(33))
    assert raised.value.code == "chain.bad_event_data"
    assert "33 bytes" in raised.value.text("en") and "33 字节" in raised.value.text("zh_CN")
