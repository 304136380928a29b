"""Logging to a rotating file in the per-user log folder.

Logs carry events, counts, codes and exception types, never record contents, names, contacts or
keys: the code logs no such values, and unexpected exceptions are logged as their type and the
file/line/function of each frame, without the message (which may quote SQL parameters).
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
import uuid
from types import TracebackType

from care_desktop.paths import log_dir

LOG_FILENAME = "care-desktop.log"
_handler: logging.Handler | None = None


def configure(level: int = logging.INFO, *, force: bool = False) -> None:
    """Log to the per-user log folder, once per process (`force` moves it to the current one)."""
    global _handler  # noqa: PLW0603 - logging is configured once per process
    if _handler is not None and not force:
        return
    unconfigure()
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        folder / LOG_FILENAME, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    _handler = handler


def unconfigure() -> None:
    global _handler  # noqa: PLW0603
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def describe_exception(kind: type[BaseException], tb: TracebackType | None) -> tuple[str, str]:
    """A reference and a content-free description: exception type plus frame locations."""
    reference = uuid.uuid4().hex[:8]
    frames = traceback.extract_tb(tb)
    lines = [f"{frame.filename}:{frame.lineno} in {frame.name}" for frame in frames]
    description = f"{kind.__module__}.{kind.__qualname__}\n  " + "\n  ".join(lines)
    return reference, description


def log_unexpected(kind: type[BaseException], tb: TracebackType | None, *, where: str) -> str:
    """Log a bug without its message; returns the reference shown to the user."""
    reference, description = describe_exception(kind, tb)
    logging.getLogger("care_desktop.crash").error(
        "unexpected error %s in %s: %s", reference, where, description
    )
    return reference
