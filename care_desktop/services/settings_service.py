"""Settings kept outside the database because they are needed before unlock.

Nothing sensitive lives here: language, auto-lock delay, which database file to open.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
from pathlib import Path
from typing import TypeVar

from care_desktop.domain.settings import ALL_SETTINGS, Setting
from care_desktop.paths import config_dir

log = logging.getLogger(__name__)

T = TypeVar("T", int, str, bool)
FILENAME = "settings.json"


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
        if setting.coerce(value) != value:
            raise ValueError(f"{setting.key} cannot take that value")
        self._values[setting.key] = value
        self._save()

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(f".{FILENAME}.{secrets.token_hex(4)}.tmp")
        temporary.write_text(json.dumps(self._values, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(temporary, self.path)
