"""The capture hook that record_store calls for every record write of a transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from care_desktop.db.record_store import CAPTURE_KEY
from care_desktop.domain.schema import RecordSpec
from care_desktop.sync.changelog import record_created_many, record_local


class Capturer:
    """Writes each record change to the change log as the given author, in the same transaction."""

    def __init__(self, author: str | None) -> None:
        self.author = author

    def __call__(
        self,
        session: Session,
        spec: RecordSpec,
        record_id: str,
        values: Mapping[str, Any],
        *,
        created: bool = False,
        deleted: bool = False,
        erases: Iterable[str] = (),
    ) -> None:
        record_local(
            session,
            spec,
            record_id,
            values,
            author=self.author,
            created=created,
            deleted=deleted,
            erases=erases,
        )

    def many(
        self, session: Session, spec: RecordSpec, rows: Sequence[tuple[str, Mapping[str, Any]]]
    ) -> None:
        record_created_many(session, spec, rows, author=self.author)


def install(session: Session, author: str | None) -> None:
    session.info[CAPTURE_KEY] = Capturer(author)
