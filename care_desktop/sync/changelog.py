"""The change log: capture of local writes and application of remote ones, in the caller's
transaction, so the record tables never disagree with the history.

Values in the log are column values (lists and maps as canonical JSON text), exactly what the
record tables hold. Each record's state is recomputed from all its writes (sync/merge.py) when
remote writes arrive; local writes supersede the current heads of the fields they set.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, func, insert, select, update
from sqlalchemy.orm import Session

from care_desktop.db import record_store
from care_desktop.db.models import Device
from care_desktop.db.record_tables import table
from care_desktop.db.sync_tables import changes, sync_state
from care_desktop.db.types import UTCDateTime, utcnow
from care_desktop.domain.records import RECORDS
from care_desktop.domain.schema import Kind, RecordSpec, is_list
from care_desktop.sync import clock, ranges
from care_desktop.sync.merge import DELETED, Write, all_heads, canonical, heads_of, record_view


class SequenceClashError(Exception):
    """Two different writes with one origin and sequence: a forged or broken bundle."""


@dataclass(frozen=True)
class Incoming:
    """A write received from another device, with the fields already erased in it."""

    write: Write
    record_type: str
    record_id: str
    author: str | None
    redacted: frozenset[str] = frozenset()


@dataclass
class ApplyReport:
    applied: int = 0
    already_known: int = 0
    records: set[tuple[str, str]] = field(default_factory=set)


# --- state kept in sync_state -------------------------------------------------------------------


def _state(session: Session, key: str) -> str | None:
    value: str | None = session.execute(
        select(sync_state.c.value).where(sync_state.c.key == key)
    ).scalar()
    return value


def _set_state(session: Session, key: str, value: str) -> None:
    if _state(session, key) is None:
        session.execute(insert(sync_state).values(key=key, value=value))
    else:
        session.execute(update(sync_state).where(sync_state.c.key == key).values(value=value))


def device_id(session: Session) -> str:
    cached = session.info.get("care_device_id")
    if isinstance(cached, str):
        return cached
    found: str = session.execute(select(Device.id).limit(1)).scalar_one()
    session.info["care_device_id"] = found
    return found


_COUNTERS = "care_counters"
_CHANGE_COLUMNS = (
    "origin", "seq", "stamp", "author", "record_type", "record_id",
    "field_values", "supersedes", "erases", "redacted",
)  # fmt: skip


def utcnow_text() -> str:
    return str(UTCDateTime().process_bind_param(utcnow(), None))  # type: ignore[arg-type]


def _raw(session: Session) -> Any:
    """The DB-API connection of the session's transaction: the hot path of capture skips
    SQLAlchemy's statement building (measured in bench/sync_bench.py)."""
    return session.connection().connection.driver_connection


def _counters(session: Session) -> dict[str, Any]:
    """Sequence and clock for this transaction, read once and written back before commit."""
    counters = session.info.get(_COUNTERS)
    if counters is None:
        state = dict(
            _raw(session)
            .execute("SELECT key, value FROM sync_state WHERE key IN ('next_seq', 'clock')")
            .fetchall()
        )
        last = state.get("clock")
        counters = {
            "seq": int(state.get("next_seq") or "1"),
            "clock": clock.Stamp.parse(last) if last else clock.ZERO,
            "dirty": False,
        }
        session.info[_COUNTERS] = counters
        event.listen(session, "before_commit", _save_counters)
        event.listen(session, "after_rollback", _forget_counters)
    return counters


def _save_counters(session: Session) -> None:
    counters = session.info.pop(_COUNTERS, None)
    if counters is not None and counters["dirty"]:
        _raw(session).executemany(
            "INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)",
            [("next_seq", str(counters["seq"])), ("clock", counters["clock"].text())],
        )


def _forget_counters(session: Session) -> None:
    session.info.pop(_COUNTERS, None)


def _next_seq(session: Session) -> int:
    counters = _counters(session)
    current = int(counters["seq"])
    counters["seq"] = current + 1
    counters["dirty"] = True
    return current


def _stamp(session: Session) -> clock.Stamp:
    counters = _counters(session)
    stamp = clock.tick(counters["clock"])
    counters["clock"] = stamp
    counters["dirty"] = True
    return stamp


def observe(session: Session, stamps: Iterable[str]) -> None:
    """Move our clock past the latest stamp received, so later local writes sort after it."""
    text = max(stamps, default=None)  # stamps are fixed-width: as text they sort as time
    if text is None:
        return
    latest = clock.Stamp.parse(text)
    counters = _counters(session)
    counters["clock"] = clock.observe(counters["clock"], latest)
    counters["dirty"] = True


