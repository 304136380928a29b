"""The indicator report's figures worked out again, in plain Python, from a `care export --format
json` document: no SQL, no code of the report's service. Each figure keeps the persons behind
it, so that a test can check which cells the report had to withhold.
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from care_desktop.domain.rss import WeightSet, instrument_by_version, score

SLOTS = ("month-3", "month-6", "month-12")
DIMENSIONS = ("sex", "age_group", "country_of_return", "host_country", "exploitation_type")


@dataclass
class Cell:
    value: float = 0
    persons: set[str] = field(default_factory=set)
    scored: int = 0  # for means: how many values were added


@dataclass
class Figure:
    """A total and, per dimension and category, a cell."""

    total: Cell = field(default_factory=Cell)
    cells: dict[str, dict[str, Cell]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(Cell))
    )


def _age_group(case: dict[str, Any]) -> str:
    reference = case.get("arrival_date") or case.get("identified_on")
    born = case.get("date_of_birth")
    if not born and case.get("estimated_age") is not None and case.get("identified_on"):
        seen = date.fromisoformat(case["identified_on"])
        year = seen.year - int(case["estimated_age"]) - (1 if seen.month < 7 else 0)
        born = f"{year:04d}-07-01"
    if not reference or not born:
        return "unknown"
    on, birth = date.fromisoformat(reference), date.fromisoformat(born)
    age = on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))
    for bound, group in ((12, "0-11"), (18, "12-17"), (25, "18-24"), (60, "25-59")):
        if age < bound:
            return group
    return "60+"


def _month_after(arrival: str) -> str:
    day = date.fromisoformat(arrival)
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last)).isoformat()


class Oracle:
    def __init__(
        self,
        document: dict[str, Any],
        *,
        start: str | None,
        end: str,
        today: str,
        programme: str | None = None,
    ) -> None:
        self.doc, self.start, self.end, self.today = document, start, end, today
        self.cases = {
            c["id"]: c
            for c in document["cases"]
            if programme is None or c.get("programme_id") == programme
        }
        self.programme = programme
        kinds: dict[str, list[str]] = {}
        for profile in document["trafficking_profiles"]:
            kinds[profile["case_id"]] = list(profile.get("exploitation_types") or [])
        self.dims = {
            case_id: {
                "sex": case.get("gender") or "unknown",
                "age_group": _age_group(case),
                "country_of_return": case.get("country_of_return") or "unknown",
                "host_country": case.get("host_country") or "unknown",
                "exploitation_type": kinds.get(case_id) or ["unknown"],
            }
            for case_id, case in self.cases.items()
        }
        self.figures: dict[tuple[str, str, str], Figure] = defaultdict(Figure)

    def in_period(self, day: str | None) -> bool:
        return bool(day) and (self.start is None or day >= self.start) and day <= self.end

    def add(self, key: tuple[str, str, str], case_id: str, value: float) -> None:
        """Add `value` for one record of a case, under the total and each of its categories."""
        figure = self.figures[key]
        for cell in [figure.total] + [
            figure.cells[name][category]
            for name in DIMENSIONS
            for category in _as_list(self.dims[case_id][name])
        ]:
            cell.value += value
            cell.persons.add(case_id)
            cell.scored += 1

    def count_persons(self, key: tuple[str, str, str], case_ids: Iterable[str]) -> None:
        for case_id in set(case_ids):
            self.add(key, case_id, 1)

    def compute(self, weights: WeightSet) -> dict[tuple[str, str, str], Figure]:  # noqa: PLR0912
        cases, doc = self.cases, self.doc
        self.count_persons(
            ("assessed", "persons", ""),
            (a["case_id"] for a in doc["assessments"]
             if a["case_id"] in cases and self.in_period(a.get("assessed_on"))),
        )  # fmt: skip
        self.count_persons(
            ("assisted_to_return", "persons", ""),
            (i for i, c in cases.items() if self.in_period(c.get("departure_date"))),
        )
        arrival: dict[str, set[str]] = defaultdict(set)
        for m in doc["assistance_measures"]:
            if m["case_id"] not in cases or m.get("phase") not in ("arrival", "reintegration"):
                continue
            if m.get("status") not in ("delivered", "partly_delivered"):
                continue
            if not self.in_period(m.get("delivered_on")):
                continue
            case_id, phase, category = m["case_id"], m["phase"], m["category"]
            if phase == "arrival":
                arrival[""].add(case_id)
                arrival[category].add(case_id)
            else:
                self.add(("reintegration_measures", "items", ""), case_id, 1)
                self.add(("reintegration_measures", "items", category), case_id, 1)
            if m.get("currency"):
                detail = f"{phase}/{m['currency']}"
                self.add(("budget", "planned", detail), case_id, m.get("planned_amount") or 0)
                self.add(("budget", "spent", detail), case_id, m.get("spent_amount") or 0)
        for category, persons in arrival.items():
            self.count_persons(("arrival_assistance", "persons", category), persons)
        for plan in doc["reintegration_plans"]:
            case = cases.get(plan["case_id"])
            arrived = case and case.get("arrival_date")
            if not arrived or arrived > self.today or not self.in_period(plan.get("agreed_on")):
                continue
            if plan["agreed_on"] <= _month_after(arrived):
                self.add(("plans_within_month", "items", ""), plan["case_id"], 1)
        determinations: dict[str, list[str]] = defaultdict(list)
        for bid in doc["best_interests"]:
            if bid.get("kind") == "determination":
                determinations[bid["case_id"]].append(bid["conducted_on"])
        self.count_persons(
            ("children_with_bid", "persons", ""),
            (i for i, c in cases.items()
             if c.get("is_minor") and self.in_period(c.get("departure_date"))
             and any(day <= c["departure_date"] for day in determinations[i])),
        )  # fmt: skip
        visits = {v["id"]: v for v in doc["monitoring_visits"]}
        for v in visits.values():
            if v["case_id"] not in cases or v.get("slot") not in SLOTS:
                continue
            if not (v.get("window_end") and v["window_end"] < self.today):
                continue
            if not self.in_period(v["window_end"]):
                continue
            if v.get("status") != "cancelled":
                self.add(("visits_done", "due", v["slot"]), v["case_id"], 1)
            if v.get("status") == "completed":
                self.add(("visits_done", "done", v["slot"]), v["case_id"], 1)
                if v["slot"] == "month-12":
                    self.add(("reached_12_months", "persons", ""), v["case_id"], 1)
        for s in doc["rss_surveys"]:
            if s["case_id"] not in cases or not self.in_period(s.get("surveyed_on")):
                continue
            visit = visits.get(s.get("visit_id") or "")
            slot = visit["slot"] if visit and visit.get("slot") in SLOTS else "other"
            scores = score(instrument_by_version(s["instrument_version"]), weights, s["answers"])
            self.add(("rss", "surveys", slot), s["case_id"], 1)
            for name in ("economic", "social", "psychosocial", "composite"):
                value = getattr(scores, name)
                if value is not None:
                    self.add(("rss", name, slot), s["case_id"], value)
        return self.figures

    def trainings(self) -> tuple[int, Figure]:
        sessions = {
            s["id"]
            for s in self.doc["training_sessions"]
            if self.in_period(s.get("date"))
            and (self.programme is None or s.get("programme_id") == self.programme)
        }
        trained = Figure()
        for p in self.doc["training_participants"]:
            if p["session_id"] in sessions and p.get("attended"):
                for cell in (
                    trained.total,
                    trained.cells["organisation_type"][p.get("organisation_type") or "unknown"],
                    trained.cells["sex"][p.get("sex") or "unknown"],
                ):
                    cell.value += 1
                    cell.persons.add(p["id"])
        return len(sessions), trained


def _as_list(value: str | list[str]) -> list[str]:
    return value if isinstance(value, list) else [value]
