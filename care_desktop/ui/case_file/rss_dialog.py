"""Taking a Reintegration Sustainability Survey: one answer per indicator, grouped by dimension;
only the raw answers are stored (scores are computed when shown, with the active weights)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.rss import CURRENT_INSTRUMENT, Dimension
from care_desktop.services import rss_service
from care_desktop.services.vault_service import Store
from care_desktop.ui.i18n import tr
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import ServiceDialog

CTX = "Visits"
RSS = "rss"  # the context of the instrument's questions and answers


def dimension_label(dimension: Dimension) -> str:
    if dimension is Dimension.ECONOMIC:
        return tr(CTX, "Economic")
    if dimension is Dimension.SOCIAL:
        return tr(CTX, "Social")
    return tr(CTX, "Psychosocial")


class RssSurveyDialog(ServiceDialog):
    """The survey of one case, tied to a visit when one is given."""

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        case_id: str,
        *,
        visit_id: str | None,
        heading: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(store, runner, parent)
        self.case_id, self.visit_id = case_id, visit_id
        self.setWindowTitle(tr(CTX, "Sustainability survey"))
        self.answers: dict[str, QComboBox] = {}
        body = QWidget()
        body_layout = QVBoxLayout(body)
        for dimension in Dimension:
            group = QGroupBox(dimension_label(dimension))
            form = QFormLayout(group)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            for indicator in CURRENT_INSTRUMENT.in_dimension(dimension):
                combo = QComboBox()
                question = tr(RSS, indicator.question)
                combo.setAccessibleName(question)
                combo.addItem(tr(CTX, "(not asked)"), None)
                for option in indicator.answers:
                    combo.addItem(tr(RSS, option.label), option.code)
                combo.currentIndexChanged.connect(lambda _i: self._count())
                label = QLabel(question)
                label.setWordWrap(True)
                label.setBuddy(combo)
                form.addRow(label, combo)
                self.answers[indicator.code] = combo
            body_layout.addWidget(group)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        self.answered = QLabel()
        self.answered.setAccessibleName(tr(CTX, "Questions answered"))
        self.save_button = self.buttons.addButton(
            tr(CTX, "Save survey"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(heading))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.answered)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(640, 620)
        self._count()

    def chosen(self) -> dict[str, str]:
        return {
            code: str(combo.currentData())
            for code, combo in self.answers.items()
            if combo.currentData() is not None
        }

    def _count(self) -> None:
        count = len(self.chosen())
        self.answered.setText(
            tr(CTX, "{count} of {total} questions answered").format(
                count=count, total=len(self.answers)
            )
        )
        self.save_button.setEnabled(count > 0)

    def _save(self) -> None:
        store, case_id, visit_id, answers = self.store, self.case_id, self.visit_id, self.chosen()
        self.submit(
            lambda: rss_service.record_survey(
                store,
                case_id,
                answers,
                visit_id=visit_id,
                instrument_version=CURRENT_INSTRUMENT.version,
            )
        )
