"""The generic record form: validation as it is typed, Save only when valid and changed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from care_desktop.domain import records as r
from care_desktop.ui.record_form import RecordForm

D = date(2026, 3, 1)


def test_a_wrong_date_or_number_shows_why_and_disables_save(qtbot: QtBot, english: None) -> None:
    form = RecordForm(r.TRAFFICKING_PROFILE, today=D)
    qtbot.addWidget(form)
    form.show()
    assert not form.save_button.isEnabled()  # nothing typed yet
    age = form.editor("age_when_trafficked")
    assert isinstance(age, QLineEdit)
    age.setText("twelve")
    assert "whole number" in form.field_error("age_when_trafficked")
    assert not form.save_button.isEnabled()
    age.setText("14")
    assert form.field_error("age_when_trafficked") == ""
    assert form.save_button.isEnabled()
    started = form.editor("exploitation_start")
    assert isinstance(started, QLineEdit)
    started.setText("2025-13-01")
    assert "YYYY-MM-DD" in form.field_error("exploitation_start")
    assert not form.save_button.isEnabled()
    started.setText("2025-02-01")
    assert form.save_button.isEnabled()
    assert form.changes() == {"age_when_trafficked": 14, "exploitation_start": "2025-02-01"}


def test_loaded_values_are_not_dirty_and_codes_show_labels(qtbot: QtBot, english: None) -> None:
    form = RecordForm(r.TRAFFICKING_PROFILE, today=D)
    qtbot.addWidget(form)
    form.set_values(
        {"exploitation_types": ["ForcedLabour"], "labour_industry": None, "places": "x"}
    )
    assert not form.is_dirty()
    types = form.editor("exploitation_types")
    assert isinstance(types, QListWidget)
    checked = [
        types.item(i).text() for i in range(types.count()) if types.item(i).checkState().value
    ]
    assert checked == ["Forced labour"]
    with qtbot.waitSignal(form.dirty_changed):
        form.editor("places").setPlainText("y")  # type: ignore[attr-defined]
    assert form.is_dirty()
    form.discard()
    assert not form.is_dirty()
    assert not form.save_button.isEnabled()


def test_required_code_and_future_date(qtbot: QtBot, english: None) -> None:
    form = RecordForm(r.CONSENT, today=D)
    qtbot.addWidget(form)
    form.show()
    given = form.editor("given_on")
    assert isinstance(given, QLineEdit)
    given.setText("2027-01-01")
    assert "future" in form.field_error("given_on")
    given.setText("2026-02-01")
    assert not form.save_button.isEnabled()  # the scope is required
    scope = form.editor("scope")
    assert isinstance(scope, QComboBox)
    scope.setCurrentIndex(scope.findData("services"))
    assert form.save_button.isEnabled()
    assert form.values(skip_empty=True) == {"scope": "services", "given_on": "2026-02-01"}


def test_booleans_and_money(qtbot: QtBot, english: None) -> None:
    form = RecordForm(r.MEASURE, today=D)
    qtbot.addWidget(form)
    form.set_values({"planned_amount": 125050, "phase": "pre_departure"})
    planned = form.editor("planned_amount")
    assert isinstance(planned, QLineEdit)
    assert planned.text() == "1250.50"
    planned.setText("-3")
    assert "amount" in form.field_error("planned_amount")
    planned.setText("99.5")
    assert form.changes() == {"planned_amount": 9950}
    guardian = RecordForm(r.GUARDIAN, today=D)
    qtbot.addWidget(guardian)
    primary = guardian.editor("is_primary")
    assert isinstance(primary, QCheckBox)
    primary.setChecked(True)
    assert guardian.is_dirty()
