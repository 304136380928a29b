"""The date a case was anonymised (identity and free text erased, statistics kept).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("anonymised_on", sa.String(length=10), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("field laptops only move forward; restore the backup instead")
