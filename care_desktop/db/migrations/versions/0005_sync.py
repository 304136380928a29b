"""Sync: the change log, peers, roster, bundles, quarantine; existing records get their history.

A database made before sync has records without writes. Each existing record is given one
write by this device (its "baseline"), so that the record tables equal what the change log says
from the first sync on.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import json
import time

import sqlalchemy as sa
from alembic import op

# Frozen at this revision: the synced tables and their record type names.
SYNCED = {
    "offices": "office", "users": "user", "partners": "partner", "programmes": "programme",
    "programme_targets": "target", "cases": "case", "identities": "identity",
    "consents": "consent", "trafficking_profiles": "trafficking_profile",
    "assessments": "assessment", "risk_items": "risk_item", "reintegration_plans": "plan",
    "plan_objectives": "objective", "assistance_measures": "measure",
    "monitoring_visits": "visit", "rss_surveys": "rss_survey", "referrals": "referral",
    "case_notes": "note", "attachments": "attachment", "guardians": "guardian",
    "best_interests": "best_interests", "family_assessments": "family_assessment",
    "handovers": "handover", "case_events": "case_event", "case_links": "case_link",
    "training_sessions": "training_session", "training_participants": "training_participant",
}  # fmt: skip
LOCAL_COLUMNS = {"id", "deleted", "created_at"}


def _backfill() -> None:
    bind = op.get_bind()
    device = bind.exec_driver_sql("SELECT id FROM device LIMIT 1").scalar()
    seq = 0
    if device is not None:
        stamp = f"{time.time_ns() // 1_000_000:015d}.000000"
        for table_name, record_type in SYNCED.items():
            info = bind.exec_driver_sql(f'PRAGMA table_info("{table_name}")').fetchall()
            booleans = {row[1] for row in info if str(row[2]).upper() == "BOOLEAN"}
            columns = [row[1] for row in info if row[1] not in LOCAL_COLUMNS]
            names = ", ".join(f'"{c}"' for c in ["id", "deleted", *columns])
            # names come from the schema itself (PRAGMA table_info), not from any input
            query = f'SELECT {names} FROM "{table_name}" ORDER BY id'  # noqa: S608
            rows = bind.exec_driver_sql(query)
            batch = []
            for row in rows:
                record_id, deleted, *values = row
                if deleted:
                    written = {"_deleted": True}
                else:
                    written = {
                        column: (bool(value) if column in booleans else value)
                        for column, value in zip(columns, values, strict=True)
                        if value is not None
                    }
                seq += 1
                batch.append(
                    {
                        "origin": device,
                        "seq": seq,
                        "stamp": stamp,
                        "record_type": record_type,
                        "record_id": record_id,
                        "field_values": json.dumps(written, sort_keys=True, ensure_ascii=False),
                    }
                )
            if batch:
                bind.execute(
                    sa.text(
                        "INSERT INTO changes (origin, seq, stamp, author, record_type, record_id, "
                        "field_values, supersedes) VALUES (:origin, :seq, :stamp, NULL, "
                        ":record_type, :record_id, :field_values, '{}')"
                    ),
                    batch,
                )
    bind.execute(
        sa.text("INSERT INTO sync_state (key, value) VALUES ('next_seq', :next)"),
        {"next": str(seq + 1)},
    )


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bundles",
        sa.Column("sender", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("recipient", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("writes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("sender", "seq", "direction", name="pk_bundles"),
    )
    op.create_table(
        "changes",
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.String(length=22), nullable=False),
        sa.Column("author", sa.String(length=36), nullable=True),
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field_values", sa.Text(), nullable=False),
        sa.Column("supersedes", sa.Text(), nullable=False),
        sa.Column("erases", sa.Text(), nullable=True),
        sa.Column("redacted", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("origin", "seq", name="pk_changes"),
    )
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.create_index("ix_changes_record", ["record_type", "record_id"], unique=False)

    op.create_table(
        "peer_vectors",
        sa.Column("peer", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("peer", "origin", name="pk_peer_vectors"),
    )
    op.create_table(
        "peers",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("office", sa.String(length=200), nullable=False),
        sa.Column("countries", sa.Text(), nullable=False),
        sa.Column("signing_key", sa.String(length=80), nullable=False),
        sa.Column("age_recipient", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("cutoff", sa.Integer(), nullable=True),
        sa.Column("since", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_peers")),
    )
    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("sender", sa.String(length=36), nullable=True),
        sa.Column("bundle_seq", sa.Integer(), nullable=True),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quarantine")),
    )
    op.create_table(
        "record_conflicts",
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("record_type", "record_id", "field", name="pk_record_conflicts"),
    )
    op.create_table(
        "rosters",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_rosters")),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    _backfill()


def downgrade() -> None:
    raise NotImplementedError("field laptops only move forward; restore the backup instead")
