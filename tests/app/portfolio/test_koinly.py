"""The Koinly export against a golden file: one of each flow, a formula-like symbol, exact
amounts at 18 and 6 decimals; a distribution is not a wallet movement and is left out."""

from __future__ import annotations

from pathlib import Path

from app.portfolio.holdings import TokenInfo
from app.portfolio.koinly import COLUMNS, koinly_csv
from app.portfolio.ledger import FlowKind, LedgerEntry, TokenLedger

GOLDEN = Path(__file__).parent / "data" / "koinly.csv"
DAY = 1_790_000_000  # 2026-09-21 UTC
ALICE_PEER = "0x" + "ab" * 20


def info(token: str, symbol: str) -> TokenInfo:
    return TokenInfo(b"\0" * 32, token, "0xsale", "0xgov", f"{symbol} store", symbol, 18,
                     10**18, 1_000_000, 10**24, DAY + 10**7)  # fmt: skip


def entry(kind: FlowKind, n: int, tokens: int, amount: int, **extra: object) -> LedgerEntry:
    return LedgerEntry(kind, "0xt", 100 + n, n, f"0x{n:064x}", DAY + n * 3_600, tokens, amount,
                       **extra)  # type: ignore[arg-type]  # fmt: skip


def ledgers() -> list[tuple[TokenInfo, TokenLedger]]:
    one = TokenLedger("0x1", entries=[
        entry(FlowKind.PURCHASE, 1, 1_234_567 * 10**18, 1_234_567_000_000),
        entry(FlowKind.DISTRIBUTION, 3, 0, 1_234_567),
        entry(FlowKind.CLAIM, 4, 0, 1_234_567),
        entry(FlowKind.TRANSFER_OUT, 6, 25 * 10**17, 2_500_000, estimated=True,
              counterparty=ALICE_PEER),
    ])  # fmt: skip
    two = TokenLedger("0x2", entries=[
        entry(FlowKind.TRANSFER_IN, 2, 1, 1, estimated=True, counterparty=ALICE_PEER),
        entry(FlowKind.CLAIM, 5, 0, 7),
    ])  # fmt: skip
    return [(info("0x1", "PSTGLIM"), one), (info("0x2", "=SUM(A1)"), two)]


def test_every_wallet_movement_in_koinlys_columns_matches_the_golden_file():
    text = koinly_csv(ledgers(), "sUSD", 6)
    assert text.splitlines()[0] == ",".join(COLUMNS)
    assert len(text.splitlines()) == 1 + 5  # the distribution is not a wallet movement
    assert ",1234567,sUSD,1234567,PSTGLIM," in text  # no grouping inside a number
    assert text == GOLDEN.read_text(encoding="utf-8").replace("\n", "\r\n")
