"""Adding a record of any type by name: the types with rules of their own go to their service,
so that no path (command line, import of a form, interface) can skip a rule."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from care_desktop.db.store import Store
from care_desktop.domain.errors import Msg, UserFacingError
from care_desktop.services import (
    assessment_service,
    assistance_service,
    case_service,
    consent_service,
    records,
    referral_service,
    rss_service,
)
from care_desktop.services.records import Record


class MadeByCareError(UserFacingError):
    template = (
        "{record} records are made by CARE Desktop itself ({how}); they cannot be added by hand."
    )


MADE_BY_CARE = {
    "visit": Msg("entry", "from the arrival date"),
    "case_event": Msg("entry", "by `care case advance`"),
    "case_link": Msg("entry", "by duplicate detection"),
    "attachment": Msg("entry", "by `care attach`"),
}


def add_record(  # noqa: PLR0911 - one route per record type with rules
    store: Store, type_name: str, values: Mapping[str, Any], *, today: date | None = None
) -> Record:
    spec = records.spec_of(type_name)
    given = dict(values)
    case = str(given.pop("case_id", "")) if spec.case_scoped else ""
    if spec.name in MADE_BY_CARE:
        raise MadeByCareError(record=Msg("records", spec.label), how=MADE_BY_CARE[spec.name])
    if spec.name == "case":
        return case_service.create_case(store, given, today=today).case
    if spec.name == "identity":
        return case_service.set_identity(store, case, given, today=today)
    if spec.name == "consent":
        return consent_service.give(store, case, given, today=today)
    if spec.name == "referral":
        return referral_service.refer(store, case, given, today=today)
    if spec.name == "assessment":
        return assessment_service.add_assessment(store, case, given, today=today)
    if spec.name == "risk_item":
        assessment = str(given.pop("assessment_id", ""))
        return assessment_service.add_risk(store, assessment, given, today=today)
    if spec.name == "plan":
        return assistance_service.create_plan(store, case, given, today=today)
    if spec.name == "objective":
        given.pop("plan_id", None)
        return assistance_service.add_objective(store, case, given, today=today)
    if spec.name == "measure":
        return assistance_service.add_measure(store, case, given, today=today)
    if spec.name == "rss_survey":
        answers = given.get("answers") or {}
        return rss_service.record_survey(
            store, case, answers, visit_id=given.get("visit_id"), today=today
        )
    if spec.case_scoped:
        given["case_id"] = case_service.get_case(store, case).id
    return records.create(store, spec.name, given, today=today)
