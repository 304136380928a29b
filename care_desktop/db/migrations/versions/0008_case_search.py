"""A trigram index of the words the case list searches in: case codes, places of return, names.

The case list found a word with LIKE '%word%' over every case and identity: with 100,000 demo
cases, 150 to 700 ms per keystroke. An FTS5 trigram index answers a word of three letters or
more from the index alone (services/case_list_service.py).

The names are identity data, so the index keeps no second readable copy of them: the FTS5
table is contentless (content=''), rows can be deleted (contentless_delete=1), and FTS5's
secure-delete overwrites a deleted row's terms in the index, as PRAGMA secure_delete does for
pages. Rows are keyed by `case_search_rows.id`, an INTEGER PRIMARY KEY, which VACUUM keeps (a
table's implicit rowid it may renumber): one row per live case ("case") and per live identity
(its id).

Triggers keep the index in step inside SQLite, whoever writes (record store, bundle and care
imports, erasure): every insert, update of a searched column or of `deleted`, and delete first
drops the row's words, then adds them back only while the row is live. A tombstone or an
erasure that empties a name takes the words out at once.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Words are joined by a line break: a search word never holds whitespace, so no trigram that
# spans two values can match one.
CASE_WORDS = "{t}.case_code || char(10) || coalesce({t}.place_of_return, '')"
IDENTITY_WORDS = (
    "coalesce({t}.given_name, '') || char(10) || coalesce({t}.family_name, '') || char(10) "
    "|| coalesce({t}.other_names, '')"
)


def _drop(case_id: str, source: str) -> str:
    key = f"case_id = {case_id} AND source = {source}"
    return (
        f"DELETE FROM case_search WHERE rowid = (SELECT id FROM case_search_rows WHERE {key});\n"  # noqa: S608 - fixed names
        f"DELETE FROM case_search_rows WHERE {key};\n"
    )


def _add(case_id: str, source: str, words: str, live: str) -> str:
    key = f"case_id = {case_id} AND source = {source}"
    return (
        f"INSERT INTO case_search_rows (case_id, source) SELECT {case_id}, {source} "  # noqa: S608 - fixed names
        f"WHERE {live};\n"
        f"INSERT INTO case_search (rowid, words) SELECT id, {words} FROM case_search_rows "
        f"WHERE {key} AND {live};\n"
    )


def _triggers(table: str, *, case_id: str, source: str, words: str, columns: str) -> list[str]:
    new_id, new_source = case_id.format(t="new"), source.format(t="new")
    old_id, old_source = case_id.format(t="old"), source.format(t="old")
    live = "new.deleted = 0"
    add = _add(new_id, new_source, words.format(t="new"), live)
    return [
        f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN\n"
        f"{_drop(new_id, new_source)}{add}END",
        f"CREATE TRIGGER {table}_search_update AFTER UPDATE OF {columns} ON {table} BEGIN\n"
        f"{_drop(old_id, old_source)}{add}END",
        f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN\n"
        f"{_drop(old_id, old_source)}END",
    ]


def upgrade() -> None:
    op.execute(
        "CREATE TABLE case_search_rows (id INTEGER PRIMARY KEY, case_id TEXT NOT NULL, "
        "source TEXT NOT NULL, UNIQUE (case_id, source))"
    )
    op.execute(
        "CREATE VIRTUAL TABLE case_search USING fts5(words, "
        "tokenize = 'trigram remove_diacritics 1', content = '', contentless_delete = 1)"
    )
    op.execute("INSERT INTO case_search (case_search, rank) VALUES ('secure-delete', 1)")
    statements = _triggers(
        "cases",
        case_id="{t}.id",
        source="'case'",
        words=CASE_WORDS,
        columns="case_code, place_of_return, deleted",
    ) + _triggers(
        "identities",
        case_id="{t}.case_id",
        source="{t}.id",
        words=IDENTITY_WORDS,
        columns="case_id, given_name, family_name, other_names, deleted",
    )
    for statement in statements:
        op.execute(statement)
    # The rows written before this version.
    op.execute(
        "INSERT INTO case_search_rows (case_id, source) "
        "SELECT id, 'case' FROM cases WHERE deleted = 0"
    )
    op.execute(
        "INSERT INTO case_search_rows (case_id, source) "
        "SELECT case_id, id FROM identities WHERE deleted = 0"
    )
    op.execute(
        "INSERT INTO case_search (rowid, words) SELECT r.id, "  # noqa: S608 - fixed names
        + CASE_WORDS.format(t="c")
        + " FROM case_search_rows AS r JOIN cases AS c ON c.id = r.case_id WHERE r.source = 'case'"
    )
    op.execute(
        "INSERT INTO case_search (rowid, words) SELECT r.id, "  # noqa: S608 - fixed names
        + IDENTITY_WORDS.format(t="i")
        + " FROM case_search_rows AS r JOIN identities AS i ON i.id = r.source"
    )
    op.execute("INSERT INTO case_search (case_search) VALUES ('optimize')")


def downgrade() -> None:
    raise NotImplementedError("field laptops only move forward; restore the backup instead")
