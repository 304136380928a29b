"""One service call, one transaction: who is writing, on which device, on what day.

`Work` is handed to the domain-aware helpers inside a service call; it owns the session of the
write transaction and knows the acting user, the device and today's date (which tests fix).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from care_desktop.db.models import Device
from care_desktop.db.store import Store
from care_desktop.domain.audit import AuditAction
from care_desktop.services.audit_service import add_entry
from care_desktop.sync import capture


@dataclass
class Work:
    session: Session
    store: Store
    user_id: str | None
    device_id: str
    today: date

    def audit(
        self,
        action: AuditAction,
        *,
        record_type: str | None = None,
        record_id: str | None = None,
        detail: str | None = None,
    ) -> None:
        add_entry(
            self.session,
            self.user_id,
            action,
            record_type=record_type,
            record_id=record_id,
            detail=detail,
        )


def new_id() -> str:
    return str(uuid.uuid4())


def _device_id(session: Session) -> str:
    return session.execute(select(Device.id)).scalar_one()


@contextmanager
def writing(store: Store, today: date | None = None) -> Iterator[Work]:
    """A write transaction: everything in the block commits together or not at all, the change
    log included (every record write is captured for sync in this same transaction)."""
    with store.write() as session:
        capture.install(session, store.user_id)
        yield Work(session, store, store.user_id, _device_id(session), today or date.today())


@contextmanager
def reading(store: Store, today: date | None = None) -> Iterator[Work]:
    with store.read() as session:
        yield Work(session, store, store.user_id, _device_id(session), today or date.today())


def plain(values: Mapping[str, object]) -> dict[str, object]:
    return dict(values)
