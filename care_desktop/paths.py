"""Where CARE Desktop keeps its files: per-user folders (platformdirs) and shipped resources."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "CARE Desktop"
APP_AUTHOR = "IOM"
DATABASE_FILENAME = "care.db"


def data_dir() -> Path:
    """The folder of the encrypted database; `$CARE_DATA_DIR` overrides it (tests, IT staff)."""
    override = os.environ.get("CARE_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """Non-sensitive settings that are needed before unlock (language, auto-lock delay)."""
    override = os.environ.get("CARE_CONFIG_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    """Log files; they never hold record contents, names or keys."""
    override = os.environ.get("CARE_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def default_database() -> Path:
    """`$CARE_DB` when set, else the database in the per-user data folder (CLI.md)."""
    override = os.environ.get("CARE_DB")
    return Path(override) if override else data_dir() / DATABASE_FILENAME


def demo_database(real: Path) -> Path:
    """The demo database of "Explore with demo data": in a folder of its own beside the real
    database, so nothing of the demo (its key file, sync folders, status) mixes with the real."""
    return real.parent / "demo" / real.name


def resource_path(*parts: str) -> Path:
    """A file shipped under resources/ (a real path: Qt and reportlab need one)."""
    root = resources.files("care_desktop.resources")
    return Path(str(root.joinpath(*parts)))
