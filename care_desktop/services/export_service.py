"""`care export`: json (every synced record, deterministic), csv (one file per type), htcds.

An export leaves the encrypted store: it is written with owner-only permissions and audited.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import select

from care_desktop.db import record_store
from care_desktop.db.migrate import head_revision
from care_desktop.db.record_tables import attachment_blobs, table
from care_desktop.db.store import Store
from care_desktop.domain import codes as c
from care_desktop.domain import records as r
from care_desktop.domain.audit import AuditAction
from care_desktop.domain.countries import country
from care_desktop.domain.schema import Kind, RecordSpec, Value, is_list
from care_desktop.services.bundle_files import write_private
from care_desktop.services.unit_of_work import Work, writing

EXPORT_FORMAT = "care-desktop-export"
EXPORT_VERSION = 1
# users are exported when a record refers to them: the data's people, not every device's login
USER_REFERENCES = tuple(
    (spec, field.name)
    for spec in r.ALL_RECORDS
    for field in spec.fields
    if field.kind is Kind.REF and field.ref == "user"
)


def _rows(work: Work, spec: RecordSpec) -> list[dict[str, Value]]:
    t = table(spec)
    return [
        {"id": record_id, **values}
        for record_id, values in record_store.select_records(work.session, spec, order_by=[t.c.id])
    ]


def collect(work: Work) -> dict[str, list[dict[str, Value]]]:
    """Every synced record by type, sorted by id; users only as far as records refer to them."""
    data = {spec.export_key: _rows(work, spec) for spec in r.ALL_RECORDS if spec is not r.USER}
    referenced: set[str] = set()
    for spec, name in USER_REFERENCES:
        if spec is r.USER:
            continue
        referenced.update(str(row[name]) for row in data[spec.export_key] if row.get(name))
    data[r.USER.export_key] = [row for row in _rows(work, r.USER) if row["id"] in referenced]
    return data


def _blobs(work: Work, digests: Iterable[str]) -> list[dict[str, Value]]:
    wanted = sorted(set(digests))
    if not wanted:
        return []
    query = select(attachment_blobs).where(attachment_blobs.c.sha256.in_(wanted))
    rows = work.session.execute(query.order_by(attachment_blobs.c.sha256)).all()
    return [
        {"sha256": row.sha256, "size": row.size, "data": base64.b64encode(row.data).decode()}
        for row in rows
    ]


def json_document(work: Work) -> dict[str, Any]:
    data: dict[str, Any] = dict(collect(work))
    data["attachment_contents"] = _blobs(
        work, (str(row["sha256"]) for row in data["attachments"] if row.get("sha256"))
    )
    data["_format"] = {
        "name": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "data_model": head_revision(),
    }
    return data


def dumps(document: Mapping[str, Any]) -> bytes:
    """Canonical JSON: sorted keys, fixed separators, UTF-8, a final newline."""
    text = json.dumps(
        document, ensure_ascii=False, sort_keys=True, indent=1, separators=(",", ": ")
    )
    return (text + "\n").encode("utf-8")


def _csv_value(spec: RecordSpec, name: str, value: Value) -> str:
    if value is None:
        return ""
    field = spec.field(name) if name != "id" else None
    if field is not None and is_list(field):
        return ";".join(value)  # type: ignore[arg-type]
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def csv_files(work: Work) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    data = collect(work)
    for spec in r.ALL_RECORDS:
        buffer = io.StringIO()
        names = ["id", *(field.name for field in spec.fields)]
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(names)
        for row in data[spec.export_key]:
            writer.writerow([_csv_value(spec, n, row.get(n)) for n in names])
        files[f"{spec.export_key}.csv"] = buffer.getvalue().encode("utf-8")
    return files


# --- HTCDS ------------------------------------------------------------------------------------


def _htcds_code(code_list: c.CodeList, value: Value) -> str | None:
    found = code_list.get(str(value)) if value is not None else None
    return found.htcds if found is not None else None


def _htcds_codes(code_list: c.CodeList, values: object) -> str | None:
    names = [_htcds_code(code_list, str(v)) for v in (values or [])]  # type: ignore[attr-defined]
    kept = sorted({n for n in names if n})
    return ";".join(kept) if kept else None


def _alpha2(code: Value) -> str | None:
    return country(str(code)).alpha2 if code else None


def _by_case(rows: list[dict[str, Value]]) -> dict[str, list[dict[str, Value]]]:
    grouped: dict[str, list[dict[str, Value]]] = {}
    for row in rows:
        grouped.setdefault(str(row["case_id"]), []).append(row)
    return grouped


def htcds_document(work: Work) -> dict[str, Any]:
    """Person rows (Person, Victim context, Case, Consent, referral and support-plan fields of
    one case) and Organization rows, with HTCDS 2.0 field names and picklist value names."""
    data = collect(work)
    identities = {str(row["case_id"]): row for row in data["identities"]}
    profiles = {str(row["case_id"]): row for row in data["trafficking_profiles"]}
    assessments = _by_case(data["assessments"])
    consents = _by_case(data["consents"])
    referrals = _by_case(data["referrals"])
    measures = _by_case(data["assistance_measures"])
    people = []
    for case in data["cases"]:
        case_id = str(case["id"])
        who = identities.get(case_id, {})
        profile = profiles.get(case_id, {})
        latest = sorted(assessments.get(case_id, []), key=lambda a: str(a["assessed_on"]))
        assessment = latest[-1] if latest else {}
        languages = [str(code) for code in case.get("languages") or []]  # type: ignore[union-attr]
        referral = sorted(referrals.get(case_id, []), key=lambda x: str(x["referred_on"]))
        last_referral = referral[-1] if referral else {}
        consent_given = any(
            row["scope"] == "services" and not row.get("withdrawn_on")
            for row in consents.get(case_id, [])
        )
        closure = c.CLOSURE_REASON.get(str(case.get("closure_reason")))
        row: dict[str, Any] = {
            "prs_FirstName": who.get("given_name"),
            "prs_SecondName": who.get("family_name"),
            "prs_Birthdate": case.get("date_of_birth"),
            "prs_Gender": _htcds_code(c.GENDER, case.get("gender")),
            "prs_MaritalStatus": _htcds_code(c.MARITAL_STATUS, who.get("marital_status")),
            "prs_HighestLevelOfEducation": _htcds_code(
                c.EDUCATION_LEVEL, who.get("education_level")
            ),
            "prs_PrimaryLanguage": languages[0] if languages else None,
            "prs_SecondaryLanguage": languages[1] if len(languages) > 1 else None,
            "prs_Citizenship": case.get("nationality"),
            "prs_IdentityNumber": who.get("document_number"),
            "prs_Email": who.get("email"),
            "prs_MobilePhone": who.get("phone"),
            "prs_MailingStreet": who.get("address"),
            "prs_MailingCity": case.get("place_of_return"),
            "prs_MailingCountry": _alpha2(case.get("country_of_return")),
            "vic_AgreementToManagePersonalData": consent_given,
            "vic_TraffickingStatus": _htcds_code(
                c.TRAFFICKING_STATUS, case.get("trafficking_status")
            ),
            "vic_RelationshipToTrafficker": _htcds_code(
                c.TRAFFICKER_RELATIONSHIP, profile.get("trafficker_relationship")
            ),
            "vic_AgeWhenTrafficked": profile.get("age_when_trafficked"),
            "vic_MethodOfRecruitment": _htcds_codes(
                c.RECRUITMENT_METHOD, profile.get("recruitment_methods")
            ),
            "vic_RecruitmentWebsitesAndApps": _htcds_codes(
                c.RECRUITMENT_APP, profile.get("recruitment_apps")
            ),
            "vic_MethodsOfControl": _htcds_codes(c.CONTROL_METHOD, profile.get("control_methods")),
            "vic_TypeOfExploitation": _htcds_codes(
                c.EXPLOITATION_TYPE, profile.get("exploitation_types")
            ),
            "vic_ForcedLabourIndustry": _htcds_code(
                c.LABOUR_INDUSTRY, profile.get("labour_industry")
            ),
            "vic_TypeOfSexExploitation": _htcds_codes(
                c.SEX_EXPLOITATION_TYPE, profile.get("sex_exploitation_types")
            ),
            "vic_Vulnerabilities": _htcds_codes(c.VULNERABILITY, assessment.get("vulnerabilities")),
            "vic_DetailsOfVulnerabilities": assessment.get("vulnerability_details"),
            "cas_Status": _case_status(case),
            "cas_ReasonForCaseClosure": closure.label if closure else None,
            "cas_CaseOwner": case.get("officer_id"),
            "cas_ReferredOrganisation": last_referral.get("partner_id"),
            "cas_OutgoingReferralDate": last_referral.get("referred_on"),
            "cas_ReasonForOutgoingReferral": "AdditionalServicesRequired"
            if last_referral
            else None,
            "cas_OutgoingReferralDetails": last_referral.get("reason"),
            "spl_Type": _htcds_codes(
                c.ASSISTANCE_CATEGORY, [m["category"] for m in measures.get(case_id, [])]
            ),
            "con_Consent": consent_given,
        }
        people.append({k: v for k, v in row.items() if v not in (None, "")})
    organisations = [
        {
            k: v
            for k, v in {
                "org_Name": partner.get("name"),
                "org_Type": _htcds_code(c.ORGANISATION_TYPE, partner.get("organisation_type")),
                "org_ShippingCountry": _alpha2(partner.get("country")),
                "org_ShippingCity": partner.get("city"),
                "org_Phone": partner.get("contact"),
            }.items()
            if v not in (None, "")
        }
        for partner in data["partners"]
    ]
    return {"Person": people, "Organization": organisations}


def _case_status(case: Mapping[str, Value]) -> str | None:
    if case.get("status") == "closed" and case.get("closure_reason") == "referred":
        return "ClosedReferred"
    return _htcds_code(c.CASE_STATUS, case.get("status"))


def export(store: Store, output_format: str, out: Path) -> int:
    """Write the export; returns the number of records written."""
    with writing(store) as work:
        if output_format == "json":
            document = json_document(work)
            write_private(out, dumps(document))
            count = sum(len(v) for k, v in document.items() if not k.startswith("_"))
        elif output_format == "csv":
            files = csv_files(work)
            count = sum(data.count(b"\n") - 1 for data in files.values())
            if out.suffix.lower() == ".zip":
                buffer = io.BytesIO()
                with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                    for name in sorted(files):
                        archive.writestr(zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0)), files[name])
                write_private(out, buffer.getvalue())
            else:
                out.mkdir(parents=True, exist_ok=True, mode=0o700)
                for name, data in files.items():
                    write_private(out / name, data)
        else:
            document = htcds_document(work)
            write_private(out, dumps({"standard": "HTCDS 2.0", **document}))
            count = len(document["Person"]) + len(document["Organization"])
        work.audit(AuditAction.EXPORT, detail=f"{output_format}: {count} records")
        return count
