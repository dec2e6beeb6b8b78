"""The `market` command's actions (app/cli/market.py parses and checks the command line).

Reads come from the platform API's order book; fills and cancels go through the one pipeline
after `app.market.settlement` checked them; a posted order is signed as EIP-712 typed data by
the wallet (the one signing grant) and listed by the API.
"""

from __future__ import annotations

from typing import Any

from app.amounts import parse_amount
from app.cli.command import Cli, UsageError, say
from app.units import format_units

PST_DECIMALS = 18
COIN_DECIMALS = 6


class MarketCli:
    """What the actions share, each opened on first use: the secrets (API token first, then the
    wallet password), the book client, the chain, the market and the signer."""

    def __init__(self, cli: Cli) -> None:
        from app.cli.wallet import wallet_secrets

        self.cli = cli
        self.secrets = wallet_secrets(cli.stdin)
        self._book: Any = None
        self._market: Any = None
        self._signer: Any = None

    @property
    def book(self) -> Any:
        if self._book is None:
            from app.backend.client import ApiClient
            from app.market.book_client import BookClient

            profile = self.cli.profile()
            if not profile.api_url:
                raise UsageError("market.cli_no_api_url")
            api = self.cli.closing(ApiClient(profile.api_url, self.cli.api_token(self.secrets)))
            self._book = BookClient(api)
        return self._book

    @property
    def chain(self) -> Any:
        return self.cli.chain()

    @property
    def market(self) -> Any:
        if self._market is None:
            from app.market.settlement import Market

            chain = self.chain
            self._market = Market.of(chain.client, chain.deployment())
        return self._market

    @property
    def signer(self) -> Any:
        if self._signer is None:
            from app.cli.treasury_commands import unlock

            self._signer = unlock(self.cli, self.cli.args.account, self.secrets)
        return self._signer

    def check_account(self) -> None:
        """--account must be one of this wallet's accounts: said before any chain read (an
        unknown address would otherwise fail later as if its KYC were the problem)."""
        from app.wallet.wallet import Wallet

        Wallet(self.cli.root, self.cli.db).account(self.cli.args.account)

    def send(self, intents: tuple[Any, ...]) -> int:
        """Send each intent once the one before it confirmed; the first that does not stops the
        rest, and its exit code is the command's."""
        chain = self.chain
        for intent in intents:
            record = chain.pipeline.send(intent, self.signer)
            print(record.latest.tx_hash, flush=True)
            say(f"sent: {record.description}")
            record = chain.pipeline.wait(record.intent_id, self.cli.args.wait)
            code = self.cli.finish(record, hash_printed=True)
            if code != 0:
                return code
        return 0


def _pst(amount: int) -> str:
    return format_units(amount, PST_DECIMALS, 0)


def _coin(amount: int) -> str:
    return format_units(amount, COIN_DECIMALS)


# ---- reads ----------------------------------------------------------------------------------


def show_book(cli: Cli, m: MarketCli) -> int:
    book = m.book.book(cli.args.symbol, limit=cli.args.limit)
    print(f"{book.symbol} {book.token} (block {book.block})")
    print(f"{'side':4}  {'price':>14}  {'remaining PST':>22}  maker / order")
    for label, entries in (("ask", list(reversed(book.asks))), ("bid", book.bids)):
        for e in entries:
            price, left = _coin(int(e.order.price)), _pst(e.remaining)
            print(f"{label:4}  {price:>14}  {left:>22}  {e.order.maker} {e.order_hash}")
    if not book.asks and not book.bids:
        say("the book is empty")
    return 0


def show_trades(cli: Cli, m: MarketCli) -> int:
    trades = m.book.trades(cli.args.symbol, limit=cli.args.limit)
    for t in trades.items:
        taker_did = "bought" if t.side.value == "ask" else "sold"
        when = t.at.isoformat(timespec="seconds")
        amount, price = _pst(t.amount), _coin(t.price)
        print(f"{when}  taker {taker_did} {amount} at {price}  fee {_coin(t.fee)}  {t.tx_hash}")
    if not trades.items:
        say("no trades yet")
    return 0


def show_orders(cli: Cli, m: MarketCli) -> int:
    orders = m.book.orders(cli.args.account)
    for o in orders.items:
        side = "sell" if o.order.side == "0" else "buy"
        amount, price = _pst(int(o.order.amount)), _coin(int(o.order.price))
        filled = _pst(o.filled)
        print(
            f"{o.symbol:8} {side:4} {amount} at {price}  filled {filled}  {o.status.value:9} "
            f"{o.order_hash}"
        )
    if not orders.items:
        say("no orders")
    return 0


# ---- trades ---------------------------------------------------------------------------------


# A fill refused for one of these is the maker's side (or the order's): the next order may do.
MAKER_SIDE = frozenset(
    {
        "market.maker_cannot_pay", "market.maker_not_compliant", "market.order_cancelled",
        "market.order_stale", "market.order_expired", "market.overfill", "market.fill_refused",
    }
)  # fmt: skip


def _price(text: str) -> int:
    """The --price, with errors that call it a price (the amount parser says "amount")."""
    from app.amounts import AmountError
    from app.market.errors import MarketError

    try:
        return parse_amount(text, COIN_DECIMALS)
    except AmountError as error:
        if error.code == "amount.too_precise":
            raise MarketError(
                "market.price_too_precise", text=text, decimals=COIN_DECIMALS
            ) from None
        if error.code == "amount.zero":
            raise MarketError("market.price_zero", text=text) from None
        raise


