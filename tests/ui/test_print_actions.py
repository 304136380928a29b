"""Printing from the screens over a real database and the real print services: each print opens
its preview and writes one audit entry; the week's batch shows its progress and a cancelled one
writes nothing; the indicator report goes where the person says."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from care_desktop.domain.settings import PRINT_PROFILE
from care_desktop.services import audit_service, case_service, records, vault_service
from care_desktop.services.form_print_service import BatchResult, next_week
from care_desktop.services.settings_service import SettingsStore
from care_desktop.services.vault_service import SetupRequest, Store
from care_desktop.ui.agenda_screen import AgendaScreen
from care_desktop.ui.case_file.case_file_screen import CaseFileScreen
from care_desktop.ui.dashboard_screen import DashboardScreen
from care_desktop.ui.print_actions import BatchPrint, PrintActions, printing
from care_desktop.ui.print_dialogs import CaseSheetDialog, IndicatorDialog
from care_desktop.ui.print_preview import PrintPreview
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.trainings_screen import TrainingsScreen
from tests.conftest import PASSPHRASE
from tests.reports.pdf_text import pages_text, qpdf_check, text
from tests.ui.screen_walk import close_window, open_window, settle


@pytest.fixture
def store(existing_db: Path) -> Iterator[Store]:  # a field officer's device
    opened = vault_service.unlock_with_passphrase(existing_db, PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def coordinator_store(db_path: Path) -> Iterator[Store]:
    opened, _ = vault_service.create_database(
        SetupRequest(db_path, "coordinator", "IOM Paris", ("GIN",), PASSPHRASE, "Coordinator")
    )
    yield opened
    opened.close()


class Chosen(PrintActions):
    """Print actions whose save dialog answers in advance."""

    save_path: Path | None = None

    def choose_save_path(self, parent: object, title: str, name: str, kind: str) -> Path | None:
        return self.save_path


def prints(store: Store) -> list[audit_service.AuditRow]:
    return [e for e in audit_service.entries(store) if e.action in {"print", "export"}]


def make_case(store: Store, arrival: date, name: str = "Mariama") -> tuple[str, str]:
    values = {"gender": "Feminine", "country_of_return": "GIN", "arrival_date": arrival.isoformat()}
    created = case_service.create_case(store, values, {"given_name": name}, today=arrival)
    case_service.update_case(store, created.case.id, {"arrival_date": arrival.isoformat()})
    return created.case.id, str(created.case.values["case_code"])


def wait_preview(qtbot: QtBot, actions: PrintActions, start: Callable[[], object]) -> PrintPreview:
    with qtbot.waitSignal(actions.preview_opened, timeout=30_000) as opened:
        start()
    preview = opened.args[0]
    assert isinstance(preview, PrintPreview)
    return preview


def test_the_case_file_prints_an_interview_sheet_on_a_field_device(
    qtbot: QtBot, store: Store, runner: TaskRunner, english: None, tmp_path: Path
) -> None:
    case_id, code = make_case(store, date.today() - timedelta(days=20))
    screen = CaseFileScreen(store, runner, case_id)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.header_loaded, timeout=10_000):
        screen.start()
    actions = printing(screen, store, runner)
    assert printing(screen, store, runner) is actions  # one per window
    before = len(prints(store))
    screen.print_button.click()
    qtbot.waitUntil(lambda: isinstance(actions.dialog, CaseSheetDialog), timeout=10_000)
    dialog = actions.dialog
    assert not dialog.full.isEnabled()  # a field device never offers the full sheet
    assert dialog.interview.isChecked()
    assert dialog.profile() == "interview"
    preview = wait_preview(qtbot, actions, dialog.ok_button.click)
    qtbot.addWidget(preview)
    assert preview.windowTitle() == f"Case sheet of {code}"
    assert preview.page_count() == len(pages_text(preview._pdf))
    found = text(preview._pdf)
    assert code in found
    assert "Mariama" not in found  # no name on an interview sheet
    qpdf_check(preview._pdf, tmp_path)
    added = prints(store)[: len(prints(store)) - before]
    assert [(e.action, e.record_id, e.detail) for e in added] == [
        ("print", case_id, "case-sheet profile=interview")
    ]


def test_a_coordinator_may_print_the_full_sheet_the_setting_chooses(
    qtbot: QtBot,
    coordinator_store: Store,
    runner: TaskRunner,
    english: None,
    settings: SettingsStore,
) -> None:
    store = coordinator_store
    settings.set(PRINT_PROFILE, "full")
    case_id, _code = make_case(store, date.today() - timedelta(days=20), name="Ольга")
    screen = CaseFileScreen(store, runner, case_id)
    qtbot.addWidget(screen)
    actions = PrintActions(store, runner, settings, screen)  # as the main window makes it
    with qtbot.waitSignal(screen.header_loaded, timeout=10_000):
        screen.start()
    screen.print_document()
    qtbot.waitUntil(lambda: isinstance(actions.dialog, CaseSheetDialog), timeout=10_000)
    dialog = actions.dialog
    assert dialog.full.isEnabled()
    assert dialog.profile() == "full"
    preview = wait_preview(qtbot, actions, dialog.ok_button.click)
    qtbot.addWidget(preview)
    assert "Ольга" in text(preview._pdf)
    details = [e.detail or "" for e in prints(store)]
    assert len(details) == 1
    assert details[0].startswith("case-sheet profile=full identity=")


def test_the_agenda_prints_the_selected_visit_form(
    qtbot: QtBot, store: Store, runner: TaskRunner, english: None
) -> None:
    _case_id, code = make_case(store, date.today() - timedelta(days=30))
    screen = AgendaScreen(store, runner)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    assert screen.print_button.isEnabled()
    screen.table.selectRow(0)
    item = screen.selected()
    assert item is not None
    actions = printing(screen, store, runner)
    preview = wait_preview(qtbot, actions, screen.print_button.click)
    qtbot.addWidget(preview)
    found = text(preview._pdf)
    assert "Monitoring visit form" in found
    assert code in found
    assert "Mariama" not in found
    assert [(e.record_type, e.record_id) for e in prints(store)] == [("visit", item.visit_id)]


def test_the_trainings_screen_prints_attendance_and_certificates(
    qtbot: QtBot, store: Store, runner: TaskRunner, english: None
) -> None:
    session = records.create(
        store,
        "training_session",
        {"date": "2026-04-20", "place": "Lyon", "audience": "border_police",
         "trainers": ["Claire Martin"], "modules": ["Identifying victims"]},
    )  # fmt: skip
    for name, attended in (("Amina Bello", True), ("王小明", True), ("Ольга Петрова", False)):
        records.create(store, "training_participant",
                       {"session_id": session.id, "name": name, "organisation": "PAF Lyon",
                        "organisation_type": "border_police", "sex": "female",
                        "attended": attended})  # fmt: skip
    screen = TrainingsScreen(store, runner)
    qtbot.addWidget(screen)
    assert not screen.attendance_button.isEnabled()
    with qtbot.waitSignal(screen.refreshed, timeout=10_000):
        screen.show()
    screen.session_table.selectRow(0)
    assert screen.attendance_button.isEnabled()
    actions = printing(screen, store, runner)
    sheet = wait_preview(qtbot, actions, screen.attendance_button.click)
    qtbot.addWidget(sheet)
    assert "Ольга Петрова" in text(sheet._pdf)
    certificates = wait_preview(qtbot, actions, screen.certificates_button.click)
    qtbot.addWidget(certificates)
    assert certificates.page_count() == 2  # one per participant who attended
    assert "王小明" in text(certificates._pdf)
    assert [e.detail for e in prints(store)] == ["certificates", "attendance-sheet"]


def _week_of_visits(store: Store) -> None:
    start = next_week(date.today())
    for days in (25, 88, 180, 270):  # a visit falls due in the week from next Monday
        make_case(store, start - timedelta(days=days))


def test_next_weeks_forms_show_progress_then_the_preview(
    qtbot: QtBot, store: Store, runner: TaskRunner, english: None, tmp_path: Path
) -> None:
    _week_of_visits(store)
    screen = AgendaScreen(store, runner)
    qtbot.addWidget(screen)
    actions = Chosen(store, runner, None, screen)
    actions.save_path = tmp_path / "week.pdf"
    batches: list[BatchPrint] = []
    actions.batch_started.connect(batches.append)
    with qtbot.waitSignal(actions.preview_opened, timeout=60_000) as opened:
        screen.batch_button.click()
    preview = opened.args[0]
    qtbot.addWidget(preview)
    batch = batches[0]
    result = batch.result
    assert isinstance(result, BatchResult)
    assert not result.cancelled
    assert result.total >= 4
    assert batch.values == [(n, result.total) for n in range(result.total + 1)]
    pdf = (tmp_path / "week.pdf").read_bytes()
    assert preview._pdf == pdf
    assert preview.page_count() >= result.total
    visits = [e for e in prints(store) if e.record_type == "visit"]
    assert len(visits) == result.total


def test_a_cancelled_batch_writes_nothing(
    qtbot: QtBot, store: Store, runner: TaskRunner, english: None, tmp_path: Path
) -> None:
    _week_of_visits(store)
    screen = AgendaScreen(store, runner)
    qtbot.addWidget(screen)
    actions = Chosen(store, runner, None, screen)
    actions.save_path = tmp_path / "week.pdf"
    batches: list[BatchPrint] = []
    actions.batch_started.connect(batches.append)
    gate = threading.Event()
    runner.run_db(lambda: gate.wait(10))  # the batch waits behind this on the database thread
    screen.batch_button.click()
    batch = batches[0]
    assert batch.progress.isVisible()
    cancel_button = batch.progress.findChild(QPushButton)
    assert cancel_button is not None
    assert cancel_button.text() == "Cancel"
    cancel_button.click()
    assert batch.cancelled
    with qtbot.waitSignal(batch.finished, timeout=30_000) as finished:
        gate.set()
    result = finished.args[0]
    assert isinstance(result, BatchResult)
    assert result.cancelled
    assert result.path is None
    assert list(tmp_path.glob("*.pdf")) == []
    assert prints(store) == []
    qtbot.wait(50)
    assert actions.preview is None


def test_the_indicator_report_as_csv_and_as_pdf(
    qtbot: QtBot, store: Store, runner: TaskRunner, english: None, tmp_path: Path
) -> None:
    make_case(store, date.today() - timedelta(days=40))
    screen = DashboardScreen(store, runner)
    qtbot.addWidget(screen)
    actions = Chosen(store, runner, None, screen)
    actions.save_path = tmp_path / "indicators.csv"
    screen.report_button.click()
    dialog = actions.dialog
    assert isinstance(dialog, IndicatorDialog)
    dialog.output_format.setCurrentIndex(dialog.output_format.findData("csv"))
    assert not dialog.paper.isEnabled()
    with qtbot.waitSignal(actions.report_written, timeout=30_000):
        dialog.ok_button.click()
    assert (tmp_path / "indicators.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert actions.preview is None  # a CSV is not previewed
    assert [e.action for e in prints(store)] == ["export"]

    actions.save_path = tmp_path / "indicators.pdf"
    screen.report_button.click()
    dialog = actions.dialog
    assert isinstance(dialog, IndicatorDialog)
    preview = wait_preview(qtbot, actions, dialog.ok_button.click)
    qtbot.addWidget(preview)
    assert preview._pdf == (tmp_path / "indicators.pdf").read_bytes()
    assert preview.page_count() >= 1
    assert [e.action for e in prints(store)] == ["print", "export"]


def test_file_print_prints_what_the_screen_in_view_offers(
    qtbot: QtBot,
    coordinator_store: Store,
    runner: TaskRunner,
    english: None,
    settings: SettingsStore,
) -> None:
    store = coordinator_store
    make_case(store, date.today() - timedelta(days=20))
    window = open_window(qtbot, store, settings, runner)
    try:
        assert window.print_action.shortcut().toString() == "Ctrl+P"
        assert printing(window.dashboard, store, runner) is window.printing
        window.navigation.setCurrentRow(4)  # the dashboard
        settle(qtbot, runner)
        window.print_action.trigger()
        assert isinstance(window.printing.dialog, IndicatorDialog)
        window.printing.dialog.reject()
        case_file = window.open_case(window.cases.model.rows[0].id)
        settle(qtbot, runner)
        window.print_action.trigger()
        qtbot.waitUntil(lambda: isinstance(window.printing.dialog, CaseSheetDialog))
        assert window.printing.dialog.full.isEnabled()  # a coordinator's computer
        window.printing.dialog.reject()
        assert case_file.print_button.toolTip().endswith("(Ctrl+P)")
    finally:
        close_window(window, runner)
