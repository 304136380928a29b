"""A training session's attendance sheet and its participants' certificates.

Data in (`TrainingSession`, filled by the service), PDF flowables out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    organisation: str | None
    organisation_type: str | None  # code label, English
    sex: str | None  # code label, English
    attended: bool


@dataclass(frozen=True, slots=True)
class TrainingSession:
    session_id: str
    title: str
    starts_on: date
    ends_on: date | None  # sessions are one day today; kept for multi-day ones
    place: str | None
    trainers: tuple[str, ...]
    organisation: str  # the office running the session
    audience: str  # code label
    modules: tuple[str, ...]
    hours: float | None  # not recorded yet (no field); printed when given
    participants: tuple[Participant, ...]
