"""What every print shares: its options, the header's who/where/when, and writing the file."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from care_desktop import i18n
from care_desktop.db import record_store
from care_desktop.db.keyfile import fsync_directory
from care_desktop.db.models import Device
from care_desktop.domain import records as r
from care_desktop.reports.context import PrintContext
from care_desktop.services.unit_of_work import Work


@dataclass(frozen=True, slots=True)
class PrintOptions:
    """The print's language and paper (the print settings' defaults, or the CLI's options)."""

    language: str = i18n.SOURCE_LANGUAGE
    paper: str = "A4"


def print_context(
    work: Work, *, language: str, paper: str, demo: bool, now: datetime | None = None
) -> PrintContext:
    """Who prints, on which device, when: the header of every print."""
    user = record_store.get_record(work.session, r.USER, work.user_id) if work.user_id else None
    office = work.session.execute(select(Device.office)).scalar() or ""
    short = work.device_id[:8]
    return PrintContext(
        printed_at=now or datetime.now(),
        printed_by=str(user.get("display_name")) if user else "?",
        device=f"{office} ({short})" if office else short,
        language=language,
        paper=paper,
        demo=demo,
    )


def context_for(
    work: Work, options: PrintOptions, demo: bool, now: datetime | None = None
) -> PrintContext:
    return print_context(work, language=options.language, paper=options.paper, demo=demo, now=now)


def write_file(path: Path, data: bytes) -> None:
    """Write all of `data` or nothing, flushed to the disk: a half-written file never takes the
    name, and a file reported written survives a power cut."""
    folder = path.parent if str(path.parent) else Path()
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".care-print-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    fsync_directory(folder)
