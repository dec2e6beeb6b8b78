"""BIP-39 and BIP-32 official test vectors, and the Ethereum path everyone else derives."""

import hashlib
import hmac

import pytest
from eth_account import Account
from eth_account.hdaccount.deterministic import HardNode, SoftNode, derive_child_key

from app.wallet.errors import InvalidMnemonic
from app.wallet.keystore import address_of_key
from app.wallet.mnemonic import (
    generate_mnemonic,
    mnemonic_from_entropy,
    private_key_from_seed,
    seed_from_mnemonic,
    validate_mnemonic,
)

Account.enable_unaudited_hdwallet_features()

# trezor/python-mnemonic vectors.json (the BIP-39 reference vectors), passphrase "TREZOR":
# (entropy, mnemonic, seed, master xprv)
BIP39_VECTORS = [
    (
        "00000000000000000000000000000000",
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
        "about",
        "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f"
        "2cf141630c7a3c4ab7c81b2f001698e7463b04",
        "xprv9s21ZrQH143K3h3fDYiay8mocZ3afhfULfb5GX8kCBdno77K4HiA15Tg23wpbeF1pLfs1c5SPmYHrEpTuuRhxMw"
        "vKDwqdKiGJS9XFKzUsAF",
    ),
    (
        "7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f",
        "legal winner thank year wave sausage worth useful legal winner thank yellow",
        "2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cfb8440c28bd6fa457fe1296106559a3c80937a1"
        "c1069be3a3a5bd381ee6260e8d9739fce1f607",
        "xprv9s21ZrQH143K2gA81bYFHqU68xz1cX2APaSq5tt6MFSLeXnCKV1RVUJt9FWNTbrrryem4ZckN8k4Ls1H6nwdvDT"
        "vnV7zEXs2HgPezuVccsq",
    ),
    (
        "ffffffffffffffffffffffffffffffff",
        "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
        "ac27495480225222079d7be181583751e86f571027b0497b5b5d11218e0a8a13332572917f0f8e5a589620c6f1"
        "5b11c61dee327651a14c34e18231052e48c069",
        "xprv9s21ZrQH143K2V4oox4M8Zmhi2Fjx5XK4Lf7GKRvPSgydU3mjZuKGCTg7UPiBUD7ydVPvSLtg9hjp7MQTYsW67r"
        "ZHAXeccqYqrsx8LcXnyd",
    ),
    (
        "808080808080808080808080808080808080808080808080",
        "letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount "
        "doctor acoustic avoid letter always",
        "107d7c02a5aa6f38c58083ff74f04c607c2d2c0ecc55501dadd72d025b751bc27fe913ffb796f841c49b1d33b6"
        "10cf0e91d3aa239027f5e99fe4ce9e5088cd65",
        "xprv9s21ZrQH143K3VPCbxbUtpkh9pRG371UCLDz3BjceqP1jz7XZsQ5EnNkYAEkfeZp62cDNj13ZTEVG1TEro9sZ9g"
        "rfRmcYWLBhCocViKEJae",
    ),
    (
        "0000000000000000000000000000000000000000000000000000000000000000",
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
        "abandon art",
        "bda85446c68413707090a52022edd26a1c9462295029f2e60cd7c4f2bbd3097170af7a4d73245cafa9c3cca8d5"
        "61a7c3de6f5d4a10be8ed2a5e608d68f92fcc8",
        "xprv9s21ZrQH143K32qBagUJAMU2LsHg3ka7jqMcV98Y7gVeVyNStwYS3U7yVVoDZ4btbRNf4h6ibWpY22iRmXq35qg"
        "Ls79f312g2kj5539ebPM",
    ),
    (
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo "
        "zoo vote",
        "dd48c104698c30cfe2b6142103248622fb7bb0ff692eebb00089b32d22484e1613912f0a5b694407be899ffd31"
        "ed3992c456cdf60f5d4564b8ba3f05a69890ad",
        "xprv9s21ZrQH143K2WFF16X85T2QCpndrGwx6GueB72Zf3AHwHJaknRXNF37ZmDrtHrrLSHvbuRejXcnYxoZKvRquTP"
        "yp2JiNG3XcjQyzSEgqCB",
    ),
    (
        "9e885d952ad362caeb4efe34a8e91bd2",
        "ozone drill grab fiber curtain grace pudding thank cruise elder eight picnic",
        "274ddc525802f7c828d8ef7ddbcdc5304e87ac3535913611fbbfa986d0c9e5476c91689f9c8a54fd55bd38606a"
        "a6a8595ad213d4c9c9f9aca3fb217069a41028",
        "xprv9s21ZrQH143K2oZ9stBYpoaZ2ktHj7jLz7iMqpgg1En8kKFTXJHsjxry1JbKH19YrDTicVwKPehFKTbmaxgVEc5"
        "TpHdS1aYhB2s9aFJBeJH",
    ),
    (
        "6610b25967cdcca9d59875f5cb50b0ea75433311869e930b",
        "gravity machine north sort system female filter attitude volume fold club stay feature "
        "office ecology stable narrow fog",
        "628c3827a8823298ee685db84f55caa34b5cc195a778e52d45f59bcf75aba68e4d7590e101dc414bc1bbd57376"
        "66fbbef35d1f1903953b66624f910feef245ac",
        "xprv9s21ZrQH143K3uT8eQowUjsxrmsA9YUuQQK1RLqFufzybxD6DH6gPY7NjJ5G3EPHjsWDrs9iivSbmvjc9DQJbJG"
        "atfa9pv4MZ3wjr8qWPAK",
    ),
    (
        "68a79eaca2324873eacc50cb9c6eca8cc68ea5d936f98787c60c7ebc74e6ce7c",
        "hamster diagram private dutch cause delay private meat slide toddler razor book happy "
        "fancy gospel tennis maple dilemma loan word shrug inflict delay length",
        "64c87cde7e12ecf6704ab95bb1408bef047c22db4cc7491c4271d170a1b213d20b385bc1588d9c7b38f1b39d41"
        "5665b8a9030c9ec653d75e65f847d8fc1fc440",
        "xprv9s21ZrQH143K2XTAhys3pMNcGn261Fi5Ta2Pw8PwaVPhg3D8DWkzWQwjTJfskj8ofb81i9NP2cUNKxwjueJHHMQ"
        "AnxtivTA75uUFqPFeWzk",
    ),
]

