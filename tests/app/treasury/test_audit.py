import dataclasses
from itertools import count

import pytest
from sqlalchemy import text

from app.storage import open_database
from app.treasury.audit import GENESIS, AuditTrail, ChainRef, verify
from app.treasury.audit_export import export_csv, export_json, load_csv, load_json
from app.treasury.errors import AuditError

STORE = "0x" + "ab" * 32


@pytest.fixture
def trail(tmp_path):
    db = open_database(tmp_path / "store.sqlite3")
    ticks = count()
    yield AuditTrail(db, clock=lambda: f"2026-04-0{1 + next(ticks) % 9}T09:00:00+00:00")
    db.close()


def _ref(n, log_index=0):
    return ChainRef(31337, "0x" + f"{n:064x}", log_index, 100 + n)


def _fill(trail):
    trail.append("routed", actor="0x" + "11" * 20, store_id=STORE, amount=300, chain=_ref(1))
    trail.append(
        "proposed", proposal_id=1, store_id=STORE, period=202603, amount=100, chain=_ref(2)
    )
    trail.append("override", actor="0x" + "22" * 20, proposal_id=1, details={"reason": "bank lag"})
    trail.append("approved", proposal_id=1, details={"approvals": 1}, chain=_ref(3))
    trail.append("approved", proposal_id=1, details={"approvals": 2}, chain=_ref(4))
    trail.append("executed", proposal_id=1, amount=100, chain=_ref(5))
    return trail.entries()


def test_entries_chain_and_verify(trail):
    entries = _fill(trail)
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5, 6]
    assert entries[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.entry_hash for a, b in zip(entries, entries[1:], strict=False))
    assert trail.verify().ok and trail.head() == (6, entries[-1].entry_hash)
    assert trail.verify(expected_head=entries[-1].entry_hash).ok


def test_a_chain_event_is_appended_once(trail):
    assert trail.append("approved", proposal_id=1, chain=_ref(3, 7)) is not None
    assert trail.append("approved", proposal_id=1, chain=_ref(3, 7)) is None
    assert trail.append("approved", proposal_id=1, chain=_ref(3, 8)) is not None
    assert len(trail.entries()) == 2


def test_kinds_and_chain_references_are_checked(trail):
    with pytest.raises(AuditError):
        trail.append("stolen")
    with pytest.raises(AuditError):
        trail.append("approved", proposal_id=1)  # a chain event without its log
    with pytest.raises(AuditError):
        trail.append("note", chain=_ref(1))
    assert trail.entries() == []


def test_an_edited_row_in_the_database_is_found(trail):
    _fill(trail)
    with trail.db.session() as session:
        session.execute(text("UPDATE treasury_audit SET amount='1000' WHERE seq=2"))
    result = trail.verify()
    assert (result.ok, result.first_bad_seq, result.problem) == (False, 2, "edited")
    assert "Audit entry 2 was edited" in result.message


def test_a_removed_row_in_the_database_is_found(trail):
    _fill(trail)
    with trail.db.session() as session:
        session.execute(text("DELETE FROM treasury_audit WHERE seq=4"))
    result = trail.verify()
    assert (result.first_bad_seq, result.problem) == (4, "removed")


def test_a_rewritten_tail_is_caught_by_the_kept_head(trail):
    entries = _fill(trail)
    kept = entries[-1].entry_hash
    with trail.db.session() as session:
        session.execute(text("DELETE FROM treasury_audit WHERE seq=6"))
    assert trail.verify().ok  # a clean truncation is only visible against a kept head
    result = trail.verify(expected_head=kept)
    assert (result.ok, result.problem) == (False, "head")


def test_tampered_exports_name_the_first_bad_row(trail):
    entries = _fill(trail)
    assert verify(entries).ok
    swapped = [*entries[:2], entries[3], entries[2], *entries[4:]]
    assert (verify(swapped).problem, verify(swapped).first_bad_seq) == ("reordered", 3)
    duplicated = [*entries[:3], entries[2], *entries[3:]]
    assert (verify(duplicated).problem, verify(duplicated).first_bad_seq) == ("inserted", 3)
    removed = [*entries[:1], *entries[2:]]
    assert (verify(removed).problem, verify(removed).first_bad_seq) == ("removed", 2)
    edited = list(entries)
    edited[4] = dataclasses.replace(entries[4], actor="0x" + "99" * 20)
    assert (verify(edited).problem, verify(edited).first_bad_seq) == ("edited", 5)
    # A forger who re-hashes the row they changed still breaks the link to the next one.
    forged = dataclasses.replace(entries[1], amount=1)
    from app.treasury.audit import hash_entry

    forged = dataclasses.replace(forged, entry_hash=hash_entry(forged.prev_hash, forged.body()))
    relinked = [entries[0], forged, *entries[2:]]
    assert (verify(relinked).problem, verify(relinked).first_bad_seq) == ("relinked", 2)


def test_json_and_csv_exports_round_trip_and_verify(trail):
    entries = _fill(trail)
    loaded, head = load_json(export_json(entries))
    assert loaded == entries and head == entries[-1].entry_hash
    assert verify(loaded, head).ok
    assert load_csv(export_csv(entries)) == entries
    tampered = export_csv(entries).replace(",100,", ",101,", 1)
    assert verify(load_csv(tampered)).problem == "edited"


def test_malformed_exports_are_refused_clearly():
    for bad in ("{", "[]", '{"format": "other"}'):
        with pytest.raises(AuditError):
            load_json(bad)
    with pytest.raises(AuditError):
        load_csv("a,b\n1,2\n")


def test_the_entry_hash_is_keccak_of_the_previous_hash_and_the_canonical_json(trail):
    from eth_utils import keccak

    from app.backend.canonical import canonical_json

    entry = _fill(trail)[2]
    body = entry.body()
    body["details"]["note"] = "网店 ✓"  # non-ASCII stays UTF-8, as canonical_json writes it
    expected = "0x" + keccak(bytes.fromhex(entry.prev_hash[2:]) + canonical_json(body)).hex()
    from app.treasury.audit import hash_entry

    assert hash_entry(entry.prev_hash, body) == expected
