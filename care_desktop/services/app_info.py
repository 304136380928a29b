"""Version facts the interface shows (About dialog, crash reports)."""

from __future__ import annotations

from care_desktop import __version__
from care_desktop.db.migrate import head_revision


def application_version() -> str:
    return __version__


def data_model_version() -> str:
    return head_revision()
