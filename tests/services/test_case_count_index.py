"""The list as it opens counts every live case through the small partial index of migration
0009 (not the whole cases table), and the count stays right as cases come and go."""

from __future__ import annotations

from sqlalchemy import insert
from sqlalchemy.dialects import sqlite

from care_desktop.db import record_store
from care_desktop.db.record_tables import table
from care_desktop.db.store import Store
from care_desktop.domain import records as r
from care_desktop.services import case_list_service, case_service, records
from care_desktop.services.case_list_service import CaseFilter
from care_desktop.services.unit_of_work import writing
from tests.services.test_case_workflow import D


def _plan(store: Store, case_filter: CaseFilter) -> str:
    query = case_list_service._count_query(case_filter, D)
    compiled = query.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
    with store.read() as session:
        raw = session.connection().connection.driver_connection
        return " ".join(row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {compiled}"))


def test_the_opening_count_reads_the_small_index_and_stays_right(store: Store) -> None:
    assert "ix_cases_live_count" in _plan(store, CaseFilter())
    # the index's condition as a literal in the statement the application runs: with a bound
    # parameter in its place SQLite read the whole table (measured at 100,000 cases)
    sent = str(case_list_service._count_query(CaseFilter(), D).compile(dialect=sqlite.dialect()))
    assert "length(cases.id) > 0" in sent
    # a filtered count keeps its own index: the partial one serves the opening count only
    assert "ix_cases_live_count" not in _plan(store, CaseFilter(status="identified"))
    ids = [
        case_service.create_case(
            store, {"gender": "Feminine", "country_of_return": c}, today=D
        ).case.id
        for c in ("NGA", "GHA", "SEN")
    ]
    assert case_list_service.count(store, today=D) == 3
    records.delete(store, "case", ids[1])
    assert case_list_service.count(store, today=D) == 2
    rows, total = case_list_service.first_page(store, today=D)
    assert total == 2
    assert {row.id for row in rows} == {ids[0], ids[2]}
    # a live case with nothing but its id (an erasure of a case this device never held, as a
    # merge materialises it) is listed and counted alike
    with writing(store) as work, record_store.applying():
        work.session.execute(insert(table(r.CASE)).values(id="shell-0001", deleted=False))
    rows, total = case_list_service.first_page(store, today=D)
    assert total == len(rows) == case_list_service.count(store, today=D) == 3
