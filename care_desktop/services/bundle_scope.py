"""Which case and country a write belongs to, and which cases may leave for the office."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from care_desktop.db.record_tables import table
from care_desktop.db.sync_tables import changes
from care_desktop.domain import records as r


def case_of(
    session: Session, record_type: str, record_id: str, values: Mapping[str, Any]
) -> str | None:
    if record_type == "case":
        return record_id
    spec = r.RECORDS[record_type]
    if not spec.case_scoped:
        return None
    if values.get("case_id"):
        return str(values["case_id"])
    t = table(spec)
    found: str | None = session.execute(select(t.c.case_id).where(t.c.id == record_id)).scalar()
    return found


def country_of(session: Session, case_id: str, pending: Mapping[str, str]) -> str | None:
    if case_id in pending:
        return pending[case_id]
    t = table(r.CASE)
    found: str | None = session.execute(
        select(t.c.country_of_return).where(t.c.id == case_id)
    ).scalar()
    if found is None:  # a deleted or erased case: its history still says where it belongs
        for row in session.execute(
            select(changes.c.field_values)
            .where(changes.c.record_type == "case", changes.c.record_id == case_id)
            .order_by(changes.c.stamp.desc())
        ):
            country = json.loads(row.field_values).get("country_of_return")
            if country:
                return str(country)
    return found


def transfer_allowed(session: Session) -> set[str]:
    """Cases whose transfer-to-office consent is active today (withdrawn: the case stays)."""
    t = table(r.CONSENT)
    today = datetime.now(UTC).date().isoformat()
    allowed: set[str] = set()
    for row in session.execute(
        select(t.c.case_id, t.c.given_on, t.c.withdrawn_on).where(
            t.c.scope == "transfer_to_office", t.c.deleted.is_(False)
        )
    ):
        if (
            row.given_on
            and row.given_on <= today
            and not (row.withdrawn_on and row.withdrawn_on <= today)
        ):
            allowed.add(row.case_id)
    return allowed
