"""The sandbox bank's statements in the formats banks send: ISO 20022 camt.053.001.08 (XML) and
SWIFT MT940 (text), one per account and month of value dates.

Where each line's reference travels: camt.053 puts a settlement's id in EndToEndId and every
reference (a settlement id, or a sweep's 66-character transaction hash, too long for the 35-
character id fields) in the unstructured remittance information; MT940 puts the entry number in
:61:'s customer reference (16 characters) and the reference in :86: as `/REF/...`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from lxml import etree

from app.bank.models import LineKind, StatementLine, StatementLines

CAMT_NS = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"
MT940_LINE = 65


def _money(cents: int) -> str:
    return f"{Decimal(abs(cents)) / 100:.2f}"


def statement_id(lines: StatementLines) -> str:
    return f"{lines.account_id}-{lines.period.replace('-', '')}"


def render_camt053(lines: StatementLines, bic: str, created: dt.datetime) -> str:
    e = etree.Element
    sub = etree.SubElement
    document = e(f"{{{CAMT_NS}}}Document", nsmap={None: CAMT_NS})
    root = sub(document, "BkToCstmrStmt")
    header = sub(root, "GrpHdr")
    sub(header, "MsgId").text = statement_id(lines)
    sub(header, "CreDtTm").text = created.strftime("%Y-%m-%dT%H:%M:%S")
    stmt = sub(root, "Stmt")
    sub(stmt, "Id").text = statement_id(lines)
    sub(stmt, "ElctrncSeqNb").text = lines.period.replace("-", "")
    sub(stmt, "CreDtTm").text = created.strftime("%Y-%m-%dT%H:%M:%S")
    first = dt.date.fromisoformat(lines.period + "-01")
    last = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1) - dt.timedelta(days=1)
    span = sub(stmt, "FrToDt")
    sub(span, "FrDtTm").text = f"{first}T00:00:00"
    sub(span, "ToDtTm").text = f"{last}T23:59:59"
    account = sub(stmt, "Acct")
    sub(sub(sub(account, "Id"), "Othr"), "Id").text = lines.account_id
    sub(account, "Ccy").text = lines.currency
    sub(sub(sub(account, "Svcr"), "FinInstnId"), "BICFI").text = bic
    for code, amount, day in (
        ("OPBD", lines.opening_balance, first),
        ("CLBD", lines.closing_balance, last),
    ):
        balance = sub(stmt, "Bal")
        sub(sub(sub(balance, "Tp"), "CdOrPrtry"), "Cd").text = code
        sub(balance, "Amt", Ccy=lines.currency).text = _money(amount)
        sub(balance, "CdtDbtInd").text = "CRDT" if amount >= 0 else "DBIT"
        sub(sub(balance, "Dt"), "Dt").text = day.isoformat()
    for line in lines.items:
        _entry(stmt, line, lines.currency)
    return etree.tostring(document, xml_declaration=True, encoding="UTF-8").decode()


def _entry(stmt: etree._Element, line: StatementLine, currency: str) -> None:
    sub = etree.SubElement
    credit = line.amount > 0
    entry = sub(stmt, "Ntry")
    sub(entry, "NtryRef").text = line.entry
    sub(entry, "Amt", Ccy=currency).text = _money(line.amount)
    sub(entry, "CdtDbtInd").text = "CRDT" if credit else "DBIT"
    sub(sub(entry, "Sts"), "Cd").text = "BOOK"
    sub(sub(entry, "BookgDt"), "Dt").text = line.booking_date.isoformat()
    sub(sub(entry, "ValDt"), "Dt").text = line.value_date.isoformat()
    sub(entry, "AcctSvcrRef").text = line.entry
    domain = sub(sub(entry, "BkTxCd"), "Domn")
    sub(domain, "Cd").text = "PMNT"
    family = sub(domain, "Fmly")
    sub(family, "Cd").text = "RCDT" if credit else "ICDT"
    sub(family, "SubFmlyCd").text = "ESCT" if credit else "BOOK"
    details = sub(sub(entry, "NtryDtls"), "TxDtls")
    refs = sub(details, "Refs")
    sub(refs, "AcctSvcrRef").text = line.entry
    is_settlement = line.kind is LineKind.SETTLEMENT
    sub(refs, "EndToEndId").text = line.reference if is_settlement else "NOTPROVIDED"
    parties = sub(details, "RltdPties")
    side, account_side = ("Dbtr", "DbtrAcct") if credit else ("Cdtr", "CdtrAcct")
    sub(sub(sub(parties, side), "Pty"), "Nm").text = line.counterparty
    sub(sub(sub(sub(parties, account_side), "Id"), "Othr"), "Id").text = line.counterparty_account
    sub(sub(details, "RmtInf"), "Ustrd").text = line.reference
    sub(entry, "AddtlNtryInf").text = line.kind.value


def render_mt940(lines: StatementLines, bic: str) -> str:
    first = dt.date.fromisoformat(lines.period + "-01")
    last = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1) - dt.timedelta(days=1)

    def balance(tag: str, cents: int, day: dt.date) -> str:
        mark = "C" if cents >= 0 else "D"
        return f":{tag}:{mark}{day:%y%m%d}{lines.currency}{_money(cents).replace('.', ',')}"

    out = [
        f":20:{statement_id(lines)[:16]}",
        f":25:{bic}/{lines.account_id}",
        f":28C:{lines.period.replace('-', '')[2:]}/1",
        balance("60F", lines.opening_balance, first),
    ]
    for line in lines.items:
        mark = "C" if line.amount > 0 else "D"
        amount = _money(line.amount).replace(".", ",")
        kind = "NTRF" if line.kind is LineKind.SWEEP else "NMSC"
        out.append(
            f":61:{line.value_date:%y%m%d}{line.booking_date:%m%d}{mark}{amount}{kind}{line.entry}"
        )
        details = f"/REF/{line.reference}/CP/{line.counterparty}/KIND/{line.kind.value}"
        chunks = [details[i : i + MT940_LINE] for i in range(0, len(details), MT940_LINE)]
        out.append(":86:" + "\n".join(chunks[:6]))
    out.append(balance("62F", lines.closing_balance, last))
    return "\r\n".join([f"{{1:F01{bic}0000000000}}{{2:I940{bic}N}}{{4:", *out, "-}"]) + "\r\n"
