"""Words of the core inside a sentence (reasons, statuses, field names, a quoted cause) follow the
sentence's language; a raise site still passing English is shown as is, never lost."""

from __future__ import annotations

import copy
import pickle

from app.errors import WORDED, AppError, Phrase, Sentences
from app.vault.errors import BindingIncomplete, VaultInputError
from app.wallet.errors import WrongPassword


def test_a_phrase_is_its_english_text_and_renders_in_other_languages() -> None:
    field = Phrase("vault.field.login")
    assert field == "The login" and isinstance(field, str)
    assert field.text("zh_CN") == "登录名" and field.text("zh_TW") == "登入名稱"
    for twin in (copy.deepcopy(field), pickle.loads(pickle.dumps(field))):
        assert twin.text("zh_TW") == "登入名稱"


def test_a_sentence_renders_its_phrases_and_quoted_causes_in_its_own_language() -> None:
    empty = VaultInputError("vault.field_empty", what=Phrase("vault.field.login"))
    assert empty.user_message == "The login must not be empty."
    assert empty.text("zh_CN") == "登录名不能为空。"
    incomplete = BindingIncomplete("M00001", 2, WrongPassword())
    assert "The password does not open this account" in incomplete.user_message
    assert "密码无法解锁此账户" in incomplete.text("zh_CN")
    assert "密碼無法解鎖此帳戶" in incomplete.text("zh_TW")


def test_sentences_join_the_english_way_or_the_chinese_way() -> None:
    both = Sentences([Phrase("amount.zero"), Phrase("amount.too_large")])
    assert both.text("en") == "The amount must be more than zero. The amount is too large."
    assert both.text("zh_CN") == "金额必须大于零。金额过大。"


def test_an_english_sentence_from_a_raise_site_is_kept_and_framed() -> None:
    error = AppError("The node refused the transaction: nonce too low.")
    assert error.code == WORDED
    assert error.user_message == "The node refused the transaction: nonce too low."
    assert error.text("zh_TW").endswith("nonce too low.") and error.text("zh_TW") != error.text()
