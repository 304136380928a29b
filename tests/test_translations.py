"""English and French from the first string: catalogues in sync, French complete and sound."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from care_desktop import i18n
from care_desktop.domain.errors import WrongPassphraseError
from tests.conftest import run_care

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from update_translations import extract, read_catalogue  # noqa: E402

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def test_catalogues_are_in_sync_with_the_code() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, "run scripts/update_translations.py: " + result.stdout


def test_every_string_has_a_french_translation() -> None:
    catalogue = read_catalogue(ROOT / "resources" / "translations" / "care_fr.ts")
    missing = [
        f"{context}: {source}"
        for context, source in extract()
        if catalogue.get((context, source), ("", "unfinished"))[1] is not None
        or not catalogue[(context, source)][0]
    ]
    assert missing == []


@pytest.mark.parametrize("language", ["fr", "es", "pt"])
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    catalogue = read_catalogue(ROOT / "resources" / "translations" / f"care_{language}.ts")
    for (context, source), (translation, kind) in catalogue.items():
        if not translation or kind is not None:
            continue
        where = f"{language} {context}: {source}"
        assert sorted(PLACEHOLDER.findall(translation)) == sorted(PLACEHOLDER.findall(source)), (
            where
        )
        assert ("&" in source) == ("&" in translation), where


def test_errors_translate_outside_qt() -> None:
    i18n.set_language("fr")
    try:
        assert WrongPassphraseError().message(i18n.translate).startswith("La phrase secrète")
    finally:
        i18n.set_language("en")


def test_the_command_line_speaks_french(db_path: Path) -> None:
    result = run_care("--db", str(db_path), "check", env={"CARE_LANG": "fr"})
    assert result.code == 1
    assert result.stderr.startswith("Il n’y a pas de base de données")