# --- reading the log ------------------------------------------------------------------------


def _write_of(row: Any) -> Write:
    supersedes = json.loads(row.supersedes)
    return Write(
        origin=row.origin,
        seq=row.seq,
        stamp=row.stamp,
        values=json.loads(row.field_values),
        supersedes={name: tuple(ids) for name, ids in supersedes.items()},
        erases=frozenset(json.loads(row.erases)) if row.erases else frozenset(),
    )


def _write_from(*columns: Any) -> Write:
    """A write from its columns: origin, seq, stamp, field_values, supersedes, erases."""
    origin, seq, stamp, values, supersedes, erases = columns
    return Write(
        origin=origin,
        seq=seq,
        stamp=stamp,
        values=json.loads(values),
        supersedes={k: tuple(v) for k, v in json.loads(supersedes).items()}
        if supersedes != "{}"
        else {},
        erases=frozenset(json.loads(erases)) if erases else frozenset(),
    )


def history(session: Session, record_type: str, record_id: str) -> list[Write]:
    cursor = _raw(session).execute(
        "SELECT origin, seq, stamp, field_values, supersedes, erases FROM changes "
        "WHERE record_type = ? AND record_id = ?",
        (record_type, record_id),
    )
    return [_write_from(*row) for row in cursor.fetchall()]


def content_hash(write: Write, record_type: str, record_id: str, redacted: Iterable[str]) -> str:
    """What identifies a write's content: everything but the values erased since."""
    hidden = set(redacted) | set(write.erases)
    shown = {k: (None if k in hidden else v) for k, v in write.values.items()}
    document = [
        write.origin,
        write.seq,
        write.stamp,
        record_type,
        record_id,
        shown,
        {k: sorted(v) for k, v in write.supersedes.items()},
        sorted(write.erases),
        sorted(hidden),
    ]
    return hashlib.sha256(canonical(document).encode()).hexdigest()


# --- local writes -------------------------------------------------------------------------


def _column_values(spec: RecordSpec, values: Mapping[str, Any]) -> dict[str, Any]:
    return {
        name: (value if name == DELETED else record_store.encode(spec, name, value))
        for name, value in values.items()
    }


def _insert(
    session: Session,
    write: Write,
    record_type: str,
    record_id: str,
    *,
    author: str | None,
    redacted: Iterable[str] = (),
) -> None:
    hidden = sorted(set(redacted))
    _raw(session).execute(
        "INSERT INTO changes (origin, seq, stamp, author, record_type, record_id, field_values, "
        "supersedes, erases, redacted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            write.origin,
            write.seq,
            write.stamp,
            author,
            record_type,
            record_id,
            canonical(dict(write.values)),
            canonical({k: list(v) for k, v in write.supersedes.items()}),
            canonical(sorted(write.erases)) if write.erases else None,
            canonical(hidden) if hidden else None,
        ),
    )


def record_local(
    session: Session,
    spec: RecordSpec,
    record_id: str,
    values: Mapping[str, Any],
    *,
    author: str | None,
    created: bool = False,
    deleted: bool = False,
    erases: Iterable[str] = (),
) -> Write:
    """Capture a local write (values in their stored form) in the caller's transaction."""
    past = [] if created else history(session, spec.name, record_id)
    columns = _column_values(spec, values)
    if deleted:
        columns = {f.name: None for f in spec.fields if f.kind is not Kind.REF} | {DELETED: True}
        superseded = all_heads(past) | heads_of(past, columns)
    else:
        superseded = heads_of(past, columns)
    erased = frozenset(erases) & set(columns)
    write = Write(
        origin=device_id(session),
        seq=_next_seq(session),
        stamp=_stamp(session).text(),
        values=columns,
        supersedes={k: v for k, v in superseded.items() if v},
        erases=erased,
    )
    _insert(session, write, spec.name, record_id, author=author)
    if erased:
        _redact(session, spec.name, record_id, [*past, write])
    if not created and _has_conflicts(session, spec.name, record_id):
        materialise(session, spec.name, record_id)  # a local edit may have resolved one
    return write


def _has_conflicts(session: Session, record_type: str, record_id: str) -> bool:
    row = (
        _raw(session)
        .execute(
            "SELECT 1 FROM record_conflicts WHERE record_type = ? AND record_id = ? LIMIT 1",
            (record_type, record_id),
        )
        .fetchone()
    )
    return row is not None


