"""Version facts the interface shows (About dialog, support tickets, crash reports).

The application version has one source, `care_desktop.__version__` (pyproject reads it too);
the data-model version is the head of the shipped migrations; the build facts are written into
resources/build.json by `make dist` and are absent from a development checkout.
"""

from __future__ import annotations

import json
import logging
import platform
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from care_desktop import __version__
from care_desktop.db.migrate import current_revision, head_revision
from care_desktop.db.store import Store
from care_desktop.paths import resource_path

log = logging.getLogger(__name__)

BUILD_FILE = "build.json"


@dataclass(frozen=True, slots=True)
class BuildInfo:
    commit: str
    date: str  # "2026-11-23 19:40 UTC" when the file gave a readable time, else as written
    platform: str


def application_version() -> str:
    return __version__


def data_model_version() -> str:
    return head_revision()


def python_version() -> str:
    return platform.python_version()


def build(path: Path | None = None) -> BuildInfo | None:
    """The facts of the frozen build, or None for a development build (no build.json)."""
    source = path if path is not None else resource_path(BUILD_FILE)
    try:
        document = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        # a damaged file must not stop the About dialog: it then says "development build"
        log.warning("build facts unreadable: %s", type(error).__name__)
        return None
    if not isinstance(document, dict):
        return None
    return BuildInfo(
        commit=str(document.get("commit", ""))[:12],
        date=_readable_time(str(document.get("date", ""))),
        platform=str(document.get("platform", "")),
    )


def _readable_time(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def database_revision(store: Store) -> str | None:
    """The data-model revision the open database is at (a read: run it on the database thread)."""
    with store.engine.connect() as connection:
        return current_revision(connection)
