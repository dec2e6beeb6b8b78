"""The address book (SQLite): labelled recipients, CSV and BIP-329 label import/export, and
past recipients.

CSV columns: label,address[,note], with an optional header row. Labels follow BIP-329 (one JSON
object per line: type, ref, label, optional origin), adapted to EVM: an `addr` ref is a 0x
address, a `tx` ref a transaction hash, and `origin` the chain as CAIP-2 ("eip155:<chain id>").
An import checks every row first and reports each bad one (row number + reason); if any row is
bad nothing is imported unless the caller passes `accept_partial=True` (the user agreed to import
only the good rows). `tx` records are the user's own labels of transactions (table tx_labels),
shown in History beside the app's description: an import stores them (a newer label of the same
transaction replaces the older: unlike an address's, a transaction's label cannot redirect a
payment), an export writes them, and the wallet's recorded transactions not labelled yet, each
with the chain it is on as its origin. pubkey, input, output and xpub records have no meaning on
EVM: they are counted and skipped.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import select

from app import json_input
from app.errors import AppError, Phrase, render
from app.events import WALLET, Changes, EventBus
from app.storage.csv_cells import defuse, undefuse
from app.storage.db import Database
from app.storage.schema import AddressBookEntry, PastRecipient, TxLabel
from app.wallet.accounts import clean_label
from app.wallet.addresses import KnownAddress, to_checksummed
from app.wallet.errors import AddressBookError, WalletError

MAX_NOTE = 500
MAX_ROWS = 10_000
MAX_CSV_BYTES = 2 * 2**20
HEADER = ("label", "address", "note")


@dataclass(frozen=True)
class Contact:
    address: str
    label: str
    note: str = ""


@dataclass(frozen=True)
class TransactionLabel:
    tx_hash: str  # 0x + 64 hex digits, lower case
    label: str
    chain_id: int = 0  # the chain it was labelled on (0: not said)


@dataclass(frozen=True)
class RowProblem:
    row: int  # 1-based line of the CSV file
    error: AppError

    @property
    def reason(self) -> str:
        return self.error.user_message

    def text(self, language: str = "en") -> str:
        return render("wallet.book_row", {"row": self.row, "reason": self.error}, language)


@dataclass(frozen=True)
class ImportReport:
    imported: int
    unchanged: int  # rows identical to an existing entry
    problems: tuple[RowProblem, ...] = field(default=())
    skipped: int = 0  # BIP-329 records of types with no meaning on EVM (pubkey, input, ...)
    transactions: int = 0  # `tx` labels stored (new, or replacing an older label)


# BIP-329 record types; of these an EVM wallet keeps `addr` and `tx` (the others are counted).
LABEL_TYPES = ("tx", "addr", "pubkey", "input", "output", "xpub")
TX_HASH = re.compile(r"0x[0-9a-fA-F]{64}")
ORIGIN = re.compile(r"eip155:([1-9][0-9]{0,17})")  # fits the column (64-bit)
MAX_LABEL_BYTES = MAX_CSV_BYTES


class CsvImportRejected(AddressBookError):
    """Some rows are bad; nothing was imported. `problems` lists each one."""

    code = "wallet.book_rejected"
    SHOWN = 20

    def __init__(self, problems: tuple[RowProblem, ...]) -> None:
        super().__init__(count=len(problems))
        self.problems = problems

    def text(self, language: str = "en") -> str:
        """The sentence, then one line per bad row (the first 20)."""
        lines = [super().text(language)]
        lines += ["  " + p.text(language) for p in self.problems[: self.SHOWN]]
        if len(self.problems) > self.SHOWN:
            more = len(self.problems) - self.SHOWN
            lines.append("  " + render("wallet.book_more_rows", {"count": more}, language))
        return "\n".join(lines)


class AddressBook:
    def __init__(self, db: Database, bus: EventBus | None = None) -> None:
        self._db = db
        self._bus = bus

    def contacts(self) -> list[Contact]:
        with self._db.session() as session:
            rows = session.scalars(select(AddressBookEntry).order_by(AddressBookEntry.label))
            return [Contact(r.address, r.label, r.note) for r in rows]

    def find(self, address: str) -> Contact | None:
        with self._db.session() as session:
            row = session.get(AddressBookEntry, to_checksummed(address))
            return Contact(row.address, row.label, row.note) if row else None

    def save(self, address: str, label: str, note: str = "") -> Contact:
        """Add or update one entry."""
        contact = Contact(to_checksummed(address), clean_label(label), clean_note(note))
        with self._db.session() as session:
            session.merge(_row(contact))
        self._changed()
        return contact

    def edit(self, old_address: str, address: str, label: str, note: str = "") -> Contact:
        """Change the entry at `old_address` (its address too) in one transaction. An address
        that is another contact's is refused (that entry is edited instead, never overwritten);
        on any error nothing changes."""
        old = to_checksummed(old_address)
        contact = Contact(to_checksummed(address), clean_label(label), clean_note(note))
        with self._db.session() as session:
            row = session.get(AddressBookEntry, old)
            if row is None:
                raise AddressBookError("wallet.book_gone", address=old)
            if contact.address != old:
                other = session.get(AddressBookEntry, contact.address)
                if other is not None:
                    raise AddressBookError(
                        "wallet.book_taken", address=contact.address, label=other.label
                    )
                session.delete(row)
                session.flush()  # the old key goes before the new one is added
                session.add(_row(contact))
            else:
                row.label, row.note = contact.label, contact.note
        self._changed()
        return contact

    def remove(self, address: str) -> bool:
        with self._db.session() as session:
            row = session.get(AddressBookEntry, to_checksummed(address))
            if row is not None:
                session.delete(row)
        if row is not None:
            self._changed()
        return row is not None

    def known(self) -> list[KnownAddress]:
        return [
            KnownAddress(c.address, c.label, Phrase("wallet.source.address_book"))
            for c in self.contacts()
        ]

    # --- CSV -----------------------------------------------------------------------------------

    def export_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(HEADER)
        for c in self.contacts():
            writer.writerow([defuse(c.label), c.address, defuse(c.note)])
        return out.getvalue()

    def import_csv(self, text: str, *, accept_partial: bool = False) -> ImportReport:
        if len(text.encode("utf-8", "replace")) > MAX_CSV_BYTES:
            raise AddressBookError("wallet.book_too_large")
        return self._import(_csv_rows(text), accept_partial, notes=True)

    # --- BIP-329 labels ------------------------------------------------------------------------

    def export_labels(self, transactions: Iterable[tuple[str, str]] = (), chain_id: int = 0) -> str:
        """Every contact as an `addr` record, then every labelled transaction and each other
        (tx hash, description) of `transactions` as a `tx` record; `origin` names the chain
        (`chain_id`, or the one a transaction was labelled on)."""

        def origin(chain: int) -> dict[str, str]:
            return {"origin": f"eip155:{chain}"} if chain else {}

        lines = [
            {"type": "addr", "ref": c.address, "label": c.label, **origin(chain_id)}
            for c in self.contacts()
        ]
        labelled = {t.tx_hash: t for t in self.transaction_labels()}
        for tx_hash, label in transactions:
            mine = labelled.pop(tx_hash.lower(), None)
            chain = (mine.chain_id or chain_id) if mine else chain_id
            text = mine.label if mine else label
            lines.append({"type": "tx", "ref": tx_hash, "label": text, **origin(chain)})
        lines += [
            {"type": "tx", "ref": t.tx_hash, "label": t.label, **origin(t.chain_id or chain_id)}
            for t in labelled.values()
        ]
        return "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)

    def import_labels(self, text: str, *, accept_partial: bool = False) -> ImportReport:
        """BIP-329 JSON lines: `addr` records into the book (checked like CSV rows), `tx`
        records as transaction labels; every line is checked before anything is stored."""
        if len(text.encode("utf-8", "replace")) > MAX_LABEL_BYTES:
            raise AddressBookError("wallet.book_too_large")
        skipped: list[int] = []
        rows = list(_label_rows(text, skipped))
        labels = [(n, r) for n, r in rows if isinstance(r, TransactionLabel)]
        contacts = ((n, r) for n, r in rows if not isinstance(r, TransactionLabel))
        stored = {t.tx_hash: t for t in self.transaction_labels()}
        changed = {label.tx_hash: label for _n, label in labels}  # the last line of a hash wins
        fresh = [label for h, label in changed.items() if stored.get(h) != label]
        report = self._import(contacts, accept_partial, notes=False, then=fresh)
        return ImportReport(
            report.imported, report.unchanged + len(changed) - len(fresh), report.problems,
            len(skipped), len(fresh),
        )  # fmt: skip

    def transaction_labels(self) -> list[TransactionLabel]:
        with self._db.session() as session:
            rows = session.scalars(select(TxLabel).order_by(TxLabel.created_at, TxLabel.tx_hash))
            return [TransactionLabel(r.tx_hash, r.label, r.chain_id) for r in rows]

    def _store_labels(self, labels: list[TransactionLabel]) -> None:
        now = dt.datetime.now(dt.UTC)
        with self._db.session() as session:
            for t in labels:
                row = TxLabel(tx_hash=t.tx_hash, label=t.label, chain_id=t.chain_id, created_at=now)
                session.merge(row)

    def _import(
        self,
        rows: Iterable[tuple[int, Contact | WalletError]],
        partial: bool,
        *,
        notes: bool,
        then: list[TransactionLabel] | None = None,
    ) -> ImportReport:
        """Check every row, then keep the good ones (all or, with `partial`, those) and the
        transaction labels `then`, in one go; `notes`: the rows carry notes (CSV), else a
        contact's note is not compared (labels)."""
        existing = {c.address: c for c in self.contacts()}
        if not notes:
            existing = {a: Contact(c.address, c.label) for a, c in existing.items()}
        good, unchanged, problems = self._check_rows(rows, existing)
        if problems and not partial:
            raise CsvImportRejected(tuple(problems))
        with self._db.session() as session:
            for contact in good:
                session.merge(_row(contact))
        if then:
            self._store_labels(then)
        if good or then:
            self._changed()
        return ImportReport(len(good), unchanged, tuple(problems))

    def _check_rows(
        self, rows: Iterable[tuple[int, Contact | WalletError]], existing: dict[str, Contact]
    ) -> tuple[list[Contact], int, list[RowProblem]]:
        good: dict[str, Contact] = {}
        first_row: dict[str, int] = {}
        problems: list[RowProblem] = []
        unchanged = 0
        for number, contact in rows:
            if isinstance(contact, WalletError):
                problems.append(RowProblem(number, contact))
                continue
            if contact.address in first_row:
                first = first_row[contact.address]
                duplicate = AddressBookError(
                    "wallet.book_duplicate_row", address=contact.address, row=first
                )
                problems.append(RowProblem(number, duplicate))
                continue
            first_row[contact.address] = number
            old = existing.get(contact.address)
            if old == contact or (
                old is not None and old.label == contact.label and not contact.note
            ):
                unchanged += 1
            elif old is not None:
                known = AddressBookError(
                    "wallet.book_known", address=contact.address, label=old.label
                )
                problems.append(RowProblem(number, known))
            else:
                good[contact.address] = contact
        return list(good.values()), unchanged, problems

    def _changed(self) -> None:
        if self._bus is not None:
            self._bus.publish(WALLET, Changes(wallet=True))


