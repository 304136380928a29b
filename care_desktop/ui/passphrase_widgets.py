"""A passphrase field pair with a live strength hint, shared by the wizard and recovery."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from care_desktop.domain.passphrase import MINIMUM_LENGTH, Strength, estimate
from care_desktop.ui.i18n import tr

CTX = "PassphraseFields"


def strength_names() -> dict[Strength, str]:
    return {
        Strength.TOO_WEAK: tr(CTX, "Too weak"),
        Strength.WEAK: tr(CTX, "Weak: acceptable, but longer is better"),
        Strength.FAIR: tr(CTX, "Good"),
        Strength.STRONG: tr(CTX, "Strong"),
    }


class NewPassphraseFields(QWidget):
    """Type twice; `changed` fires on every keystroke; `acceptable` says if it may be used."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(tr(CTX, "New passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(tr(CTX, "New passphrase, again"))
        self.meter = QProgressBar()
        self.meter.setRange(0, 3)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(tr(CTX, "Passphrase strength"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(tr(CTX, "Passphrase hint"))
        layout = QFormLayout(self)
        layout.addRow(tr(CTX, "&Passphrase:"), self.first)
        layout.addRow(tr(CTX, "&Again:"), self.second)
        layout.addRow(tr(CTX, "Strength:"), self.meter)
        layout.addRow("", self.hint)
        for field in (self.first, self.second):
            field.textChanged.connect(self._update)
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    @property
    def acceptable(self) -> bool:
        return estimate(self.first.text()).acceptable and self.first.text() == self.second.text()

    def _update(self) -> None:
        report = estimate(self.first.text())
        self.meter.setValue(int(report.strength))
        if not self.first.text():
            hint = tr(
                CTX,
                "At least {minimum} characters. Four or five unrelated words are strong and easy "
                "to remember.",
            ).format(minimum=MINIMUM_LENGTH)
        elif not report.acceptable:
            hint = tr(
                CTX,
                "{strength}. Make it longer (at least {minimum} characters) and avoid names, "
                "dates and patterns.",
            ).format(strength=strength_names()[report.strength], minimum=MINIMUM_LENGTH)
        elif self.second.text() and self.second.text() != self.first.text():
            hint = tr(CTX, "The two passphrases are not the same yet.")
        else:
            hint = strength_names()[report.strength]
        self.hint.setText(hint)
        self.changed.emit()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
