"""Monitoring visits after a person's return: templates, due dates and their windows.

A schedule template is plain data: a list of slots, each an offset after the arrival date and a
window of tolerance around it. `generate` turns an arrival date into planned visits; `recompute`
says what to change in an existing schedule when the arrival date is corrected or the template
changes (the person turns out to be a minor, say), without ever touching what a person recorded.

Month arithmetic clamps to the end of the month: 31 January + 1 month is 28 February (29 in a
leap year), 31 March + 1 month is 30 April. Every offset is counted from the arrival date, never
from the previous visit, so a clamp never carries over: arrival 31 January gives month 1 on
28 February but month 3 on 30 April, not 28 April.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Protocol, TypeVar


class VisitStatus(StrEnum):
    """What is stored for a visit. Only a person moves a visit out of PLANNED."""

    PLANNED = "planned"
    COMPLETED = "completed"
    MISSED = "missed"
    CANCELLED = "cancelled"


class VisitState(StrEnum):
    """What is shown for a visit: its stored status, or for a planned one where today falls."""

    UPCOMING = "upcoming"
    DUE = "due"
    OVERDUE = "overdue"
    COMPLETED = "completed"
    MISSED = "missed"
    CANCELLED = "cancelled"


# Visits a person has settled one way or another; arithmetic never changes them.
_RECORDED = frozenset({VisitStatus.COMPLETED, VisitStatus.MISSED})
_CLOSED = _RECORDED | {VisitStatus.CANCELLED}


# --- templates -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VisitSlot:
    """One visit of a template: `months` or `days` after arrival (exactly one), and its window.

    The window runs from `window_before_days` before the due date to `window_after_days` after
    it, both ends included.
    """

    key: str
    months: int | None = None
    days: int | None = None
    window_before_days: int = 0
    window_after_days: int = 0

    def __post_init__(self) -> None:
        # Templates are code, so a malformed one is a bug (ValueError), not a user's mistake.
        if not self.key:
            raise ValueError("a visit slot needs a key")
        if (self.months is None) == (self.days is None):
            raise ValueError(f"slot {self.key}: set exactly one of months and days")
        offset = self.months if self.months is not None else self.days
        if offset is None or offset <= 0:
            raise ValueError(f"slot {self.key}: the offset must be after arrival")
        if self.window_before_days < 0 or self.window_after_days < 0:
            raise ValueError(f"slot {self.key}: window sizes cannot be negative")

    def due_date(self, arrival: date) -> date:
        if self.months is not None:
            return add_months(arrival, self.months)
        if self.days is not None:
            return arrival + timedelta(days=self.days)
        raise AssertionError("checked in __post_init__")


@dataclass(frozen=True, slots=True)
class ScheduleTemplate:
    """A named, versioned list of visit slots. A changed template gets a new key."""

    key: str
    slots: tuple[VisitSlot, ...]

    def __post_init__(self) -> None:
        if not self.key or not self.slots:
            raise ValueError("a schedule template needs a key and at least one slot")
        keys = [slot.key for slot in self.slots]
        if len(set(keys)) != len(keys):
            raise ValueError(f"template {self.key}: slot keys must be unique")


# Windows of the adult schedule (visits at 1, 3, 6, 9 and 12 months):
# - Month 1, 7 days early to 14 days late: the first weeks home are when re-trafficking, debt
#   and rejection by the family show up, so the visit must not slip far; earlier than three weeks
#   after arrival says little about how the person is settling.
# - Later visits, 14 days early to 30 days late: a month late lets a visit wait for the officer's
#   next field trip to that area, and an early visit still leaves at least about two months since
#   the previous one. Neither end reaches halfway to a neighbouring visit, so windows never
#   overlap and a visit on any given day belongs to one slot only.
ADULT = ScheduleTemplate(
    key="adult-v1",
    slots=(
        VisitSlot("month-1", months=1, window_before_days=7, window_after_days=14),
        VisitSlot("month-3", months=3, window_before_days=14, window_after_days=30),
        VisitSlot("month-6", months=6, window_before_days=14, window_after_days=30),
        VisitSlot("month-9", months=9, window_before_days=14, window_after_days=30),
        VisitSlot("month-12", months=12, window_before_days=14, window_after_days=30),
    ),
)

# Children are seen more often at first (two weeks, then monthly for three months) and with
# tighter windows: school enrolment, care arrangements and family reunification break down early
# and a child cannot be expected to ask for help. Windows stay under half the gap to the next
# visit, as for adults. Slot keys shared with ADULT mean the same visit, so switching templates
# re-dates those visits instead of cancelling and re-creating them.
CHILD = ScheduleTemplate(
    key="child-v1",
    slots=(
        VisitSlot("week-2", days=14, window_before_days=3, window_after_days=4),
        VisitSlot("month-1", months=1, window_before_days=5, window_after_days=7),
        VisitSlot("month-2", months=2, window_before_days=7, window_after_days=10),
        VisitSlot("month-3", months=3, window_before_days=7, window_after_days=14),
        VisitSlot("month-6", months=6, window_before_days=10, window_after_days=21),
        VisitSlot("month-9", months=9, window_before_days=10, window_after_days=21),
        VisitSlot("month-12", months=12, window_before_days=10, window_after_days=21),
    ),
)

TEMPLATES: Mapping[str, ScheduleTemplate] = MappingProxyType(
    {template.key: template for template in (ADULT, CHILD)}
)


def template_for(is_minor: bool) -> ScheduleTemplate:
    return CHILD if is_minor else ADULT


# --- dates -----------------------------------------------------------------------------------


def add_months(start: date, months: int) -> date:
    """`start` moved by `months` calendar months, clamped to the last day of the target month."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, slots=True)
