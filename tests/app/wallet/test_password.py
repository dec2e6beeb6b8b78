import pytest

from app.wallet.common_passwords import COMMON_PASSWORDS
from app.wallet.errors import PasswordMismatch, WeakPassword
from app.wallet.password import MIN_NEW_WALLET_SCORE, check_new_password, estimate_strength


@pytest.mark.parametrize(
    "password",
    ["", "password", "P@ssw0rd!", "qwerty123456", "iloveyou2024", "5201314woaini", "aaaaaaaaaaaa",
     "abcdefghijkl", "1234567890", "Xk9!mP", "hunter2hunter2", "asdfghjkl;'", "Password2024"],
)  # fmt: skip
def test_guessable_passwords_are_refused_with_a_reason(password):
    strength = estimate_strength(password)
    assert strength.score < MIN_NEW_WALLET_SCORE and not strength.acceptable
    assert strength.warning or strength.suggestions
    with pytest.raises(WeakPassword) as caught:
        check_new_password(password, password)
    assert len(password) < 9 or password not in caught.value.user_message  # never echoed


@pytest.mark.parametrize(
    "password",
    ["violet-Harbour-42-lantern", "correct horse battery staple", "zQ8#vL2m!Rt9", "xkqmwpzrtvbn",
     "我的钱包密码很长很安全2026"],
)  # fmt: skip
def test_long_or_random_passwords_pass(password):
    strength = estimate_strength(password)
    assert strength.acceptable and strength.label in ("strong", "very strong")
    assert check_new_password(password, password).score == strength.score


def test_scores_grow_with_length_and_never_exceed_four():
    scores = [estimate_strength("kq7Vz!" * k).score for k in (1, 2, 4)]
    assert scores == sorted(scores) and scores[0] <= 1 and scores[-1] == 4
    assert estimate_strength("x" * 2000).score == 0  # too long: refused, not hashed


def test_common_list_is_a_few_hundred_and_variants_are_caught():
    assert 300 <= len(COMMON_PASSWORDS) <= 1000
    for variant in ("PASSWORD", "Passw0rd", "dragon1!", "Monkey2023"):
        assert estimate_strength(variant).warning.startswith(("It contains", "This is"))


def test_confirmation_must_match():
    with pytest.raises(PasswordMismatch):
        check_new_password("violet-Harbour-42-lantern", "violet-Harbour-42-lanterm")
