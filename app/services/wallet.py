"""The wallet as the GUI and the CLI use it: accounts and lock (app.wallet), plus the chain side:
balances, checked transfers with a review, history, speed-up and cancel.

`WalletService` is Qt-free and synchronous; the GUI calls the chain methods on its runner's
worker threads. The chain comes from the session's `ChainContext` (app/chain/context.py) through
`attach()`: the wallet adds its asset catalog and history over the context's client, pipeline
and indexer, and never connects on its own.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace

from app.chain.batch import BatchReader
from app.chain.client import ChainClient, checksum
from app.chain.context import ChainContext
from app.chain.fees import suggest_fees
from app.chain.indexer import EventIndexer
from app.chain.transactions import TransactionPipeline
from app.chain.txstore import TransactionRecord
from app.events import EventBus
from app.storage.db import Database
from app.wallet.address_book import AddressBook, RecipientHistory, own_accounts_known
from app.wallet.addresses import AddressCheck, KnownAddresses
from app.wallet.balances import Asset, AssetCatalog, Balances, read_balances
from app.wallet.errors import WalletError, WatchOnly
from app.wallet.grant import SigningGrant
from app.wallet.history import HistoryEntry, WalletHistory
from app.wallet.keystore import wipe
from app.wallet.session import WalletSession
from app.wallet.transfers import TransferRefused, TransferReview, max_sendable, plan_transfer
from app.wallet.wallet import Wallet


class NotConnected(WalletError):
    """No network profile with an RPC URL was given."""

    code = "wallet.no_network"


@dataclass
class WalletChain:
    """The session's chain context plus what the wallet adds: its assets and history."""

    context: ChainContext
    catalog: AssetCatalog
    history: WalletHistory

    @property
    def client(self) -> ChainClient:
        return self.context.client

    @property
    def reader(self) -> BatchReader:
        return self.context.reader

    @property
    def pipeline(self) -> TransactionPipeline:
        return self.context.pipeline

    @property
    def indexer(self) -> EventIndexer:
        return self.context.indexer


