"""The choices asked before a print: a case sheet's profile, language and paper; the indicator
report's period and format. Defaults come from the print settings (settings_service.print_defaults).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.roles import Role
from care_desktop.services.settings_service import PrintDefaults
from care_desktop.ui.i18n import tr

CTX = "PrintDialogs"
PRINT_LANGUAGES = ("en", "fr")  # the languages prints are laid out in (reports/ catalogues)


def print_language(language: str) -> str:
    """The print setting's language if prints exist in it, else English (as the CLI does)."""
    return language if language in PRINT_LANGUAGES else PRINT_LANGUAGES[0]


def language_combo(chosen: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(tr(CTX, "Language of the print"))
    combo.addItem(tr(CTX, "English"), "en")
    combo.addItem(tr(CTX, "French"), "fr")
    combo.setCurrentIndex(max(0, combo.findData(print_language(chosen))))
    return combo


def paper_combo(chosen: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(tr(CTX, "Paper size"))
    combo.addItem(tr(CTX, "A4"), "A4")
    combo.addItem(tr(CTX, "Letter"), "Letter")
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    return combo


class CaseSheetDialog(QDialog):
    """Which sheet: interview (for the person's interview or a visit) or full (coordinators).

    The full sheet puts the identity, the trafficking profile and the amounts on paper. DESIGN §7
    gives it to coordinators; a field officer's paper goes to interviews and homes, where the
    interview sheet is all its purpose needs. The role is the device's (vault_service.device_info:
    set when the database was created, the same for every user of a field laptop), so a field
    device never offers the full sheet, whatever the print setting says.
    """

    def __init__(
        self, defaults: PrintDefaults, role: Role, case_code: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(CTX, "Print the case sheet of {case}").format(case=case_code))
        self.interview = QRadioButton(tr(CTX, "&Interview sheet"))
        self.interview.setAccessibleName(tr(CTX, "Interview sheet"))
        self.interview.setToolTip(
            tr(CTX, "Without the trafficking details, identity documents or amounts")
        )
        self.full = QRadioButton(tr(CTX, "&Full sheet (coordinators)"))
        self.full.setAccessibleName(tr(CTX, "Full sheet"))
        self.full.setToolTip(tr(CTX, "Everything, including the identity: the print is audited"))
        group = QButtonGroup(self)
        group.addButton(self.interview)
        group.addButton(self.full)
        coordinator = role == Role.COORDINATOR
        self.full.setEnabled(coordinator)
        (self.full if coordinator and defaults.profile == "full" else self.interview).setChecked(
            True
        )
        self.language = language_combo(defaults.language)
        self.paper = paper_combo(defaults.paper)
        form = QFormLayout()
        form.addRow(tr(CTX, "Sheet"), self.interview)
        form.addRow("", self.full)
        if not coordinator:
            note = QLabel(tr(CTX, "The full sheet is printed by coordinators only."))
            note.setWordWrap(True)
            form.addRow("", note)
        form.addRow(tr(CTX, "&Language"), self.language)
        form.addRow(tr(CTX, "&Paper"), self.paper)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr(CTX, "&Preview"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def profile(self) -> str:
        return "full" if self.full.isChecked() and self.full.isEnabled() else "interview"

    def chosen(self) -> PrintDefaults:
        return PrintDefaults(
            paper=str(self.paper.currentData()),
            profile=self.profile(),
            language=str(self.language.currentData()),
        )


class IndicatorDialog(QDialog):
    """The donor report's period (default: this year so far), format, language and paper."""

    def __init__(self, defaults: PrintDefaults, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(CTX, "Indicator report"))
        self.start = QDateEdit(QDate(today.year, 1, 1))
        self.start.setAccessibleName(tr(CTX, "From"))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        self.end.setAccessibleName(tr(CTX, "To"))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.output_format = QComboBox()
        self.output_format.setAccessibleName(tr(CTX, "Format"))
        self.output_format.addItem(tr(CTX, "PDF (to read, print and hand over)"), "pdf")
        self.output_format.addItem(tr(CTX, "CSV (figures for a spreadsheet)"), "csv")
        self.language = language_combo(defaults.language)
        self.paper = paper_combo(defaults.paper)
        form = QFormLayout()
        form.addRow(tr(CTX, "&From"), self.start)
        form.addRow(tr(CTX, "&To"), self.end)
        form.addRow(tr(CTX, "F&ormat"), self.output_format)
        form.addRow(tr(CTX, "&Language"), self.language)
        form.addRow(tr(CTX, "&Paper"), self.paper)
        self.output_format.currentIndexChanged.connect(lambda _i: self._format_changed())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr(CTX, "&Create…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _format_changed(self) -> None:
        pdf = self.output_format.currentData() == "pdf"
        self.language.setEnabled(pdf)
        self.paper.setEnabled(pdf)

    def period(self) -> tuple[date, date]:
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]
