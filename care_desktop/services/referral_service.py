"""Referrals to partner organisations: never without consent to share data with that partner."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.domain.schema import normalise
from care_desktop.services import case_service, consent_service
from care_desktop.services.records import Record, add
from care_desktop.services.unit_of_work import writing


def refer(
    store: Store, case_reference: str, values: Mapping[str, Any], *, today: date | None = None
) -> Record:
    with writing(store, today) as work:
        case_id, _ = case_service.resolve(work, case_reference)
        partner = normalise(r.REFERRAL.field("partner_id"), values.get("partner_id"))
        consent_service.require_consent(work, case_id, "data_sharing", partner_id=str(partner))
        given = {"referred_on": work.today.isoformat(), "status": "proposed", **values}
        return add(work, r.REFERRAL, {**given, "case_id": case_id})
