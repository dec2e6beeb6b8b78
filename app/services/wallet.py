"""The wallet as the GUI and the CLI use it: accounts and lock (app.wallet), plus the chain side:
balances, checked transfers with a review, history, speed-up and cancel.

`WalletService` is Qt-free and synchronous; the GUI calls the chain methods on its runner's
worker threads. The chain side (`WalletChain`) is connected on first use from the network
profile (RPC URL, chain id, registry) and kept: one client, one asset catalog, one pipeline.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from app.chain.batch import BatchReader
from app.chain.client import ChainClient, checksum, connect
from app.chain.indexer import EventIndexer
from app.chain.transactions import TransactionPipeline
from app.chain.txstore import TransactionRecord
from app.config.profiles import NetworkProfile
from app.events import EventBus
from app.storage.db import Database
from app.wallet.address_book import AddressBook, RecipientHistory, own_accounts_known
from app.wallet.addresses import AddressCheck, KnownAddresses
from app.wallet.balances import Asset, AssetCatalog, Balances, read_balances
from app.wallet.errors import WalletError, WatchOnly
from app.wallet.history import HistoryEntry, WalletHistory
from app.wallet.session import PasswordPrompt, WalletSession
from app.wallet.transfers import TransferRefused, TransferReview, plan_transfer
from app.wallet.wallet import Wallet


class NotConnected(WalletError):
    """No network profile with an RPC URL was given."""


@dataclass
class WalletChain:
    client: ChainClient
    catalog: AssetCatalog
    reader: BatchReader
    pipeline: TransactionPipeline
    indexer: EventIndexer
    history: WalletHistory

    def close(self) -> None:
        self.client.close()


class WalletService:
    def __init__(
        self,
        wallet: Wallet,
        db: Database,
        *,
        session: WalletSession | None = None,
        bus: EventBus | None = None,
        profile: NetworkProfile | None = None,
        index_confirmations: int = 2,
    ) -> None:
        self.wallet = wallet
        self.db = db
        self.bus = bus
        self.session = session or WalletSession(wallet, bus=bus)
        self.address_book = AddressBook(db, bus)
        self.recipients = RecipientHistory(db)
        self.profile = profile
        self.index_confirmations = index_confirmations
        self._chain: WalletChain | None = None
        self._connecting = threading.Lock()
        self._syncing = threading.Lock()

    # --- chain connection ----------------------------------------------------------------------

    def set_profile(self, profile: NetworkProfile | None) -> None:
        """A new network: the next chain call connects to it."""
        with self._connecting:
            self.profile = profile
            old, self._chain = self._chain, None
        if old is not None:
            old.close()

    def chain(self) -> WalletChain:
        """Connect (chain id checked, assets discovered) on first use; then the same one."""
        with self._connecting:
            if self._chain is None:
                if self.profile is None or not self.profile.rpc_url:
                    raise NotConnected(
                        "No blockchain network is configured: set an RPC URL and the registry "
                        "address in Settings (or pass --rpc-url and --registry)."
                    )
                client = connect(self.profile)
                try:
                    reader = BatchReader(client, transport="batch")
                    catalog = AssetCatalog.discover(client, None, reader)
                except BaseException:
                    client.close()
                    raise
                pipeline = TransactionPipeline(client, self.db, self.bus)
                indexer = EventIndexer(
                    client, self.db, self.bus, confirmations=self.index_confirmations
                )
                for asset in catalog.assets:
                    if asset.address:
                        indexer.watch(asset.address)
                self._chain = WalletChain(
                    client, catalog, reader, pipeline, indexer, WalletHistory(pipeline, self.db)
                )
            return self._chain

    def close(self) -> None:
        self.session.lock()
        self.set_profile(None)

    # --- reads ---------------------------------------------------------------------------------

    def assets(self) -> tuple[Asset, ...]:
        return self.chain().catalog.assets

    def balances(self, address: str) -> Balances:
        chain = self.chain()
        return read_balances(chain.reader, address, chain.catalog.assets)

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
        return chain.history.entries(me, chain.catalog.assets)

    # --- sending -------------------------------------------------------------------------------

    def review_transfer(
        self, sender: str, asset: Asset | str, recipient: str, amount: int | str
    ) -> TransferReview:
        """Every check and the simulation; signs nothing. Bad input raises a WalletError."""
        account = self.wallet.account(sender)
        if not account.can_sign:
            raise WatchOnly(f"{account.address} is watch-only: it cannot send.")
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
        )

    def send(
        self, review: TransferReview, prompt: PasswordPrompt | None = None
    ) -> TransactionRecord:
        """Sign (with the unlocked key, or after `prompt` asks for the password) and send."""
        if not review.can_send or review.prepared is None:
            raise TransferRefused(
                f"This transfer would fail ({review.check.reason or review.simulation}); "
                "nothing was signed."
            )
        chain = self.chain()
        signer = self.session.signer(review.sender, prompt)
        record = chain.pipeline.submit(review.prepared, signer, intent_id=review.intent_id)
        self.recipients.record(review.recipient.address)
        return record

    def speed_up(self, intent_id: str, prompt: PasswordPrompt | None = None) -> TransactionRecord:
        pipeline = self.chain().pipeline
        record = pipeline.refresh(intent_id)
        return pipeline.speed_up(intent_id, self.session.signer(record.sender, prompt))

    def cancel(self, intent_id: str, prompt: PasswordPrompt | None = None) -> TransactionRecord:
        pipeline = self.chain().pipeline
        record = pipeline.refresh(intent_id)
        return pipeline.cancel(intent_id, self.session.signer(record.sender, prompt))

    def wait(self, intent_id: str, timeout: float = 60.0) -> TransactionRecord:
        return self.chain().pipeline.wait(intent_id, timeout)
