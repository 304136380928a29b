"""`care demo`: realistic synthetic cases in every stage, with all their records.

Deterministic: the same seed on the same database gives the same data (dates are counted from a
fixed day, `as_of`, not from today). Fast: rows are made in memory and written by executemany in
batches of a few hundred cases, each batch one transaction. Values are valid by construction;
tests/services/test_demo_service.py runs every row through the validation of the schema.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from care_desktop.db import record_store
from care_desktop.db.record_tables import case_name_keys, table
from care_desktop.db.store import Store
from care_desktop.domain import codes as c
from care_desktop.domain import records as r
from care_desktop.domain.case_code import new_case_code
from care_desktop.domain.demo_names import (
    CURRENCIES,
    HOST_COUNTRIES,
    LANGUAGES,
    NAMES,
    PLACES,
    RETURN_COUNTRY_WEIGHTS,
)
from care_desktop.domain.duplicates import PersonKey, blocking_keys
from care_desktop.domain.person import is_minor_on
from care_desktop.domain.risk import overall_risk, risk_level
from care_desktop.domain.rss import CURRENT_INSTRUMENT
from care_desktop.domain.schedule import add_months, generate, template_for
from care_desktop.domain.schema import RecordSpec, Value
from care_desktop.domain.workflow import Status
from care_desktop.services.monitoring_service import RSS_SLOTS
from care_desktop.services.unit_of_work import writing

DEMO_AS_OF = date(2026, 11, 15)
BATCH = 250
NAMESPACE = uuid.UUID("7f3d1c2e-5b0a-4c1e-9a51-ca4e00000000")

RISKS = (
    "Recruiter lives in the home community",
    "Debt owed to the network",
    "Family pressure to migrate again",
    "Stigma on return",
    "No income on arrival",
    "Health condition needs follow-up",
)
OBJECTIVES = {
    "economic": ("Start a small tailoring business", "Find paid work in catering", "Learn a trade"),
    "social": ("Find stable housing", "Obtain a national identity card", "Return to school"),
    "psychosocial": (
        "Attend counselling sessions",
        "Rebuild family relations",
        "Join a support group",
    ),
}
TRAINEE_GIVEN = ("Camille", "Julien", "Sarah", "Nicolas", "Léa", "Karim", "Inès", "Thomas")
TRAINEE_FAMILY = ("Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Haddad", "Petit")
TRAINEE_ORGANISATION = {
    "ofii": "OFII",
    "border_police": "Police aux frontières",
    "gendarmerie": "Gendarmerie nationale",
    "labour_inspectorate": "Inspection du travail",
}
NOTES = (
    "Phone call: settling in, asked about the start-up kit.",
    "Met at the office; documents submitted to the registry.",
    "Home visit postponed at the person's request.",
    "Counselling attended; reports sleeping better.",
    "Training centre confirmed enrolment for the next intake.",
)


@dataclass
class Batch:
    rows: dict[str, list[tuple[str, dict[str, Value]]]] = field(default_factory=dict)
    name_keys: list[dict[str, str]] = field(default_factory=list)

    def add(self, spec: RecordSpec, record_id: str, values: dict[str, Value]) -> None:
        self.rows.setdefault(spec.name, []).append((record_id, values))


@dataclass(frozen=True)
class Base:
    programmes: tuple[str, str]
    offices: dict[str, str]  # country → office id ("FRA" for Paris)
    officers: dict[str, list[str]]  # country → user ids
    partners: dict[str, list[str]]  # country → partner ids


def _fixed_id(*parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


class Generator:
    def __init__(self, seed: int, as_of: date, offset: int) -> None:
        # the offset (cases already there) keeps a second run from repeating ids or codes
        self.rng = random.Random(f"{seed}:{offset}")  # noqa: S311 - synthetic data, not secrets
        self.as_of = as_of

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def pick(self, weights: dict[str, int]) -> str:
        return self.rng.choices(list(weights), weights=list(weights.values()))[0]

    def day(self, start: date, low: int, high: int) -> date:
        return start + timedelta(days=self.rng.randint(low, high))

    # --- one case -------------------------------------------------------------------------

    def case(self, batch: Batch, base: Base) -> None:  # noqa: PLR0912, PLR0915 - a life, in order
        rng = self.rng
        country = self.pick(RETURN_COUNTRY_WEIGHTS)
        female_names, male_names, families = NAMES[country]
        gender = rng.choices(
            ["Feminine", "Masculine", "TransgenderFeminine", "NonSpecifiedUnknown"],
            weights=[78, 19, 2, 1],
        )[0]
        given = rng.choice(male_names if gender == "Masculine" else female_names)
        family = rng.choice(families)
        minor = rng.random() < 0.15
        # more recent cases than old ones, as in a programme that grows
        recent = rng.random() < 0.05  # some just identified, not yet assessed
        days_ago = rng.randint(0, 1) if recent else int(rng.triangular(2, 800, 150))
        identified = self.as_of - timedelta(days=days_ago)
        age = rng.randint(14, 17) if minor else rng.randint(18, 46)
        born = identified - timedelta(days=age * 365 + rng.randint(0, 364))
        estimated = rng.random() < 0.1
        case_id = self.uid()
        events: list[tuple[Status, Status, date]] = []
        status = Status.IDENTIFIED
        when = identified
        officer = rng.choice(base.officers[country])
        paris_officer = rng.choice(base.officers["FRA"])

        def step(target: Status, low: int, high: int) -> bool:
            nonlocal status, when
            candidate = self.day(when, low, high)
            if candidate > self.as_of:
                return False
            events.append((status, target, candidate))
            status, when = target, candidate
            return True

        case: dict[str, Value] = {
            "case_code": new_case_code(country, rng.getrandbits(40)),
            "programme_id": base.programmes[1] if rng.random() < 0.1 else base.programmes[0],
            "trafficking_status": rng.choice(
                ["ActualVictimOfTrafficking"] * 4 + ["PossibleVictimOfTrafficking"]
            ),
            "gender": gender,
            "date_of_birth": born.isoformat(),
            "dob_estimated": estimated,
            "nationality": country,
            "host_country": self.pick(HOST_COUNTRIES),
            "country_of_return": country,
            "place_of_return": rng.choice(PLACES[country]),
            "languages": sorted(rng.sample(LANGUAGES[country], k=min(2, len(LANGUAGES[country])))),
            "office_id": base.offices[country],
            "officer_id": officer,
            "identified_on": identified.isoformat(),
            "remarks": rng.choice(["", "Prefers contact through the shelter.", ""]) or None,
        }
        others = [f"{given} {family}".upper()] if rng.random() < 0.1 else []
        batch.add(
            r.IDENTITY,
            self.uid(),
            {
                "case_id": case_id,
                "given_name": given,
                "family_name": family,
                "other_names": others,
                "phone": f"+000 {rng.randint(10, 99)} {rng.randint(100, 9999):04d}",
                "document_type": rng.choice(["passport", "national_id", "travel_document", None]),
                "document_number": f"X{rng.randint(1000000, 9999999)}",
                "document_country": country,
                "marital_status": rng.choice(["Single", "Married", "Separated", None]),
                "education_level": rng.choice(
                    ["PrimaryEducation", "LowerSecondaryEducation", "UpperSecondaryEducation", None]
                ),
            },
        )
        for key in blocking_keys(PersonKey((given, family, *others), born, estimated, country)):
            batch.name_keys.append({"case_id": case_id, "key": key})
        batch.add(
            r.CONSENT,
            self.uid(),
            {
                "case_id": case_id,
                "scope": "services",
                "given_by": "guardian" if minor else "person",
                "given_on": identified.isoformat(),
            },
        )
        batch.add(
            r.TRAFFICKING_PROFILE,
            self.uid(),
            {
                "case_id": case_id,
                "exploitation_types": sorted(
                    rng.sample(
                        ["SexualExploitation", "ForcedLabour", "Servitude", "ForcedBegging"],
                        k=rng.randint(1, 2),
                    )
                ),
                "control_methods": sorted(
                    rng.sample(list(c.CONTROL_METHOD.values()), k=rng.randint(1, 4))
                ),
                "recruitment_methods": [rng.choice(list(c.RECRUITMENT_METHOD.values()))],
                "trafficker_relationship": rng.choice(list(c.TRAFFICKER_RELATIONSHIP.values())),
                "age_when_trafficked": max(age - rng.randint(0, 3), 10),
                "countries_of_exploitation": [str(case["host_country"])],
            },
        )
        # pre-departure assessment with its risks
        assessment_id = self.uid()
        assessed = self.day(identified, 2, 15)
        levels = []
        for _ in range(rng.randint(1, 3)):
            likelihood, severity = rng.randint(1, 5), rng.randint(1, 5)
            level = risk_level(likelihood, severity)
            levels.append(level)
            batch.add(
                r.RISK_ITEM,
                self.uid(),
                {
                    "case_id": case_id,
                    "assessment_id": assessment_id,
                    "description": rng.choice(RISKS),
                    "likelihood": likelihood,
                    "severity": severity,
                    "level": str(level),
                },
            )
        overall = overall_risk(levels)
        if assessed <= self.as_of:
            batch.add(
                r.ASSESSMENT,
                assessment_id,
                {
                    "case_id": case_id,
                    "kind": "pre_departure",
                    "assessed_on": assessed.isoformat(),
                    "assessor_id": paris_officer,
                    "vulnerabilities": sorted(
                        rng.sample(list(c.VULNERABILITY.values()), k=rng.randint(1, 3))
                    ),
                    "vulnerability_level": rng.choice(["low", "medium", "high"]),
                    "needs": sorted(rng.sample(list(c.NEED.values())[:-1], k=rng.randint(2, 4))),
                    "motivation": rng.choice(["low", "medium", "high"]),
                    "risk_level": str(overall) if overall else None,
                },
            )
            case["risk_level"] = str(overall) if overall else None
        else:
            batch.rows[r.RISK_ITEM.name] = [
                row for row in batch.rows.get(r.RISK_ITEM.name, []) if row[1]["case_id"] != case_id
            ]
        if assessed <= self.as_of and step(
            Status.ASSESSED, (assessed - when).days, (assessed - when).days + 10
        ):
            transfer = self.day(when, 0, 5)
            batch.add(
                r.CONSENT,
                self.uid(),
                {
                    "case_id": case_id,
                    "scope": "transfer_to_office",
                    "given_by": "guardian" if minor else "person",
                    "given_on": min(transfer, self.as_of).isoformat(),
                },
            )
            if minor:
                self._child(batch, case_id, when, country)
            if step(Status.RETURN_APPROVED, 10, 45):
                departure = self.day(when, 5, 30)
                if departure <= self.as_of:
                    case["departure_date"] = departure.isoformat()
                    batch.add(
                        r.MEASURE,
                        self.uid(),
                        {
                            "case_id": case_id,
                            "phase": "pre_departure",
                            "category": rng.choice(["transit_assistance", "medical_checkup"]),
                            "status": "delivered",
                            "delivered_on": departure.isoformat(),
                        },
                    )
                    step(Status.DEPARTED, (departure - when).days, (departure - when).days)
                    arrival = departure + timedelta(days=1)
                    if arrival <= self.as_of:
                        case["arrival_date"] = arrival.isoformat()
                        step(Status.ARRIVED, 1, 1)
                        self._after_arrival(batch, base, case_id, case, arrival, minor, country)
                        if minor:
                            batch.add(
                                r.HANDOVER,
                                self.uid(),
                                {
                                    "case_id": case_id,
                                    "escort_organisation": "IOM",
                                    "departure_on": departure.isoformat(),
                                    "handover_on": arrival.isoformat(),
                                    "receiving_authority": "Child protection services",
                                },
                            )
                        if step(Status.REINTEGRATION, 10, 35) and step(Status.MONITORING, 30, 90):
                            end = add_months(arrival, 12) + timedelta(days=rng.randint(0, 40))
                            if end <= self.as_of:
                                events.append((status, Status.CLOSED, end))
                                status = Status.CLOSED
                                case["closure_reason"] = "completed"
                                case["closed_on"] = end.isoformat()
                                case["early_exit"] = False
        if status is not Status.CLOSED and rng.random() < 0.06:
            end = self.day(when, 1, 60)
            if end <= self.as_of:
                events.append((status, Status.CLOSED, end))
                case["closure_reason"] = rng.choice(
                    ["lost_contact", "voluntary_withdrawal", "re_migrated", "did_not_return"]
                )
                case["closed_on"] = end.isoformat()
                case["early_exit"] = True
                status = Status.CLOSED
        case["status"] = str(status)
        reference = (
            date.fromisoformat(str(case["arrival_date"]))
            if case.get("arrival_date")
            else identified
        )
        case["is_minor"] = is_minor_on(reference, born)
        batch.add(r.CASE, case_id, case)
        for before, after, on in events:
            batch.add(
                r.CASE_EVENT,
                self.uid(),
                {
                    "case_id": case_id,
                    "from_status": str(before),
                    "to_status": str(after),
                    "event_date": on.isoformat(),
                    "user_id": officer if after > Status.RETURN_APPROVED else paris_officer,
                },
            )
        for _ in range(rng.randint(0, 2)):
            batch.add(
                r.NOTE,
                self.uid(),
                {
                    "case_id": case_id,
                    "written_on": self.day(
                        identified, 0, max((self.as_of - identified).days, 0)
                    ).isoformat(),
                    "author_id": officer,
                    "text": rng.choice(NOTES),
                },
            )

    def _child(self, batch: Batch, case_id: str, on: date, country: str) -> None:
        rng = self.rng
        batch.add(
            r.GUARDIAN,
            self.uid(),
            {
                "case_id": case_id,
                "name": f"{rng.choice(NAMES[country][0])} {rng.choice(NAMES[country][2])}",
                "relationship": rng.choice(["Mother", "Aunt", "Grandmother", "Father"]),
                "authority": rng.choice(["parent", "relative_caregiver", "legal_guardian"]),
                "is_primary": True,
            },
        )
        batch.add(
            r.BEST_INTERESTS,
            self.uid(),
            {
                "case_id": case_id,
                "kind": "determination",
                "trigger": rng.choice(["unaccompanied", "return_considered"]),
                "conducted_on": min(on, self.as_of).isoformat(),
                "panel": "Child protection panel",
                "options_considered": ["local_integration", "return_to_family"],
                "decision": "return_recommended",
            },
        )
        batch.add(
            r.FAMILY_ASSESSMENT,
            self.uid(),
            {
                "case_id": case_id,
                "assessed_on": min(on, self.as_of).isoformat(),
                "home_visit_on": min(on, self.as_of).isoformat(),
                "caregiving_capacity": rng.choice(["adequate", "limited"]),
                "protection_risks": sorted(rng.sample(list(c.PROTECTION_RISK.values())[1:5], k=1)),
                "recommendation": rng.choice(["reunify", "reunify_with_support"]),
            },
        )

    def _after_arrival(  # noqa: PLR0917 - one call site, in the life story above
        self,
        batch: Batch,
        base: Base,
        case_id: str,
        case: dict[str, Value],
        arrival: date,
        minor: bool,
        country: str,
    ) -> None:
        rng = self.rng
        for category in (
            "airport_reception",
            rng.choice(["temporary_housing", "secondary_transport", "medical_checkup"]),
        ):
            batch.add(
                r.MEASURE,
                self.uid(),
                {
                    "case_id": case_id,
                    "phase": "arrival",
                    "category": category,
                    "provider_id": rng.choice(base.partners[country]),
                    "status": "delivered",
                    "delivered_on": arrival.isoformat(),
                },
            )
        plan_id = self.uid()
        agreed = self.day(arrival, 7, 40)
        currency = CURRENCIES[country] if rng.random() < 0.3 else "EUR"
        digits = c.currency_digits(currency)
        if agreed <= self.as_of:
            approved = self.day(agreed, 1, 10)
            batch.add(
                r.PLAN,
                plan_id,
                {
                    "case_id": case_id,
                    "status": "approved" if approved <= self.as_of else "agreed",
                    "budget_amount": rng.randint(800, 2500) * 10**digits,
                    "currency": currency,
                    "agreed_on": agreed.isoformat(),
                    "approved_on": approved.isoformat() if approved <= self.as_of else None,
                },
            )
            for dimension, texts in OBJECTIVES.items():
                batch.add(
                    r.OBJECTIVE,
                    self.uid(),
                    {
                        "case_id": case_id,
                        "plan_id": plan_id,
                        "dimension": dimension,
                        "description": rng.choice(texts),
                        "status": "open",
                    },
                )
            for _ in range(rng.randint(2, 4)):
                planned = rng.randint(100, 900) * 10**digits
                delivered_on = self.day(agreed, 10, 200)
                done = delivered_on <= self.as_of
                batch.add(
                    r.MEASURE,
                    self.uid(),
                    {
                        "case_id": case_id,
                        "plan_id": plan_id,
                        "phase": "reintegration",
                        "category": rng.choice(
                            [
                                "business_startup",
                                "vocational_training",
                                "psychosocial_support",
                                "medical_care",
                                "education",
                                "job_placement",
                                "allowance",
                            ]
                        ),
                        "provider_id": rng.choice(base.partners[country]),
                        "status": rng.choice(
                            ["delivered"] * 5 + ["partly_delivered"]
                            if done
                            else ["approved", "in_progress", "planned"]
                        ),
                        "planned_amount": planned,
                        "spent_amount": planned - rng.randint(0, planned // 5) if done else None,
                        "currency": currency,
                        "delivered_on": delivered_on.isoformat() if done else None,
                    },
                )
        for planned_visit in generate(arrival, template_for(minor)):
            finished = planned_visit.window_end < self.as_of
            missed = finished and rng.random() < 0.12
            visit_id = self.uid()
            visit: dict[str, Value] = {
                "case_id": case_id,
                "slot": planned_visit.slot_key,
                "due_date": planned_visit.due_date.isoformat(),
                "window_start": planned_visit.window_start.isoformat(),
                "window_end": planned_visit.window_end.isoformat(),
                "status": "missed" if missed else ("completed" if finished else "planned"),
                "rss_due": planned_visit.slot_key in RSS_SLOTS,
            }
            if finished and not missed:
                visited = self.day(
                    planned_visit.window_start,
                    0,
                    (planned_visit.window_end - planned_visit.window_start).days,
                )
                visit.update(
                    visited_on=visited.isoformat(),
                    visited_by=case["officer_id"],
                    mode=rng.choice(["home", "office", "phone"]),
                    findings_economic="Income from small trade, irregular.",
                    findings_social="Lives with family; relations improving.",
                    findings_psychosocial="Attends counselling; feels safer.",
                )
                if planned_visit.slot_key in RSS_SLOTS:
                    answers = {
                        indicator.code: rng.choice(
                            [a.code for a in indicator.answers if a.code != "na"]
                        )
                        for indicator in CURRENT_INSTRUMENT.indicators
                    }
                    batch.add(
                        r.RSS_SURVEY,
                        self.uid(),
                        {
                            "case_id": case_id,
                            "visit_id": visit_id,
                            "surveyed_on": visited.isoformat(),
                            "instrument_version": CURRENT_INSTRUMENT.version,
                            "answers": dict(sorted(answers.items())),
                        },
                    )
            batch.add(r.VISIT, visit_id, visit)

    def trainings(self, batch: Batch, base: Base, count: int) -> None:
        rng = self.rng
        for _ in range(count):
            session_id = self.uid()
            audience = rng.choice(c.TRAINING_AUDIENCE.values())
            batch.add(
                r.TRAINING_SESSION,
                session_id,
                {
                    "programme_id": base.programmes[0],
                    "date": self.day(self.as_of, -700, 60).isoformat(),
                    "place": rng.choice(["Paris", "Lyon", "Marseille", "Calais", "Lille"]),
                    "audience": audience,
                    "trainers": ["IOM France trainer"],
                    "modules": ["Indicators of trafficking", "Referral to assistance"],
                },
            )
            for _ in range(rng.randint(8, 20)):
                pre = rng.randint(20, 70)
                attended = rng.random() < 0.92
                batch.add(
                    r.TRAINING_PARTICIPANT,
                    self.uid(),
                    {
                        "session_id": session_id,
                        "name": f"{rng.choice(TRAINEE_GIVEN)} {rng.choice(TRAINEE_FAMILY)}",
                        "organisation": TRAINEE_ORGANISATION.get(audience, "Association"),
                        "organisation_type": audience,
                        "function": rng.choice(
                            ["Officer", "Inspector", "Case worker", "Team leader"]
                        ),
                        "sex": rng.choice(["female", "male"]),
                        "attended": attended,
                        "pre_score": pre if attended else None,
                        "post_score": min(100, pre + rng.randint(5, 35)) if attended else None,
                        "found_useful": rng.random() < 0.85 if attended else None,
                        "certificate": attended,
                    },
                )


def _ensure_base(store: Store) -> Base:
    """Programmes with targets, offices, officers and partners: made once, with fixed ids."""
    countries = sorted(RETURN_COUNTRY_WEIGHTS)
    care, care_plus = _fixed_id("programme", "CARE"), _fixed_id("programme", "CARE+")
    offices = {country: _fixed_id("office", country) for country in [*countries, "FRA"]}
    officers = {
        country: [_fixed_id("officer", country, n) for n in range(3 if country == "FRA" else 2)]
        for country in [*countries, "FRA"]
    }
    partners = {
        country: [_fixed_id("partner", country, n) for n in range(3)] for country in countries
    }
    with writing(store) as work:
        if record_store.get_record(work.session, r.PROGRAMME, care) is not None:
            return Base((care, care_plus), offices, officers, partners)
        batch = Batch()
        batch.add(
            r.PROGRAMME,
            care,
            {
                "name": "CARE",
                "donor": "EU AMIF",
                "starts_on": "2024-01-01",
                "ends_on": "2027-12-31",
                "host_countries": sorted(HOST_COUNTRIES),
                "return_countries": countries,
            },
        )
        batch.add(
            r.PROGRAMME,
            care_plus,
            {
                "name": "CARE+",
                "donor": "EU AMIF",
                "starts_on": "2025-06-01",
                "ends_on": "2027-12-31",
                "host_countries": ["FRA"],
                "return_countries": countries,
            },
        )
        for programme, targets in (
            (care, {"assessed": 260, "assisted_to_return": 130, "trainings_held": 5}),
            (care_plus, {"assisted_to_return": 15}),
        ):
            for indicator, target in targets.items():
                batch.add(
                    r.TARGET,
                    _fixed_id("target", programme, indicator),
                    {"programme_id": programme, "indicator": indicator, "target": target},
                )
        for country, office_id in offices.items():
            name = "IOM France (Paris)" if country == "FRA" else f"IOM mission {country}"
            batch.add(
                r.OFFICE,
                office_id,
                {
                    "name": name,
                    "kind": "office" if country == "FRA" else "mission",
                    "country": country,
                },
            )
        for country, ids in officers.items():
            for number, user_id in enumerate(ids, start=1):
                batch.add(
                    r.USER,
                    user_id,
                    {
                        "display_name": f"Demo officer {country}-{number}",
                        "role": "coordinator" if country == "FRA" else "field",
                        "office_id": offices[country],
                        "is_active": True,
                    },
                )
        kinds = ("NGO", "HealthServiceOrganisation", "CorporateBusiness")
        for country, ids in partners.items():
            for number, partner_id in enumerate(ids):
                batch.add(
                    r.PARTNER,
                    partner_id,
                    {
                        "name": f"Demo partner {country}-{number + 1}",
                        "organisation_type": kinds[number],
                        "country": country,
                        "services": ["health"] if number == 1 else ["employment", "shelter"],
                    },
                )
        _write(work.session, batch)
    return Base((care, care_plus), offices, officers, partners)


def _write(session: Session, batch: Batch) -> None:
    # references are checked at commit: a batch is consistent as a whole, not row by row
    session.connection().exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for spec in r.ALL_RECORDS:  # the order of the declarations respects the references
        rows = batch.rows.get(spec.name)
        if rows:
            record_store.insert_many(session, spec, rows)
    if batch.name_keys:
        session.execute(insert(case_name_keys), batch.name_keys)


@dataclass(frozen=True, slots=True)
class DemoReport:
    cases: int
    trainings: int


def generate_demo(
    store: Store,
    cases: int,
    *,
    seed: int = 1,
    as_of: date = DEMO_AS_OF,
    progress: Callable[[int, int], None] | None = None,
) -> DemoReport:
    """Add `cases` synthetic cases (and about one training per hundred cases)."""
    base = _ensure_base(store)
    with store.read() as session:
        offset = int(session.execute(select(func.count()).select_from(table(r.CASE))).scalar_one())
    generator = Generator(seed, as_of, offset)
    trainings = max(1, cases // 100) if cases else 0
    done = 0
    while done < cases:
        size = min(BATCH, cases - done)
        batch = Batch()
        for _ in range(size):
            generator.case(batch, base)
        if done == 0:
            generator.trainings(batch, base, trainings)
        with writing(store, as_of) as work:
            _write(work.session, batch)
        done += size
        if progress is not None:
            progress(done, cases)
    return DemoReport(cases, trainings)
