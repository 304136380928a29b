"""Replicas on real encrypted databases converge whatever happens to their bundles (hypothesis):
skewed clocks, random edits and deletes, bundles delivered late, out of order, twice or never
until the end. All replicas end with identical exports and conflicts, and no write is lost."""

from __future__ import annotations

import json
import shutil
from contextlib import ExitStack
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from care_desktop.db.sync_tables import changes
from care_desktop.services import (
    bundle_service,
    case_service,
    conflict_service,
    export_service,
    records,
    trust_service,
    vault_service,
)
from care_desktop.services.unit_of_work import writing
from care_desktop.sync import clock
from tests.conftest import PASSPHRASE
from tests.sync.helpers import make_device, pair

NAMES = ("office", "north", "south")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An office and two missions, paired, sharing two cases with a note each."""
    folder = tmp_path_factory.mktemp("replicas")
    office = make_device(folder, "office", "coordinator")
    north = make_device(folder, "north", "field")
    south = make_device(folder, "south", "field")
    pair(office, north, folder, "NGA")
    pair(office, south, folder, "NGA")
    store = vault_service.unlock_with_passphrase(office.db, PASSPHRASE)
    try:
        for name in ("Ada", "Bisi"):
            case = case_service.create_case(
                store, {"gender": "Feminine", "country_of_return": "NGA"}, {"given_name": name}
            ).case
            records.create(store, "consent", {"case_id": case.id, "scope": "transfer_to_office",
                                              "given_on": "2026-01-01"})  # fmt: skip
            records.create(store, "note", {"case_id": case.id, "written_on": "2026-01-02",
                                           "text": f"first note of {name}"})  # fmt: skip
        for target in (north, south):
            out = folder / f"seed-{target.name}.carebundle"
            bundle_service.export_bundle(store, target.device_id, out)
            target.care("bundle", "import", str(out))
    finally:
        store.close()
    return folder


def copy_world(template: Path, target: Path) -> dict[str, Path]:
    for name in NAMES:
        shutil.copytree(template / name, target / name)
    return {name: target / name / "care.db" for name in NAMES}


edit = st.tuples(
    st.just("edit"),
    st.sampled_from(NAMES),
    st.integers(0, 1),
    st.sampled_from(["place_of_return", "host_country"]),
    st.integers(0, 5),
)
operations = st.lists(
    st.one_of(
        edit,
        edit,
        edit,
        st.tuples(st.just("delete-note"), st.sampled_from(NAMES), st.integers(0, 1)),
        st.tuples(st.just("send"), st.sampled_from(["north", "south"]), st.booleans()),
        st.tuples(st.just("deliver"), st.integers(0, 50), st.booleans()),
    ),
    min_size=1,
    max_size=18,
)
skews = st.lists(st.integers(-3 * 86_400_000, 3 * 86_400_000), min_size=3, max_size=3)


def _skewed(skew: int) -> int:
    return clock.time_now() + skew


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations, skews)
def test_replicas_converge_and_lose_nothing(  # noqa: PLR0912 - one scenario, step by step
    template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    plan: list[tuple],  # type: ignore[type-arg]
    skew: list[int],
) -> None:
    folder = tmp_path_factory.mktemp("example")
    paths = copy_world(template, folder)
    with ExitStack() as stack:
        stores = {
            name: vault_service.unlock_with_passphrase(path, PASSPHRASE)
            for name, path in paths.items()
        }
        for store in stores.values():
            stack.callback(store.close)
        ids = {name: trust_service.identity(store).device_id for name, store in stores.items()}
        cases = sorted(row.id for row in case_service.list_cases(stores["office"]))
        mailbox: list[tuple[str, Path]] = []
        real_now = clock.now_millis

        def use_clock_of(name: str) -> None:
            offset = skew[NAMES.index(name)]
            monkeypatch.setattr(clock, "now_millis", lambda: real_now() + offset)

        for step, operation in enumerate(plan):
            kind = operation[0]
            if kind == "edit":
                _, who, case, field, value = operation
                use_clock_of(who)
                text = (
                    ["FRA", "ESP", "PRT", "AUT", "GBR", "FRA"][value]
                    if field == "host_country"
                    else f"{who}-{step}-{value}"
                )
                case_service.update_case(stores[who], cases[case], {field: text})
            elif kind == "delete-note":
                _, who, case = operation
                use_clock_of(who)
                notes = records.list_for_case(stores[who], "note", cases[case])
                if notes:
                    records.delete(stores[who], "note", notes[0].id)
            elif kind == "send":
                _, field_name, upward = operation
                source, target = (field_name, "office") if upward else ("office", field_name)
                out = folder / f"{step}-{source}-{target}.carebundle"
                bundle_service.export_bundle(
                    stores[source], "office" if upward else ids[target], out
                )
                mailbox.append((target, out))
            elif kind == "deliver" and mailbox:
                _, index, again = operation
                target, out = mailbox[index % len(mailbox)]
                use_clock_of(target)
                bundle_service.import_bundle(stores[target], out)
                if again:  # duplicated delivery
                    bundle_service.import_bundle(stores[target], out)
        monkeypatch.setattr(clock, "now_millis", real_now)
        # deliver everything still waiting, in reverse order, then sync until quiet
        for target, out in reversed(mailbox):
            bundle_service.import_bundle(stores[target], out)
        for round_number in range(3):
            for field_name in ("north", "south"):
                for source, target, to in (
                    (field_name, "office", "office"),
                    ("office", field_name, ids[field_name]),
                ):
                    out = folder / f"final-{round_number}-{source}-{target}.carebundle"
                    bundle_service.export_bundle(stores[source], to, out)
                    bundle_service.import_bundle(stores[target], out)
        exports = {}
        for name, store in stores.items():
            with writing(store) as work:
                document = export_service.json_document(work)
            exports[name] = export_service.dumps(
                {k: v for k, v in document.items() if k != "users"}
            )
        assert exports["north"] == exports["office"] == exports["south"]
        conflict_sets = {
            name: sorted(
                (c.id, json.dumps(sorted(str(v.value) for v in c.candidates)))
                for c in conflict_service.conflicts(store)
            )
            for name, store in stores.items()
        }
        assert conflict_sets["north"] == conflict_sets["office"] == conflict_sets["south"]
        event(f"conflicts: {min(len(conflict_sets['office']), 2)}")
        held = {}
        for name, store in stores.items():
            with store.read() as session:
                held[name] = {
                    (r.origin, r.seq)
                    for r in session.execute(select(changes.c.origin, changes.c.seq))
                }
        # no write lost: every write any replica made is held by the office and by the missions
        assert held["office"] == held["north"] == held["south"]
