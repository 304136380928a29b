"""Tables of sync: the change log (every field write), peers, roster, bundles, quarantine.

`changes` is the history every replica converges on; the record tables are what it says
(`care check` proves it). `record_conflicts` is derived from it; the rest is this device's
bookkeeping of what others have, whom it trusts and what waits.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Index,
    Integer,
    LargeBinary,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

from care_desktop.db.models import Base

changes = Table(
    "changes",
    Base.metadata,
    Column("origin", String(36), nullable=False),  # device that made the write
    Column("seq", Integer(), nullable=False),  # that device's sequence number, from 1
    Column("stamp", String(22), nullable=False),  # hybrid logical clock
    Column("author", String(36)),  # user id
    Column("record_type", String(40), nullable=False),
    Column("record_id", String(36), nullable=False),
    Column("field_values", Text(), nullable=False),  # JSON: field → column value
    Column("supersedes", Text(), nullable=False),  # JSON: field → [write ids]
    Column("erases", Text()),  # JSON list of fields whose earlier values this write erases
    Column("redacted", Text()),  # JSON list of fields whose value here has been erased
    PrimaryKeyConstraint("origin", "seq", name="pk_changes"),
    Index("ix_changes_record", "record_type", "record_id"),
)

record_conflicts = Table(
    "record_conflicts",
    Base.metadata,
    Column("record_type", String(40), nullable=False),
    Column("record_id", String(36), nullable=False),
    Column("field", String(64), nullable=False),
    PrimaryKeyConstraint("record_type", "record_id", "field", name="pk_record_conflicts"),
)

sync_state = Table(
    "sync_state",
    Base.metadata,
    Column("key", String(40), primary_key=True),
    Column("value", Text(), nullable=False),
)

peers = Table(
    "peers",
    Base.metadata,
    Column("device_id", String(36), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("office", String(200), nullable=False),
    Column("countries", Text(), nullable=False),  # JSON list of ISO alpha-3
    Column("signing_key", String(80), nullable=False),  # minisign public key (base64)
    Column("age_recipient", String(100), nullable=False),
    Column("status", String(16), nullable=False),  # office | enrolled | revoked
    Column("cutoff", Integer()),  # revoked: last bundle sequence still accepted
    Column("since", String(32), nullable=False),
)

peer_vectors = Table(
    "peer_vectors",
    Base.metadata,
    Column("peer", String(36), nullable=False),
    Column("origin", String(36), nullable=False),
    Column("seq", Integer(), nullable=False),  # the peer holds every write of origin up to seq
    Column("ranges", Text()),  # JSON [[low, high], ...]: exactly what it holds (NULL: 1..seq)
    PrimaryKeyConstraint("peer", "origin", name="pk_peer_vectors"),
)

rosters = Table(
    "rosters",
    Base.metadata,
    Column("version", Integer(), primary_key=True),
    Column("document", Text(), nullable=False),  # the signed roster as received
    Column("received_at", String(32), nullable=False),
)

bundles = Table(
    "bundles",
    Base.metadata,
    Column("sender", String(36), nullable=False),
    Column("seq", Integer(), nullable=False),
    Column("direction", String(3), nullable=False),  # in | out
    Column("recipient", String(36), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("at", String(32), nullable=False),
    Column("writes", Integer(), nullable=False),
    PrimaryKeyConstraint("sender", "seq", "direction", name="pk_bundles"),
)

quarantine = Table(
    "quarantine",
    Base.metadata,
    Column("id", Integer(), primary_key=True, autoincrement=True),
    Column("received_at", String(32), nullable=False),
    Column("reason", String(40), nullable=False),  # a code, explained in docs/bundle-format.md
    Column("sender", String(36)),
    Column("bundle_seq", Integer()),
    Column("content", LargeBinary(), nullable=False),  # the bundle file, or the held writes
    Column("kind", String(8), nullable=False),  # bundle | writes
    Column("resolved", Boolean(), nullable=False, default=False),
)
