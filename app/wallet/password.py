"""Password rules for wallets: a strength meter (score 0-4 with feedback) and a confirmation check.

An honest, dependency-free estimator in the spirit of zxcvbn: the password is split greedily into
the cheapest patterns an attacker tries (common passwords, dictionary words, keyboard walks and
alphabet/digit sequences, repeats, years) and the rest counts as brute force over the character
classes used. The estimate is log2 of the guesses needed. It knows only a few hundred common
passwords and the 2,048 BIP-39 words, so it overrates rare dictionary words; the thresholds are
set conservatively for that reason. The keystores' scrypt cost slows each guess on top of this.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

from app.errors import Phrase
from app.wallet.common_passwords import COMMON_PASSWORDS
from app.wallet.errors import PasswordMismatch, WeakPassword
from app.wallet.mnemonic import english_words

MIN_NEW_WALLET_SCORE = 3
MIN_LENGTH = 8
MAX_LENGTH = 1024
LABELS = ("very weak", "weak", "fair", "strong", "very strong")
_SCORE_BITS = (20.0, 30.0, 40.0, 55.0)  # bits needed for scores 1, 2, 3, 4

_COMMON_RANK = {word: rank for rank, word in reversed(list(enumerate(COMMON_PASSWORDS, 1)))}
_WORDS = {word for word in english_words() if len(word) >= 4}
_LEET = str.maketrans(
    {
        "@": "a",
        "4": "a",
        "0": "o",
        "1": "i",
        "!": "i",
        "3": "e",
        "$": "s",
        "5": "s",
        "7": "t",
        "+": "t",
        "9": "g",
        "8": "b",
    }
)
_KEYBOARD_ROWS = ("`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./")
_MAX_WORD = 20


@dataclass(frozen=True)
class PasswordStrength:
    score: int  # 0 (very weak) .. 4 (very strong)
    bits: float  # log2 of the estimated guesses
    warning: str  # the main weakness (a Phrase from the table), "" if none
    suggestions: tuple[str, ...]  # Phrases

    @property
    def label(self) -> str:
        return LABELS[self.score]

    @property
    def acceptable(self) -> bool:
        """Strong enough to protect a new wallet."""
        return self.score >= MIN_NEW_WALLET_SCORE


def estimate_strength(password: str) -> PasswordStrength:
    if not password:
        return PasswordStrength(0, 0.0, Phrase("wallet.advice.empty"), ())
    if len(password) > MAX_LENGTH:
        return PasswordStrength(0, 0.0, Phrase("wallet.advice.too_long", limit=MAX_LENGTH), ())
    lowered = password.lower()
    plain = lowered.translate(_LEET)
    charset_bits = math.log2(_charset_size(password))
    bits, found, i = 0.0, set(), 0
    while i < len(password):
        length, cost, kind = _best_pattern(password, lowered, plain, i, charset_bits)
        bits += cost
        found.add(kind)
        i += length
    if len(found) > 1:  # the attacker must also guess how the pieces are combined
        bits += 1.0
    score = sum(bits >= threshold for threshold in _SCORE_BITS)
    if len(password) < MIN_LENGTH:
        score = min(score, 1)
    return PasswordStrength(score, round(bits, 1), *_feedback(password, plain, found, score))


def check_new_password(password: str, confirmation: str) -> PasswordStrength:
    """Accept a password for a new wallet or file: strong enough, and typed the same twice."""
    strength = estimate_strength(password)
    if not strength.acceptable:
        raise WeakPassword(
            strength=Phrase(f"wallet.strength.{strength.score}"),
            needed=Phrase(f"wallet.strength.{MIN_NEW_WALLET_SCORE}"),
        )
    if password != confirmation:
        raise PasswordMismatch()
    return strength


def _best_pattern(
    password: str, lowered: str, plain: str, i: int, charset_bits: float
) -> tuple[int, float, str]:
    """(length, bits, kind) of the cheapest-per-character pattern starting at position i."""
    candidates = [(1, charset_bits, "brute")]
    candidates += _dictionary(password, lowered, plain, i)
    candidates += _runs(lowered, i)
    year = password[i : i + 4]
    if len(year) == 4 and year.isdigit() and 1900 <= int(year) <= 2099:
        candidates.append((4, math.log2(200), "year"))
    # longest wins; for equal length, the cheaper explanation (the attacker's best guess order)
    return max(candidates, key=lambda c: (c[0], -c[1]))


def _dictionary(password: str, lowered: str, plain: str, i: int) -> list[tuple[int, float, str]]:
    found = []
    for end in range(min(len(password), i + _MAX_WORD), i + 3, -1):
        for text, leet in ((lowered[i:end], False), (plain[i:end], True)):
            rank = _COMMON_RANK.get(text)
            kind = "common"
            if rank is None and text in _WORDS:
                rank, kind = len(_WORDS), "word"
            if rank is not None:
                piece = password[i:end]
                bits = math.log2(rank + 1) + _case_bits(piece) + (1.0 if leet else 0.0)
                found.append((end - i, bits, kind))
                break
        if found:
            break
    return found


def _runs(lowered: str, i: int) -> list[tuple[int, float, str]]:
    found = []
    repeat = i + 1
    while repeat < len(lowered) and lowered[repeat] == lowered[i]:
        repeat += 1
    if repeat - i >= 3:
        found.append(
            (repeat - i, math.log2(_charset_size(lowered[i])) + math.log2(repeat - i), "repeat")
        )
    for step in (1, -1):
        end = i + 1
        while end < len(lowered) and _adjacent(lowered[end - 1], lowered[end], step):
            end += 1
        if end - i >= 3:
            found.append((end - i, math.log2(60) + math.log2(end - i), "sequence"))
    for chunk in (2, 3, 4):  # "abab", "123123"
        piece = lowered[i : i + chunk]
        times = 1
        while lowered[i + times * chunk : i + (times + 1) * chunk] == piece and len(piece) == chunk:
            times += 1
        if times >= 2:
            bits = chunk * math.log2(_charset_size(piece)) + math.log2(times)
            found.append((chunk * times, bits, "repeat"))
    return found


def _adjacent(a: str, b: str, step: int) -> bool:
    if a.isalnum() and b.isalnum() and a.isdigit() == b.isdigit() and ord(b) - ord(a) == step:
        return True
    for row in _KEYBOARD_ROWS:
        ia, ib = row.find(a), row.find(b)
        if ia >= 0 and ib >= 0 and ib - ia == step:
            return True
    return False


def _case_bits(piece: str) -> float:
    uppers = sum(c.isupper() for c in piece)
    if uppers == 0:
        return 0.0
    if uppers == len([c for c in piece if c.isalpha()]) or (uppers == 1 and piece[0].isupper()):
        return 1.0
    return float(min(uppers, len(piece) - uppers))


def _charset_size(text: str) -> int:
    size = 0
    size += 26 if any(c in string.ascii_lowercase for c in text) else 0
    size += 26 if any(c in string.ascii_uppercase for c in text) else 0
    size += 10 if any(c in string.digits for c in text) else 0
    size += 33 if any(c in string.punctuation or c == " " for c in text) else 0
    size += 100 if any(ord(c) > 127 for c in text) else 0
    return max(size, 10)


def _feedback(password: str, plain: str, found: set[str], score: int) -> tuple[str, tuple]:
    warning: str = ""
    if plain in _COMMON_RANK or password.lower() in _COMMON_RANK:
        warning = Phrase("wallet.advice.most_common")
    elif "common" in found:
        warning = Phrase("wallet.advice.contains_common")
    elif "sequence" in found:
        warning = Phrase("wallet.advice.sequence")
    elif "repeat" in found:
        warning = Phrase("wallet.advice.repeat")
    elif "year" in found and score < 3:
        warning = Phrase("wallet.advice.year")
    elif len(password) < MIN_LENGTH:
        warning = Phrase("wallet.advice.too_short", minimum=MIN_LENGTH)
    suggestions: list[Phrase] = []
    if score < 4:
        suggestions.append(Phrase("wallet.advice.longer"))
        if _charset_size(password) < 62:
            suggestions.append(Phrase("wallet.advice.mix"))
    if "word" in found and score < 4:
        suggestions.append(Phrase("wallet.advice.words"))
    return warning, tuple(suggestions)
