"""Market buys and sales in the replayed ledger (FIFO), and holdings valued at market.

Every figure is worked by hand in the comments: 1 PST = 10**18 base units, 1 sUSD = 10**6.
"""

from __future__ import annotations

from app.domain.marks import MarkSource
from app.portfolio.abi import FILLED, PURCHASED, TRANSFER, address_topic
from app.portfolio.fifo import Lots
from app.portfolio.holdings import Holding, TokenInfo
from app.portfolio.ledger import ZERO, FlowKind, LedgerEntry, RawEvent, TokenLedger, replay
from app.portfolio.returns import YEAR_SECONDS
from app.portfolio.valuation import Quote, mark, value_holding

PST, USD = 10**18, 10**6
ME = "0x" + "a1" * 20
MAKER, TAKER, BIDDER = "0x" + "b2" * 20, "0x" + "c3" * 20, "0x" + "d4" * 20
TOKEN, SALE, MARKET = "0x" + "10" * 20, "0x" + "20" * 20, "0x" + "30" * 20
PRICE = 10 * USD  # the offering price per whole PST
T0 = 1_700_000_000


def _data(*values: int) -> bytes:
    return b"".join(v.to_bytes(32, "big") for v in values)


class Chain:
    """Raw events as the indexer stores them, one block (and one timestamp) per transaction."""

    def __init__(self) -> None:
        self.events: list[RawEvent] = []
        self.times: dict[str, int] = {}

    def _log(self, contract, block, index, topics, data) -> None:
        block_hash = f"0x{block:064x}"
        self.times[block_hash] = T0 + block * 86_400
        topics = [*topics, None, None, None][:4]
        self.events.append(
            RawEvent(contract, block, index, block_hash, f"0x{block:064x}", topics[0], topics[1],
                     topics[2], data, topics[3])
        )  # fmt: skip

    def transfer(self, block, index, sender, recipient, tokens) -> None:
        topics = [TRANSFER, address_topic(sender), address_topic(recipient)]
        self._log(TOKEN, block, index, topics, _data(tokens))

    def purchase(self, block, tokens, cost) -> None:
        self._log(SALE, block, 0, [PURCHASED, address_topic(ME)], _data(tokens, cost))
        self.transfer(block, 1, ZERO, ME, tokens)

    def fill(self, block, maker, taker, side, tokens, price, cost, fee) -> None:
        """The market moves the PST (from the seller) and then says Filled."""
        seller = maker if side == 0 else taker
        buyer = taker if side == 0 else maker
        self.transfer(block, 0, seller, buyer, tokens)
        topics = [FILLED, "0x" + "ee" * 32, address_topic(maker), address_topic(taker)]
        self._log(MARKET, block, 2, topics, _data(int(TOKEN, 16), side, tokens, price, cost, fee))

    def replay(self, market: str = MARKET) -> TokenLedger:
        return replay(self.events, account=ME, token=TOKEN, sale=SALE, magnitude=2**128,
                      price=PRICE, times=self.times, market=market)  # fmt: skip


def traded() -> Chain:
    chain = Chain()
    chain.purchase(1, 100 * PST, 1_000 * USD)  # lot 1: 100 PST for 1,000.00
    # bought 50 at 12.00 as taker of an ask: 600.00 + fee 30 bp 1.80 = 601.80 (lot 2)
    chain.fill(2, MAKER, ME, 0, 50 * PST, 12 * USD, 600 * USD, 1_800_000)
    # sold 120 at 15.00 as maker of an ask: 1,800.00 (the taker pays the fee)
    chain.fill(3, ME, TAKER, 0, 120 * PST, 15 * USD, 1_800 * USD, 5_400_000)
    # sold 10 at 9.00 as taker into a bid: 90.00 - fee 0.27 = 89.73
    chain.fill(4, BIDDER, ME, 1, 10 * PST, 9 * USD, 90 * USD, 270_000)
    return chain


