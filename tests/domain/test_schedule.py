"""Monitoring schedules: templates, month arithmetic, generation, recomputation and the agenda."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from care_desktop.domain.schedule import (
    ADULT,
    CHILD,
    TEMPLATES,
    ExistingVisit,
    PlannedVisit,
    ScheduleChanges,
    ScheduleTemplate,
    VisitSlot,
    VisitState,
    VisitStatus,
    add_months,
    due_within,
    generate,
    recompute,
    template_for,
    visit_state,
)

arrivals = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))
templates = st.sampled_from([ADULT, CHILD])
statuses = st.sampled_from(list(VisitStatus))


def stored(visits: tuple[PlannedVisit, ...], status_of: list[VisitStatus]) -> list[ExistingVisit]:
    """`visits` as the database would hold them, with ids v0, v1..."""
    return [
        ExistingVisit(
            visit_id=f"v{i}",
            slot_key=visit.slot_key,
            status=status,
            due_date=visit.due_date,
            window_start=visit.window_start,
            window_end=visit.window_end,
        )
        for i, (visit, status) in enumerate(zip(visits, status_of, strict=True))
    ]


def planned(visits: tuple[PlannedVisit, ...]) -> list[ExistingVisit]:
    return stored(visits, [VisitStatus.PLANNED] * len(visits))


def apply(existing: list[ExistingVisit], changes: ScheduleChanges) -> list[ExistingVisit]:
    """What a service would store after writing `changes`."""
    by_id = {visit.visit_id: visit for visit in existing}
    for visit_id, new in changes.updates:
        by_id[visit_id] = replace(
            by_id[visit_id],
            due_date=new.due_date,
            window_start=new.window_start,
            window_end=new.window_end,
        )
    for visit_id in changes.cancellations:
        by_id[visit_id] = replace(by_id[visit_id], status=VisitStatus.CANCELLED)
    for number, new in enumerate(changes.additions):
        visit_id = f"added{len(by_id)}-{number}"
        by_id[visit_id] = ExistingVisit(
            visit_id,
            new.slot_key,
            VisitStatus.PLANNED,
            new.due_date,
            new.window_start,
            new.window_end,
        )
    return list(by_id.values())


def as_planned(visit: ExistingVisit) -> PlannedVisit:
    return PlannedVisit(visit.slot_key, visit.due_date, visit.window_start, visit.window_end)


# --- templates -------------------------------------------------------------------------------


def test_shipped_templates() -> None:
    assert dict(TEMPLATES) == {"adult-v1": ADULT, "child-v1": CHILD}
    assert template_for(is_minor=False) is ADULT
    assert template_for(is_minor=True) is CHILD
    assert [slot.months for slot in ADULT.slots] == [1, 3, 6, 9, 12]
    assert [(slot.months, slot.days) for slot in CHILD.slots] == [
        (None, 14),
        (1, None),
        (2, None),
        (3, None),
        (6, None),
        (9, None),
        (12, None),
    ]
    # the child schedule is denser and no child window is wider than the adult one of its slot
    adult = {slot.key: slot for slot in ADULT.slots}
    assert {slot.key for slot in CHILD.slots} > set(adult)
    for slot in CHILD.slots:
        if slot.key in adult:
            assert slot.window_before_days <= adult[slot.key].window_before_days
            assert slot.window_after_days <= adult[slot.key].window_after_days


def test_templates_cannot_be_changed_at_run_time() -> None:
    with pytest.raises(TypeError):
        TEMPLATES["other"] = ADULT  # type: ignore[index]


@pytest.mark.parametrize(
    "build",
    [
        lambda: VisitSlot("x", months=1, days=30),
        lambda: VisitSlot("x"),
        lambda: VisitSlot("x", months=0),
        lambda: VisitSlot("x", days=-3),
        lambda: VisitSlot("x", months=1, window_before_days=-1),
        lambda: VisitSlot("x", months=1, window_after_days=-1),
        lambda: VisitSlot("", months=1),
        lambda: ScheduleTemplate("t", ()),
        lambda: ScheduleTemplate("", (VisitSlot("a", months=1),)),
        lambda: ScheduleTemplate("t", (VisitSlot("a", months=1), VisitSlot("a", months=2))),
    ],
)
def test_malformed_templates_are_bugs(build: object) -> None:
    assert callable(build)
    with pytest.raises(ValueError, match=r"."):
        build()


# --- month arithmetic ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 3, 31), 1, date(2023, 4, 30)),
        (date(2023, 1, 31), 3, date(2023, 4, 30)),
        (date(2023, 12, 31), 2, date(2024, 2, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2023, 11, 15), 3, date(2024, 2, 15)),
        (date(2023, 5, 31), -3, date(2023, 2, 28)),
        (date(2023, 5, 10), 0, date(2023, 5, 10)),
    ],
)
def test_adding_months_clamps_to_the_end_of_the_month(
    start: date, months: int, expected: date
) -> None:
    assert add_months(start, months) == expected


@given(arrivals, st.integers(min_value=0, max_value=36))
def test_adding_months_moves_the_month_and_clamps_the_day(start: date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    last_day = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(start.day, last_day)
    if start.day <= last_day:
        assert add_months(result, -months) == start


def test_offsets_count_from_arrival_so_a_clamp_does_not_carry_over() -> None:
    due = {visit.slot_key: visit.due_date for visit in generate(date(2023, 1, 31), ADULT)}
    assert due == {
        "month-1": date(2023, 2, 28),
        "month-3": date(2023, 4, 30),
        "month-6": date(2023, 7, 31),
        "month-9": date(2023, 10, 31),
        "month-12": date(2024, 1, 31),
    }


# --- generation ------------------------------------------------------------------------------


def test_adult_schedule_worked_example() -> None:
    assert generate(date(2024, 3, 10), ADULT) == (
        PlannedVisit("month-1", date(2024, 4, 10), date(2024, 4, 3), date(2024, 4, 24)),
        PlannedVisit("month-3", date(2024, 6, 10), date(2024, 5, 27), date(2024, 7, 10)),
        PlannedVisit("month-6", date(2024, 9, 10), date(2024, 8, 27), date(2024, 10, 10)),
        PlannedVisit("month-9", date(2024, 12, 10), date(2024, 11, 26), date(2025, 1, 9)),
        PlannedVisit("month-12", date(2025, 3, 10), date(2025, 2, 24), date(2025, 4, 9)),
    )


def test_child_schedule_starts_two_weeks_after_arrival() -> None:
    first, second = generate(date(2024, 3, 10), CHILD)[:2]
    assert first == PlannedVisit("week-2", date(2024, 3, 24), date(2024, 3, 21), date(2024, 3, 28))
    assert second.slot_key == "month-1"


@given(arrivals, templates)
def test_generated_schedules_are_sound(arrival: date, template: ScheduleTemplate) -> None:
    visits = generate(arrival, template)
    assert [visit.slot_key for visit in visits] == [slot.key for slot in template.slots]
    for visit in visits:
        assert visit.due_date > arrival
        assert arrival < visit.window_start <= visit.due_date <= visit.window_end
    for earlier, later in pairwise(visits):
        assert earlier.due_date < later.due_date
        # windows never overlap, so a visit on any day belongs to one slot only
        assert earlier.window_end < later.window_start
    assert visits[-1].due_date == add_months(arrival, 12)


@given(arrivals, templates)
def test_generation_is_deterministic(arrival: date, template: ScheduleTemplate) -> None:
    assert generate(arrival, template) == generate(arrival, template)


# --- recomputation ---------------------------------------------------------------------------


@given(arrivals, templates)
def test_recompute_of_an_unchanged_schedule_changes_nothing(
    arrival: date, template: ScheduleTemplate
) -> None:
    existing = planned(generate(arrival, template))
    changes = recompute(existing, arrival, template)
    assert changes.is_empty
    assert changes == ScheduleChanges((), (), (), tuple(v.visit_id for v in existing))


@given(arrivals, arrivals, templates, templates, st.data())
def test_recompute_after_a_correction(
    first: date,
    corrected: date,
    old: ScheduleTemplate,
    new: ScheduleTemplate,
    data: st.DataObject,
) -> None:
    generated = generate(first, old)
    existing = stored(
        generated, data.draw(st.lists(statuses, min_size=len(generated), max_size=len(generated)))
    )
    changes = recompute(existing, corrected, new)

    # every existing visit is accounted for exactly once
    touched = [visit_id for visit_id, _ in changes.updates] + list(changes.cancellations)
    assert sorted(touched + list(changes.kept)) == sorted(v.visit_id for v in existing)
    assert len(set(touched + list(changes.kept))) == len(existing)

    # what a person recorded, or cancelled, is never touched
    for visit in existing:
        if visit.status is not VisitStatus.PLANNED:
            assert visit.visit_id in changes.kept

    # only planned visits of slots the new template lacks are cancelled
    new_keys = {slot.key for slot in new.slots}
    by_id = {visit.visit_id: visit for visit in existing}
    for visit_id in changes.cancellations:
        assert by_id[visit_id].status is VisitStatus.PLANNED
        assert by_id[visit_id].slot_key not in new_keys

    # afterwards, every open visit is where `generate` puts it for the corrected arrival
    after = apply(existing, changes)
    expected = {visit.slot_key: visit for visit in generate(corrected, new)}
    for visit in after:
        if visit.visit_id in changes.cancellations:
            continue
        if visit.status is VisitStatus.PLANNED:
            assert as_planned(visit) == expected[visit.slot_key]
        else:
            assert visit == by_id[visit.visit_id]
    # every slot of the new template has a visit
    assert {visit.slot_key for visit in after} >= new_keys

    # and doing it again changes nothing
    again = recompute(after, corrected, new)
    assert again.is_empty
    assert sorted(again.kept) == sorted(visit.visit_id for visit in after)


@given(arrivals, st.integers(min_value=-60, max_value=60), templates)
def test_planned_visits_follow_a_corrected_arrival(
    arrival: date, shift: int, template: ScheduleTemplate
) -> None:
    corrected = arrival + timedelta(days=shift)
    existing = planned(generate(arrival, template))
    changes = recompute(existing, corrected, template)
    assert not changes.additions
    assert not changes.cancellations
    updated = [new.due_date for _, new in changes.updates]
    assert updated == sorted(updated)
    assert {new for _, new in changes.updates} | {
        as_planned(visit) for visit in existing if visit.visit_id in changes.kept
    } == set(generate(corrected, template))


def test_becoming_a_minor_adds_the_child_visits_and_redates_the_rest() -> None:
    arrival = date(2024, 3, 10)
    existing = stored(
        generate(arrival, ADULT),
        [VisitStatus.COMPLETED] + [VisitStatus.PLANNED] * 4,
    )
    changes = recompute(existing, arrival, CHILD)
    assert [visit.slot_key for visit in changes.additions] == ["week-2", "month-2"]
    assert changes.cancellations == ()
    # month-1 was done: kept with its adult dates, not moved to the child window
    assert changes.kept == ("v0",)
    assert [(visit_id, new.slot_key) for visit_id, new in changes.updates] == [
        ("v1", "month-3"),
        ("v2", "month-6"),
        ("v3", "month-9"),
        ("v4", "month-12"),
    ]
    assert changes.updates[0][1] == PlannedVisit(
        "month-3", date(2024, 6, 10), date(2024, 6, 3), date(2024, 6, 24)
    )


def test_no_longer_a_minor_cancels_the_extra_planned_visits_only() -> None:
    arrival = date(2024, 3, 10)
    existing = stored(
        generate(arrival, CHILD),
        [VisitStatus.COMPLETED, VisitStatus.PLANNED, VisitStatus.PLANNED]
        + [VisitStatus.PLANNED] * 4,
    )
    changes = recompute(existing, arrival, ADULT)
    assert changes.cancellations == ("v2",)  # month-2, planned; week-2 was done and stays
    assert "v0" in changes.kept
    assert changes.additions == ()


def test_recorded_visits_of_a_removed_slot_are_kept() -> None:
    arrival = date(2024, 3, 10)
    existing = stored(generate(arrival, CHILD), [VisitStatus.MISSED] + [VisitStatus.PLANNED] * 6)
    changes = recompute(existing, date(2024, 3, 1), ADULT)
    assert "v0" in changes.kept
    assert "v0" not in changes.cancellations


def test_a_cancelled_visit_is_not_planned_again() -> None:
    arrival = date(2024, 3, 10)
    existing = stored(generate(arrival, ADULT), [VisitStatus.CANCELLED] + [VisitStatus.PLANNED] * 4)
    changes = recompute(existing, date(2024, 3, 12), ADULT)
    assert changes.additions == ()
    assert "v0" in changes.kept
    assert len(changes.updates) == 4


def test_a_missing_slot_is_added() -> None:
    arrival = date(2024, 3, 10)
    existing = planned(generate(arrival, ADULT))
    del existing[2]
    changes = recompute(existing, arrival, ADULT)
    assert changes.additions == (generate(arrival, ADULT)[2],)
    assert changes.updates == ()


def test_recompute_of_nothing_is_generate() -> None:
    arrival = date(2024, 3, 10)
    assert recompute([], arrival, CHILD).additions == generate(arrival, CHILD)


# --- display state ---------------------------------------------------------------------------

DUE = date(2024, 6, 10)
START = date(2024, 5, 27)
END = date(2024, 7, 10)


@pytest.mark.parametrize(
    ("status", "today", "expected"),
    [
        (VisitStatus.PLANNED, START - timedelta(days=1), VisitState.UPCOMING),
        (VisitStatus.PLANNED, START, VisitState.DUE),
        (VisitStatus.PLANNED, DUE, VisitState.DUE),
        (VisitStatus.PLANNED, END, VisitState.DUE),
        (VisitStatus.PLANNED, END + timedelta(days=1), VisitState.OVERDUE),
        (VisitStatus.COMPLETED, END + timedelta(days=100), VisitState.COMPLETED),
        (VisitStatus.COMPLETED, START - timedelta(days=1), VisitState.COMPLETED),
        (VisitStatus.MISSED, END + timedelta(days=1), VisitState.MISSED),
        (VisitStatus.CANCELLED, DUE, VisitState.CANCELLED),
    ],
)
def test_visit_state(status: VisitStatus, today: date, expected: VisitState) -> None:
    assert visit_state(status, DUE, START, END, today) is expected


def test_visit_state_reads_stored_text() -> None:
    stored_text = "planned"
    assert visit_state(stored_text, DUE, START, END, DUE) is VisitState.DUE  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="postponed"):
        visit_state("postponed", DUE, START, END, DUE)  # type: ignore[arg-type]


@given(arrivals, templates, st.integers(min_value=-30, max_value=450))
def test_planned_visits_go_upcoming_due_overdue(
    arrival: date, template: ScheduleTemplate, offset: int
) -> None:
    today = arrival + timedelta(days=offset)
    for visit in generate(arrival, template):
        state = visit_state(
            VisitStatus.PLANNED, visit.due_date, visit.window_start, visit.window_end, today
        )
        if today < visit.window_start:
            assert state is VisitState.UPCOMING
        elif today <= visit.window_end:
            assert state is VisitState.DUE
        else:
            assert state is VisitState.OVERDUE


# --- agenda ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    """A visit row as a service might pass it: status as stored text."""

    name: str
    status: str
    due_date: date
    window_start: date


def test_agenda_lists_open_visits_due_soon_and_overdue_ones() -> None:
    today = date(2024, 6, 1)
    rows = [
        Row("later", "planned", date(2024, 7, 1), date(2024, 6, 9)),
        Row("edge", "planned", date(2024, 6, 20), date(2024, 6, 8)),
        Row("overdue", "planned", date(2024, 3, 1), date(2024, 2, 20)),
        Row("done", "completed", date(2024, 6, 2), date(2024, 5, 25)),
        Row("missed", "missed", date(2024, 5, 1), date(2024, 4, 20)),
        Row("cancelled", "cancelled", date(2024, 6, 3), date(2024, 5, 30)),
        Row("due", "planned", date(2024, 6, 5), date(2024, 5, 29)),
    ]
    assert [row.name for row in due_within(rows, today, 7)] == ["overdue", "due", "edge"]
    assert [row.name for row in due_within(rows, today, 0)] == ["overdue", "due"]
    assert [row.name for row in due_within(rows, today, 8)] == ["overdue", "due", "edge", "later"]


def test_agenda_takes_existing_visits() -> None:
    arrival = date(2024, 3, 10)
    existing = stored(generate(arrival, ADULT), [VisitStatus.COMPLETED] + [VisitStatus.PLANNED] * 4)
    agenda = due_within(existing, date(2024, 6, 1), 14)
    assert [visit.slot_key for visit in agenda] == ["month-3"]


def test_agenda_days_cannot_be_negative() -> None:
    with pytest.raises(ValueError, match="negative"):
        due_within([], date(2024, 6, 1), -1)


@given(arrivals, templates, st.integers(min_value=-30, max_value=450), st.integers(0, 60))
def test_agenda_matches_the_window_rule(
    arrival: date, template: ScheduleTemplate, offset: int, days: int
) -> None:
    today = arrival + timedelta(days=offset)
    existing = planned(generate(arrival, template))
    agenda = due_within(existing, today, days)
    assert agenda == [v for v in existing if v.window_start <= today + timedelta(days=days)]
    # everything due or overdue today is on the agenda
    for visit in existing:
        state = visit_state(
            visit.status, visit.due_date, visit.window_start, visit.window_end, today
        )
        if state in {VisitState.DUE, VisitState.OVERDUE}:
            assert visit in agenda
