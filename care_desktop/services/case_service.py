"""Cases: open one (with its identity apart), find it by id or code, change it, list them.

Derived fields (minor, risk level) and the monitoring schedule follow every change in the same
transaction; identity is only read on request, and every such read is audited.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from care_desktop.db import record_store
from care_desktop.db.record_tables import table
from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.domain.case_code import looks_like_case_code, new_case_code
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.person import is_minor_on
from care_desktop.domain.risk import RiskLevel, overall_risk
from care_desktop.domain.schema import Value, normalise
from care_desktop.services import case_list_service, duplicate_service, monitoring_service
from care_desktop.services.case_list_service import CaseFilter, CaseOrder, CaseRow
from care_desktop.services.records import Record, add, audit_read, change, require
from care_desktop.services.unit_of_work import Work, reading, writing


class CaseNotFoundError(UserFacingError):
    template = "No case {reference} on this device. Check the case code (such as NGA-7KQ3-MZ2P)."


class AmbiguousCaseCodeError(UserFacingError):
    template = "Several cases have the code {reference}; use the case id instead."


@dataclass(frozen=True, slots=True)
class CreatedCase:
    case: Record
    identity: Record | None
    duplicates: tuple[duplicate_service.Candidate, ...]


def resolve(work: Work, reference: str) -> tuple[str, dict[str, Value]]:
    """The case of an id or a case code."""
    text = reference.strip()
    t = table(r.CASE)
    if looks_like_case_code(text):
        found = record_store.select_records(
            work.session, r.CASE, t.c.case_code == text.upper(), limit=2
        )
        if len(found) > 1:
            raise AmbiguousCaseCodeError(reference=text.upper())
        if found:
            return found[0]
    values = record_store.get_record(work.session, r.CASE, text.lower())
    if values is None:
        raise CaseNotFoundError(reference=text[:40])
    return text.lower(), values


def _date(value: Value) -> date | None:
    return date.fromisoformat(str(value)) if value else None


def minor_reference_date(values: Mapping[str, Value], today: date) -> date:
    """Minority is judged on arrival, else at identification, else today (docs/data-model.md)."""
    return _date(values.get("arrival_date")) or _date(values.get("identified_on")) or today


def derived_minor(values: Mapping[str, Value], today: date) -> bool | None:
    age = values.get("estimated_age")
    return is_minor_on(
        minor_reference_date(values, today),
        _date(values.get("date_of_birth")),
        int(age) if isinstance(age, int) else None,
        _date(values.get("identified_on")) or today,
    )


def case_risk(work: Work, case_id: str) -> RiskLevel | None:
    """The risk level of the latest assessment that has risk items."""
    t = table(r.ASSESSMENT)
    assessments = record_store.select_records(
        work.session,
        r.ASSESSMENT,
        t.c.case_id == case_id,
        t.c.risk_level.is_not(None),
        order_by=[t.c.assessed_on.desc(), t.c.id.desc()],
        limit=1,
    )
    if not assessments:
        return None
    return RiskLevel(str(assessments[0][1]["risk_level"]))


def assessment_risk(work: Work, assessment_id: str) -> RiskLevel | None:
    t = table(r.RISK_ITEM)
    items = record_store.select_records(
        work.session, r.RISK_ITEM, t.c.assessment_id == assessment_id
    )
    return overall_risk(RiskLevel(str(values["level"])) for _, values in items if values["level"])


def refresh(work: Work, case_id: str) -> None:
    """Bring derived fields and the monitoring schedule in line with the case's data."""
    values = require(work, r.CASE, case_id)
    risk = case_risk(work, case_id)
    derived = {
        "is_minor": derived_minor(values, work.today),
        "risk_level": str(risk) if risk else None,
    }
    record_store.update_record(work.session, r.CASE, case_id, derived, values)
    monitoring_service.sync_schedule(work, case_id)


def create_case(
    store: Store,
    values: Mapping[str, Any],
    identity: Mapping[str, Any] | None = None,
    *,
    today: date | None = None,
) -> CreatedCase:
    """Open a case (status identified) with its identity; flags likely duplicates, never merges."""
    with writing(store, today) as work:
        country = normalise(r.CASE.field("country_of_return"), values.get("country_of_return"))
        derived: dict[str, Value] = {
            "case_code": new_case_code(str(country)),
            "status": "identified",
        }
        given = dict(values)
        given.setdefault("identified_on", work.today.isoformat())
        if work.user_id and "officer_id" not in given:
            given["officer_id"] = work.user_id
        case = add(work, r.CASE, given, derived=derived)
        identity_record = None
        if identity:
            identity_record = add(work, r.IDENTITY, {**identity, "case_id": case.id})
        refresh(work, case.id)
        candidates = duplicate_service.index_and_flag(work, case.id)
        final = require(work, r.CASE, case.id)
        return CreatedCase(Record("case", case.id, final), identity_record, tuple(candidates))


def update_case(
    store: Store, reference: str, changes: Mapping[str, Any], *, today: date | None = None
) -> Record:
    """Change fields of a case through the same validation as the application."""
    with writing(store, today) as work:
        case_id, _ = resolve(work, reference)
        change(work, r.CASE, case_id, changes)
        refresh(work, case_id)
        if {"date_of_birth", "estimated_age"} & set(changes):
            duplicate_service.index_and_flag(work, case_id)
        return Record("case", case_id, require(work, r.CASE, case_id))


def set_identity(
    store: Store, reference: str, values: Mapping[str, Any], *, today: date | None = None
) -> Record:
    """Create or change the identity of a case (names, contacts, documents)."""
    with writing(store, today) as work:
        case_id, _ = resolve(work, reference)
        existing = record_store.select_records(
            work.session, r.IDENTITY, table(r.IDENTITY).c.case_id == case_id, limit=1
        )
        if existing:
            record, _ = change(work, r.IDENTITY, existing[0][0], values)
        else:
            record = add(work, r.IDENTITY, {**values, "case_id": case_id})
        duplicate_service.index_and_flag(work, case_id)
        return record


def get_case(store: Store, reference: str) -> Record:
    with reading(store) as work:
        case_id, values = resolve(work, reference)
        return Record("case", case_id, values)


def get_identity(store: Store, reference: str) -> Record | None:
    """The identity of a case, shown only on request; the read is audited."""
    with writing(store) as work:
        case_id, _ = resolve(work, reference)
        found = record_store.select_records(
            work.session, r.IDENTITY, table(r.IDENTITY).c.case_id == case_id, limit=1
        )
        if not found:
            return None
        audit_read(work, r.IDENTITY, found[0][0])
        return Record("identity", found[0][0], found[0][1])


def list_cases(
    store: Store,
    *,
    search: str | None = None,
    status: str | None = None,
    country: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[CaseRow]:
    """Cases by code, name or place (names are matched but never returned here)."""
    found = CaseFilter(search=search or "", status=status, country=country)
    return case_list_service.page(store, found, CaseOrder(), offset, limit)


def count_cases(store: Store) -> int:
    return case_list_service.count(store)
