"""Duplicates, the sustainability survey, attachments, retention and erasure, trainings."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from care_desktop.db.store import Store
from care_desktop.domain.rss import CURRENT_INSTRUMENT, PLACEHOLDER_WEIGHTS, weight_set_to_json
from care_desktop.services import (
    attachment_service,
    case_service,
    duplicate_service,
    records,
    retention_service,
    rss_service,
    training_service,
    workflow_service,
)
from tests.services.test_case_workflow import D, assess

CANARY = "Zanele-Canary-Mkhize"


def test_a_transliterated_name_is_flagged_both_ways_and_never_merged(store: Store) -> None:
    first = case_service.create_case(
        store,
        {"gender": "Feminine", "date_of_birth": "1998-04-12", "country_of_return": "UKR"},
        {"given_name": "Olena", "family_name": "Shevchenko"},
        today=D,
    )
    assert first.duplicates == ()
    second = case_service.create_case(
        store,
        {"gender": "Feminine", "date_of_birth": "1998-04-12", "country_of_return": "UKR"},
        {"given_name": "Олена", "family_name": "Шевченко"},
        today=D,
    )
    assert [c.case_id for c in second.duplicates] == [first.case.id]
    links = records.list_for_case(store, "case_link", first.case.id)
    assert [link.values["other_case_id"] for link in links] == [second.case.id]
    assert links[0].values["kind"] == "possible_duplicate"
    duplicate_service.decide(store, links[0].id, same_person=False)
    mirror = records.list_for_case(store, "case_link", second.case.id)
    assert mirror[0].values["kind"] == "not_same_person"
    assert case_service.count_cases(store) == 2  # nothing merged
    typed = duplicate_service.possible_duplicates(store, ("Olena", "Ševčenko"), date(1998, 4, 12))
    assert {c.case_id for c in typed} == {first.case.id, second.case.id}


def test_survey_scores_recompute_when_weights_are_loaded(store: Store, tmp_path: Path) -> None:
    case = case_service.create_case(
        store, {"gender": "Masculine", "country_of_return": "SEN"}, today=D
    ).case
    best = {i.code: i.answers[0].code for i in CURRENT_INSTRUMENT.indicators}
    worst_economic = dict(best)
    for indicator in CURRENT_INSTRUMENT.indicators:
        if indicator.dimension == "economic":
            worst_economic[indicator.code] = [a.code for a in indicator.answers if a.code != "na"][
                -1
            ]
    rss_service.record_survey(store, case.id, worst_economic, today=D)
    before = rss_service.scores_for_case(store, case.id)[0]
    assert not before.official
    assert before.scores.economic == 0.0
    assert before.scores.social == 1.0
    weights = json.loads(weight_set_to_json(PLACEHOLDER_WEIGHTS))
    weights["version"] = "test-economic-heavy"
    weights["dimension_weights"] = {"economic": 8, "social": 1, "psychosocial": 1}
    path = tmp_path / "weights.json"
    path.write_text(json.dumps(weights))
    rss_service.load_weights(store, path)
    after = rss_service.scores_for_case(store, case.id)[0]
    assert after.weights_version == "test-economic-heavy"
    assert before.scores.composite == pytest.approx(2 / 3)
    assert after.scores.composite == pytest.approx(0.2)


def test_attachments_are_content_addressed_and_size_limited(store: Store, tmp_path: Path) -> None:
    case = case_service.create_case(store, {"gender": "Feminine", "country_of_return": "GHA"}).case
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 synthetic")
    one = attachment_service.attach(store, case.id, scan)
    two = attachment_service.attach(store, case.id, scan, description="again")
    assert one.values["sha256"] == two.values["sha256"]
    assert attachment_service.content(store, one.id) == b"%PDF-1.4 synthetic"
    big = tmp_path / "big.bin"
    big.write_bytes(b"0" * (attachment_service.MAX_ATTACHMENT_BYTES + 1))
    with pytest.raises(attachment_service.AttachmentTooLargeError):
        attachment_service.attach(store, case.id, big)


def _files_contain(folder: Path, needle: bytes) -> list[str]:
    return [p.name for p in folder.iterdir() if p.is_file() and needle in p.read_bytes()]


def test_anonymising_keeps_statistics_and_leaves_no_readable_trace(
    store: Store, db_path: Path
) -> None:
    case = case_service.create_case(
        store,
        {"gender": "Feminine", "date_of_birth": "1990-03-14", "country_of_return": "NGA",
         "place_of_return": CANARY, "remarks": CANARY},
        {"given_name": CANARY, "family_name": "Dlamini"},
        today=date(2019, 1, 5),
    ).case  # fmt: skip
    code = str(case.values["case_code"])
    records.create(store, "note", {"case_id": case.id, "written_on": "2019-01-06", "text": CANARY})
    with pytest.raises(retention_service.NotClosedError):
        retention_service.anonymise(store, code, today=date(2026, 1, 1))
    workflow_service.advance(
        store, code, "closed", closure_reason="lost_contact", today=date(2020, 1, 1)
    )
    with pytest.raises(retention_service.RetentionNotOverError):
        retention_service.anonymise(store, code, today=date(2024, 12, 31))
    retention_service.anonymise(store, code, today=date(2025, 1, 2))
    kept = case_service.get_case(store, code).values
    assert (kept["gender"], kept["country_of_return"], kept["date_of_birth"]) == (
        "Feminine", "NGA", "1990-07-01",
    )  # fmt: skip
    assert kept["place_of_return"] is None
    assert kept["anonymised_on"] == "2025-01-02"
    identity = case_service.get_identity(store, code)
    assert identity is not None
    assert identity.values["given_name"] is None
    store.close()
    assert _files_contain(db_path.parent, CANARY.encode()) == []


def test_only_a_coordinator_erases(field_store: Store) -> None:
    case = case_service.create_case(
        field_store, {"gender": "Feminine", "country_of_return": "NGA"}
    ).case
    with pytest.raises(retention_service.CoordinatorOnlyError):
        retention_service.erase(field_store, case.id)


def test_erasing_removes_the_case_and_every_value(store: Store, db_path: Path) -> None:
    case = case_service.create_case(
        store,
        {"gender": "Feminine", "country_of_return": "NGA", "remarks": CANARY},
        {"given_name": CANARY},
        today=D,
    ).case
    assess(store, str(case.values["case_code"]))
    retention_service.erase(store, case.id)
    assert case_service.count_cases(store) == 0
    with pytest.raises(case_service.CaseNotFoundError):
        case_service.get_case(store, case.id)
    store.close()
    assert _files_contain(db_path.parent, CANARY.encode()) == []


def test_training_totals_by_organisation_type_and_sex(store: Store) -> None:
    session = records.create(store, "training_session", {"date": "2026-02-02", "audience": "ofii"})
    for sex, attended, pre, post in (
        ("female", True, 40, 70),
        ("male", True, 50, 60),
        ("female", False, None, None),
    ):
        records.create(
            store,
            "training_participant",
            {"session_id": session.id, "name": "Trainee", "organisation_type": "ofii", "sex": sex,
             "attended": attended, "pre_score": pre, "post_score": post, "found_useful": attended},
        )  # fmt: skip
    totals = training_service.totals(store)
    assert (totals.sessions, totals.participants, totals.attended) == (1, 3, 2)
    assert totals.by_sex == {"female": 1, "male": 1}
    assert totals.by_organisation_type == {"ofii": 2}
    assert totals.mean_gain == 20