H = 2**31
# BIP-32 test vectors 1 and 2 (bip-0032.mediawiki): the seed, then (path, ext prv) down each
# chain.
BIP32_VECTORS = [
    (
        "000102030405060708090a0b0c0d0e0f",
        [
            (
                [],
                "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPP"
                "qjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi",
            ),
            (
                [0 + H],
                "xprv9uHRZZhk6KAJC1avXpDAp4MDc3sQKNxDiPvvkX8Br5ngLNv1TxvU"
                "xt4cV1rGL5hj6KCesnDYUhd7oWgT11eZG7XnxHrnYeSvkzY7d2bhkJ7",
            ),
            (
                [0 + H, 1],
                "xprv9wTYmMFdV23N2TdNG573QoEsfRrWKQgWeibmLntzniatZvR9BmLn"
                "vSxqu53Kw1UmYPxLgboyZQaXwTCg8MSY3H2EU4pWcQDnRnrVA1xe8fs",
            ),
            (
                [0 + H, 1, 2 + H],
                "xprv9z4pot5VBttmtdRTWfWQmoH1taj2axGVzFqSb8C9xaxKymcFzXBD"
                "ptWmT7FwuEzG3ryjH4ktypQSAewRiNMjANTtpgP4mLTj34bhnZX7UiM",
            ),
            (
                [0 + H, 1, 2 + H, 2],
                "xprvA2JDeKCSNNZky6uBCviVfJSKyQ1mDYahRjijr5idH2WwLsEd4Hsb"
                "2Tyh8RfQMuPh7f7RtyzTtdrbdqqsunu5Mm3wDvUAKRHSC34sJ7in334",
            ),
            (
                [0 + H, 1, 2 + H, 2, 1000000000],
                "xprvA41z7zogVVwxVSgdKUHDy1SKmdb533PjDz7J6N6mV6uS3ze1ai8F"
                "Ha8kmHScGpWmj4WggLyQjgPie1rFSruoUihUZREPSL39UNdE3BBDu76",
            ),
        ],
    ),
    (
        "fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7b"
        "7875726f6c696663605d5a5754514e4b484542",
        [
            (
                [],
                "xprv9s21ZrQH143K31xYSDQpPDxsXRTUcvj2iNHm5NUtrGiGG5e2DtAL"
                "Gdso3pGz6ssrdK4PFmM8NSpSBHNqPqm55Qn3LqFtT2emdEXVYsCzC2U",
            ),
            (
                [0],
                "xprv9vHkqa6EV4sPZHYqZznhT2NPtPCjKuDKGY38FBWLvgaDx45zo9WQ"
                "RUT3dKYnjwih2yJD9mkrocEZXo1ex8G81dwSM1fwqWpWkeS3v86pgKt",
            ),
            (
                [0, 2147483647 + H],
                "xprv9wSp6B7kry3Vj9m1zSnLvN3xH8RdsPP1Mh7fAaR7aRLcQMKTR2vi"
                "dYEeEg2mUCTAwCd6vnxVrcjfy2kRgVsFawNzmjuHc2YmYRmagcEPdU9",
            ),
            (
                [0, 2147483647 + H, 1],
                "xprv9zFnWC6h2cLgpmSA46vutJzBcfJ8yaJGg8cX1e5StJh45BBciYTR"
                "XSd25UEPVuesF9yog62tGAQtHjXajPPdbRCHuWS6T8XA2ECKADdw4Ef",
            ),
            (
                [0, 2147483647 + H, 1, 2147483646 + H],
                "xprvA1RpRA33e1JQ7ifknakTFpgNXPmW2YvmhqLQYMmrj4xJXXWYpDPS"
                "3xz7iAxn8L39njGVyuoseXzU6rcxFLJ8HFsTjSyQbLYnMpCqE2VbFWc",
            ),
            (
                [0, 2147483647 + H, 1, 2147483646 + H, 2],
                "xprvA2nrNbFZABcdryreWet9Ea4LvTJcGsqrMzxHx98MMrotbir7yrKC"
                "EXw7nadnHM8Dq38EGfSh6dqA9QWTyefMLEcBYJUuekgW4BYPJcr9E7j",
            ),
        ],
    ),
]

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def decode_xprv(text: str) -> tuple[int, int, bytes, bytes]:
    """(depth, child number, chain code, private key) of a serialized extended private key."""
    number = 0
    for char in text:
        number = number * 58 + _B58.index(char)
    raw = number.to_bytes(82, "big")
    payload, checksum = raw[:78], raw[78:]
    assert hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] == checksum
    assert payload[:4] == bytes.fromhex("0488ade4") and payload[45] == 0
    return payload[4], int.from_bytes(payload[9:13], "big"), payload[13:45], payload[46:78]