class WalletService:
    def __init__(
        self,
        wallet: Wallet,
        db: Database,
        *,
        session: WalletSession | None = None,
        bus: EventBus | None = None,
        chain: ChainContext | None = None,
    ) -> None:
        self.wallet = wallet
        self.db = db
        self.bus = bus
        self.session = session or WalletSession(wallet, bus=bus)
        self.address_book = AddressBook(db, bus)
        self.recipients = RecipientHistory(db)
        self._context = chain
        self._chain: WalletChain | None = None
        self._connecting = threading.Lock()
        self._syncing = threading.Lock()

    # --- chain connection (the ChainFeature protocol) ---------------------------------------

    def attach(self, chain: ChainContext | None) -> None:
        """Use the session's chain context from now on (None: no network)."""
        with self._connecting:
            self._context, self._chain = chain, None

    def start(self) -> None:
        """Nothing runs in the background: the wallet reads the chain when asked."""

    @property
    def context(self) -> ChainContext | None:
        return self._context

    def chain(self) -> WalletChain:
        """The attached context with the wallet's assets (discovered on first use)."""
        with self._connecting:
            if self._chain is None:
                context = self._context
                if context is None:
                    raise NotConnected()
                catalog = AssetCatalog.discover(context.client, None, context.reader)
                for asset in catalog.assets:
                    if asset.address:
                        context.indexer.watch(asset.address)
                self._chain = WalletChain(
                    context, catalog, WalletHistory(context.pipeline, self.db)
                )
            return self._chain

    def close(self) -> None:
        """Lock (keys leave memory) and stop using the chain (the session closes it)."""
        self.session.lock()
        self.attach(None)

    # --- reads ---------------------------------------------------------------------------------

    def assets(self) -> tuple[Asset, ...]:
        return self.chain().catalog.assets

    def balances(self, address: str) -> Balances:
        chain = self.chain()
        return read_balances(chain.reader, address, chain.catalog.assets)

    def max_sendable(self, address: str, asset: Asset, speed: str = "normal") -> int:
        """The "Max" of a transfer of `asset` from `address` at the fees of `speed`."""
        chain = self.chain()
        held = self.balances(address).of(asset) or 0
        fees = suggest_fees(chain.client, speed=speed)
        return max_sendable(held, asset, fees.max_fee_per_gas, chain.pipeline.gas_margin_bp)

    def known_addresses(self) -> KnownAddresses:
        return KnownAddresses(
            address_book=self.address_book.known(),
            own_accounts=own_accounts_known((a.address, a.label) for a in self.wallet.accounts()),
            past_recipients=self.recipients.known(),
        )

    def check_recipient(self, text: str) -> AddressCheck:
        return self.known_addresses().check(text)

    def history(self, address: str, *, sync: bool = True) -> list[HistoryEntry]:
        """Follow pending transactions one step, index new events, then list."""
        chain = self.chain()
        me = checksum(address)
        if sync:
            with self._syncing:  # two overlapping refreshes would index the same logs twice
                for record in chain.pipeline.pending():
                    if record.sender == me:
                        chain.pipeline.refresh(record.intent_id)
                chain.indexer.sync()
        entries = chain.history.entries(me, chain.catalog.assets)
        labels = {t.tx_hash: t.label for t in self.address_book.transaction_labels()}
        return [
            replace(e, label=labels[e.tx_hash.lower()])
            if e.tx_hash and e.tx_hash.lower() in labels
            else e
            for e in entries
        ]

    # --- sending -------------------------------------------------------------------------------

    def review_transfer(
        self,
        sender: str,
        asset: Asset | str,
        recipient: str,
        amount: int | str,
        speed: str = "normal",
    ) -> TransferReview:
        """Every check and the simulation; signs nothing. Bad input raises a WalletError."""
        account = self.wallet.account(sender)
        if not account.can_sign:
            raise WatchOnly(address=account.address)
        chain = self.chain()
        chosen = asset if isinstance(asset, Asset) else chain.catalog.find(asset)
        return plan_transfer(
            chain.pipeline,
            chain.reader,
            sender=account.address,
            asset=chosen,
            recipient=recipient,
            amount=amount,
            known=self.known_addresses(),
            speed=speed,
        )

    def send(
        self,
        review: TransferReview,
        password: bytearray | None = None,
        *,
        intent_id: str | None = None,
    ) -> TransactionRecord:
        """Sign through the one signing grant (the unlocked key, or `password`) and send. The
        password is wiped once the transfer is signed, or refused."""
        with SigningGrant(self.session, review.sender, password) as grant:
            if not review.can_send or review.prepared is None:
                raise TransferRefused(reason=review.check.reason or review.simulation)
            record = self.chain().pipeline.submit(
                review.prepared, grant.signer, intent_id=intent_id or review.intent_id
            )
        self.recipients.record(review.recipient.address)
        return record

    def speed_up(self, intent_id: str, password: bytearray | None = None) -> TransactionRecord:
        with self._grant_for(intent_id, password) as grant:
            return self.chain().pipeline.speed_up(intent_id, grant.signer)

    def cancel(self, intent_id: str, password: bytearray | None = None) -> TransactionRecord:
        with self._grant_for(intent_id, password) as grant:
            return self.chain().pipeline.cancel(intent_id, grant.signer)

    def _grant_for(self, intent_id: str, password: bytearray | None) -> SigningGrant:
        """The grant for the sender of a recorded transfer; the password is wiped even when the
        transfer cannot be read."""
        try:
            sender = self.chain().pipeline.refresh(intent_id).sender
        except BaseException:
            wipe(password)
            raise
        return SigningGrant(self.session, sender, password)

    def wait(self, intent_id: str, timeout: float = 60.0) -> TransactionRecord:
        return self.chain().pipeline.wait(intent_id, timeout)
