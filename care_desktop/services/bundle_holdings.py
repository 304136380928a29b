"""What each peer holds and what is in flight to it, hence what a bundle need not carry again."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from care_desktop.db.store import Store
from care_desktop.db.sync_tables import bundles, peer_vectors, peers, sync_state
from care_desktop.domain.roles import Role
from care_desktop.services import trust_service
from care_desktop.services.unit_of_work import reading, writing
from care_desktop.sync import changelog, ranges


def held_by(session: Session, peer: str) -> dict[str, list[ranges.Range]]:
    """Exactly which writes of each origin the peer said it holds (its last bundles)."""
    return {
        row.origin: _stored_ranges(row)
        for row in session.execute(select(peer_vectors).where(peer_vectors.c.peer == peer))
    }


def _stored_ranges(row: Any) -> list[ranges.Range]:
    if row.ranges is None:  # from before exact holdings were kept: the prefix is what is known
        return [(1, int(row.seq))] if int(row.seq) > 0 else []
    return [(int(low), int(high)) for low, high in json.loads(row.ranges)]


def remember_holdings(
    session: Session, peer: str, holdings: Mapping[str, Sequence[ranges.Range]]
) -> None:
    """What the sender holds, hence what it need not be sent again. Holdings only grow (a write
    is never taken back), so bundles arriving in any order add up: the union is kept."""
    known = held_by(session, peer)
    for origin, spans in holdings.items():
        if not spans:
            continue
        before = known.get(origin)
        merged = ranges.union(before or [], spans)
        if merged == before:
            continue
        values = {"seq": ranges.prefix(merged), "ranges": json.dumps([list(x) for x in merged])}
        if before is None:
            session.execute(insert(peer_vectors).values(peer=peer, origin=origin, **values))
        else:
            session.execute(
                update(peer_vectors)
                .where(peer_vectors.c.peer == peer, peer_vectors.c.origin == origin)
                .values(**values)
            )


@dataclass(frozen=True)
class PeerSync:
    """Where this device and one peer stand (`care devices list`)."""

    unacknowledged: int | None  # our writes the office does not yet hold (field devices only)
    missing_writes: list[ranges.Range]  # that peer's own writes it holds and we have not received
    missing_bundles: list[ranges.Range]  # its bundle numbers never imported here


def sync_status(store: Store) -> dict[str, PeerSync]:
    """Per peer: what the office has not acknowledged, and the gaps in what we received."""
    with reading(store) as work:
        session = work.session
        me = changelog.device_id(session)
        mine = changelog.holdings(session)
        role = trust_service.role(session)
        imported: dict[str, list[int]] = {}
        for sender, seq in session.execute(
            select(bundles.c.sender, bundles.c.seq).where(bundles.c.direction == "in")
        ):
            imported.setdefault(sender, []).append(int(seq))
        status: dict[str, PeerSync] = {}
        for row in session.execute(select(peers.c.device_id, peers.c.status)):
            theirs = held_by(session, row.device_id)
            # their own writes, as far as they said they hold them, that are not here
            # a field device's own writes, as far as it said it holds them, not here (held back
            # for consent, or in a bundle that never came); the office sends each device only
            # its countries, so a field device does not count the office's writes this way
            missing = (
                ranges.difference(theirs.get(row.device_id, []), mine.get(row.device_id, []))
                if role is Role.COORDINATOR
                else []
            )
            unacknowledged = None
            if role is Role.FIELD and row.status == "office":
                unacknowledged = ranges.count(
                    ranges.difference(mine.get(me, []), theirs.get(me, []))
                )
            numbers = ranges.from_numbers(imported.get(row.device_id, []))
            status[row.device_id] = PeerSync(
                unacknowledged,
                missing,
                ranges.missing(numbers, numbers[-1][1]) if numbers else [],
            )
        return status


def unacknowledged(store: Store) -> int | None:
    """How many of this field device's own writes the office does not yet hold (what the
    status bar shows); None on the office's database, or before an office is enrolled. Reads
    only this device's own writes: the status is refreshed often, on databases of millions."""
    with reading(store) as work:
        session = work.session
        if trust_service.role(session) is not Role.FIELD:
            return None
        offices = session.scalars(select(peers.c.device_id).where(peers.c.status == "office"))
        office = offices.first()
        if office is None:
            return None
        me = changelog.device_id(session)
        mine = changelog.holdings(session, me).get(me, [])
        return ranges.count(ranges.difference(mine, held_by(session, office).get(me, [])))


INFLIGHT_DAYS = 14  # a bundle not acknowledged by then is taken as lost: its writes go again


def inflight(session: Session, peer: str) -> list[list[Any]]:
    """Bundles sent to `peer` that it has not said it imported: [seq, {origin: ranges}, at]."""
    raw = trust_service._state(session, f"inflight:{peer}")
    return json.loads(raw) if raw else []


def set_inflight(session: Session, peer: str, entries: list[list[Any]]) -> None:
    trust_service.set_state(session, f"inflight:{peer}", json.dumps(entries))


def mark_acknowledged(session: Session, peer: str, numbers: Sequence[ranges.Range]) -> None:
    """`peer` imported these bundles of ours: what they carried is now in its holdings (or it
    was lost on the way, when a later one came): either way no longer in flight."""
    if not numbers:
        return
    newest = numbers[-1][1]
    entries = inflight(session, peer)
    kept = [entry for entry in entries if int(entry[0]) > newest]
    if len(kept) != len(entries):
        set_inflight(session, peer, kept)


def forget_in_flight(store: Store) -> None:
    """Take every bundle sent as lost (the relay that held them lost its data): what they
    carried goes again with the next bundles."""
    with writing(store) as work:
        for (key,) in work.session.execute(
            select(sync_state.c.key).where(sync_state.c.key.like("inflight:%"))
        ):
            trust_service.set_state(work.session, key, "[]")


def in_flight_ranges(session: Session, peer: str) -> dict[str, list[ranges.Range]]:
    """What recent bundles to `peer` carried, not yet acknowledged: automatic sync does not send
    it again (a relay keeps it, or a stick carries it); after INFLIGHT_DAYS it goes again."""
    limit = (datetime.now(UTC) - timedelta(days=INFLIGHT_DAYS)).isoformat(timespec="seconds")
    entries = [entry for entry in inflight(session, peer) if str(entry[2]) >= limit]
    carried: dict[str, list[ranges.Range]] = {}
    for _, spans, _ in entries:
        for origin, pairs in spans.items():
            carried[origin] = ranges.union(
                carried.get(origin, []), [(int(a), int(b)) for a, b in pairs]
            )
    return carried
