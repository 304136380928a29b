"""A small index for counting the live cases, which the case list does on every unlock.

`count(*) ... WHERE deleted IS 0` read every page of the cases table: with 100,000 demo cases,
about 250 ms when the file is in the system's cache and 500 ms when it is not (a laptop after
a restart), on the way from the passphrase to the list. This index holds one small entry per
live case (about 600 KB for 100,000), and the count reads it alone: a few milliseconds.

It is partial, on a condition that only that count names, `length(id) > 0`: true of every row
(an id is a UUID made here or a non-empty id checked on import), so the count is the list's.
SQLite drops `id IS NOT NULL` (a NOT NULL column) and `case_code` may be empty (an erasure of a
case this device never held arrives as a row of nothing but its id). Why partial: an index on
`deleted` that other queries could use made SQLite read every live case through it instead of
walking the case code's index in order (measured: the first page went from 1 to 540 ms),
because without statistics it takes `deleted IS 0` for a selective term.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE INDEX ix_cases_live_count ON cases (deleted) WHERE deleted IS 0 AND length(id) > 0"
    )


def downgrade() -> None:
    raise NotImplementedError("field laptops only move forward; restore the backup instead")