def trade(cli: Cli, m: MarketCli) -> int:
    """Buy or sell: take the book within the limit price, or post a signed order (--post).
    An order whose maker can no longer settle is skipped for the next one."""
    from app.market.errors import MarketError
    from app.market.settlement import committed, plan_fill
    from app.market.taking import candidates

    args = cli.args
    buy = args.action == "buy"
    amount = parse_amount(args.amount, PST_DECIMALS)
    price = _price(args.price)
    m.check_account()
    if args.post:
        return _post(cli, m, buy, amount, price)
    book = m.book.book(args.symbol, limit=100)
    entries = book.asks if buy else book.bids
    # Each approval keeps what the account's own open orders need allowed (it replaces it).
    pays_with = m.market.stablecoin if buy else book.token
    mine = committed(m.book.orders(args.account), pays_with, m.market.stablecoin)
    left, skipped, taken = amount, 0, 0
    for take in candidates(entries, buy=buy, limit_price=price, taker=args.account):
        size = min(left, take.amount)
        # Planned one by one: each plan sees the approvals and fills before it.
        try:
            plan = plan_fill(m.chain.client, m.market, take.order, take.signature, size,
                             args.account, committed=mine)  # fmt: skip
        except MarketError as error:
            if error.code not in MAKER_SIDE:
                raise
            skipped += 1
            say(f"{take.order_hash}: skipped, {error.text('en')}")
            continue
        verb = "paying" if buy else "receiving"
        moved = plan.cost + plan.fee if buy else plan.cost - plan.fee
        say(f"{take.order_hash}: {_pst(size)} at {_coin(take.order.price)}, {verb} "
            f"{_coin(moved)} (fee {_coin(plan.fee)})")  # fmt: skip
        code = m.send(plan.intents)
        if code != 0:
            return code
        left, taken = left - size, taken + 1
        if left == 0:
            break
    if taken == 0 and skipped:
        raise MarketError("market.makers_cannot_settle", count=skipped, symbol=book.symbol)
    if taken == 0:
        raise MarketError("market.nothing_to_take", symbol=book.symbol)
    say(f"took {_pst(amount - left)} of {_pst(amount)} {book.symbol} from {taken} order(s)")
    return 0


def _post(cli: Cli, m: MarketCli, buy: bool, amount: int, price: int) -> int:
    from app.market.errors import MarketError
    from app.market.marking import MIN_NOTIONAL
    from app.market.orders import Side, fill_cost, gives
    from app.market.settlement import (
        block_time,
        committed,
        maker_approval,
        new_order,
        nonce_of,
        sign_order,
    )

    args = cli.args
    side = Side.BUY if buy else Side.SELL
    worth = fill_cost(amount, price, PST_DECIMALS, side)
    if worth < MIN_NOTIONAL:  # the book refuses it: say so before anything is signed
        raise MarketError("market.order_too_small", worth=_coin(worth), minimum=_coin(MIN_NOTIONAL))
    book = m.book.book(args.symbol, limit=1)
    market, client = m.market, m.chain.client
    expiry = block_time(client) + int(args.expires_in * 3600)  # the contract's clock
    order = new_order(
        args.account, side, book.token, amount, price,
        expiry=expiry, nonce=nonce_of(client, market, args.account),
    )  # fmt: skip
    # The book lists an order only when the market may already move what it needs, on top of
    # what the account's open orders on that asset need.
    mine = committed(m.book.orders(args.account), gives(order, market.stablecoin)[1],
                     market.stablecoin)  # fmt: skip
    approval = maker_approval(client, market, order, mine)
    signer = m.signer
    if not callable(getattr(signer, "sign_typed_data", None)):
        raise MarketError("market.typed_signing_unavailable")
    if approval is not None:
        code = m.send((approval,))
        if code != 0:
            return code
    signature = sign_order(signer, market, order)
    order_hash = m.book.post(order, signature)
    print(order_hash, flush=True)
    say(f"posted: {'buy' if buy else 'sell'} {_pst(amount)} {args.symbol} at {_coin(price)}")
    return 0


# ---- cancels --------------------------------------------------------------------------------


def cancel(cli: Cli, m: MarketCli) -> int:
    from app.market.errors import MarketError
    from app.market.orders import order_from_json
    from app.market.settlement import cancel_intent

    args = cli.args
    m.check_account()
    wanted = args.order_hash.lower()
    mine = m.book.orders(args.account)
    found = next((o for o in mine.items if o.order_hash.lower() == wanted), None)
    if found is None or found.symbol.lower() != args.symbol.lower():
        raise MarketError("market.no_such_order", order=args.order_hash, symbol=args.symbol)
    order = order_from_json(found.order.model_dump())
    return m.send((cancel_intent(m.market, order),))


def cancel_all(cli: Cli, m: MarketCli) -> int:
    from app.market.settlement import cancel_all_intent

    m.check_account()
    if cli.args.symbol:
        say("cancel-all cancels every order you signed, on every token, not only this one")
    return m.send((cancel_all_intent(m.market),))
