"""The local audit log: every open, view, print, export and import is written here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from care_desktop.db.models import AuditEntry, Device
from care_desktop.db.store import Store
from care_desktop.db.types import utcnow
from care_desktop.domain.audit import AuditAction


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: datetime
    user_id: str | None
    device_id: str
    action: str
    record_type: str | None
    record_id: str | None
    detail: str | None


def add_entry(
    session: Session,
    user_id: str | None,
    action: AuditAction,
    *,
    record_type: str | None = None,
    record_id: str | None = None,
    detail: str | None = None,
) -> None:
    """Write one entry inside the caller's transaction (so it commits with the action)."""
    # a missing device row is reported by `care check`; the audit entry is still written
    device_id = session.execute(select(Device.id).limit(1)).scalar() or "unknown"
    session.add(
        AuditEntry(
            at=utcnow(),
            user_id=user_id,
            device_id=device_id,
            action=str(action),
            record_type=record_type,
            record_id=record_id,
            detail=detail,
        )
    )


def record(
    store: Store,
    action: AuditAction,
    *,
    record_type: str | None = None,
    record_id: str | None = None,
    detail: str | None = None,
) -> None:
    """Write one entry in its own transaction, as the user who opened the store."""
    with store.write() as session:
        add_entry(
            session,
            store.user_id,
            action,
            record_type=record_type,
            record_id=record_id,
            detail=detail,
        )


def entries(store: Store, *, limit: int = 200, record_id: str | None = None) -> list[AuditRow]:
    with store.read() as session:
        query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
        if record_id is not None:
            query = query.where(AuditEntry.record_id == record_id)
        return [
            AuditRow(
                e.id, e.at, e.user_id, e.device_id, e.action, e.record_type, e.record_id, e.detail
            )
            for e in session.scalars(query)
        ]
