"""The case list: instant search, filters, sortable columns, and opening a new case.

The screen reads nothing until it is first shown. Typing in the search field waits for a short
pause (SEARCH_DELAY_MS) before it asks the model; filters apply at once. The new-case dialog
checks for likely duplicates in the background while the names and the date of birth are typed,
and warns before anything is saved (saving still links the pair for a person to review).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from care_desktop import i18n
from care_desktop.domain import codes as c
from care_desktop.domain.countries import all_countries
from care_desktop.domain.errors import UserFacingError
from care_desktop.services import case_list_service, case_service, duplicate_service
from care_desktop.services.case_list_service import CaseFilter, FilterChoices
from care_desktop.services.case_service import CreatedCase
from care_desktop.services.duplicate_service import Candidate
from care_desktop.services.vault_service import Store
from care_desktop.ui.case_table_model import (
    CASE_ID_ROLE,
    PAGE_SIZE,
    CaseTableModel,
    code_label,
    country_name,
)
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import error_label

CTX = "CaseListScreen"
FIELDS = "fields"  # the labels of the records' fields, translated once for every screen
SEARCH_DELAY_MS = 150
DUPLICATE_DELAY_MS = 300
MAX_LISTED_DUPLICATES = 5
SIZING_ROWS = 25  # rows the column widths are measured on


def _combo(name: str, everything: str, items: list[tuple[str, str]]) -> QComboBox:
    """A filter: "All …" (no filter) and then (label, value) items."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.setToolTip(name)
    combo.addItem(everything, None)
    for label, value in items:
        combo.addItem(label, value)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def _codes(codes: c.CodeList) -> list[tuple[str, str]]:
    return [(code_label(codes, code.value), code.value) for code in codes]


def _countries(codes: tuple[str, ...]) -> list[tuple[str, str]]:
    return sorted(((country_name(code), code) for code in codes), key=lambda item: item[0])


