"""What every command shares: the database path, passphrases, output and failures."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from care_desktop.domain.errors import (
    MissingNewPassphraseError,
    MissingPassphraseError,
    PassphraseMismatchError,
    UserFacingError,
)
from care_desktop.i18n import translate
from care_desktop.paths import default_database

CTX = "cli"


class Output:
    """Human text or one JSON document on stdout (`--json`)."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def emit(self, document: dict[str, Any], text: str) -> None:
        if self.as_json:
            json.dump(document, sys.stdout, indent=2, sort_keys=True, ensure_ascii=False)
            sys.stdout.write("\n")
        else:
            sys.stdout.write(text.rstrip("\n") + "\n")


def database_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_database()


def _prompt(label: str, missing: type[UserFacingError] = MissingPassphraseError) -> str:
    if not sys.stdin.isatty():
        raise missing()
    return getpass.getpass(label)


def passphrase() -> str:
    """`$CARE_PASSPHRASE`, else a prompt on a terminal, else a clear failure."""
    value = os.environ.get("CARE_PASSPHRASE")
    if value is not None:
        return value
    return _prompt(translate(CTX, "Passphrase: "))


def new_passphrase(*, fallback_to_current: bool = False) -> str:
    """`$CARE_NEW_PASSPHRASE`, else (for init) `$CARE_PASSPHRASE`, else asked twice."""
    value = os.environ.get("CARE_NEW_PASSPHRASE")
    if value is not None:
        return value
    if fallback_to_current and os.environ.get("CARE_PASSPHRASE") is not None:
        return os.environ["CARE_PASSPHRASE"]
    first = _prompt(translate(CTX, "New passphrase: "), MissingNewPassphraseError)
    second = _prompt(translate(CTX, "New passphrase, again: "), MissingNewPassphraseError)
    if first != second:
        raise PassphraseMismatchError()
    return first
