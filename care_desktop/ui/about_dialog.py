"""Help ▸ About: the versions, the build and the database's data model, to copy into a ticket."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.errors import UserFacingError
from care_desktop.services import app_info
from care_desktop.services.vault_service import Store
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.task_runner import TaskRunner

CTX = "AboutDialog"


def build_text(build: app_info.BuildInfo | None) -> str:
    if build is None:
        return tr(CTX, "development build")
    return tr(CTX, "commit {commit}, built {date}, {platform}").format(
        commit=build.commit, date=build.date, platform=build.platform
    )


def support_path(path: Path) -> str:
    """The path with the home folder as "~": a login name is often a person's name."""
    try:
        return str(Path("~") / path.resolve().relative_to(Path.home().resolve()))
    except (ValueError, RuntimeError):
        return str(path)


class AboutDialog(QDialog):
    """Facts only, no records: "Copy" puts them on the clipboard for a support ticket."""

    def __init__(
        self,
        store: Store,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        build: app_info.BuildInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr(CTX, "About CARE Desktop"))
        self.store = store
        self.database_revision = QLabel(tr(CTX, "reading…"))
        # (label, value widget, value for the copied text); the path is copied without the home
        self.facts: list[tuple[str, QLabel, str | None]] = [
            (tr(CTX, "Version:"), QLabel(app_info.application_version()), None),
            (tr(CTX, "Data model:"), QLabel(app_info.data_model_version()), None),
            (
                tr(CTX, "Build:"),
                QLabel(build_text(build if build is not None else app_info.build())),
                None,
            ),
            (tr(CTX, "Database:"), QLabel(str(store.path)), support_path(store.path)),
            (tr(CTX, "Database data model:"), self.database_revision, None),
            (tr(CTX, "Qt:"), QLabel(f"{qVersion()} (PySide6 {PySide6.__version__})"), None),
            (tr(CTX, "Python:"), QLabel(app_info.python_version()), None),
            (tr(CTX, "System:"), QLabel(platform.platform(terse=True)), None),
        ]
        title = QLabel(f"<b>CARE Desktop {app_info.application_version()}</b>")
        form = QFormLayout()
        for label, value, _ in self.facts:
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label.rstrip(":"))
            value.setWordWrap(True)
            form.addRow(label, value)
        self.copy_button = QPushButton(tr(CTX, "&Copy"))
        self.copy_button.setAccessibleName(tr(CTX, "Copy these facts for a support ticket"))
        self.copy_button.setToolTip(tr(CTX, "Copy these facts for a support ticket"))
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.copy_button.setFocus()
        self.resize(600, 0)  # a database path on one or two lines, not five
        runner.run_db(
            lambda: app_info.database_revision(store),
            self._revision_read,
            self._revision_failed,
            owner=self,
        )

    def _revision_read(self, revision: str | None) -> None:
        self.database_revision.setText(revision or tr(CTX, "none"))

    def _revision_failed(self, error: UserFacingError) -> None:
        # locked meanwhile, or a damaged file: the dialog still gives the other facts
        self.database_revision.setText(error_text(error))

    def text(self) -> str:
        """The facts as copied: one "label value" line each."""
        return "\n".join(
            f"{label} {copied if copied is not None else value.text()}"
            for label, value, copied in self.facts
        )

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())
