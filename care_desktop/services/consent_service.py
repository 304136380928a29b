"""Consent: given per scope, withdrawn by date; every transfer and referral checks it first."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from care_desktop.db import record_store
from care_desktop.db.record_tables import table
from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.domain.errors import Msg, UserFacingError
from care_desktop.services.case_service import resolve
from care_desktop.services.records import Record, add, change, require
from care_desktop.services.unit_of_work import Work, reading, writing


class NoConsentError(UserFacingError):
    template = (
        "This case has no valid consent for {scope}. Record the person's (or guardian's) consent "
        "first; nothing was changed."
    )


def active(work: Work, case_id: str, *, partner_id: str | None = None) -> set[str]:
    """Scopes consented to and not withdrawn as of today (data sharing: with this partner)."""
    t = table(r.CONSENT)
    scopes: set[str] = set()
    for _, values in record_store.select_records(work.session, r.CONSENT, t.c.case_id == case_id):
        given = values.get("given_on")
        withdrawn = values.get("withdrawn_on")
        if not given or str(given) > work.today.isoformat():
            continue
        if withdrawn and str(withdrawn) <= work.today.isoformat():
            continue
        scope = str(values["scope"])
        consent_partner = values.get("partner_id")
        if scope == "data_sharing" and consent_partner and partner_id != consent_partner:
            continue
        scopes.add(scope)
    return scopes


def require_consent(work: Work, case_id: str, scope: str, *, partner_id: str | None = None) -> None:
    if scope not in active(work, case_id, partner_id=partner_id):
        labels = {
            "services": Msg("consent", "receiving assistance"),
            "data_sharing": Msg("consent", "sharing data with this partner"),
            "transfer_to_office": Msg("consent", "transfer to the office of return"),
        }
        raise NoConsentError(scope=labels[scope])


def give(
    store: Store, case_reference: str, values: Mapping[str, Any], *, today: date | None = None
) -> Record:
    with writing(store, today) as work:
        case_id, _ = resolve(work, case_reference)
        given = {"given_on": work.today.isoformat(), **values, "case_id": case_id}
        return add(work, r.CONSENT, given)


def withdraw(store: Store, consent_id: str, *, on: date | None = None) -> Record:
    """Withdrawal stops the case from leaving the device and from new referrals."""
    with writing(store, on) as work:
        require(work, r.CONSENT, consent_id)
        record, _ = change(work, r.CONSENT, consent_id, {"withdrawn_on": work.today.isoformat()})
        return record


def has_active(store: Store, case_id: str, scope: str, *, today: date | None = None) -> bool:
    with reading(store, today) as work:
        return scope in active(work, case_id)