def test_market_fills_become_buys_and_sales_with_fifo_gains():
    ledger = traded().replay()
    kinds = [e.kind for e in ledger.entries]
    assert kinds == [FlowKind.PURCHASE, FlowKind.MARKET_BUY, FlowKind.SALE, FlowKind.SALE]
    buy, first_sale, second_sale = ledger.entries[1:]
    assert (buy.amount, buy.fee, buy.cash) == (601_800_000, 1_800_000, -601_800_000)
    # 120 sold: lot 1 whole (1,000.00) + 20/50 of lot 2 (601.80 * 20 // 50 = 240.72)
    assert (first_sale.amount, first_sale.fee, first_sale.cost) == (1_800 * USD, 0, 1_240_720_000)
    assert first_sale.gain == 559_280_000 and first_sale.cash == 1_800 * USD
    # 10 sold out of lot 2's 30 left (cost 361.08): 361.08 * 10 // 30 = 120.36
    assert (second_sale.amount, second_sale.fee, second_sale.cost) == (
        89_730_000,
        270_000,
        120_360_000,
    )  # noqa: E501
    assert second_sale.gain == -30_630_000
    assert ledger.realised == 559_280_000 - 30_630_000 == 528_650_000
    assert ledger.balance == 20 * PST
    # what is left: 20 PST of lot 2 at 361.08 - 120.36 = 240.72
    assert ledger.cost_basis == ledger.lots.cost == 240_720_000
    assert [(lot.tokens, lot.cost) for lot in ledger.lots.open] == [(20 * PST, 240_720_000)]
    assert ledger.invested == 1_601_800_000


def test_without_the_market_fills_are_plain_transfers_at_fifo_cost():
    ledger = traded().replay(market="")
    kinds = [e.kind for e in ledger.entries]
    assert kinds == [FlowKind.PURCHASE, FlowKind.TRANSFER_IN, FlowKind.TRANSFER_OUT,
                     FlowKind.TRANSFER_OUT]  # fmt: skip
    # the 50 received are valued at the offering price (500.00): 120 out = 1,000 + 20/50 of 500
    assert [e.amount for e in ledger.entries] == [1_000 * USD, 500 * USD, 1_200 * USD, 100 * USD]
    assert ledger.realised == 0 and ledger.cost_basis == 200 * USD


def test_fifo_takes_the_oldest_lot_first_and_keeps_remainders():
    lots = Lots()
    lots.add(1, 3, 10)  # 3 tokens for 10
    lots.add(2, 5, 20)
    assert lots.take(2) == 6  # 10 * 2 // 3 = 6; the lot keeps 1 token at 4
    assert lots.take(2) == 4 + 4  # the last of lot 1 (4) and 1 of lot 2: 20 * 1 // 5 = 4
    assert (lots.tokens, lots.cost) == (4, 16)
    sale = lots.dispose(3, "0x", 4, 30, sale=True)
    assert (sale.cost, sale.gain, lots.tokens, lots.cost) == (16, 14, 0, 0)
    assert lots.take(1) == 0  # beyond the known history: no cost invented


def test_the_mark_is_the_last_trade_then_the_mid_then_the_offering_price():
    assert mark(Quote(11 * USD, 14 * USD, 9 * USD), PRICE) == (mark_of(9 * USD, "last_trade"))
    assert mark(Quote(11 * USD, 14 * USD), PRICE) == mark_of(12_500_000, "mid")
    assert mark(Quote(11 * USD + 1, 14 * USD), PRICE) == mark_of(12_500_000, "mid")  # floored
    assert mark(Quote(11 * USD, None), PRICE) == mark_of(PRICE, "offering")  # one-sided
    assert mark(None, PRICE) == mark_of(PRICE, "offering")


def mark_of(price, source):
    from app.portfolio.valuation import Mark

    return Mark(price, MarkSource(source))


def _holding(ledger: TokenLedger) -> Holding:
    info = TokenInfo(b"\x01" * 32, TOKEN, SALE, "0xG", "Store", "PSP", 18, 2**128, PRICE, 0, 0)
    return Holding(info, ledger.balance, 1_000 * PST, 0, ledger.claimed, ledger.cost_basis,
                   ledger.invested, ledger)  # fmt: skip


