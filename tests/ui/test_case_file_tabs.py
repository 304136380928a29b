"""The case file's tabs on a real database: each reads, saves through its service, and what it
saved is in the database afterwards; identity is hidden until asked for, and the reveal audited."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from care_desktop.services import (
    audit_service,
    case_service,
    consent_service,
    records,
    vault_service,
)
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_file.child_protection_tab import ChildProtectionTab
from care_desktop.ui.case_file.consent_tab import ConsentTab
from care_desktop.ui.case_file.history_tab import HistoryTab
from care_desktop.ui.case_file.identity_tab import IdentityTab
from care_desktop.ui.case_file.notes_tab import NotesTab
from care_desktop.ui.case_file.profile_tab import ProfileTab
from care_desktop.ui.case_file.referrals_tab import ReferralsTab
from care_desktop.ui.case_file.summary_tab import SummaryTab
from care_desktop.ui.record_form import RecordForm
from care_desktop.ui.task_runner import TaskRunner
from tests.conftest import PASSPHRASE

D = date(2026, 3, 1)
WAIT = 10_000


@pytest.fixture
def store(existing_db: Path) -> Iterator[Store]:
    opened = vault_service.unlock_with_passphrase(existing_db, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def case_id(store: Store) -> str:
    created = case_service.create_case(
        store,
        {"gender": "Feminine", "country_of_return": "GIN", "date_of_birth": "1999-05-01"},
        {"given_name": "Mariama", "family_name": "Diallo"},
        today=D,
    )
    return created.case.id


def _line(form: RecordForm, name: str) -> QLineEdit:
    editor = form.editor(name)
    assert isinstance(editor, QLineEdit)
    return editor


def _choose(form: RecordForm, name: str, value: str) -> None:
    combo = form.editor(name)
    assert isinstance(combo, QComboBox)
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_summary_shows_warnings_and_saves_the_case_fields(
    qtbot: QtBot, store: Store, runner: TaskRunner, case_id: str, english: None
) -> None:
    tab = SummaryTab(store, runner, case_id, today=D)
    qtbot.addWidget(tab)
    tab.load()
    qtbot.waitUntil(lambda: tab.summary is not None, timeout=WAIT)
    assert tab.stage.text() == "Identified"
    assert "No consent in force." in tab.warnings.text()
    assert "consent to receive assistance" in tab.next_step.text()
    qtbot.waitUntil(lambda: _line(tab.form, "date_of_birth").text() == "1999-05-01", timeout=WAIT)
    departure = _line(tab.form, "departure_date")
    departure.setText("2026-02-30")
    assert "YYYY-MM-DD" in tab.form.field_error("departure_date")
    assert not tab.form.save_button.isEnabled()
    departure.setText("2026-02-20")
    assert tab.is_dirty()
    with qtbot.waitSignal(tab.saved, timeout=WAIT):
        tab.form.save_button.click()
    assert case_service.get_case(store, case_id).get("departure_date") == "2026-02-20"
    assert not tab.is_dirty()


def test_identity_is_hidden_until_shown_and_the_reveal_is_audited(
    qtbot: QtBot, store: Store, runner: TaskRunner, case_id: str, english: None
) -> None:
    before = [e for e in audit_service.entries(store) if e.action == "view"]
    tab = IdentityTab(store, runner, case_id, today=D)
    qtbot.addWidget(tab)
    tab.show()
    tab.load()
    qtbot.wait(50)
    assert tab.panel.isHidden()
    assert _line(tab.form, "given_name").text() == ""
    assert [e for e in audit_service.entries(store) if e.action == "view"] == before
    tab.show_button.click()
    qtbot.waitUntil(lambda: tab.revealed, timeout=WAIT)
    assert not tab.panel.isHidden()
    assert _line(tab.form, "given_name").text() == "Mariama"
    views = [e for e in audit_service.entries(store) if e.action == "view"]
    assert len(views) == len(before) + 1
    assert views[0].record_type == "identity"
    _line(tab.form, "phone").setText("+224 555 0101")
    assert tab.is_dirty()
    with qtbot.waitSignal(tab.saved, timeout=WAIT):
        tab.form.save_button.click()
    identity = case_service.get_identity(store, case_id)
    assert identity is not None
    assert identity.get("phone") == "+224 555 0101"
    tab.hide_button.click()
    assert tab.panel.isHidden()
    assert _line(tab.form, "given_name").text() == ""


def test_consent_is_given_and_withdrawn(
    qtbot: QtBot,
    store: Store,
    runner: TaskRunner,
    case_id: str,
    english: None,
    qtmodeltester: ModelTester,
) -> None:
    tab = ConsentTab(store, runner, case_id, today=D)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.section.loaded, timeout=WAIT):
        tab.load()
    form = tab.section.form
    assert _line(form, "given_on").text() == "2026-03-01"
    assert not form.save_button.isEnabled()  # the scope is still to be chosen
    _choose(form, "scope", "services")
    assert form.save_button.isEnabled()
    with qtbot.waitSignal(tab.section.loaded, timeout=WAIT):
        form.save_button.click()
    qtmodeltester.check(tab.section.model)
    assert tab.section.model.rowCount() == 1
    assert tab.section.model.data(tab.section.model.index(0, 0)) == "Receiving assistance"
    assert consent_service.has_active(store, case_id, "services", today=D)
    assert tab.withdraw_button.isEnabled()
    with qtbot.waitSignal(tab.section.loaded, timeout=WAIT):
        tab.withdraw_button.click()
    assert not consent_service.has_active(store, case_id, "services", today=D)
    assert tab.section.model.row(0).get("withdrawn_on") == D.isoformat()


def test_profile_is_created_then_changed(
    qtbot: QtBot, store: Store, runner: TaskRunner, case_id: str, english: None
) -> None:
    tab = ProfileTab(store, runner, case_id, today=D)
    qtbot.addWidget(tab)
    tab.load()
    qtbot.wait(100)
    _line(tab.form, "age_when_trafficked").setText("seventeen")
    assert not tab.form.save_button.isEnabled()
    _line(tab.form, "age_when_trafficked").setText("17")
    _choose(
        tab.form, "trafficker_relationship", tab.form.editor("trafficker_relationship").itemData(1)
    )  # type: ignore[attr-defined]
    with qtbot.waitSignal(tab.saved, timeout=WAIT):
        tab.form.save_button.click()
    found = records.list_for_case(store, "trafficking_profile", case_id)
    assert len(found) == 1
    assert found[0].get("age_when_trafficked") == 17
    _line(tab.form, "age_when_trafficked").setText("16")
    with qtbot.waitSignal(tab.saved, timeout=WAIT):
        tab.form.save_button.click()
    found = records.list_for_case(store, "trafficking_profile", case_id)
    assert len(found) == 1
    assert found[0].get("age_when_trafficked") == 16


def test_child_protection_adds_a_guardian_and_says_the_case_is_not_a_minor(
    qtbot: QtBot, store: Store, runner: TaskRunner, case_id: str, english: None
) -> None:
    tab = ChildProtectionTab(store, runner, case_id, today=D)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.guardians.loaded, timeout=WAIT):
        tab.load()
    qtbot.waitUntil(lambda: "not a minor" in tab.minor_notice.text(), timeout=WAIT)
    form = tab.guardians.form
    _line(form, "name").setText("Fatoumata Diallo")
    assert not form.save_button.isEnabled()  # the authority is required
    _choose(form, "authority", "parent")
    assert tab.is_dirty()
    assert not tab.guardians.table.isEnabled()  # the list waits while the form is changed
    with qtbot.waitSignal(tab.guardians.loaded, timeout=WAIT):
        form.save_button.click()
    stored = records.list_for_case(store, "guardian", case_id)
    assert [g.get("name") for g in stored] == ["Fatoumata Diallo"]
    assert tab.guardians.model.rowCount() == 1
    assert not tab.is_dirty()


def test_a_referral_without_consent_is_refused_inline_then_made(
    qtbot: QtBot, store: Store, runner: TaskRunner, case_id: str, english: None
) -> None:
    partner = records.create(store, "partner", {"name": "Sabou Guinée"})
    tab = ReferralsTab(store, runner, case_id, today=D)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.section.loaded, timeout=WAIT):
        tab.load()
    form = tab.section.form
    qtbot.waitUntil(lambda: form.editor("partner_id").count() == 2, timeout=WAIT)  # type: ignore[attr-defined]
    _choose(form, "partner_id", partner.id)
    _choose(form, "service", "health")
    form.save_button.click()
    qtbot.waitUntil(form.error.isVisible, timeout=WAIT)
    assert "no valid consent" in form.error.text()
    assert records.list_for_case(store, "referral", case_id) == []
    consent_service.give(store, case_id, {"scope": "data_sharing", "partner_id": partner.id})
    with qtbot.waitSignal(tab.section.loaded, timeout=WAIT):
        form.save_button.click()
    made = records.list_for_case(store, "referral", case_id)
    assert [m.get("partner_id") for m in made] == [partner.id]
    assert tab.section.model.data(tab.section.model.index(0, 1)) == "Sabou Guinée"


def test_a_note_is_written_and_appears_in_the_history_with_author_and_device(
    qtbot: QtBot,
    store: Store,
    runner: TaskRunner,
    case_id: str,
    english: None,
    qtmodeltester: ModelTester,
) -> None:
    tab = NotesTab(store, runner, case_id, today=D)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.section.loaded, timeout=WAIT):
        tab.load()
    text = tab.section.form.editor("text")
    assert isinstance(text, QPlainTextEdit)
    text.setPlainText("Called her sister; the shop opens Monday.")
    with qtbot.waitSignal(tab.section.loaded, timeout=WAIT):
        tab.section.form.save_button.click()
    notes = records.list_for_case(store, "note", case_id)
    assert [n.get("written_on") for n in notes] == ["2026-03-01"]
    history = HistoryTab(store, runner, case_id)
    qtbot.addWidget(history)
    history.load()
    qtbot.waitUntil(lambda: history.model.rowCount() > 0, timeout=WAIT)
    qtmodeltester.check(history.model)
    model = history.model
    row = next(i for i in range(model.rowCount()) if model.data(model.index(i, 2)) == "Note")
    assert model.data(model.index(row, 1)) == "Case note"
    assert model.data(model.index(row, 3)) == "Called her sister; the shop opens Monday."
    assert model.data(model.index(row, 4)) == "Officer One"
    assert model.data(model.index(row, 5)) == "IOM Conakry (this device)"
    names = [
        model.data(model.index(i, 3))
        for i in range(model.rowCount())
        if model.data(model.index(i, 1)) == "Identity"
    ]
    assert names
    assert set(names) == {"(hidden)"}