class CaseListScreen(QWidget):
    case_activated = Signal(str)  # Enter or double-click on a case: its id

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        *,
        countries: tuple[str, ...] = (),
        page_size: int = PAGE_SIZE,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.mission_countries = countries  # offered first for a new case
        self.today = today
        self.started = False
        self._sized = False
        self.dialog: NewCaseDialog | None = None
        self._select_after: tuple[str, str] | None = None  # (id, code) of a case just created
        self.model = CaseTableModel(store, runner, page_size=page_size, today=today, parent=self)
        self.setAccessibleName(tr(CTX, "Cases"))
        self._build()
        self.model.total_changed.connect(self._show_total)
        self.model.reloaded.connect(self._reloaded)
        self.model.failed.connect(self._show_error)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_top())
        layout.addWidget(self.search)
        layout.addLayout(self._build_filters())
        self.error = error_label()
        layout.addWidget(self.error)
        layout.addWidget(self._build_table(), 1)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)
        new = QShortcut(QKeySequence.StandardKey.New, self)
        new.activated.connect(self.new_case)
        reload = QShortcut(QKeySequence.StandardKey.Refresh, self)
        reload.activated.connect(self.model.refresh)
        self.search.installEventFilter(self)

    def _build_top(self) -> QHBoxLayout:
        heading = QLabel(f"<h2>{tr(CTX, 'Cases')}</h2>")
        self.count_label = QLabel()
        self.count_label.setAccessibleName(tr(CTX, "Number of cases"))
        self.new_button = QPushButton(tr(CTX, "&New case…"))
        self.new_button.setAccessibleName(tr(CTX, "New case"))
        self.new_button.setToolTip(tr(CTX, "Open a new case (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_case)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.count_label)
        top.addStretch()
        top.addWidget(self.new_button)
        self.search = QLineEdit()
        self.search.setAccessibleName(tr(CTX, "Search cases"))
        self.search.setPlaceholderText(tr(CTX, "Search by case code, name or place (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        return top

    def _build_filters(self) -> QHBoxLayout:
        self.status = _combo(tr(FIELDS, "Status"), tr(CTX, "All statuses"), _codes(c.CASE_STATUS))
        self.country = _combo(tr(FIELDS, "Country of return"), tr(CTX, "All countries"), [])
        self.office = _combo(tr(FIELDS, "Office"), tr(CTX, "All offices"), [])
        self.office.hide()  # until there are offices to choose between
        self.risk = _combo(
            tr(FIELDS, "Risk level"), tr(CTX, "All risk levels"), _codes(c.RISK_LEVEL)
        )
        self.minors = QCheckBox(tr(CTX, "&Minors only"))
        self.minors.setAccessibleName(tr(CTX, "Minors only"))
        self.overdue = QCheckBox(tr(CTX, "&Overdue visits only"))
        self.overdue.setAccessibleName(tr(CTX, "Overdue visits only"))
        self.overdue.setToolTip(tr(CTX, "Open cases with a monitoring visit past its window"))
        for combo in (self.status, self.country, self.office, self.risk):
            combo.currentIndexChanged.connect(lambda _: self.apply_filter())
        for box in (self.minors, self.overdue):
            box.toggled.connect(lambda _: self.apply_filter())
        filters = QHBoxLayout()
        for widget in (self.status, self.country, self.office, self.risk, self.minors):
            filters.addWidget(widget)
        filters.addWidget(self.overdue)
        filters.addStretch()
        return filters

    def _build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setAccessibleName(tr(CTX, "Case list"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Column widths from the first rows only: measuring a whole page held the GUI thread
        # for 76 ms (every cell's text asked of the model), a stall a person notices.
        self.table.horizontalHeader().setResizeContentsPrecision(SIZING_ROWS)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # the model re-queries; nothing is sorted in memory
        self.table.activated.connect(self._activated)
        return self.table

    # --- loading ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self.started:
            self.start()

    def start(self) -> None:
        """First read: the filters' choices and the first page."""
        self.started = True
        self.count_label.setText(tr(CTX, "Loading…"))
        self.load_choices()
        self.model.set_filter(self.current_filter())

    def load_choices(self) -> None:
        """The countries and offices the filters offer (those in use change with new cases)."""
        if not self.store.is_open:
            return
        store = self.store
        self.runner.run_db(
            lambda: case_list_service.filter_choices(store),
            self._choices_loaded,
            self._show_error,
            owner=self,
        )

    def _choices_loaded(self, choices: FilterChoices) -> None:
        for combo, items in (
            (self.country, _countries(choices.countries)),
            (self.office, [(name, office_id) for office_id, name in choices.offices]),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for label, value in items:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self.office.setVisible(len(choices.offices) > 1)

    def current_filter(self) -> CaseFilter:
        return CaseFilter(
            search=self.search.text().strip(),
            status=self.status.currentData(),
            country=self.country.currentData(),
            office_id=self.office.currentData(),
            risk_level=self.risk.currentData(),
            minors_only=self.minors.isChecked(),
            overdue_only=self.overdue.isChecked(),
        )

    def apply_filter(self) -> None:
        self.search_timer.stop()
        self.error.hide()
        self.model.set_filter(self.current_filter())

    def _show_total(self, total: int) -> None:
        if total == 0:
            filtered = self.model.case_filter != CaseFilter()
            text = tr(CTX, "No case matches") if filtered else tr(CTX, "No cases yet")
        elif total == 1:
            text = tr(CTX, "1 case")
        else:
            number = QLocale(i18n.current_language()).toString(total)
            text = tr(CTX, "{count} cases").format(count=number)
        self.count_label.setText(text)

    def _show_error(self, error: UserFacingError | str) -> None:
        self.error.setText(error if isinstance(error, str) else error_text(error))
        self.error.show()

    def _reloaded(self) -> None:
        if not self._sized and self.model.rowCount():
            self._sized = True  # once, on the first page: later pages keep the widths
            self.table.resizeColumnsToContents()
        self._select_created()

    # --- keyboard -----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            # Down from the search field goes to the results, as in any search box.
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.table.selectionModel().hasSelection():
                self.select_row(0)
            return True
        return super().eventFilter(watched, event)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def selected_case_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(CASE_ID_ROLE)) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.case_activated.emit(str(index.data(CASE_ID_ROLE)))

    # --- a new case ---------------------------------------------------------------------------

    def new_case(self) -> NewCaseDialog:
        dialog = NewCaseDialog(
            self.store, self.runner, countries=self.mission_countries, today=self.today, parent=self
        )
        dialog.case_created.connect(self._created)
        dialog.case_created.connect(lambda case_id, _code: self._open_created(dialog, case_id))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _open_created(self, dialog: NewCaseDialog, case_id: str) -> None:
        if dialog.open_after.isChecked():
            self.case_activated.emit(case_id)

    def _created(self, case_id: str, case_code: str) -> None:
        self._select_after = (case_id, case_code)
        self.model.refresh()
        self.load_choices()

    def _select_created(self) -> None:
        if self._select_after is None:
            return
        case_id, case_code = self._select_after
        row = self.model.row_of(case_id)
        if row is not None:
            self._select_after = None
            self.select_row(row)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.search.text() == case_code:
            self._select_after = None  # not even under its own code: nothing more to try
            return
        # Not in the first page of the current list: show it alone, under its code.
        for combo in (self.status, self.country, self.office, self.risk):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        for box in (self.minors, self.overdue):
            box.blockSignals(True)
            box.setChecked(False)
            box.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(case_code)
        self.search.blockSignals(False)
        self.apply_filter()


class NewCaseDialog(QDialog):
    """The fields a case needs to be opened, and the names that duplicate detection looks at."""

    case_created = Signal(str, str)  # id, case code

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        *,
        countries: tuple[str, ...] = (),
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.runner = runner
        self.today = today
        self.check_generation = 0
        self.candidates: list[Candidate] = []
        self.saving = False
        self.setWindowTitle(tr(CTX, "New case"))
        self._build(countries)
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(DUPLICATE_DELAY_MS)
        self.check_timer.timeout.connect(self.check_duplicates)
        for edit in (self.given, self.family, self.birth):
            edit.textChanged.connect(self._changed)
        self.estimated.toggled.connect(self._changed)
        self.gender.currentIndexChanged.connect(lambda _: self._validate())
        self.country.currentIndexChanged.connect(lambda _: self._validate())
        self._validate()

    def _build(self, countries: tuple[str, ...]) -> None:
        self.given = QLineEdit()
        self.given.setAccessibleName(tr(FIELDS, "Given name"))
        self.family = QLineEdit()
        self.family.setAccessibleName(tr(FIELDS, "Family name"))
        self.birth = QLineEdit()
        self.birth.setAccessibleName(tr(FIELDS, "Date of birth"))
        self.birth.setPlaceholderText(tr(CTX, "YYYY-MM-DD"))
        self.estimated = QCheckBox(tr(CTX, "Es&timated"))
        self.estimated.setAccessibleName(tr(FIELDS, "Date of birth estimated"))
        birth_row = QHBoxLayout()
        birth_row.addWidget(self.birth, 1)
        birth_row.addWidget(self.estimated)
        self.gender = QComboBox()
        self.gender.setAccessibleName(tr(FIELDS, "Gender"))
        self.gender.addItem(tr(CTX, "Choose…"), None)
        for label, value in _codes(c.GENDER):
            self.gender.addItem(label, value)
        self.country = QComboBox()
        self.country.setAccessibleName(tr(FIELDS, "Country of return"))
        self._fill_countries(countries)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5300;")
        self.warning.setAccessibleName(tr(CTX, "Possible duplicates"))
        self.warning.hide()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(tr(CTX, "What is missing"))
        self.error = error_label()
        form = QFormLayout()
        form.addRow(tr(CTX, "&Given name:"), self.given)
        form.addRow(tr(CTX, "&Family name:"), self.family)
        birth_label = QLabel(tr(CTX, "Date of &birth:"))
        birth_label.setBuddy(self.birth)
        form.addRow(birth_label, birth_row)
        form.addRow(tr(CTX, "G&ender:"), self.gender)
        form.addRow(tr(CTX, "&Country of return:"), self.country)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        self.open_after = QCheckBox(tr(CTX, "&Open its case file after saving"))
        self.open_after.setAccessibleName(tr(CTX, "Open the case file after saving"))
        self.open_after.setChecked(True)
        layout.addWidget(self.open_after)
        layout.addWidget(self._build_buttons())

    def _build_buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr(CTX, "&Save"))
        self.save_button.setAccessibleName(tr(CTX, "Save the new case"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(tr(CTX, "Cancel"))
        cancel.setAccessibleName(tr(CTX, "Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        return self.buttons

    def _fill_countries(self, mission: tuple[str, ...]) -> None:
        if not mission:
            self.country.addItem(tr(CTX, "Choose…"), None)
        for label, code in _countries(mission):
            self.country.addItem(label, code)
        if mission:
            self.country.insertSeparator(self.country.count())
        others = tuple(cc.alpha3 for cc in all_countries() if cc.alpha3 not in mission)
        for label, code in _countries(others):
            self.country.addItem(label, code)
        self.country.setCurrentIndex(0)

    # --- as the officer types -------------------------------------------------------------------

    def birth_date(self) -> date | None:
        """The date typed, None if none; raises ValueError if it is not a date."""
        text = self.birth.text().strip()
        return date.fromisoformat(text) if text else None

    def _changed(self) -> None:
        self._validate()
        self.check_timer.start()

    def _validate(self) -> bool:
        missing = []
        try:
            self.birth_date()
        except ValueError:
            missing.append(tr(CTX, "Write the date of birth as YYYY-MM-DD, such as 1999-05-01."))
        if self.gender.currentData() is None:
            missing.append(tr(CTX, "Choose a gender."))
        if self.country.currentData() is None:
            missing.append(tr(CTX, "Choose the country of return."))
        self.hint.setText(" ".join(missing))
        self.hint.setVisible(bool(missing))
        ready = not missing and not self.saving
        self.save_button.setEnabled(ready)
        return ready

    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.given.text().strip(), self.family.text().strip()) if n)

    def check_duplicates(self) -> None:
        """Likely duplicates of the person typed so far, in the background."""
        self.check_timer.stop()
        self.check_generation += 1
        generation, names = self.check_generation, self.names()
        try:
            born = self.birth_date()
        except ValueError:
            born = None
        if not names or not self.store.is_open:
            self._show_candidates(generation, [])
            return
        store, estimated = self.store, self.estimated.isChecked()
        self.runner.run_db(
            lambda: duplicate_service.possible_duplicates(
                store, names, born, dob_estimated=estimated
            ),
            lambda found: self._show_candidates(generation, found),
            self._failed,
            owner=self,
        )

    def _show_candidates(self, generation: int, found: list[Candidate]) -> None:
        if generation != self.check_generation:
            return  # the names changed since this check was asked for
        self.candidates = found
        if not found:
            self.warning.hide()
            return
        listed = ", ".join(
            tr(CTX, "{code} ({score} %)").format(code=candidate.case_code, score=candidate.score)
            for candidate in found[:MAX_LISTED_DUPLICATES]
        )
        if len(found) > MAX_LISTED_DUPLICATES:
            more = len(found) - MAX_LISTED_DUPLICATES
            listed += " " + tr(CTX, "and {count} more").format(count=more)
        self.warning.setText(
            tr(
                CTX,
                "This person may already have a case: {cases}. Check before saving; if you "
                "save, the cases are linked as possible duplicates for review.",
            ).format(cases=listed)
        )
        self.warning.show()

    # --- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        if not self._validate():
            return
        values: dict[str, object] = {
            "gender": self.gender.currentData(),
            "country_of_return": self.country.currentData(),
        }
        born = self.birth_date()
        if born is not None:
            values["date_of_birth"] = born.isoformat()
            values["dob_estimated"] = self.estimated.isChecked()
        identity = {
            name: text
            for name, text in (
                ("given_name", self.given.text().strip()),
                ("family_name", self.family.text().strip()),
            )
            if text
        }
        store, today = self.store, self.today
        self.saving = True
        self._validate()
        self.error.hide()
        self.runner.run_db(
            lambda: case_service.create_case(store, values, identity or None, today=today),
            self._saved,
            self._failed,
            owner=self,
        )

    def _saved(self, created: CreatedCase) -> None:
        self.saving = False
        self.case_created.emit(created.case.id, created.case.text("case_code"))
        self.accept()

    def _failed(self, error: UserFacingError) -> None:
        self.saving = False
        self._validate()
        self.error.setText(error_text(error))
        self.error.show()
