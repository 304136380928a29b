"""Settings kept outside the database because they are needed before unlock.

Nothing sensitive lives here: language, auto-lock delay, which database file to open, the relay
address and its certificate authority, print defaults. Services read them through a
`SettingsStore` (printing: `print_defaults`; sync: `relay_ca_file`).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, TypeVar

from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.settings import (
    ALL_SETTINGS,
    AUTO_LOCK_MINUTES,
    LANGUAGE,
    PRINT_LANGUAGE,
    PRINT_PAPER,
    PRINT_PROFILE,
    RELAY_CA_FILE,
    Setting,
)
from care_desktop.paths import config_dir

log = logging.getLogger(__name__)

T = TypeVar("T", int, str, bool)
FILENAME = "settings.json"
DEMO_FOLDER = "demo"
# What the demo's own settings start from: how the person works, never where data goes.
_CARRIED_INTO_DEMO = (LANGUAGE, AUTO_LOCK_MINUTES, PRINT_PAPER, PRINT_PROFILE, PRINT_LANGUAGE)


class CaFileError(UserFacingError):
    template: ClassVar[str] = (
        "{path} is not a certificate authority file. Choose the .pem file given by the office, "
        "or leave the field empty."
    )


@dataclass(frozen=True, slots=True)
class PrintDefaults:
    paper: str  # "A4" | "Letter"
    profile: str  # "interview" (no trafficking details, identity documents, budget) | "full"
    language: str  # a language code; never "" (resolved against the interface's)


class SettingsStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or config_dir()) / FILENAME
        self._values: dict[str, object] = self._load()

    def _load(self) -> dict[str, object]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.warning("settings file unreadable; defaults are used")
            return {}
        known = {setting.key for setting in ALL_SETTINGS}
        return {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}

    def get(self, setting: Setting[T]) -> T:
        return setting.coerce(self._values.get(setting.key, setting.default))

    def set(self, setting: Setting[T], value: T) -> None:
        """Keep `value`; a value the setting cannot take is a bug here (ValueError)."""
        if setting.coerce(value) != value:
            raise ValueError(f"{setting.key} cannot take that value")
        self._values[setting.key] = value
        self._save()

    def change(self, setting: Setting[T], value: T) -> None:
        """Keep a value a person chose; one that cannot be kept raises the sentence saying why."""
        problem = check(setting, value)
        if problem is not None:
            raise problem
        self.set(setting, value)

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(f".{FILENAME}.{secrets.token_hex(4)}.tmp")
        temporary.write_text(json.dumps(self._values, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(temporary, self.path)

    def for_demo(self) -> SettingsStore:
        """The demo database's own settings, in a sub-folder: no relay (the demo never syncs),
        and the language, lock delay and print defaults of these settings to start with."""
        demo = SettingsStore(self.path.parent / DEMO_FOLDER)
        if not demo.path.exists():
            for setting in _CARRIED_INTO_DEMO:
                demo._values[setting.key] = setting.coerce(self._values.get(setting.key))
            demo._save()
        return demo


def check(setting: Setting[T], value: T) -> UserFacingError | None:
    """None when `value` can be kept, else what is wrong (a file setting: the file is read)."""
    problem = setting.problem(value)
    if problem is None and setting is RELAY_CA_FILE and value:
        problem = check_ca_file(str(value))
    return problem


def check_ca_file(path: str) -> UserFacingError | None:
    """None when `path` holds at least one certificate in PEM form (what TLS will load)."""
    try:
        ssl.create_default_context(cafile=path)
    except (OSError, ssl.SSLError, ValueError):
        return CaFileError(path=path)
    return None


def relay_ca_file(settings: SettingsStore) -> Path | None:
    """The certificate authority sync trusts for the relay; None: the system's."""
    value = settings.get(RELAY_CA_FILE).strip()
    return Path(value) if value else None


def print_defaults(settings: SettingsStore, interface_language: str) -> PrintDefaults:
    return PrintDefaults(
        paper=settings.get(PRINT_PAPER),
        profile=settings.get(PRINT_PROFILE),
        language=settings.get(PRINT_LANGUAGE) or interface_language,
    )
