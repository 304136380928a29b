"""The donor indicator report: outputs and results of a period, disaggregated, aggregates only.

The first ten indicators are the dashboard's, counted by its own queries (see the docstring of
dashboard_service for their definitions; indicator_queries reuses them), with:

- arrival assistance also by type (persons who received each type: a person with two types
  counts under each, once in the total); reintegration measures by category (measures);
- visits done against visits due at each donor slot (3, 6 and 12 months);
- `rss`: the Reintegration Sustainability Surveys dated in the period, at the slot of the visit
  they were taken at ("other" without one), scored with the active weight set: the mean of each
  dimension and of the composite over the surveys where it could be scored;
- `budget`: the planned amounts and the amounts spent of the same assistance measures as the
  dashboard's (arrival and reintegration measures delivered, fully or partly, in the period), by
  phase and currency, in the currency's major unit (amounts in different currencies never add);
- trainings held, and professionals trained (attended) by organisation type and sex.

Disaggregations of the case-based figures: sex (the gender recorded, HTCDS values), age group
(indicator_data.AGE_GROUPS: whole years on arrival, else at identification), country of return,
host country and exploitation type (a case with several types counts once under each, so that
breakdown adds up to more than the total; one without a trafficking profile is "unknown").

Small cells: in a disaggregation of a case-based figure, a cell resting on 1 to 4 persons is
withheld ("<5"); when only one cell of a breakdown would be withheld, the next smallest is too,
so that it cannot be found by subtracting the others from the total. Totals are exact. Training
figures count professionals, not the persons the programme protects, and are never withheld.

Each report writes one audit entry in the same transaction that reads its figures: `print` for
the PDF (a document to be read and handed over, like the other prints), `export` for the CSV
(data for another program, like `care export`). Measured on 100,000 demo cases: see
docs/indicator-report.md.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from care_desktop.db.record_tables import table
from care_desktop.db.store import Store
from care_desktop.domain import codes as c
from care_desktop.domain import records as r
from care_desktop.domain.audit import AuditAction
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.rss import WeightSet
from care_desktop.domain.schedule import VisitStatus
from care_desktop.reports import indicator_data as d
from care_desktop.reports.indicator_csv import indicator_csv
from care_desktop.reports.indicator_data import Breakdown, Figure, IndicatorReport, Series
from care_desktop.reports.indicator_report import indicator_pdf
from care_desktop.services import demo_database, rss_service
from care_desktop.services.dashboard_service import (
    VISIT_SLOTS,
    DashboardFilter,
    _Period,
    _queries,
    _Query,
    _targets,
)
from care_desktop.services.indicator_queries import (
    TOTAL,
    Count,
    counted,
    with_detail,
)
from care_desktop.services.indicator_rss import rss_series
from care_desktop.services.indicator_small_cells import ordered, withheld
from care_desktop.services.print_common import PrintOptions, context_for, write_file
from care_desktop.services.unit_of_work import Work, reading, writing

REPORT_RECORD = "indicator_report"
FORMATS = ("pdf", "csv")


class ReportPeriodError(UserFacingError):
    template = (
        "The report's period starts on {start}, after it ends ({end}; no later than today). "
        "Choose a start date on or before the end date."
    )


class UnknownProgrammeError(UserFacingError):
    template = (
        "There is no programme {programme}. Give a programme's name or id as it appears in the "
        "dashboard, or leave it out for every programme."
    )


# --- building the series ---------------------------------------------------------------------


@dataclass
class _Cells:
    value: float = 0
    persons: int = 0


def _series(  # noqa: PLR0917 - one figure's whole description
    indicator: str,
    measure: str,
    detail: str,
    counts: list[Count],
    keep: Callable[[Count], bool],
    value: Callable[[Count], int | None],
    *,
    dimensions: tuple[str, ...] = d.CASE_DIMENSIONS,
    small_cells: bool = True,
    scale: int = 1,
) -> Series:
    totals = _Cells()
    cells: dict[str, dict[str, _Cells]] = {name: defaultdict(_Cells) for name in dimensions}
    for count in counts:
        if not keep(count):
            continue
        into = totals if count.dimension == TOTAL else cells[count.dimension][count.category]
        into.value += value(count) or 0
        into.persons += count.persons

    def shown(amount: float) -> int | float:
        return int(amount) if scale == 1 else amount / scale

    breakdowns = []
    for name in dimensions:
        found = cells[name]
        rows = [(cat, shown(found[cat].value), found[cat].persons) for cat in ordered(name, found)]
        if small_cells:
            pairs = withheld(rows)
        else:
            pairs = tuple((cat, Figure(amount)) for cat, amount, _ in rows)
        breakdowns.append(Breakdown(name, pairs))
    return Series(indicator, measure, detail, Figure(shown(totals.value)), tuple(breakdowns))


def _items(count: Count) -> int:
    return count.items


def _persons(count: Count) -> int:
    return count.persons


def _measures(counts: list[Count]) -> list[Series]:
    """Arrival assistance (persons, also by type), reintegration measures (also by category),
    budget by phase and currency. Details: (phase, reintegration category, category, currency);
    groupings 0: phase, 1: phase and category, 2: phase and currency."""

    def of(grouping: int, phase: str, **detail: str) -> Callable[[Count], bool]:
        def keep(count: Count) -> bool:
            if count.grouping != grouping or count.detail[0] != phase:
                return False
            return all(
                count.detail[{"category": 2, "currency": 3}[k]] == v for k, v in detail.items()
            )

        return keep

    def present(grouping: int, phase: str, position: int) -> list[str]:
        return sorted(
            {
                str(count.detail[position])
                for count in counts
                if count.grouping == grouping
                and count.detail[0] == phase
                and count.dimension == TOTAL
                and count.detail[position] is not None
            }
        )

    order = {value: n for n, value in enumerate(c.ASSISTANCE_CATEGORY.values())}
    found = [
        _series(d.ARRIVAL_ASSISTANCE, d.PERSONS, "", counts, of(0, "arrival"), _persons),
    ]
    for category in sorted(present(1, "arrival", 2), key=lambda v: order.get(v, len(order))):
        keep = of(1, "arrival", category=category)
        found.append(_series(d.ARRIVAL_ASSISTANCE, d.PERSONS, category, counts, keep, _persons))
    found.append(
        _series(d.REINTEGRATION_MEASURES, d.ITEMS, "", counts, of(0, "reintegration"), _items)
    )
    for category in sorted(present(1, "reintegration", 2), key=lambda v: order.get(v, len(order))):
        keep = of(1, "reintegration", category=category)
        found.append(_series(d.REINTEGRATION_MEASURES, d.ITEMS, category, counts, keep, _items))
    for phase in ("arrival", "reintegration"):
        for currency in present(2, phase, 3):
            keep = of(2, phase, currency=currency)
            scale = 10 ** c.currency_digits(currency)
            for measure, amount in ((d.PLANNED, _planned), (d.SPENT, _spent)):
                detail = f"{phase}/{currency}"
                found.append(_series(d.BUDGET, measure, detail, counts, keep, amount, scale=scale))
    return found


def _planned(count: Count) -> int | None:
    return count.planned


def _spent(count: Count) -> int | None:
    return count.spent


def _visits(counts: list[Count]) -> list[Series]:
    """Visits done and due at each donor slot (details: slot, status), then reached at 12
    months (persons whose 12-month visit was done: one such visit per case)."""
    found = []
    for slot in VISIT_SLOTS:

        def done(count: Count, slot: str = slot) -> bool:
            return count.detail == (slot, VisitStatus.COMPLETED)

        def due(count: Count, slot: str = slot) -> bool:
            return bool(count.detail[0] == slot and count.detail[1] != VisitStatus.CANCELLED)

        found.append(_series(d.VISITS, d.DONE, slot, counts, done, _items))
        found.append(_series(d.VISITS, d.DUE, slot, counts, due, _items))
    twelve = found[-2]
    found.append(replace_series(twelve, d.REACHED_12_MONTHS, d.PERSONS, ""))
    return found


def replace_series(series: Series, indicator: str, measure: str, detail: str) -> Series:
    return Series(indicator, measure, detail, series.total, series.breakdowns)


# --- the report ------------------------------------------------------------------------------


def _programme(session: Session, wanted: str | None) -> tuple[str | None, str | None]:
    if wanted is None:
        return None, None
    programmes = table(r.PROGRAMME)
    row = session.execute(
        select(programmes.c.id, programmes.c.name)
        .where(
            programmes.c.deleted.is_(False),
            or_(programmes.c.id == wanted, func.lower(programmes.c.name) == wanted.lower()),
        )
        .order_by(programmes.c.id)
    ).first()
    if row is None:
        raise UnknownProgrammeError(programme=wanted[:60])
    return str(row[0]), str(row[1])


def _trainings(
    session: Session, queries: dict[str, _Query], flt: DashboardFilter, period: _Period
) -> list[Series]:
    people = table(r.TRAINING_PARTICIPANT)
    held = counted(session, queries["trainings"], flt, period, dimensions={})
    trained = counted(
        session,
        queries["trained"],
        flt,
        period,
        dimensions={"organisation_type": people.c.organisation_type, "sex": people.c.sex},
    )
    return [
        _series(
            d.TRAININGS_HELD,
            d.ITEMS,
            "",
            held,
            lambda _: True,
            _items,
            dimensions=(),
        ),
        _series(
            d.PROFESSIONALS_TRAINED,
            d.PERSONS,
            "",
            trained,
            lambda _: True,
            _items,
            dimensions=d.TRAINING_DIMENSIONS,
            small_cells=False,
        ),
    ]


def _gather(
    session: Session, flt: DashboardFilter, period: _Period, today: date, weights: WeightSet
) -> list[Series]:
    queries = _queries(today.isoformat())
    measures = table(r.MEASURE)

    def simple(name: str, indicator: str, measure: str) -> Series:
        counts = counted(session, queries[name], flt, period)
        value = _persons if measure == d.PERSONS and queries[name].persons else _items
        return _series(indicator, measure, "", counts, lambda _: True, value)

    series = [
        simple("assessments", d.ASSESSED, d.PERSONS),
        simple("departures", d.ASSISTED_TO_RETURN, d.PERSONS),
    ]
    measure_query = with_detail(queries["measures"], measures.c.category, measures.c.currency)
    measure_counts = counted(
        session,
        measure_query,
        flt,
        period,
        groupings=((0,), (0, 2), (0, 3)),
        amounts=(measures.c.planned_amount, measures.c.spent_amount),
    )
    by_measures = _measures(measure_counts)
    series += [s for s in by_measures if s.indicator != d.BUDGET]
    series += [
        simple("plans_within_month", d.PLANS_WITHIN_MONTH, d.ITEMS),
        simple("children_with_bid", d.CHILDREN_WITH_BID, d.PERSONS),
    ]
    series += _visits(counted(session, queries["visits"], flt, period))
    series += rss_series(session, flt, period, weights)
    series += [s for s in by_measures if s.indicator == d.BUDGET]
    series += _trainings(session, queries, flt, period)
    return series


@dataclass(frozen=True, slots=True)
class ReportRequest:
    start: date | None = None  # None: since the first record
    end: date | None = None  # None: today
    programme: str | None = None  # a programme's id or name; None: every programme


def _period(request: ReportRequest, day: date) -> _Period:
    last = min(request.end or day, day)
    if request.start is not None and request.start > last:
        raise ReportPeriodError(start=request.start.isoformat(), end=last.isoformat())
    start = request.start.isoformat() if request.start is not None else None
    return _Period(start, last.isoformat(), ())


def _figures(work: Work, request: ReportRequest, demo: bool) -> tuple[IndicatorReport, str | None]:
    period = _period(request, work.today)
    session = work.session
    programme_id, programme_name = _programme(session, request.programme)
    flt = DashboardFilter(programme_id=programme_id)
    weights = rss_service.active_weights(work)
    report = IndicatorReport(
        start=period.start,
        end=period.end,
        programme=programme_name,
        printed_on=work.today.isoformat(),
        demo=demo,
        series=tuple(_gather(session, flt, period, work.today, weights)),
        targets=tuple(sorted(_targets(session, flt).items())),
        rss_weights=weights.version,
        rss_official=weights.official,
    )
    return report, programme_id


def indicator_report(
    store: Store, request: ReportRequest = ReportRequest(), *, today: date | None = None
) -> IndicatorReport:
    """The report's figures for `request`, to show; nothing leaves, nothing is audited."""
    demo = demo_database.is_demo(store)
    with reading(store, today) as work:
        return _figures(work, request, demo)[0]


def write_report(
    store: Store,
    request: ReportRequest,
    out: Path,
    *,
    output_format: str = "pdf",
    options: PrintOptions | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> IndicatorReport:
    """Write the report to `out` as PDF or CSV, with its audit entry (see the module's
    docstring), in the transaction that read its figures; the file is written whole or not."""
    if output_format not in FORMATS:
        raise ValueError(f"unknown report format {output_format!r}")
    demo = demo_database.is_demo(store)
    with writing(store, today) as work:
        report, programme_id = _figures(work, request, demo)
        if output_format == "pdf":
            data = indicator_pdf(report, context_for(work, options or PrintOptions(), demo, now))
        else:
            data = indicator_csv(report)
        work.audit(
            AuditAction.PRINT if output_format == "pdf" else AuditAction.EXPORT,
            record_type=REPORT_RECORD,
            record_id=programme_id,
            detail=f"{output_format} {report.start or '-'}..{report.end}",
        )
    write_file(out, data)
    return report
