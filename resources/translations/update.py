"""Refresh the translation sources: `make ts` (or `python resources/translations/update.py`).

1. `pyside6-lupdate` reads every string marked for translation under ui/ into
   `pst_desk_zh_CN.ts`, `pst_desk_zh_TW.ts` (all messages) and `pst_desk_en.ts` (plural forms
   only: "%n day(s) ago" -> "1 day ago" / "2 days ago").
2. Each message gets its translation from the catalogs in `zh/` (English source -> Simplified,
   Traditional; a "Context|source" key overrides one context), written into the .ts as finished.
3. It lists what has no translation yet; `--check` fails when anything is missing.

The .ts files are committed; the .qm files are built from them by `make translations`.
"""

from __future__ import annotations

import argparse
import importlib
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LUPDATE = ROOT / ".venv" / "bin" / "pyside6-lupdate"
LANGUAGES = ("zh_CN", "zh_TW")
CATALOGS = (
    "common", "merchants", "wallet", "treasury", "vault", "portfolio", "domain", "powers",
    "screener", "bank", "treasury_approvals", "market",
)  # fmt: skip
# Sources whose "(s)" ends a verb, not a noun: the singular takes the "s" ("1 more waits").
EN_VERB_PLURALS = {"%n more wait(s) too.": ("%n more waits too.", "%n more wait too.")}


def ts_path(code: str) -> Path:
    return HERE / f"pst_desk_{code}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def lupdate(code: str, *, plural_only: bool = False) -> None:
    args = [str(LUPDATE), *sources(), "-ts", str(ts_path(code)), "-no-obsolete"]
    args += ["-locations", "none", "-target-language", code, "-silent"]
    if plural_only:
        args.append("-pluralonly")
    subprocess.run(args, cwd=ROOT, check=True)


def catalog() -> dict[str, tuple[str, str]]:
    sys.path.insert(0, str(HERE))
    merged: dict[str, tuple[str, str]] = {}
    for name in CATALOGS:
        module = importlib.import_module(f"zh.{name}")
        for key, value in module.STRINGS.items():
            if key in merged and merged[key] != value:
                raise SystemExit(f"{name}: {key!r} translated twice, differently")
            merged[key] = value
    return merged


def english_plural(source: str) -> tuple[str, str]:
    """'%n day(s) ago' -> ('%n day ago', '%n days ago'); the verb after the noun agrees
    ('%n row(s) have' -> '%n row has'); a "(s)" that ends a verb is spelt out above."""
    if source in EN_VERB_PLURALS:
        return EN_VERB_PLURALS[source]
    one = source.replace("(s) are", " is").replace("(s) were", " was")
    one = one.replace("(s) of the file have", " of the file has").replace("(s)", "")
    many = source.replace("(s)", "s")
    return one, many


def _finish(translation: ET.Element, forms: list[str], numerus: bool) -> None:
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if numerus:
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]


def fill(code: str, strings: dict[str, tuple[str, str]] | None) -> list[str]:
    """Write translations into the .ts; returns the sources still missing."""
    path = ts_path(code)
    tree = ET.parse(path)
    missing: list[str] = []
    column = LANGUAGES.index(code) if strings is not None else -1
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            assert translation is not None
            if strings is None:  # English plural forms
                _finish(translation, list(english_plural(source)), numerus)
                continue
            comment = message.findtext("comment")
            keys = [f"{name}|{source}", f"{source}|{comment}" if comment else "", source]
            found = next((strings[k] for k in keys if k and k in strings), None)
            if found is None:
                if translation.get("type") == "unfinished" or _empty(translation):
                    missing.append(f"{name}: {source}")
                continue
            _check_placeholders(source, found[column], code)
            _finish(translation, [found[column]], numerus)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def _empty(translation: ET.Element) -> bool:
    texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
    return not any(t.strip() for t in texts)


PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:[:!][^}]*)?\}|%L?n|%\d")


def _check_placeholders(source: str, text: str, code: str) -> None:
    """A translation keeps every {name} and %n of its source (else .format() would fail)."""
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
        raise SystemExit(f"{code}: placeholders differ in {text!r} for {source!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when a message is missing")
    args = parser.parse_args(argv)
    strings = catalog()
    missing: list[str] = []
    for code in LANGUAGES:
        lupdate(code)
        missing += [f"{code} {m}" for m in fill(code, strings)]
    lupdate("en", plural_only=True)
    fill("en", None)
    for line in missing:
        print("untranslated:", line)
    print(f"{len(missing)} untranslated message(s)")
    return 1 if missing and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
