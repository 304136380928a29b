from __future__ import annotations

import json
from pathlib import Path

import pytest

from care_desktop.domain.settings import AUTO_LOCK_MINUTES, LANGUAGE
from care_desktop.services.settings_service import SettingsStore


def test_settings_persist_and_refuse_bad_values(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    assert store.get(AUTO_LOCK_MINUTES) == 10
    store.set(AUTO_LOCK_MINUTES, 3)
    store.set(LANGUAGE, "fr")
    with pytest.raises(ValueError, match="auto_lock_minutes"):
        store.set(AUTO_LOCK_MINUTES, 0)
    again = SettingsStore(tmp_path)
    assert (again.get(AUTO_LOCK_MINUTES), again.get(LANGUAGE)) == (3, "fr")


def test_a_damaged_settings_file_falls_back_to_defaults(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("{not json")
    assert SettingsStore(tmp_path).get(AUTO_LOCK_MINUTES) == 10
    (tmp_path / "settings.json").write_text(json.dumps({"auto_lock_minutes": "ten", "x": 1}))
    assert SettingsStore(tmp_path).get(AUTO_LOCK_MINUTES) == 10