class RecipientHistory:
    """Addresses this wallet has sent to (recorded by the send flow when a transfer is signed)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, address: str, when: dt.datetime | None = None) -> None:
        moment = when or dt.datetime.now(dt.UTC)
        checked = to_checksummed(address)
        with self._db.session() as session:
            row = session.get(PastRecipient, checked)
            if row is None:
                session.add(
                    PastRecipient(
                        address=checked, first_sent_at=moment, last_sent_at=moment, times=1
                    )
                )
            else:
                row.last_sent_at = moment
                row.times += 1

    def known(self) -> list[KnownAddress]:
        with self._db.session() as session:
            rows = session.scalars(select(PastRecipient).order_by(PastRecipient.last_sent_at))
            return [
                KnownAddress(r.address, f"sent {r.times}x", Phrase("wallet.source.past_recipient"))
                for r in rows
            ]


def own_accounts_known(accounts: Iterable[tuple[str, str]]) -> list[KnownAddress]:
    """(address, label) pairs of the user's accounts as `KnownAddress` values."""
    return [
        KnownAddress(address, label, Phrase("wallet.source.your_account"))
        for address, label in accounts
    ]


def _csv_rows(text: str) -> Iterator[tuple[int, Contact | WalletError]]:
    """(line number, contact or why not) of each CSV row that is not blank or the header."""
    try:
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    except csv.Error as error:
        raise AddressBookError(reason=str(error)) from None
    if len(rows) > MAX_ROWS + 1:
        raise AddressBookError("wallet.book_too_many_rows", limit=MAX_ROWS)
    for number, cells in enumerate(rows, 1):
        if not any(cell.strip() for cell in cells):
            continue  # blank lines are harmless
        if number == 1 and [c.strip().lower() for c in cells[:2]] == ["label", "address"]:
            continue
        try:
            yield number, _parse_row(cells)
        except WalletError as error:
            yield number, error


