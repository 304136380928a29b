"""Translations outside Qt: reads the same Qt `.ts` catalogues that the interface uses.

One source of truth for every language: the `.ts` files under resources/translations. The
interface installs them through a QTranslator (ui/translator.py); the command line and error
messages read them here, without Qt.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache

from care_desktop.paths import resource_path

SOURCE_LANGUAGE = "en"
LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "pt": "Português",
}

_current = SOURCE_LANGUAGE


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source) → translation for one language; unfinished entries are left out."""
    path = resource_path("translations", f"care_{language}.ts")
    if language == SOURCE_LANGUAGE or not path.is_file():
        return {}
    tree = ET.parse(path)  # noqa: S314 - our own file, shipped with the application
    result: dict[tuple[str, str], str] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete"}:
                continue
            if translation.text:
                result[(name, source)] = translation.text
    return result


def set_language(language: str) -> None:
    """Choose the language of messages for this process."""
    global _current  # noqa: PLW0603 - one language per process, chosen at start-up
    _current = language if language in LANGUAGES else SOURCE_LANGUAGE


def current_language() -> str:
    return _current


def system_language() -> str:
    """The language of the environment (CARE_LANG, then LC_ALL/LC_MESSAGES/LANG), if we have it."""
    for variable in ("CARE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            code = value.split(".")[0].split("_")[0].lower()
            return code if code in LANGUAGES else SOURCE_LANGUAGE
    code = (locale.getlocale()[0] or SOURCE_LANGUAGE).split("_")[0].lower()
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def translate(context: str, text: str) -> str:
    """The translation of `text` in the current language, or `text` itself."""
    return catalogue(_current).get((context, text), text)


def translator(language: str) -> Callable[[str, str], str]:
    """A `translate(context, text)` for one language, whatever the interface's: prints choose
    their own (English or French). Name the result `translate` where it is used, so that the
    catalogue extractor (scripts/update_translations.py) finds its literal calls."""
    table = catalogue(language if language in LANGUAGES else SOURCE_LANGUAGE)

    def translate_in(context: str, text: str) -> str:
        return table.get((context, text), text)

    return translate_in
