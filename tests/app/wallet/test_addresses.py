import pytest

from app.wallet.addresses import (
    KnownAddress,
    KnownAddresses,
    WarningKind,
    check_recipient,
    resembles,
    to_checksummed,
)
from app.wallet.errors import InvalidAddress

# EIP-55's own examples
GOOD = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
MINE = KnownAddress("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", "Main", "your account")
FRIEND = KnownAddress("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "Alice", "address book")
PAST = KnownAddress("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", "sent 2x", "past recipient")


def kinds(check):
    return [w.kind for w in check.warnings]


def test_checksum_is_enforced_on_mixed_case():
    assert to_checksummed(GOOD) == GOOD
    assert to_checksummed("  " + GOOD.lower() + " ") == GOOD
    assert to_checksummed("0X" + GOOD[2:].upper()) == GOOD
    broken = GOOD[:-1] + GOOD[-1].swapcase()
    with pytest.raises(InvalidAddress, match="checksum"):
        to_checksummed(broken)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "starts with 0x"),
        ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe", "this one has 39"),
        ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd", "this one has 41"),
        ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg", "only 0-9 and a-f"),
        ("", "starts with 0x"),
    ],
)
def test_malformed_addresses_say_why(text, reason):
    with pytest.raises(InvalidAddress, match=reason):
        to_checksummed(text)


def test_lowercase_input_and_first_time_recipients_warn():
    check = check_recipient(GOOD.lower(), address_book=[FRIEND])
    assert check.address == GOOD
    assert kinds(check) == [WarningKind.NO_CHECKSUM, WarningKind.FIRST_TIME]
    assert "lower case" in check.warnings[0].message
    assert kinds(check_recipient(GOOD)) == [WarningKind.FIRST_TIME]


def test_known_recipients_are_quiet_and_own_accounts_are_named():
    known = KnownAddresses([FRIEND], [MINE], [PAST])
    assert known.check(FRIEND.address).warnings == ()
    assert known.check(FRIEND.address).known_as == FRIEND
    assert known.check(PAST.address).warnings == ()
    assert kinds(known.check(MINE.address)) == [WarningKind.OWN_ACCOUNT]


def test_lookalikes_of_any_known_address_are_flagged():
    body = FRIEND.address[2:].lower()
    poisoned = "0x" + body[:4] + "0" * 32 + body[-4:]  # same first 4 and last 4
    check = check_recipient(poisoned, address_book=[FRIEND], own_accounts=[MINE])
    assert WarningKind.LOOKALIKE in kinds(check) and WarningKind.FIRST_TIME in kinds(check)
    lookalike = next(w for w in check.warnings if w.kind is WarningKind.LOOKALIKE)
    assert lookalike.resembles == FRIEND and "Alice" in lookalike.message and check.has_lookalike
    suffix_only = "0x" + "1" * 34 + PAST.address[-6:].lower()
    assert check_recipient(suffix_only, past_recipients=[PAST]).has_lookalike
    assert not check_recipient(GOOD, address_book=[FRIEND], own_accounts=[MINE]).has_lookalike


def test_resemblance_rule():
    a = "0x" + "abcd" + "1" * 32 + "ef01"
    assert resembles(a, "0x" + "abcd" + "2" * 32 + "ef01")
    assert resembles(a, "0x" + "abc9" + "2" * 32 + "9f01")  # 3 + 3
    assert not resembles(a, "0x" + "ab99" + "2" * 32 + "9f01")  # 2 + 3: chance
    assert not resembles(a, a.upper().replace("0X", "0x"))  # the same address


def test_zero_address_is_refused():
    with pytest.raises(InvalidAddress, match="zero address"):
        check_recipient("0x" + "0" * 40)