def _label_rows(
    text: str, skipped: list[int]
) -> Iterator[tuple[int, Contact | TransactionLabel | WalletError]]:
    """(line number, contact, transaction label or why not) of each BIP-329 `addr` and `tx`
    record; the line numbers of records of the other types go to `skipped`."""
    lines = text.lstrip("\ufeff").splitlines()
    if len(lines) > MAX_ROWS:
        raise AddressBookError("wallet.book_too_many_rows", limit=MAX_ROWS)
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json_input.loads(line)
        except ValueError:
            yield number, AddressBookError("wallet.label_json")
            continue
        kind = record.get("type") if isinstance(record, dict) else None
        if kind not in LABEL_TYPES:
            yield number, AddressBookError("wallet.label_type", found=f"{kind!s:.20}")
        elif kind not in ("addr", "tx"):
            skipped.append(number)
        elif not isinstance(record.get("ref"), str) or not isinstance(record.get("label"), str):
            fields = "wallet.label_fields" if kind == "addr" else "wallet.label_tx_fields"
            yield number, AddressBookError(fields)
        else:
            try:
                yield number, _record(kind, record)
            except WalletError as error:
                yield number, error


def _record(kind: str, record: dict[str, object]) -> Contact | TransactionLabel:
    ref, label = str(record["ref"]), str(record["label"])
    if kind == "addr":
        return Contact(to_checksummed(ref), clean_label(label))
    origin = record.get("origin")
    chain_id = 0
    if origin is not None:
        match = ORIGIN.fullmatch(origin) if isinstance(origin, str) else None
        if match is None:
            raise AddressBookError("wallet.label_origin", found=f"{origin!s:.40}")
        chain_id = int(match.group(1))
    return _transaction_label(ref, label, chain_id)


def _transaction_label(tx_hash: str, label: str, chain_id: int) -> TransactionLabel:
    if TX_HASH.fullmatch(tx_hash) is None:
        raise AddressBookError("wallet.label_tx_hash", found=f"{tx_hash:.70}")
    return TransactionLabel(tx_hash.lower(), clean_label(label), chain_id)


def _parse_row(cells: list[str]) -> Contact:
    if len(cells) not in (2, 3):
        raise AddressBookError("wallet.book_columns", found=len(cells))
    label = undefuse(cells[0])
    note = undefuse(cells[2]) if len(cells) == 3 else ""
    return Contact(to_checksummed(cells[1]), clean_label(label), clean_note(note))


def clean_note(note: str) -> str:
    text = note.strip()
    if len(text) > MAX_NOTE:
        raise AddressBookError("wallet.note_long", limit=MAX_NOTE)
    return text


def _row(contact: Contact) -> AddressBookEntry:
    return AddressBookEntry(
        address=contact.address,
        label=contact.label,
        note=contact.note,
        created_at=dt.datetime.now(dt.UTC),
    )
