"""The "did you write it down?" step of wallet creation, Qt-free so it is tested headless.

A `NewWalletDraft` holds a freshly generated phrase; the wallet is only saved from a draft whose
verification passed (or that the caller explicitly skipped, e.g. `wallet create --skip-verify`).
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from app.wallet.mnemonic import generate_mnemonic, normalize_mnemonic, validate_mnemonic

DEFAULT_CHALLENGES = 3


@dataclass(frozen=True)
class VerificationResult:
    ok: bool
    wrong_positions: tuple[int, ...]  # 1-based, for the form to highlight

    @property
    def message(self) -> str:
        if self.ok:
            return "The words match. Keep your written copy somewhere safe."
        listed = ", ".join(f"#{p}" for p in self.wrong_positions)
        return f"Word {listed} does not match. Look at your written copy and try again."


class MnemonicVerification:
    """Asks for a few randomly chosen words of the phrase, by 1-based position."""

    def __init__(
        self,
        phrase: str,
        challenges: int = DEFAULT_CHALLENGES,
        rng: random.Random | None = None,
    ) -> None:
        self._words = validate_mnemonic(phrase).split(" ")
        if not 1 <= challenges <= len(self._words):
            raise ValueError("ask for between 1 word and all of them")
        chooser = rng or secrets.SystemRandom()
        self.positions: tuple[int, ...] = tuple(
            sorted(chooser.sample(range(1, len(self._words) + 1), challenges))
        )
        self.passed = False

    def check(self, answers: Mapping[int, str]) -> VerificationResult:
        """Compare the user's words (position -> word); `passed` turns true on success."""
        wrong = tuple(
            p
            for p in self.positions
            if normalize_mnemonic(answers.get(p, "")) != self._words[p - 1]
        )
        result = VerificationResult(ok=not wrong, wrong_positions=wrong)
        if result.ok:
            self.passed = True
        return result


class NewWalletDraft:
    """A generated phrase waiting to be verified and saved; nothing is on disk yet."""

    def __init__(self, phrase: str, rng: random.Random | None = None) -> None:
        self.mnemonic = validate_mnemonic(phrase)
        self.verification = MnemonicVerification(self.mnemonic, rng=rng)
        self._skipped = False

    @classmethod
    def generate(cls, words: int = 12, rng: random.Random | None = None) -> NewWalletDraft:
        return cls(generate_mnemonic(words), rng=rng)

    @property
    def words(self) -> list[str]:
        return self.mnemonic.split(" ")

    def skip_verification(self) -> None:
        """The caller takes responsibility (headless `--skip-verify`); say so in the UI."""
        self._skipped = True

    @property
    def ready_to_save(self) -> bool:
        return self.verification.passed or self._skipped
