"""Assessments and their risk items: each item's level comes from the likelihood × severity
matrix, the assessment's from its highest item, the case's from its latest assessment."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from care_desktop.db import record_store
from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.domain.risk import risk_level
from care_desktop.domain.schema import validate_record
from care_desktop.services import case_service
from care_desktop.services.records import Record, add, change, require
from care_desktop.services.unit_of_work import Work, writing


def add_assessment(
    store: Store, case_reference: str, values: Mapping[str, Any], *, today: date | None = None
) -> Record:
    with writing(store, today) as work:
        case_id, _ = case_service.resolve(work, case_reference)
        given = {"assessed_on": work.today.isoformat(), **values, "case_id": case_id}
        if work.user_id:
            given.setdefault("assessor_id", work.user_id)
        record = add(work, r.ASSESSMENT, given)
        case_service.refresh(work, case_id)
        return record


def _level(values: Mapping[str, Any]) -> str:
    clean = validate_record(r.RISK_ITEM, values, complete=False)
    return str(risk_level(int(clean["likelihood"]), int(clean["severity"])))  # type: ignore[arg-type]


def _rederive(work: Work, assessment_id: str, case_id: str) -> None:
    level = case_service.assessment_risk(work, assessment_id)
    record_store.update_record(
        work.session, r.ASSESSMENT, assessment_id, {"risk_level": str(level) if level else None}
    )
    case_service.refresh(work, case_id)


def add_risk(
    store: Store, assessment_id: str, values: Mapping[str, Any], *, today: date | None = None
) -> Record:
    """A risk on the likelihood × severity matrix (1–5 each)."""
    with writing(store, today) as work:
        assessment = require(work, r.ASSESSMENT, assessment_id)
        case_id = str(assessment["case_id"])
        given = {**values, "assessment_id": assessment_id, "case_id": case_id}
        record = add(work, r.RISK_ITEM, given, derived={"level": _level(given)})
        _rederive(work, assessment_id, case_id)
        return record


def change_risk(
    store: Store, risk_id: str, changes: Mapping[str, Any], *, today: date | None = None
) -> Record:
    with writing(store, today) as work:
        current = require(work, r.RISK_ITEM, risk_id)
        merged = {
            "likelihood": changes.get("likelihood", current["likelihood"]),
            "severity": changes.get("severity", current["severity"]),
        }
        record, _ = change(work, r.RISK_ITEM, risk_id, changes, derived={"level": _level(merged)})
        _rederive(work, str(current["assessment_id"]), str(current["case_id"]))
        return record
