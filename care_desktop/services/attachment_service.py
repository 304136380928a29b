"""Attachments: contents stored once by SHA-256 inside the encrypted database, size-limited.

A file's name is only a label shown to people: it never becomes a path on this device, and a
saved copy goes where the user chooses.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select

from care_desktop.db.record_tables import attachment_blobs
from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.domain.audit import AuditAction
from care_desktop.domain.errors import UserFacingError
from care_desktop.services import case_service
from care_desktop.services.records import Record, add, require
from care_desktop.services.unit_of_work import writing

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024


class AttachmentTooLargeError(UserFacingError):
    template = "{name} is larger than {limit} MB. Scan it at a lower resolution or split it."


class AttachmentUnreadableError(UserFacingError):
    template = "{name} cannot be read; check that the file exists and that you may open it."


def attach(
    store: Store,
    case_reference: str,
    source: Path,
    *,
    description: str | None = None,
    media_type: str | None = None,
    today: date | None = None,
) -> Record:
    label = source.name[:200]
    try:
        size = source.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise AttachmentTooLargeError(name=label, limit=MAX_ATTACHMENT_BYTES // 2**20)
        data = source.read_bytes()
    except OSError:
        raise AttachmentUnreadableError(name=label) from None
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise AttachmentTooLargeError(name=label, limit=MAX_ATTACHMENT_BYTES // 2**20)
    digest = hashlib.sha256(data).hexdigest()
    with writing(store, today) as work:
        case_id, _ = case_service.resolve(work, case_reference)
        known = work.session.execute(
            select(attachment_blobs.c.sha256).where(attachment_blobs.c.sha256 == digest)
        ).first()
        if known is None:
            work.session.execute(
                insert(attachment_blobs).values(sha256=digest, size=len(data), data=data)
            )
        return add(
            work,
            r.ATTACHMENT,
            {
                "case_id": case_id,
                "name": label,
                "description": description,
                "media_type": media_type or "application/octet-stream",
            },
            derived={"size": len(data), "sha256": digest},
        )


def content(store: Store, attachment_id: str) -> bytes:
    """The bytes of an attachment (audited as a view)."""
    with writing(store) as work:
        attachment = require(work, r.ATTACHMENT, attachment_id)
        row = work.session.execute(
            select(attachment_blobs.c.data).where(attachment_blobs.c.sha256 == attachment["sha256"])
        ).first()
        work.audit(AuditAction.VIEW, record_type="attachment", record_id=attachment_id)
        if row is None:
            raise AttachmentUnreadableError(name=str(attachment["name"]))
        data: bytes = row.data
        if hashlib.sha256(data).hexdigest() != attachment["sha256"]:
            raise AttachmentUnreadableError(name=str(attachment["name"]))
        return data
