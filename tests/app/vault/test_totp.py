import pytest

from app.vault import totp
from app.vault.errors import VaultInputError

# RFC 6238 appendix B: seeds are ASCII "1234567890" repeated to the digest's length.
SEEDS = {
    "sha1": b"12345678901234567890",
    "sha256": b"12345678901234567890123456789012",
    "sha512": b"1234567890" * 6 + b"1234",
}
VECTORS = [
    (59, "94287082", "46119246", "90693936"),
    (1111111109, "07081804", "68084774", "25091201"),
    (1111111111, "14050471", "67062674", "99943326"),
    (1234567890, "89005924", "91819424", "93441116"),
    (2000000000, "69279037", "90698825", "38618901"),
    (20000000000, "65353130", "77737706", "47863826"),
]


@pytest.mark.parametrize(("at", "sha1", "sha256", "sha512"), VECTORS)
def test_rfc6238_vectors(at, sha1, sha256, sha512):
    for digest, expected in (("sha1", sha1), ("sha256", sha256), ("sha512", sha512)):
        assert totp.totp(SEEDS[digest], at=at, digits=8, digest=digest) == expected


def test_rfc4226_hotp_vectors():
    expected = ["755224", "287082", "359152", "969429", "338314", "254676", "287922"]
    assert [totp.hotp(SEEDS["sha1"], c) for c in range(7)] == expected


def test_base32_seed_gives_the_six_digit_code():
    # base32 of the RFC seed; an authenticator app shows the last 6 digits of the 8-digit code.
    seed = "gezd gnbv gy3t qojq gezd gnbv gy3t qojq"
    assert totp.normalize_seed(seed) == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    assert totp.current_code(seed, at=59) == "287082"
    assert totp.seconds_left(at=59) == 1 and totp.seconds_left(at=60) == 30


@pytest.mark.parametrize("bad", ["", "not base32!", "ABC", "MZXW6===", "A" * 9])
def test_bad_seeds_are_refused_without_echoing_them(bad):
    with pytest.raises(VaultInputError) as caught:
        totp.normalize_seed(bad)
    assert not bad or bad not in str(caught.value)
