"""Applying received writes: scope checks, writes held until their parent arrives, the roster."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from care_desktop.db.record_tables import table
from care_desktop.db.sync_tables import quarantine
from care_desktop.domain import records as r
from care_desktop.domain.roles import Role
from care_desktop.domain.schema import Kind
from care_desktop.services import trust_service
from care_desktop.services.bundle_files import now
from care_desktop.services.bundle_parse import parse_writes
from care_desktop.services.bundle_scope import case_of, country_of
from care_desktop.services.unit_of_work import Work
from care_desktop.sync import bundle as fmt
from care_desktop.sync import changelog
from care_desktop.sync.trust import TrustError, verify_roster

# per record type: its reference fields and the record type each refers to
_REF_FIELDS = {
    name: tuple((f.name, f.ref) for f in spec.fields if f.kind is Kind.REF and f.ref is not None)
    for name, spec in r.RECORDS.items()
}


def _missing_parents(
    session: Session, writes: Sequence[changelog.Incoming], arriving: set[str]
) -> set[tuple[str, str]]:
    """Records whose references point to records neither here nor arriving (batched lookups)."""
    wanted: dict[str, set[str]] = {}  # target table → ids referred to
    refs: list[tuple[tuple[str, str], str, str]] = []
    for item in writes:
        for name, ref_table in _REF_FIELDS[item.record_type]:
            target = item.write.values.get(name)
            if not target or str(target) in arriving:
                continue
            wanted.setdefault(ref_table, set()).add(str(target))
            refs.append(((item.record_type, item.record_id), ref_table, str(target)))
    present: dict[str, set[str]] = {}
    raw: Any = session.connection().connection.driver_connection
    for ref_table, ids in wanted.items():
        name = table(ref_table).name
        found: set[str] = set()
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            query = f'SELECT id FROM "{name}" WHERE id IN ({",".join("?" * len(chunk))})'  # noqa: S608 - placeholders
            found.update(row[0] for row in raw.execute(query, chunk))
        present[ref_table] = found
    return {record for record, ref_table, target in refs if target not in present[ref_table]}


def _hold(session: Session, items: Iterable[changelog.Incoming], reason: str, sender: str) -> int:
    """Keep writes that cannot be applied yet, one row each (held once, however often sent)."""
    count = 0
    for i in items:
        count += 1
        already = session.execute(
            select(quarantine.c.id).where(
                quarantine.c.kind == "writes",
                quarantine.c.sender == i.write.origin,
                quarantine.c.bundle_seq == i.write.seq,
            )
        ).first()
        if already is not None:
            continue
        entry = [
            i.write.origin, i.write.seq, i.write.stamp, i.author, i.record_type, i.record_id,
            dict(i.write.values), {k: list(v) for k, v in i.write.supersedes.items()},
            sorted(i.write.erases), sorted(i.redacted),
        ]  # fmt: skip
        session.execute(
            insert(quarantine).values(
                received_at=now(),
                reason=reason,
                sender=i.write.origin,
                bundle_seq=i.write.seq,
                content=json.dumps([entry]).encode(),
                kind="writes",
                resolved=False,
            )
        )
    return count


def apply_writes(
    work: Work, writes: list[changelog.Incoming], sender: str, scope: set[str] | None
) -> tuple[changelog.ApplyReport, int]:
    session = work.session
    held = 0
    if scope is not None:  # the office checks what a field device may send
        pending = {
            i.record_id: str(i.write.values.get("country_of_return"))
            for i in writes
            if i.record_type == "case" and "country_of_return" in i.write.values
        }
        inside: list[changelog.Incoming] = []
        outside: list[changelog.Incoming] = []
        cases: dict[tuple[str, str], str | None] = {}  # lookups made once per record and case
        countries: dict[str, str | None] = {}
        for item in writes:
            key = (item.record_type, item.record_id)
            if key not in cases or item.write.values.get("case_id"):
                cases[key] = case_of(session, *key, item.write.values)
            case_id = cases[key]
            if case_id and case_id not in countries:
                countries[case_id] = country_of(session, case_id, pending)
            country = countries[case_id] if case_id else None
            (outside if case_id and country not in scope else inside).append(item)
        held += _hold(session, outside, "out-of-scope", sender)
        writes = inside
    arriving = {i.record_id for i in writes}
    waiting = _missing_parents(session, writes, arriving)
    while True:  # a record waiting for its parent holds back the records that need it
        arriving = {i.record_id for i in writes if (i.record_type, i.record_id) not in waiting}
        more = _missing_parents(
            session, [i for i in writes if (i.record_type, i.record_id) not in waiting], arriving
        )
        if more <= waiting:
            break
        waiting |= more
    ready = [i for i in writes if (i.record_type, i.record_id) not in waiting]
    held += _hold(
        session,
        [i for i in writes if (i.record_type, i.record_id) in waiting],
        "waiting-for-parent",
        sender,
    )
    session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    report = changelog.apply_remote(session, ready)
    return report, held


def retry_held(work: Work) -> int:
    """Writes that waited (for a parent, or a roster) are tried again; returns how many applied."""
    session = work.session
    applied = 0
    rows = session.execute(
        select(quarantine).where(quarantine.c.kind == "writes", quarantine.c.resolved.is_(False))
    ).all()
    for row in rows:
        if row.reason != "waiting-for-parent":
            continue
        items = parse_writes(json.loads(row.content), newer_model=False)
        arriving = {i.record_id for i in items}
        if _missing_parents(session, items, arriving):
            continue
        session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        report = changelog.apply_remote(session, items)
        applied += report.applied
        session.execute(update(quarantine).where(quarantine.c.id == row.id).values(resolved=True))
    return applied


def check_roster(session: Session, payload: Mapping[str, Any]) -> tuple[Any, dict[str, Any]] | None:
    document = payload.get("roster")
    if document is None or trust_service.role(session) is not Role.FIELD:
        return None
    office = trust_service.office(session)
    if office is None:
        raise fmt.BundleError("roster")
    try:
        roster = verify_roster(document, office.public_key)
    except TrustError:
        raise fmt.BundleError("roster") from None
    current = trust_service.current_roster(session)
    if current is not None and roster.version < current[0]:
        raise fmt.BundleError("older-roster")
    if current is not None and roster.version == current[0]:
        return None
    return roster, document


def conflict_count(session: Session) -> int:
    from care_desktop.db.sync_tables import record_conflicts  # noqa: PLC0415

    return len(session.execute(select(record_conflicts)).all())
