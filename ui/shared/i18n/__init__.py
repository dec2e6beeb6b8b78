"""The user's language: which one (Settings or the system locale), and Qt translators for it.

English is the source language of every string in ui/ (and the fallback for anything without a
translation). Chinese comes from `resources/translations/pst_desk_<code>.qm`, built by
`make translations` from the `.ts` sources, plus Qt's own `qtbase_<code>.qm` from the PySide6
wheel for its dialogs and context menus. Installing a translator makes Qt send every widget a
`LanguageChange` event; each widget answers it with its own `retranslate()`
(`ui.shared.i18n.retranslating`), and the main window redraws the tables' models.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.errors import Phrase
from app.resources import resource_path
from ui.shared.format import locale as babel_locale

log = logging.getLogger(__name__)

# (setting value, how the choice is shown): each language is named in itself, so a user who
# cannot read the current one still finds theirs.
LANGUAGES = (("en", "English"), ("zh_CN", "简体中文"), ("zh_TW", "繁體中文"))
CODES = tuple(code for code, _ in LANGUAGES)
APP_CATALOG = "pst_desk"
_TRADITIONAL_TERRITORIES = frozenset(
    {QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao}
)


def translations_dir() -> Path:
    """`resources/translations`, from a checkout or inside the frozen app."""
    return resource_path("translations")


def resolve(choice: str, system: QLocale | None = None) -> str:
    """The language code for a Settings choice: 'system' follows the system locale (Chinese
    in Traditional script, or in Taiwan, Hong Kong or Macao -> zh_TW; other Chinese -> zh_CN;
    anything else -> en)."""
    if choice in CODES:
        return choice
    if choice != "system":
        raise ValueError(f"unknown language {choice!r}")
    locale = system if system is not None else QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    if locale.script() == QLocale.Script.TraditionalHanScript:
        return "zh_TW"
    if locale.script() == QLocale.Script.SimplifiedHanScript:
        return "zh_CN"
    return "zh_TW" if locale.territory() in _TRADITIONAL_TERRITORIES else "zh_CN"


def locale_for(code: str, system: QLocale | None = None) -> QLocale:
    """The QLocale numbers and dates are written in: the system's own when it speaks the chosen
    language (an en_GB user keeps day-first dates), else the language's main locale."""
    system = system if system is not None else QLocale.system()
    if resolve("system", system) == code and system.language() != QLocale.Language.C:
        return system
    return QLocale({"en": "en_US", "zh_CN": "zh_CN", "zh_TW": "zh_TW"}[code])


class Language:
    """Installs the translators for a choice and swaps them when the user picks another."""

    def __init__(self, app: QCoreApplication, choice: str = "system") -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.choice = choice
        self.code = ""
        self.apply(choice)

    def apply(self, choice: str) -> str:
        """Use `choice` ('system', 'en', 'zh_CN', 'zh_TW'); returns the language code in use.
        Widgets get a LanguageChange event when the translators change."""
        code = resolve(choice)
        self.choice = choice
        QLocale.setDefault(locale_for(code))
        babel_locale()  # the language's CLDR data, read now rather than at the first figure drawn
        if code == self.code:
            return code
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        self.code = code
        if code != "en":
            self._install(translations_dir(), f"{APP_CATALOG}_{code}")
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            self._install(Path(qt_dir), f"qtbase_{code}")
        else:
            # English plurals ("1 merchant", "2 merchants") come from a plural-only catalog.
            self._install(translations_dir(), f"{APP_CATALOG}_en")
        return code

    def _install(self, folder: Path, name: str) -> None:
        translator = QTranslator(self._app)
        if translator.load(name, str(folder)):
            self._app.installTranslator(translator)
            self._translators.append(translator)
        else:
            log.warning("no translation catalog %s in %s", name, folder)


def current_code() -> str:
    """The language the default QLocale speaks ('en', 'zh_CN' or 'zh_TW')."""
    return resolve("system", QLocale())


def in_language(text: str, language: str | None = None) -> str:
    """A phrase from the core's code table in `language` (default: the current one); any other
    text as it is."""
    if isinstance(text, Phrase):
        return text.text(language or current_code())
    return text
