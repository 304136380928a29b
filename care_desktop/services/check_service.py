"""`care check`: verify an open store end to end and record that it was checked."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from care_desktop.db.integrity import PageCheck, Problem, run_checks
from care_desktop.db.store import Store
from care_desktop.domain.audit import AuditAction
from care_desktop.domain.errors import CorruptDatabaseError
from care_desktop.services.audit_service import record
from care_desktop.sync.consistency import check_sync

__all__ = ["CheckReport", "PageCheck", "check", "verify_pages"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CheckReport:
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check(store: Store) -> CheckReport:
    """Every check; damaged pages raise CorruptDatabaseError, other findings are reported.

    `store` was opened without an audit entry: nothing is written before the pages check out.
    """
    problems = tuple(run_checks(store))
    if not any(p.code in ("page-hmac", "schema-revision") for p in problems):
        problems += tuple(check_sync(store))
    for problem in problems:
        log.warning("check found %s: %s", problem.code, problem.detail)
    if any(problem.code == "page-hmac" for problem in problems):
        raise CorruptDatabaseError(path=str(store.path))
    if not problems:
        # only a sound file gets the audit entries: a faulty one is left exactly as it was found
        record(store, AuditAction.OPEN)
        record(store, AuditAction.CHECK, detail="ok")
    return CheckReport(problems)


def verify_pages(store: Store, check: PageCheck | None = None) -> None:
    """Every page's HMAC, on a connection of its own (the interface runs this beside the
    database thread after unlocking, and interrupts it when it locks). SQLite's slower
    structural check is left to `care check`."""
    problems = (check or PageCheck()).run(store)
    if problems:
        log.warning("page check found %d damaged pages", len(problems))
        raise CorruptDatabaseError(path=str(store.path))
