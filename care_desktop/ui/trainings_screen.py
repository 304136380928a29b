"""Trainings of front-line professionals: sessions, their participants, and the totals the
donor report asks for (by organisation type and by sex, of those who attended)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QDate,
    QObject,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain import codes
from care_desktop.domain.codes import CodeList
from care_desktop.domain.errors import UserFacingError
from care_desktop.services import records, training_service
from care_desktop.services.training_service import ParticipantRow, SessionRow, TrainingTotals
from care_desktop.services.vault_service import Store
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.print_actions import printing
from care_desktop.ui.rows_model import RowsModel, code_label, rows_table
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import ServiceDialog, error_label

CTX = "Trainings"


def sessions_model(parent: QObject | None = None) -> RowsModel:
    cells: list[Callable[[SessionRow], str]] = [
        lambda s: s.date,
        lambda s: s.place or "",
        lambda s: code_label(codes.TRAINING_AUDIENCE, s.audience),
        lambda s: str(s.participants),
        lambda s: str(s.attended),
    ]

    def headers() -> tuple[str, ...]:
        return (
            tr(CTX, "Date"),
            tr(CTX, "Place"),
            tr(CTX, "Audience"),
            tr(CTX, "Participants"),
            tr(CTX, "Attended"),
        )

    return RowsModel(headers, cells, parent)


def participants_model(parent: QObject | None = None) -> RowsModel:
    cells: list[Callable[[ParticipantRow], str]] = [
        lambda p: p.name,
        lambda p: p.organisation or "",
        lambda p: code_label(codes.TRAINING_AUDIENCE, p.organisation_type),
        lambda p: code_label(codes.SEX, p.sex),
        lambda p: tr(CTX, "Yes") if p.attended else tr(CTX, "No"),
    ]

    def headers() -> tuple[str, ...]:
        return (
            tr(CTX, "Name"),
            tr(CTX, "Organisation"),
            tr(CTX, "Type"),
            tr(CTX, "Sex"),
            tr(CTX, "Attended"),
        )

    return RowsModel(headers, cells, parent)


def _code_combo(code_list: CodeList, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for code in code_list.codes:
        combo.addItem(tr("codes", code.label), code.value)
    return combo


class _RecordDialog(ServiceDialog):
    """Add one record through the generic service (its validation names the field)."""

    type_name = ""

    def __init__(
        self, store: Store, runner: TaskRunner, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, runner, parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def _save(self) -> None:
        store, type_name, values = self.store, self.type_name, self.values()
        self.submit(lambda: records.create(store, type_name, values))


class SessionDialog(_RecordDialog):
    type_name = "training_session"

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(store, runner, tr(CTX, "New training session"), parent)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(tr(CTX, "Date"))
        self.place = QLineEdit()
        self.place.setAccessibleName(tr(CTX, "Place"))
        self.audience = _code_combo(codes.TRAINING_AUDIENCE, tr(CTX, "Audience"))
        self.form.addRow(tr(CTX, "&Date:"), self.date)
        self.form.addRow(tr(CTX, "&Place:"), self.place)
        self.form.addRow(tr(CTX, "&Audience:"), self.audience)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "date": self.date.date().toString("yyyy-MM-dd"),
            "audience": self.audience.currentData(),
        }
        if self.place.text().strip():
            values["place"] = self.place.text().strip()
        return values


class ParticipantDialog(_RecordDialog):
    type_name = "training_participant"

    def __init__(
        self, store: Store, runner: TaskRunner, session_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, runner, tr(CTX, "Add participant"), parent)
        self.session_id = session_id
        self.name = QLineEdit()
        self.name.setAccessibleName(tr(CTX, "Name"))
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(tr(CTX, "Organisation"))
        self.organisation_type = _code_combo(codes.TRAINING_AUDIENCE, tr(CTX, "Organisation type"))
        self.sex = _code_combo(codes.SEX, tr(CTX, "Sex"))
        self.attended = QCheckBox(tr(CTX, "A&ttended"))
        self.attended.setChecked(True)
        self.form.addRow(tr(CTX, "&Name:"), self.name)
        self.form.addRow(tr(CTX, "&Organisation:"), self.organisation)
        self.form.addRow(tr(CTX, "Organisation &type:"), self.organisation_type)
        self.form.addRow(tr(CTX, "&Sex:"), self.sex)
        self.form.addRow("", self.attended)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "session_id": self.session_id,
            "name": self.name.text().strip(),
            "organisation_type": self.organisation_type.currentData(),
            "sex": self.sex.currentData(),
            "attended": self.attended.isChecked(),
        }
        if self.organisation.text().strip():
            values["organisation"] = self.organisation.text().strip()
        return values


class TrainingsScreen(QWidget):
    """Sessions on the left, the selected session's participants on the right, totals below."""

    refreshed = Signal()

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self._generation = 0
        title = QLabel(f"<h2>{tr(CTX, 'Trainings')}</h2>")
        self.sessions = sessions_model(self)
        self.participants = participants_model(self)
        self.session_table = rows_table(self.sessions, tr(CTX, "Training sessions"))
        self.participant_table = rows_table(self.participants, tr(CTX, "Participants"))
        self.session_table.selectionModel().selectionChanged.connect(
            lambda *_: self._load_participants()
        )
        self.new_session = QPushButton(tr(CTX, "&New session…"))
        self.new_session.setAccessibleName(tr(CTX, "New training session"))
        self.new_session.clicked.connect(self.add_session)
        self.add_participant_button = QPushButton(tr(CTX, "&Add participant…"))
        self.add_participant_button.setAccessibleName(tr(CTX, "Add participant"))
        self.add_participant_button.clicked.connect(self.add_participant)
        self.add_participant_button.setEnabled(False)
        self.attendance_button = QPushButton(tr(CTX, "Print a&ttendance sheet…"))
        self.attendance_button.setAccessibleName(tr(CTX, "Print the attendance sheet"))
        self.attendance_button.clicked.connect(self.print_document)
        self.certificates_button = QPushButton(tr(CTX, "Print &certificates…"))
        self.certificates_button.setAccessibleName(tr(CTX, "Print the certificates"))
        self.certificates_button.setToolTip(
            tr(CTX, "One certificate for each participant who attended")
        )
        self.certificates_button.clicked.connect(self.print_certificates)
        self.attendance_button.setEnabled(False)
        self.certificates_button.setEnabled(False)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(tr(CTX, "Training totals"))
        self.error = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_session)
        buttons.addWidget(self.add_participant_button)
        buttons.addStretch(1)
        buttons.addWidget(self.attendance_button)
        buttons.addWidget(self.certificates_button)
        split = QSplitter()
        split.addWidget(self.session_table)
        split.addWidget(self.participant_table)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.error)
        self.dialog: QDialog | None = None

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def selected_session(self) -> SessionRow | None:
        rows = self.session_table.selectionModel().selectedRows()
        return self.sessions.row(rows[0].row()) if rows else None

    def refresh(self, select: str | None = None) -> None:
        self._generation += 1
        generation, store = self._generation, self.store
        keep = select or (self.selected_session().id if self.selected_session() else None)

        def load() -> tuple[list[SessionRow], TrainingTotals]:
            return training_service.sessions(store), training_service.totals(store)

        self.runner.run_db(
            load, lambda result: self._show(generation, result, keep), self._failed, owner=self
        )

    def _show(
        self, generation: int, result: tuple[list[SessionRow], TrainingTotals], keep: str | None
    ) -> None:
        if generation != self._generation:
            return
        rows, totals = result
        self.sessions.set_rows(rows)
        self.totals.setText(self._totals_text(totals))
        chosen = next((n for n, row in enumerate(rows) if row.id == keep), 0 if rows else None)
        if chosen is not None:  # the session worked on, else the newest: its people show
            self.session_table.selectRow(chosen)
        self.add_participant_button.setEnabled(self.selected_session() is not None)
        self.attendance_button.setEnabled(self.selected_session() is not None)
        self.certificates_button.setEnabled(self.selected_session() is not None)
        self.refreshed.emit()

    @staticmethod
    def _totals_text(totals: TrainingTotals) -> str:
        by_type = ", ".join(
            f"{code_label(codes.TRAINING_AUDIENCE, key)} {count}"
            for key, count in sorted(totals.by_organisation_type.items())
        )
        by_sex = ", ".join(
            f"{code_label(codes.SEX, key)} {count}" for key, count in sorted(totals.by_sex.items())
        )
        return tr(
            CTX,
            "{sessions} sessions, {attended} of {participants} participants attended. "
            "By organisation type: {by_type}. By sex: {by_sex}.",
        ).format(
            sessions=totals.sessions,
            attended=totals.attended,
            participants=totals.participants,
            by_type=by_type or "—",
            by_sex=by_sex or "—",
        )

    def _load_participants(self) -> None:
        session = self.selected_session()
        self.add_participant_button.setEnabled(session is not None)
        self.attendance_button.setEnabled(session is not None)
        self.certificates_button.setEnabled(session is not None)
        if session is None:
            self.participants.set_rows([])
            return
        store, session_id = self.store, session.id
        self.runner.run_db(
            lambda: training_service.participants(store, session_id),
            lambda rows: self._participants_loaded(session_id, rows),
            self._failed,
            owner=self,
        )

    def _participants_loaded(self, session_id: str, rows: list[ParticipantRow]) -> None:
        current = self.selected_session()
        if current is not None and current.id == session_id:
            self.participants.set_rows(rows)

    def _failed(self, error: UserFacingError) -> None:
        self.error.setText(error_text(error))
        self.error.show()

    def print_document(self) -> None:
        """The selected session's attendance sheet (registered names, blank rows to sign)."""
        self._print(certificates=False)

    def print_certificates(self) -> None:
        self._print(certificates=True)

    def _print(self, *, certificates: bool) -> None:
        session = self.selected_session()
        if session is not None:
            printing(self, self.store, self.runner).training(
                self, session.id, certificates=certificates, on_error=self._failed
            )

    def add_session(self) -> SessionDialog:
        dialog = SessionDialog(self.store, self.runner, self)
        dialog.saved.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
        return dialog

    def add_participant(self) -> ParticipantDialog | None:
        session = self.selected_session()
        if session is None:
            return None
        dialog = ParticipantDialog(self.store, self.runner, session.id, self)
        dialog.saved.connect(lambda: self.refresh(select=session.id))
        self.dialog = dialog
        dialog.open()
        return dialog
