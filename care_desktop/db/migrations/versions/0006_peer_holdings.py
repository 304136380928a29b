"""Exactly which writes each peer holds, not only the prefix it holds without a hole.

A field device holds the office's writes of its own countries only, so its holdings of the
office's writes have holes; with the prefix alone, every later bundle would carry again all
that follows the first hole. `ranges` is the JSON list of [low, high] sequence ranges; NULL means
the prefix in `seq` is all that is known (1..seq).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("peer_vectors", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ranges", sa.Text(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("field laptops only move forward; restore the backup instead")