def test_holdings_after_sales_are_valued_at_each_source():
    holding = _holding(traded().replay())  # 20 PST left at a FIFO cost of 240.72
    as_of = T0 + 5 * 86_400
    last = value_holding(holding, Quote(11 * USD, 14 * USD, 9 * USD), as_of)
    assert last.mark.source is MarkSource.LAST_TRADE
    assert (last.value, last.unrealised) == (180 * USD, -60_720_000)  # 20 * 9.00 - 240.72
    mid = value_holding(holding, Quote(11 * USD, 14 * USD), as_of)
    assert (mid.value, mid.unrealised) == (250 * USD, 9_280_000)  # 20 * 12.50 - 240.72
    offering = value_holding(holding, None, as_of)
    assert (offering.mark.source, offering.value) == (MarkSource.OFFERING, 200 * USD)
    assert last.realised == 528_650_000


def test_yield_and_irr_on_market_value_next_to_cost():
    # bought 100 PST for 1,000.00; 50.00 distributed within the year; a year later the last
    # trade is 11.00: worth 1,100.00.
    entries = [
        LedgerEntry(FlowKind.PURCHASE, TOKEN, 1, 0, "0x1", T0, 100 * PST, 1_000 * USD),
        LedgerEntry(FlowKind.DISTRIBUTION, TOKEN, 2, 0, "0x2", T0 + 100, 0, 50 * USD),
    ]
    ledger = TokenLedger(TOKEN, 100 * PST, 1_000 * USD, 50 * USD, 0, entries)
    worth = value_holding(_holding(ledger), Quote(last_trade=11 * USD), T0 + YEAR_SECONDS)
    assert (worth.value, worth.unrealised) == (1_100 * USD, 100 * USD)
    assert worth.yield_cost_bp == 500  # 50 / 1,000
    assert worth.yield_market_bp == 454  # 50 / 1,100 = 4.545...% floored
    assert worth.yield_change_bp == -46
    # cash basis (the distribution is not claimed): -1,000 then +1,000 at cost, +1,100 at market
    assert worth.irr_cost_bp == 0
    assert worth.irr_market_bp == 1_000  # 10% a year


def test_sales_reach_the_csv_the_statement_and_the_tax_year():
    import csv
    import datetime as dt
    import io

    from app.portfolio.statements import cash_flow_csv, statement_of

    ledger = traded().replay()
    info = _holding(ledger).info
    rows = list(csv.DictReader(io.StringIO(cash_flow_csv([(info, ledger)], 6))))
    sales = [r for r in rows if r["kind"] == "sale"]
    assert [(r["amount"], r["fee"], r["fifo_cost"], r["realised_gain"]) for r in sales] == [
        ("1800000000", "0", "1240720000", "559280000"),
        ("89730000", "270000", "120360000", "-30630000"),
    ]
    assert [r["cash_effect"] for r in rows if r["kind"] == "market_buy"] == ["-601800000"]
    day = dt.datetime.fromtimestamp(T0, dt.UTC).date()
    statement = statement_of(
        {TOKEN: ledger}, [info], ("sUSD", 6), ME, day, day.replace(month=12, day=31)
    )  # noqa: E501
    (year,) = statement.tax_years
    assert year.totals.sales == 1_889_730_000  # 1,800.00 + 89.73
    assert year.totals.sales_cost == 1_361_080_000  # 1,240.72 + 120.36
    assert year.totals.realised == 528_650_000
    assert year.totals.fees == 2_070_000  # 1.80 as a buyer + 0.27 as a seller
    assert year.totals.invested == 1_601_800_000
    assert len(statement.trades) == 3
    (held,) = statement.holdings
    assert (held.cost_basis, held.realised) == (240_720_000, 528_650_000)
    assert any("first in, first out" in note for note in statement.notes)


def test_koinly_lists_market_trades_with_their_fees():
    import csv
    import io

    from app.portfolio.koinly import koinly_csv

    ledger = traded().replay()
    info = _holding(ledger).info
    rows = list(csv.DictReader(io.StringIO(koinly_csv([(info, ledger)], "sUSD", 6))))
    trades = [(r["Sent Amount"], r["Sent Currency"], r["Received Amount"], r["Fee Amount"])
              for r in rows if r["Description"].startswith("Market")]  # fmt: skip
    assert trades == [
        ("600", "sUSD", "50", "1.8"),  # 601.80 paid: 600 for the tokens, 1.80 fee
        ("120", "PSP", "1800", ""),  # a maker pays no fee
        ("10", "PSP", "90", "0.27"),  # 90 gross, 0.27 fee: 89.73 received
    ]