def record_created_many(
    session: Session,
    spec: RecordSpec,
    rows: Sequence[tuple[str, Mapping[str, Any]]],
    *,
    author: str | None,
) -> None:
    """Capture many new records at once (demo data, imports): one executemany."""
    origin = device_id(session)
    encoders = {f.name: (is_list(f) or f.kind is Kind.MAP) for f in spec.fields}
    payload = []
    for record_id, values in rows:
        columns = {
            name: (None if value is None else canonical(value) if encoders.get(name) else value)
            for name, value in values.items()
        }
        payload.append(
            {
                "origin": origin,
                "seq": _next_seq(session),
                "stamp": _stamp(session).text(),
                "author": author,
                "record_type": spec.name,
                "record_id": record_id,
                "field_values": canonical(columns),
                "supersedes": "{}",
                "erases": None,
                "redacted": None,
            }
        )
    if payload:
        session.execute(insert(changes), payload)


# --- remote writes ------------------------------------------------------------------------


def _known(session: Session, origin: str, seq: int) -> Any:
    return session.execute(
        select(changes).where(changes.c.origin == origin, changes.c.seq == seq)
    ).first()


def chunks(items: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    """`items` a slice of `size` at a time (IN lists stay well under SQLite's bound)."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _known_rows(session: Session, incoming: Sequence[Incoming]) -> dict[tuple[str, int], Any]:
    """The writes of `incoming` that are already here (one query per origin and chunk)."""
    by_origin: dict[str, list[int]] = {}
    for item in incoming:
        by_origin.setdefault(item.write.origin, []).append(item.write.seq)
    found: dict[tuple[str, int], Any] = {}
    raw = _raw(session)
    for origin, seqs in by_origin.items():
        for chunk in chunks(sorted(set(seqs))):
            marks = ",".join("?" * len(chunk))
            for row in raw.execute(
                f"SELECT {', '.join(_CHANGE_COLUMNS)} FROM changes "  # noqa: S608 - fixed names
                f"WHERE origin = ? AND seq IN ({marks})",
                (origin, *chunk),
            ).fetchall():
                found[(row[0], row[1])] = _Row(*row)
    return found


@dataclass(frozen=True)
class _Row:
    """A row of `changes` read through the DB-API (same attribute names as SQLAlchemy's)."""

    origin: str
    seq: int
    stamp: str
    author: str | None
    record_type: str
    record_id: str
    field_values: str
    supersedes: str
    erases: str | None
    redacted: str | None


def apply_remote(session: Session, incoming: Sequence[Incoming]) -> ApplyReport:
    """Merge writes from elsewhere; duplicates are no-ops, a clashing duplicate is an error."""
    report = ApplyReport()
    touched: dict[tuple[str, str], None] = {}
    known = _known_rows(session, incoming)
    fresh: list[tuple[Any, ...]] = []
    for item in incoming:
        write = item.write
        existing = known.get((write.origin, write.seq))
        if existing is not None:
            ours = content_hash(
                _write_of(existing),
                existing.record_type,
                existing.record_id,
                json.loads(existing.redacted) if existing.redacted else (),
            )
            theirs = content_hash(write, item.record_type, item.record_id, item.redacted)
            if ours != theirs and not _differs_only_by_erasure(existing, item):
                raise SequenceClashError(f"{write.origin}:{write.seq}")
            report.already_known += 1
            if item.redacted:
                touched[(item.record_type, item.record_id)] = None
            continue
        known[(write.origin, write.seq)] = True
        fresh.append(  # in the order of _CHANGE_COLUMNS
            (
                write.origin,
                write.seq,
                write.stamp,
                item.author,
                item.record_type,
                item.record_id,
                canonical(write.values if type(write.values) is dict else dict(write.values)),
                (
                    canonical({k: list(v) for k, v in write.supersedes.items()})
                    if write.supersedes
                    else "{}"
                ),
                canonical(sorted(write.erases)) if write.erases else None,
                canonical(sorted(set(item.redacted))) if item.redacted else None,
            )
        )
        report.applied += 1
        touched[(item.record_type, item.record_id)] = None
    # records this device had no write of: their whole history is what just arrived
    had_history = _with_history(session, list(touched))
    in_memory: dict[tuple[str, str], list[Write]] = {}
    for item in incoming:
        key = (item.record_type, item.record_id)
        if key in touched and key not in had_history:
            in_memory.setdefault(key, []).append(item.write)
    if fresh:
        _raw(session).executemany(
            "INSERT INTO changes (origin, seq, stamp, author, record_type, record_id, "
            "field_values, supersedes, erases, redacted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            fresh,
        )
    observe(session, (item.write.stamp for item in incoming))
    materialise_many(session, list(touched), known=in_memory)
    report.records.update(touched)
    return report


def _differs_only_by_erasure(existing: Any, item: Incoming) -> bool:
    """A write we hold in full may arrive with values erased since (or the other way round)."""
    ours = json.loads(existing.field_values)
    theirs = dict(item.write.values)
    hidden = set(item.redacted) | set(json.loads(existing.redacted) if existing.redacted else [])
    if set(ours) != set(theirs):
        return False
    return all(ours[k] == theirs[k] for k in ours if k not in hidden)


def _redact(session: Session, record_type: str, record_id: str, writes: Sequence[Write]) -> None:
    """Remove erased values from the stored history of a record."""
    view = record_view(writes)
    erased: dict[str, set[str]] = {}
    for name, field_view in view.items():
        for write_key in field_view.redacted:
            erased.setdefault(write_key, set()).add(name)
    for write in writes:
        fields_of_write = erased.get(write.id, set()) | set(write.erases)
        if not fields_of_write:
            continue
        row = _known(session, write.origin, write.seq)
        if row is None:
            continue
        values = json.loads(row.field_values)
        already = set(json.loads(row.redacted)) if row.redacted else set()
        todo = {name for name in fields_of_write if name in values} - already
        if not todo and not (set(write.erases) - already):
            continue
        for name in todo:
            values[name] = None
        session.execute(
            update(changes)
            .where(changes.c.origin == write.origin, changes.c.seq == write.seq)
            .values(
                field_values=canonical(values),
                redacted=canonical(sorted(already | todo | set(write.erases))),
            )
        )


def _with_history(session: Session, records: Sequence[tuple[str, str]]) -> set[tuple[str, str]]:
    """Which of these records already have writes here."""
    by_type: dict[str, list[str]] = {}
    for record_type, record_id in records:
        by_type.setdefault(record_type, []).append(record_id)
    found: set[tuple[str, str]] = set()
    raw = _raw(session)
    for record_type, ids in by_type.items():
        for chunk in chunks(ids):
            marks = ",".join("?" * len(chunk))
            query = f"SELECT DISTINCT record_id FROM changes WHERE record_type = ? AND record_id IN ({marks})"  # noqa: S608, E501 - placeholders only
            rows = raw.execute(query, (record_type, *chunk)).fetchall()
            found.update((record_type, row[0]) for row in rows)
    return found


def _histories(
    session: Session, record_type: str, record_ids: Sequence[str]
) -> dict[str, list[Write]]:
    found: dict[str, list[Write]] = {record_id: [] for record_id in record_ids}
    raw = _raw(session)
    for chunk in chunks(list(record_ids)):
        marks = ",".join("?" * len(chunk))
        for record_id, *columns in raw.execute(
            "SELECT record_id, origin, seq, stamp, field_values, supersedes, erases "  # noqa: S608
            f"FROM changes WHERE record_type = ? AND record_id IN ({marks})",
            (record_type, *chunk),
        ).fetchall():
            found[record_id].append(_write_from(*columns))
    return found


def materialise(session: Session, record_type: str, record_id: str) -> None:
    """Make one record's row and conflicts what its writes say; erase what must be."""
    materialise_many(session, [(record_type, record_id)])


def materialise_many(  # noqa: PLR0912 - one pass per type: fast path, view, writes, conflicts
    session: Session,
    records: Sequence[tuple[str, str]],
    *,
    known: Mapping[tuple[str, str], list[Write]] | None = None,
) -> None:
    """Make the rows and conflicts of these records what their writes say, type by type, in
    batches (a bundle of the first sync brings tens of thousands of records)."""
    by_type: dict[str, list[str]] = {}
    for record_type, record_id in records:
        by_type.setdefault(record_type, []).append(record_id)
    for record_type, record_ids in by_type.items():
        spec = RECORDS[record_type]
        t = table(spec)
        given = known or {}
        to_read = [i for i in record_ids if (record_type, i) not in given]
        histories = _histories(session, record_type, to_read) if to_read else {}
        for record_id in record_ids:
            if (record_type, record_id) in given:
                histories[record_id] = given[(record_type, record_id)]
        for record_id, writes in histories.items():
            if any(w.erases for w in writes):
                _redact(session, record_type, record_id, writes)
                histories[record_id] = history(session, record_type, record_id)
        raw = _raw(session)
        existing: set[str] = set()
        for chunk in chunks(record_ids):
            marks = ",".join("?" * len(chunk))
            query = f'SELECT id FROM "{t.name}" WHERE id IN ({marks})'  # noqa: S608 - placeholders
            existing.update(row[0] for row in raw.execute(query, tuple(chunk)))
        names = [f.name for f in spec.fields]
        # users also have a local creation time (models.User): the time they arrived here
        local = (utcnow_text(),) if t.name == "users" else ()
        new_rows: list[tuple[Any, ...]] = []  # id, deleted, *fields, *local
        changed_rows: list[tuple[Any, ...]] = []  # deleted, *fields, id
        conflicts: list[tuple[str, str, str]] = []
        for record_id, writes in histories.items():
            if len(writes) == 1 and not writes[0].erases:
                # a record known by one write (most of a first sync): that write is the record
                only = writes[0].values
                values = tuple(map(only.get, names))
                deleted = bool(only.get(DELETED, False))
            else:
                view = record_view(writes)
                values = tuple(view[n].value if n in view else None for n in names)
                deleted = bool(view[DELETED].value) if DELETED in view else False
                conflicts += [
                    (record_type, record_id, name)
                    for name, field_view in view.items()
                    if field_view.conflict
                ]
            if record_id in existing:
                changed_rows.append((deleted, *values, record_id))
            else:
                new_rows.append((record_id, deleted, *values, *local))
        quoted = ", ".join(f'"{n}"' for n in names)
        if new_rows:
            extra = ', "created_at"' if local else ""
            marks = ", ".join("?" * (len(names) + 2 + len(local)))
            raw.executemany(
                f'INSERT INTO "{t.name}" (id, deleted, {quoted}{extra}) VALUES ({marks})',  # noqa: S608
                new_rows,
            )
        if changed_rows:
            assignments = ", ".join(f'"{n}" = ?' for n in names)
            raw.executemany(
                f'UPDATE "{t.name}" SET deleted = ?, {assignments} WHERE id = ?',  # noqa: S608
                changed_rows,
            )
        # records whose whole history just arrived had no conflicts here before
        for chunk in chunks([i for i in record_ids if (record_type, i) not in given]):
            marks = ",".join("?" * len(chunk))
            raw.execute(
                "DELETE FROM record_conflicts WHERE record_type = ? "  # noqa: S608 - placeholders
                f"AND record_id IN ({marks})",
                (record_type, *chunk),
            )
        if conflicts:
            raw.executemany(
                "INSERT INTO record_conflicts (record_type, record_id, field) VALUES (?, ?, ?)",
                conflicts,
            )


# --- what each device has -----------------------------------------------------------------


def vector(session: Session) -> dict[str, int]:
    """For each origin, the highest sequence up to which we hold every write."""
    rows = session.execute(
        select(changes.c.origin, func.max(changes.c.seq), func.count()).group_by(changes.c.origin)
    ).all()
    result: dict[str, int] = {}
    for origin, highest, count in rows:
        if highest == count:
            result[origin] = int(highest)
        else:
            seqs = sorted(session.scalars(select(changes.c.seq).where(changes.c.origin == origin)))
            contiguous = 0
            for seq in seqs:
                if seq != contiguous + 1:
                    break
                contiguous = seq
            result[origin] = contiguous
    return result


def holdings(session: Session, origin: str | None = None) -> dict[str, list[ranges.Range]]:
    """For each origin (or only `origin`), exactly which of its writes this device holds
    (sequence ranges)."""
    result: dict[str, list[ranges.Range]] = {}
    raw = _raw(session)
    # Counted in SQLite over the primary key (7x faster than walking 3 million rows in Python);
    # an origin without holes is one range, the usual case; only one with holes is walked.
    only, arguments = ("WHERE origin = ? ", (origin,)) if origin is not None else ("", ())
    spans = raw.execute(
        "SELECT origin, min(seq), max(seq), count(*) FROM changes "  # noqa: S608 - fixed text
        f"{only}GROUP BY origin",
        arguments,
    ).fetchall()
    for name, low, high, count in spans:
        if count == high - low + 1:
            result[name] = [(low, high)]
            continue
        current: list[ranges.Range] = []
        for (seq,) in raw.execute("SELECT seq FROM changes WHERE origin = ? ORDER BY seq", (name,)):
            if current and seq == current[-1][1] + 1:
                current[-1] = (current[-1][0], seq)
            else:
                current.append((seq, seq))
        result[name] = current
    return result
