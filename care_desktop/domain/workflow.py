"""The case workflow: identified → assessed → return approved → departed → arrived →
reintegration → monitoring → closed, with reopening; each step's preconditions.

Pure rules over `CaseFacts`, which the workflow service gathers; a refusal lists everything that
is missing, as translatable messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from care_desktop.domain.errors import Msg, UserFacingError

REQUIREMENT_CONTEXT = "workflow"


class Status(StrEnum):
    IDENTIFIED = "identified"
    ASSESSED = "assessed"
    RETURN_APPROVED = "return_approved"
    DEPARTED = "departed"
    ARRIVED = "arrived"
    REINTEGRATION = "reintegration"
    MONITORING = "monitoring"
    CLOSED = "closed"


ORDER = tuple(Status)
NEXT: dict[Status, Status] = {ORDER[i]: ORDER[i + 1] for i in range(len(ORDER) - 2)}


@dataclass(frozen=True, slots=True)
class CaseFacts:
    status: Status
    is_minor: bool
    consents: frozenset[str]  # scopes given and not withdrawn
    has_pre_departure_assessment: bool
    has_bid_recommending_return: bool
    has_family_assessment: bool
    departure_date_set: bool
    arrival_date_set: bool
    plan_status: str | None  # draft / agreed / approved, None without a plan


class TransitionRefusedError(UserFacingError):
    template = "The case cannot move to {target} yet. Missing: {missing}"


class TransitionNotAllowedError(UserFacingError):
    template = (
        "A case cannot move from {current} to {target}. Cases move one step at a time, can be "
        "closed at any step, and a closed case can be reopened."
    )


class ClosureReasonRequiredError(UserFacingError):
    template = "Choose the reason for closing the case."


class ReopenReasonRequiredError(UserFacingError):
    template = "Say why the case is reopened."


def missing_for(facts: CaseFacts, target: Status) -> list[Msg]:  # noqa: PLR0912 - one rule each
    """What stands between the case and `target` (empty: the step is allowed)."""
    missing: list[Msg] = []
    if target is Status.ASSESSED:
        if "services" not in facts.consents:
            missing.append(Msg(REQUIREMENT_CONTEXT, "consent to receive assistance"))
        if not facts.has_pre_departure_assessment:
            missing.append(Msg(REQUIREMENT_CONTEXT, "a pre-departure assessment"))
    elif target is Status.RETURN_APPROVED:
        if "transfer_to_office" not in facts.consents:
            missing.append(
                Msg(REQUIREMENT_CONTEXT, "consent to transfer the case to the office of return")
            )
        if facts.is_minor:
            if not facts.has_bid_recommending_return:
                missing.append(
                    Msg(REQUIREMENT_CONTEXT, "a best-interests determination recommending return")
                )
            if not facts.has_family_assessment:
                missing.append(
                    Msg(REQUIREMENT_CONTEXT, "a family assessment in the country of return")
                )
    elif target is Status.DEPARTED:
        if not facts.departure_date_set:
            missing.append(Msg(REQUIREMENT_CONTEXT, "the departure date"))
    elif target is Status.ARRIVED:
        if not facts.arrival_date_set:
            missing.append(Msg(REQUIREMENT_CONTEXT, "the arrival date"))
    elif target is Status.REINTEGRATION:
        if facts.plan_status not in ("agreed", "approved"):
            missing.append(Msg(REQUIREMENT_CONTEXT, "a reintegration plan agreed with the person"))
    elif target is Status.MONITORING and facts.plan_status != "approved":
        missing.append(Msg(REQUIREMENT_CONTEXT, "an approved reintegration plan"))
    return missing


def check_transition(facts: CaseFacts, target: Status) -> None:
    """Raise if the case may not take this step now; return None if it may."""
    if target is Status.CLOSED:
        if facts.status is Status.CLOSED:
            raise TransitionNotAllowedError(current=_label(facts.status), target=_label(target))
        return
    if NEXT.get(facts.status) is not target:
        raise TransitionNotAllowedError(current=_label(facts.status), target=_label(target))
    missing = missing_for(facts, target)
    if missing:
        raise TransitionRefusedError(target=_label(target), missing=tuple(missing))


def _label(status: Status) -> Msg:
    return Msg("codes", STATUS_LABELS[status])


STATUS_LABELS = {
    Status.IDENTIFIED: "Identified",
    Status.ASSESSED: "Assessed",
    Status.RETURN_APPROVED: "Return approved",
    Status.DEPARTED: "Departed",
    Status.ARRIVED: "Arrived",
    Status.REINTEGRATION: "Reintegration",
    Status.MONITORING: "Monitoring",
    Status.CLOSED: "Closed",
}


def early_exit_default(reason: str, status_before: Status) -> bool:
    """A case closed before the end of monitoring, for another reason than completion."""
    return not (reason == "completed" and status_before is Status.MONITORING)
