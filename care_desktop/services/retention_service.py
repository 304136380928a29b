"""Retention and erasure: anonymise a closed case after its retention period, erase on request.

Anonymising erases identity, whereabouts and free text (statistics keep gender, nationality,
countries, dates of steps, codes, birth year); erasing removes every value of the case and all
its records. Both are for coordinators. Erased values are overwritten in the database file
(secure_delete) and the write-ahead log is checkpointed and truncated, so that no readable copy
stays on this device; the sync change log carries the erasure to every replica.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, select

from care_desktop.db import record_store
from care_desktop.db.models import Device
from care_desktop.db.record_tables import attachment_blobs, case_name_keys, table
from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.domain.audit import AuditAction
from care_desktop.domain.errors import Msg, UserFacingError
from care_desktop.domain.roles import Role
from care_desktop.domain.schema import ERASED_BY_ANONYMISATION, RecordSpec
from care_desktop.services import case_service
from care_desktop.services.unit_of_work import Work, writing

RETENTION_YEARS = 5


class CoordinatorOnlyError(UserFacingError):
    template = "Only a coordinator's device can {action}. Ask the office."


class RetentionNotOverError(UserFacingError):
    template = (
        "This case can be anonymised from {date} ({years} years after it was closed). Until then "
        "its data is kept; erase it only on the person's request."
    )


class NotClosedError(UserFacingError):
    template = "Only a closed case can be anonymised. Close it first."


def _require_coordinator(work: Work, action: Msg) -> None:
    role = work.session.execute(select(Device.role)).scalar()
    if role != Role.COORDINATOR:
        raise CoordinatorOnlyError(action=action)


def _case_records(work: Work, case_id: str) -> list[tuple[RecordSpec, str]]:
    found = []
    for spec in r.CASE_RECORDS:
        t = table(spec)
        for record_id in work.session.scalars(select(t.c.id).where(t.c.case_id == case_id)):
            found.append((spec, record_id))
    return found


def _release_blobs(work: Work, digests: set[str]) -> None:
    """Delete attachment contents that no remaining attachment refers to."""
    attachments = table(r.ATTACHMENT)
    for digest in digests:
        still = work.session.execute(
            select(attachments.c.id).where(
                attachments.c.sha256 == digest, attachments.c.deleted.is_(False)
            )
        ).first()
        if still is None:
            work.session.execute(
                delete(attachment_blobs).where(attachment_blobs.c.sha256 == digest)
            )


def _checkpoint(store: Store) -> None:
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def anonymise(store: Store, case_reference: str, *, today: date | None = None) -> None:
    with writing(store, today) as work:
        _require_coordinator(work, Msg("retention", "anonymise a case"))
        case_id, case = case_service.resolve(work, case_reference)
        if case.get("status") != "closed" or not case.get("closed_on"):
            raise NotClosedError()
        closed = date.fromisoformat(str(case["closed_on"]))
        allowed = closed.replace(year=closed.year + RETENTION_YEARS)
        if work.today < allowed:
            raise RetentionNotOverError(date=allowed.isoformat(), years=RETENTION_YEARS)
        digests: set[str] = set()
        for spec, record_id in [(r.CASE, case_id), *_case_records(work, case_id)]:
            values = record_store.get_record(work.session, spec, record_id)
            if values is None:
                continue
            erased = [
                field.name
                for field in spec.fields
                if field.sensitivity in ERASED_BY_ANONYMISATION and values.get(field.name)
            ]
            if spec is r.ATTACHMENT:
                digests.add(str(values.get("sha256")))
                record_store.tombstone(work.session, spec, record_id, erase=True)
                continue
            # erased here and, through the change log, from the history on every replica
            record_store.erase_fields(work.session, spec, record_id, erased)
        birth = case.get("date_of_birth")
        if birth:  # the birth year stays for statistics; the date itself is erased
            record_store.erase_fields(work.session, r.CASE, case_id, ["date_of_birth"])
        kept = {
            "date_of_birth": f"{str(birth)[:4]}-07-01" if birth else None,
            "dob_estimated": True if birth else case.get("dob_estimated"),
            "anonymised_on": work.today.isoformat(),
        }
        record_store.update_record(work.session, r.CASE, case_id, kept)
        work.session.execute(delete(case_name_keys).where(case_name_keys.c.case_id == case_id))
        _release_blobs(work, digests)
        work.audit(AuditAction.ANONYMISE, record_type="case", record_id=case_id)
    _checkpoint(store)


def erase(store: Store, case_reference: str, *, today: date | None = None) -> None:
    """Erase a case on the person's request: every record of it, every value."""
    with writing(store, today) as work:
        _require_coordinator(work, Msg("retention", "erase a case"))
        case_id, _ = case_service.resolve(work, case_reference)
        digests: set[str] = set()
        for spec, record_id in _case_records(work, case_id):
            values = record_store.get_record(work.session, spec, record_id)
            if spec is r.ATTACHMENT and values is not None:
                digests.add(str(values.get("sha256")))
            record_store.tombstone(work.session, spec, record_id, erase=True)
        # the case row stays as a tombstone (sync), with no value left but its id
        record_store.tombstone(work.session, r.CASE, case_id, erase=True)
        work.session.execute(delete(case_name_keys).where(case_name_keys.c.case_id == case_id))
        _release_blobs(work, digests)
        work.audit(AuditAction.ERASE, record_type="case", record_id=case_id)
    _checkpoint(store)
