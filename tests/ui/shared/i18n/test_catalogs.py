"""The translation catalogs: complete, in step with ui/, and the built .qm files current."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.errors.catalog import table
from ui.shared.i18n import translations_dir

HERE = translations_dir()
BIN = Path(sys.executable).parent
LANGUAGES = ("zh_CN", "zh_TW", "en")
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:[:!][^}]*)?\}|%n")
HAN = re.compile(r"[\u4e00-\u9fff]")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = [f.text or "" for f in translation.iter("numerusform")]
    return forms or [translation.text or ""]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated(code: str) -> None:
    messages = _messages(HERE / f"pst_desk_{code}.ts")
    assert len(messages) > (10 if code == "en" else 100)
    for context, source, message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        for text in _texts(message):
            assert text.strip() or not source.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), text
            words = re.search("[a-z]{4}", PLACEHOLDER.sub("", source))
            if code != "en" and words and source.strip() != text.strip():
                assert HAN.search(text), (context, source, text)  # a sentence, not left in English


def test_simplified_and_traditional_differ_where_the_script_does() -> None:
    simplified = {(c, s): _texts(m)[0] for c, s, m in _messages(HERE / "pst_desk_zh_CN.ts")}
    traditional = {(c, s): _texts(m)[0] for c, s, m in _messages(HERE / "pst_desk_zh_TW.ts")}
    assert simplified.keys() == traditional.keys()
    for key, text in traditional.items():
        for char in "们这说钱币户设资据网页络务货库签锁":  # simplified-only characters
            assert char not in text, (key, text)
    assert traditional[("MainWindow", "Wallet")] == "錢包"
    assert simplified[("MainWindow", "Wallet")] == "钱包"


def test_catalogs_cover_every_string_in_ui(tmp_path: Path) -> None:
    """lupdate over ui/ now finds no message the committed .ts lacks (run `make ts`)."""
    fresh = tmp_path / "fresh.ts"
    shutil.copy(HERE / "pst_desk_zh_CN.ts", fresh)
    root = HERE.parents[1]
    files = sorted(str(p) for p in (root / "ui").rglob("*.py"))
    lupdate = [str(BIN / "pyside6-lupdate"), *files, "-ts", str(fresh), "-locations", "none"]
    subprocess.run([*lupdate, "-silent"], check=True, cwd=root)
    unfinished = [
        (context, source)
        for context, source, message in _messages(fresh)
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert not unfinished, f"run `make ts` and translate: {unfinished[:10]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_built_catalogs_are_current_and_load(code: str, tmp_path: Path) -> None:
    built = HERE / f"pst_desk_{code}.qm"
    assert built.exists(), "run `make translations`"
    expected = tmp_path / built.name
    lrelease = [str(BIN / "pyside6-lrelease"), "-silent", str(HERE / f"pst_desk_{code}.ts")]
    subprocess.run([*lrelease, "-qm", str(expected)], check=True)
    assert built.read_bytes() == expected.read_bytes(), "stale .qm: run `make translations`"
    translator = QTranslator()
    assert translator.load(str(built))
    wallet = {"zh_CN": "钱包", "zh_TW": "錢包", "en": ""}[code]
    assert translator.translate("MainWindow", "Wallet") == wallet
    if code == "en":
        assert translator.translate("Words", "%n day(s) ago", "", 2) == "%n days ago"
        # The verb agrees with its number: "1 more waits", "2 rows have".
        more = "%n more wait(s) too."
        assert translator.translate("TreasuryNotices", more, "", 1) == "%n more waits too."
        assert translator.translate("TreasuryNotices", more, "", 2) == "%n more wait too."
        rows = "%n row(s) of the file have problems, so nothing was imported yet. "
        rows += "Import only the valid rows?"
        assert translator.translate("AddressBookPanel", rows, "", 1).startswith(
            "%n row of the file has"
        )


def test_the_treasury_has_one_name_per_script() -> None:
    """资金库 / 資金庫 everywhere: in the GUI catalogs and in the core's message table."""
    other = {"zh_CN": re.compile("(?<!资)金库"), "zh_TW": re.compile("(?<!資)金庫")}
    for code, pattern in other.items():
        texts = [t for _, _, m in _messages(HERE / f"pst_desk_{code}.ts") for t in _texts(m)]
        texts += [getattr(message, code) for message in table().values()]
        assert any(("资金库" if code == "zh_CN" else "資金庫") in t for t in texts)
        assert not [t for t in texts if pattern.search(t)], code