class PlannedVisit:
    slot_key: str
    due_date: date
    window_start: date
    window_end: date


def _plan(slot: VisitSlot, arrival: date) -> PlannedVisit:
    due = slot.due_date(arrival)
    return PlannedVisit(
        slot_key=slot.key,
        due_date=due,
        window_start=due - timedelta(days=slot.window_before_days),
        window_end=due + timedelta(days=slot.window_after_days),
    )


def generate(arrival: date, template: ScheduleTemplate) -> tuple[PlannedVisit, ...]:
    """The visits of `template` for a person who arrived on `arrival`, by due date."""
    # sorted() is stable: slots due the same day stay in template order.
    return tuple(
        sorted((_plan(slot, arrival) for slot in template.slots), key=lambda v: v.due_date)
    )


# --- recomputing an existing schedule --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExistingVisit:
    """A stored visit as `recompute` needs it."""

    visit_id: str
    slot_key: str
    status: VisitStatus
    due_date: date
    window_start: date
    window_end: date


@dataclass(frozen=True, slots=True)
class ScheduleChanges:
    """What to do to a stored schedule. Every existing visit id is in exactly one of `updates`,
    `cancellations` and `kept`."""

    updates: tuple[tuple[str, PlannedVisit], ...]
    additions: tuple[PlannedVisit, ...]
    cancellations: tuple[str, ...]
    kept: tuple[str, ...]

    @property
    def is_empty(self) -> bool:
        """True if nothing is to be written."""
        return not (self.updates or self.additions or self.cancellations)


def recompute(
    existing: Sequence[ExistingVisit], arrival: date, template: ScheduleTemplate
) -> ScheduleChanges:
    """Bring `existing` in line with `template` for a (corrected) arrival date.

    - Completed and missed visits are kept as they are: a person recorded them.
    - Cancelled visits are kept too, and still occupy their slot: a cancellation may be a
      person's decision, which date arithmetic must not undo by planning the visit again.
    - Planned visits of a slot the template has get the slot's new dates (kept if unchanged).
    - Planned visits of a slot the template no longer has are to be cancelled, never deleted,
      so the history shows what was planned and why it went.
    - Slots with no visit at all are added.
    Recomputing with the same arrival and template therefore changes nothing.
    """
    plan = {visit.slot_key: visit for visit in generate(arrival, template)}
    updates: list[tuple[str, PlannedVisit]] = []
    cancellations: list[str] = []
    kept: list[str] = []
    for visit in existing:
        new = plan.get(visit.slot_key)
        if visit.status in _CLOSED:
            kept.append(visit.visit_id)
        elif new is None:
            cancellations.append(visit.visit_id)
        elif (visit.due_date, visit.window_start, visit.window_end) == (
            new.due_date,
            new.window_start,
            new.window_end,
        ):
            kept.append(visit.visit_id)
        else:
            updates.append((visit.visit_id, new))
    occupied = {visit.slot_key for visit in existing}
    additions = tuple(visit for visit in plan.values() if visit.slot_key not in occupied)
    updates.sort(key=lambda update: update[1].due_date)
    return ScheduleChanges(
        updates=tuple(updates),
        additions=additions,
        cancellations=tuple(cancellations),
        kept=tuple(kept),
    )


# --- display and agenda ----------------------------------------------------------------------


def visit_state(
    status: VisitStatus, due_date: date, window_start: date, window_end: date, today: date
) -> VisitState:
    """How a visit is shown on `today`.

    A planned visit is upcoming before its window, due inside it (both ends included) and
    overdue after it. `due_date` is accepted so that a row's dates can be passed as they are;
    the window alone decides, since it always contains the due date.
    """
    status = VisitStatus(status)  # a stored value read as plain text works too
    if status is not VisitStatus.PLANNED:
        return VisitState(status.value)
    if today < window_start:
        return VisitState.UPCOMING
    if today <= window_end:
        return VisitState.DUE
    return VisitState.OVERDUE


class ScheduledVisit(Protocol):
    """Anything with a visit's status and dates: a database row, an `ExistingVisit`..."""

    @property
    def status(self) -> str: ...  # a VisitStatus or its stored value

    @property
    def due_date(self) -> date: ...

    @property
    def window_start(self) -> date: ...


VisitT = TypeVar("VisitT", bound=ScheduledVisit)


def due_within(visits: Iterable[VisitT], today: date, days: int) -> list[VisitT]:
    """The agenda: open visits whose window opens within `days` days, by due date.

    Open means neither completed, missed nor cancelled. Overdue visits are included (their window
    opened long ago) so that nothing late drops off the agenda.
    """
    if days < 0:
        raise ValueError("days cannot be negative")
    horizon = today + timedelta(days=days)
    return sorted(
        (v for v in visits if v.status not in _CLOSED and v.window_start <= horizon),
        key=lambda v: v.due_date,
    )
