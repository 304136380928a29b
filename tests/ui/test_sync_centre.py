"""The sync centre: conflicts reviewed side by side and resolved; outbox, quarantine, devices."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from care_desktop.services import case_service, sync_service, vault_service
from care_desktop.services.vault_service import Store
from care_desktop.ui.sync_centre_screen import SyncCentreScreen
from care_desktop.ui.task_runner import TaskRunner
from tests.conftest import PASSPHRASE
from tests.sync.helpers import make_device, pair, send


@pytest.fixture
def office_with_conflicts(tmp_path: Path) -> Iterator[tuple[Store, str]]:
    """An office and a mission that changed two fields of one case at the same time."""
    office = make_device(tmp_path, "office", "coordinator")
    lagos = make_device(tmp_path, "lagos", "field")
    pair(office, lagos, tmp_path, "NGA")
    case = office.json("case", "new", "gender=Feminine", "country_of_return=NGA")["case"]
    office.care("record", "add", "consent", f"case_id={case['id']}", "scope=transfer_to_office")
    code = str(case["case_code"])
    send(office, lagos, tmp_path)
    lagos.care("case", "set", code, "place_of_return=Warri", "remarks=with her aunt")
    office.care("case", "set", code, "place_of_return=Benin City", "remarks=alone")
    send(lagos, office, tmp_path, to="office")
    store = vault_service.unlock_with_passphrase(office.db, PASSPHRASE)
    yield store, code
    store.close()


def test_conflict_review_keeps_one_value_or_writes_another(
    qtbot: QtBot,
    office_with_conflicts: tuple[Store, str],
    runner: TaskRunner,
    english: None,
    qtmodeltester: ModelTester,
) -> None:
    store, code = office_with_conflicts
    screen = SyncCentreScreen(store, runner)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    review = screen.review
    qtmodeltester.check(review.conflicts)
    qtmodeltester.check(review.values)
    assert review.conflicts.rowCount() == 2
    assert screen.tabs.tabText(0) == "Conflicts (2)"
    fields = {review.conflicts.data(review.conflicts.index(n, 1)) for n in range(2)}
    assert fields == {"Place of return", "Remarks"}

    place_row = next(
        n
        for n in range(2)
        if review.conflicts.data(review.conflicts.index(n, 1)) == "Place of return"
    )
    review.conflict_table.selectRow(place_row)
    shown = sorted(review.values.data(review.values.index(n, 0)) for n in range(2))
    assert shown == ["Benin City", "Warri"]  # both values, side by side, with who and where
    assert all(review.values.data(review.values.index(n, 2)) for n in range(2))
    warri = next(n for n in range(2) if review.values.data(review.values.index(n, 0)) == "Warri")
    review.value_table.selectRow(warri)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        review.keep_button.click()
    assert review.conflicts.rowCount() == 1
    assert case_service.get_case(store, code).values["place_of_return"] == "Warri"

    review.conflict_table.selectRow(0)
    review.other_value.setText("with her aunt, then alone")
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        review.write_button.click()
    assert review.conflicts.rowCount() == 0
    assert screen.tabs.tabText(0) == "Conflicts (0)"
    assert case_service.get_case(store, code).values["remarks"] == "with her aunt, then alone"
    # the devices tab knows the mission
    assert screen.devices.rowCount() == 1
    assert screen.devices.data(screen.devices.index(0, 3)) == "enrolled"


def test_history_inbox_and_quarantine_with_its_reason(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner, english: None, qtmodeltester: ModelTester
) -> None:
    office = make_device(tmp_path, "office", "coordinator")
    lagos = make_device(tmp_path, "lagos", "field")
    accra = make_device(tmp_path, "accra", "field")
    pair(office, lagos, tmp_path, "NGA")
    case = lagos.json("case", "new", "gender=Feminine", "country_of_return=NGA")["case"]
    lagos.care("record", "add", "consent", f"case_id={case['id']}", "scope=transfer_to_office")
    send(lagos, office, tmp_path, to="office")
    send(office, lagos, tmp_path)
    # a mission the office has not enrolled yet pins the office and sends a bundle
    office_card = tmp_path / "office-for-accra.card"
    office.care("identity", "export", "--out", str(office_card))
    fingerprint = office.json("identity", "show")["fingerprint"]
    accra.care("enroll", str(office_card), "--fingerprint", fingerprint)
    accra.json("case", "new", "gender=Masculine", "country_of_return=GHA")
    early = tmp_path / "early.carebundle"
    accra.care("bundle", "export", "--to", "office", "--out", str(early))
    assert office.json("bundle", "import", str(early))["bundles"][0]["status"] == "quarantined"
    # and one bundle still lies in the inbox, not imported (a sync stopped before its import)
    store = vault_service.unlock_with_passphrase(office.db, PASSPHRASE)
    try:
        waiting = sync_service.inbox(store) / "waiting.carebundle"
        waiting.write_bytes(early.read_bytes())
        screen = SyncCentreScreen(store, runner)
        qtbot.addWidget(screen)
        with qtbot.waitSignal(screen.refreshed, timeout=10_000):
            screen.show()
        for model in (screen.history, screen.incoming, screen.quarantine):
            qtmodeltester.check(model)
        directions = [screen.history.data(screen.history.index(n, 1)) for n in range(2)]
        assert sorted(directions) == ["Received", "Sent"]
        peers = {screen.history.data(screen.history.index(n, 2)) for n in range(2)}
        assert peers == {lagos.device_id[:8]}
        assert screen.incoming.rowCount() == 1
        assert screen.incoming.data(screen.incoming.index(0, 0)) == "waiting.carebundle"
        assert screen.incoming.data(screen.incoming.index(0, 1)) == accra.device_id[:8]
        assert screen.quarantine.rowCount() == 1
        why = screen.quarantine.data(screen.quarantine.index(0, 3))
        assert why.startswith("Sent by a device this one does not know yet.")
        assert "enrolled" in why
    finally:
        store.close()


def test_enrol_after_comparing_fingerprints_then_revoke(
    qtbot: QtBot, tmp_path: Path, runner: TaskRunner, english: None
) -> None:
    office = make_device(tmp_path, "office", "coordinator")
    lagos = make_device(tmp_path, "lagos", "field")
    card = tmp_path / "lagos.card"
    lagos.care("identity", "export", "--out", str(card))
    fingerprint = json.loads(card.read_text())["fingerprint"]
    store = vault_service.unlock_with_passphrase(office.db, PASSPHRASE)
    try:
        screen = SyncCentreScreen(store, runner)
        qtbot.addWidget(screen)
        with qtbot.waitSignal(screen.refreshed, timeout=10_000):
            screen.show()
        assert screen.devices.rowCount() == 0
        assert "fingerprint" in screen.own_fingerprint.text()
        mine = tmp_path / "office-from-screen.card"
        screen.export_card(mine)
        qtbot.waitUntil(lambda: "Card written" in screen.own_fingerprint.text(), timeout=10_000)
        assert json.loads(mine.read_text())["fingerprint"] in screen.own_fingerprint.text()
        dialog = screen.enrol()
        dialog.card_path.setText(str(card))
        dialog.load_card()
        assert dialog.shown.text() == fingerprint
        assert dialog.countries.text() == "NGA"
        dialog.typed.setText("0000 " + fingerprint[5:])  # read wrong: nothing is trusted
        assert not dialog.enrol_button.isEnabled()
        dialog.typed.setText(fingerprint.lower().replace(" ", ""))
        assert dialog.enrol_button.isEnabled()
        with qtbot.waitSignal(screen.refreshed, timeout=10_000):
            dialog.enrol_button.click()
        assert screen.devices.rowCount() == 1
        assert screen.devices.data(screen.devices.index(0, 3)) == "enrolled"

        screen.tabs.setCurrentIndex(3)
        screen.device_table.selectRow(0)
        confirm = screen.ask_revoke()
        assert confirm is not None
        revoke = next(
            b for b in confirm.findChildren(QPushButton) if b.text().replace("&", "") == "Revoke"
        )
        with qtbot.waitSignal(screen.refreshed, timeout=10_000):
            revoke.click()
        assert screen.devices.data(screen.devices.index(0, 3)) == "revoked"
    finally:
        store.close()