def master(seed: bytes) -> tuple[bytes, bytes]:
    digest = hmac.new(b"Bitcoin seed", seed, hashlib.sha512).digest()
    return digest[:32], digest[32:]


@pytest.mark.parametrize(("entropy", "phrase", "seed", "xprv"), BIP39_VECTORS)
def test_bip39_vectors(entropy, phrase, seed, xprv):
    assert mnemonic_from_entropy(bytes.fromhex(entropy)) == phrase
    assert validate_mnemonic(phrase.upper().replace(" ", "  ")) == phrase
    derived = seed_from_mnemonic(phrase, "TREZOR")
    assert derived.hex() == seed
    _, _, chain_code, key = decode_xprv(xprv)
    assert master(derived) == (key, chain_code)


@pytest.mark.parametrize(("seed", "chain"), BIP32_VECTORS, ids=["vector-1", "vector-2"])
def test_bip32_vectors(seed, chain):
    key, chain_code = master(bytes.fromhex(seed))
    for path, xprv in chain:
        if path:
            index = path[-1]
            node = HardNode(index - H) if index >= H else SoftNode(index)
            key, chain_code = derive_child_key(key, chain_code, node)
        depth, child, want_chain, want_key = decode_xprv(xprv)
        assert (depth, child) == (len(path), path[-1] if path else 0)
        assert (key, chain_code) == (want_key, want_chain)


def test_ethereum_path_matches_known_wallets_and_eth_account():
    hardhat = seed_from_mnemonic("test test test test test test test test test test test junk")
    assert address_of_key(private_key_from_seed(hardhat, 0)) == (
        "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    )
    assert address_of_key(private_key_from_seed(hardhat, 1)) == (
        "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
    )
    phrase = BIP39_VECTORS[6][1]
    seed = seed_from_mnemonic(phrase, "a passphrase")
    for index in (0, 7):
        expected = Account.from_mnemonic(
            phrase, passphrase="a passphrase", account_path=f"m/44'/60'/0'/0/{index}"
        )
        assert bytes(private_key_from_seed(seed, index)) == bytes(expected.key)
    # the passphrase changes every account
    assert private_key_from_seed(seed, 0) != private_key_from_seed(seed_from_mnemonic(phrase), 0)


def test_new_phrases_have_12_or_24_valid_words():
    for words in (12, 24):
        phrase = generate_mnemonic(words)
        assert len(phrase.split()) == words and validate_mnemonic(phrase) == phrase
    assert generate_mnemonic() != generate_mnemonic()
    with pytest.raises(ValueError):
        generate_mnemonic(15)


def test_unknown_words_are_named_by_position_without_echoing_them():
    words = BIP39_VECTORS[1][1].split()
    words[4], words[9] = "wavve", "winnner"
    with pytest.raises(InvalidMnemonic) as caught:
        validate_mnemonic(" ".join(words))
    assert caught.value.positions == (5, 10)
    assert "5, 10" in caught.value.user_message
    assert "wavve" not in str(caught.value) and "winnner" not in str(caught.value)


def test_bad_checksum_and_bad_length_are_explained():
    words = BIP39_VECTORS[1][1].split()
    words[0], words[1] = words[1], words[0]
    with pytest.raises(InvalidMnemonic, match="checksum"):
        validate_mnemonic(" ".join(words))
    with pytest.raises(InvalidMnemonic, match="this one has 11"):
        validate_mnemonic(" ".join(words[:11]))
    with pytest.raises(InvalidMnemonic, match="this one has 0"):
        validate_mnemonic("   ")
