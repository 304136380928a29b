"""What the donor indicator report is made of: aggregate numbers only, as plain frozen data.

The service (services/indicator_service.py) fills these; the PDF (indicator_report.py) and the
CSV (indicator_csv.py) lay them out. Nothing here names or describes a person: every figure is
a count, a sum or a mean, and a figure of fewer than `SMALL_CELL` persons in a disaggregation is
already withheld (`Figure.suppressed`) before it reaches a layout.
"""

from __future__ import annotations

from dataclasses import dataclass

SMALL_CELL = 5
"""A disaggregated figure resting on 1 to SMALL_CELL - 1 persons is shown as "<5"."""

AGE_GROUPS = ("0-11", "12-17", "18-24", "25-59", "60+")
"""Age in whole years on arrival (else at identification)."""

UNKNOWN = "unknown"
"""The category of a disaggregation where the record does not say (no gender, no birth date)."""

CASE_DIMENSIONS = ("sex", "age_group", "country_of_return", "host_country", "exploitation_type")
TRAINING_DIMENSIONS = ("organisation_type", "sex")

# Indicators (the `indicator` of a Series), in the report's order. The first ten are the
# dashboard's (codes.INDICATOR) under the same definitions; `rss` and `budget` are the report's.
ASSESSED = "assessed"
ASSISTED_TO_RETURN = "assisted_to_return"
ARRIVAL_ASSISTANCE = "arrival_assistance"
REINTEGRATION_MEASURES = "reintegration_measures"
PLANS_WITHIN_MONTH = "plans_within_month"
CHILDREN_WITH_BID = "children_with_bid"
VISITS = "visits_done"
REACHED_12_MONTHS = "reached_12_months"
RSS = "rss"
BUDGET = "budget"
TRAININGS_HELD = "trainings_held"
PROFESSIONALS_TRAINED = "professionals_trained"
INDICATORS = (
    ASSESSED,
    ASSISTED_TO_RETURN,
    ARRIVAL_ASSISTANCE,
    REINTEGRATION_MEASURES,
    PLANS_WITHIN_MONTH,
    CHILDREN_WITH_BID,
    VISITS,
    REACHED_12_MONTHS,
    RSS,
    BUDGET,
    TRAININGS_HELD,
    PROFESSIONALS_TRAINED,
)

# Measures (what a Series counts).
PERSONS = "persons"  # distinct persons (cases)
ITEMS = "items"  # records: measures, plans, visits, sessions, participants
DONE = "done"  # visits completed
DUE = "due"  # visits due (completed, missed or still planned; cancelled ones are not due)
SURVEYS = "surveys"  # surveys scored
MEAN_SCORES = ("economic", "social", "psychosocial", "composite")  # RSS means, 0 to 1
PLANNED = "planned"  # amounts, in the currency's major unit
SPENT = "spent"


@dataclass(frozen=True, slots=True)
class Figure:
    """One number; `value` is None when withheld (`suppressed`) or when there is nothing to
    average. Counts are int, means and amounts float."""

    value: int | float | None
    suppressed: bool = False


@dataclass(frozen=True, slots=True)
class Breakdown:
    """One disaggregation of a Series: (category code, figure), in a stable order."""

    dimension: str  # of CASE_DIMENSIONS or TRAINING_DIMENSIONS
    cells: tuple[tuple[str, Figure], ...]

    def cell(self, category: str) -> Figure | None:
        return next((figure for name, figure in self.cells if name == category), None)


@dataclass(frozen=True, slots=True)
class Series:
    """One quantity of an indicator: a total (exact, never withheld) and its disaggregations.

    `detail` narrows the indicator: an assistance category, a visit slot ("month-3"...), a
    currency and phase ("EUR arrival"), or "" for the indicator as a whole.
    """

    indicator: str
    measure: str
    detail: str
    total: Figure
    breakdowns: tuple[Breakdown, ...] = ()

    def breakdown(self, dimension: str) -> Breakdown | None:
        return next((b for b in self.breakdowns if b.dimension == dimension), None)


@dataclass(frozen=True, slots=True)
class IndicatorReport:
    start: str | None  # first day of the period (ISO), None: since the first record
    end: str  # last day (ISO), today at the latest
    programme: str | None  # the programme's name, None: every programme
    printed_on: str  # ISO date
    demo: bool  # made from a demo database: every page says so
    series: tuple[Series, ...]
    targets: tuple[tuple[str, int], ...]  # (indicator, programme target), for the first ten
    rss_weights: str  # the RSS weight set's version
    rss_official: bool  # False: placeholder weights, scores provisional

    def find(self, indicator: str, measure: str, detail: str = "") -> Series | None:
        return next(
            (
                s
                for s in self.series
                if s.indicator == indicator and s.measure == measure and s.detail == detail
            ),
            None,
        )

    def of(self, indicator: str) -> tuple[Series, ...]:
        return tuple(s for s in self.series if s.indicator == indicator)

    def target(self, indicator: str) -> int | None:
        return dict(self.targets).get(indicator)
