"""The history of a case: every field write with who, when and where; identity never shown."""

from __future__ import annotations

from datetime import UTC, date, datetime

from care_desktop.db.store import Store
from care_desktop.services import case_service, history_service, records

D = date(2026, 3, 1)


def _case(store: Store) -> str:
    created = case_service.create_case(
        store,
        {"gender": "Feminine", "country_of_return": "NGA", "date_of_birth": "1999-05-01"},
        {"given_name": "Ngozi", "family_name": "Eze"},
        today=D,
    )
    return created.case.id


def test_history_lists_field_writes_with_author_device_and_time(store: Store) -> None:
    case_id = _case(store)
    case_service.update_case(store, case_id, {"remarks": "Met at the shelter."}, today=D)
    records.create(store, "note", {"case_id": case_id, "written_on": "2026-02-01", "text": "Hi"})
    page = history_service.case_history(store, case_id)
    assert not page.more
    newest = page.rows[0]
    assert (newest.record_type, newest.field, newest.value) == ("note", "written_on", "2026-02-01")
    remark = next(row for row in page.rows if row.field == "remarks" and row.value)
    assert remark.value == "Met at the shelter."
    assert remark.author == "Coordinator One"
    assert remark.device == "IOM France"
    assert remark.this_device
    written = datetime.fromisoformat(remark.at)
    assert abs((datetime.now(UTC) - written).total_seconds()) < 600
    assert not any(row.field == "case_id" for row in page.rows)


def test_identity_values_are_never_in_the_history(store: Store) -> None:
    case_id = _case(store)
    case_service.set_identity(store, case_id, {"phone": "+234 555 0101"}, today=D)
    rows = history_service.case_history(store, case_id).rows
    identity = [row for row in rows if row.record_type == "identity"]
    assert {row.field for row in identity} >= {"given_name", "family_name", "phone"}
    assert all(row.hidden and row.value is None for row in identity)
    texts = repr(rows)
    assert "Ngozi" not in texts
    assert "0101" not in texts


def test_history_is_paged_by_writes_and_keeps_deleted_records(store: Store) -> None:
    case_id = _case(store)
    note = records.create(
        store, "note", {"case_id": case_id, "written_on": "2026-02-01", "text": "x"}
    )
    records.delete(store, "note", note.id)
    for number in range(3):
        case_service.update_case(store, case_id, {"estimated_age": 20 + number}, today=D)
    first = history_service.case_history(store, case_id, limit=2)
    assert first.more
    assert {row.value for row in first.rows if row.field == "estimated_age"} == {22, 21}
    everything = history_service.case_history(store, case_id, limit=1000)
    assert not everything.more
    deletion = [row for row in everything.rows if row.field == history_service.DELETED_FIELD]
    assert deletion
    assert deletion[0].record_id == note.id
    assert deletion[0].value is True
    assert len(everything.rows) > len(first.rows)


def test_list_values_come_back_as_lists(store: Store) -> None:
    case_id = _case(store)
    case_service.update_case(store, case_id, {"languages": ["eng", "fra"]}, today=D)
    rows = history_service.case_history(store, case_id).rows
    languages = next(row for row in rows if row.field == "languages" and row.value)
    assert languages.value == ["eng", "fra"]
