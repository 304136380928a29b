"""Enrol a device from its identity card: the fingerprint shown here must be the one read on the
other device's screen (or over the phone) before anything is trusted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.errors import UserFacingError
from care_desktop.services import trust_service
from care_desktop.services.vault_service import Store
from care_desktop.ui.i18n import tr
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import ServiceDialog

CTX = "EnrolDialog"


class EnrolDialog(ServiceDialog):
    """Choose a card, compare fingerprints, give the country scope (office), enrol."""

    def __init__(
        self, store: Store, runner: TaskRunner, *, office: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, runner, parent)
        self.office = office
        self.setWindowTitle(tr(CTX, "Enrol a device") if office else tr(CTX, "Pin the office"))
        self.card_path = QLineEdit()
        self.card_path.setAccessibleName(tr(CTX, "Identity card file"))
        self.card_path.editingFinished.connect(self.load_card)
        browse = QPushButton(tr(CTX, "&Choose…"))
        browse.setAccessibleName(tr(CTX, "Choose the identity card file"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.card_path, 1)
        row.addWidget(browse)
        self.about = QLabel()
        self.about.setAccessibleName(tr(CTX, "The card"))
        self.shown = QLabel()
        self.shown.setAccessibleName(tr(CTX, "Fingerprint of the card"))
        self.shown.setStyleSheet("font-family: monospace; font-size: 120%;")
        self.typed = QLineEdit()
        self.typed.setPlaceholderText("XXXX XXXX XXXX XXXX XXXX XXXX XXXX XXXX")
        self.typed.setAccessibleName(tr(CTX, "Fingerprint read on the other device"))
        self.typed.textChanged.connect(lambda _t: self._check())
        self.countries = QLineEdit()
        self.countries.setAccessibleName(tr(CTX, "Countries of the device"))
        self.countries.setPlaceholderText("NGA, GIN")
        form = QFormLayout()
        form.addRow(tr(CTX, "&Card:"), row)
        form.addRow("", self.about)
        form.addRow(tr(CTX, "Fingerprint here:"), self.shown)
        form.addRow(tr(CTX, "&Fingerprint on the other screen:"), self.typed)
        if office:
            form.addRow(tr(CTX, "C&ountries:"), self.countries)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)
        self.enrol_button = self.buttons.addButton(
            tr(CTX, "&Enrol") if office else tr(CTX, "&Pin"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.enrol_button.setEnabled(False)
        self.enrol_button.clicked.connect(self._enrol)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                tr(
                    CTX,
                    "Compare the fingerprint with the one the other device shows (Sync centre or "
                    "care identity show), in person or over the phone: only then is it trusted.",
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._fingerprint = ""

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, tr(CTX, "Identity card"), "", tr(CTX, "Identity cards (*.card *.json)")
        )
        if chosen:
            self.card_path.setText(chosen)
            self.load_card()

    def load_card(self) -> None:
        path = Path(self.card_path.text().strip())
        self._fingerprint = ""
        self.shown.clear()
        self.about.clear()
        try:
            card = trust_service.read_card(path)
        except UserFacingError as error:
            self.show_error(error)
            return
        self.error.hide()
        self._fingerprint = card.fingerprint
        self.shown.setText(card.fingerprint)
        self.about.setText(
            tr(CTX, "{office} · {role} · device {device}").format(
                office=card.office, role=card.role, device=card.device_id[:8]
            )
        )
        if self.office and not self.countries.text():
            self.countries.setText(", ".join(card.countries))
        self._check()

    def _check(self) -> None:
        typed = self.typed.text().upper().replace(" ", "")
        self.enrol_button.setEnabled(
            bool(self._fingerprint) and typed == self._fingerprint.replace(" ", "")
        )

    def _enrol(self) -> None:
        store, path = self.store, Path(self.card_path.text().strip())
        countries = tuple(c.strip() for c in self.countries.text().split(",") if c.strip())
        expected = self.typed.text()
        self.submit(
            lambda: trust_service.enroll(store, path, countries, expected_fingerprint=expected)
        )
