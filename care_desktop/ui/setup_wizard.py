"""First-run set-up: role, office, country, passphrase twice, and the recovery key shown once.

Or "Explore with demo data": a separate demo database filled with invented cases (the real one
is not created), so a newcomer sees the product at work before setting it up.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from care_desktop import i18n
from care_desktop.domain.countries import all_countries
from care_desktop.domain.errors import UserFacingError
from care_desktop.services import demo_database, keyring_service, vault_service
from care_desktop.services.vault_service import SetupRequest, SetupResult, Store
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.passphrase_widgets import NewPassphraseFields
from care_desktop.ui.recovery_key_dialog import key_label, key_lines
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import error_label

CTX = "SetupWizard"
DEMO_PAGE_ID = 10


class WelcomePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.setTitle(tr(CTX, "Welcome to CARE Desktop"))
        intro = QLabel(
            tr(
                CTX,
                "This laptop will keep case records in an encrypted database that only your "
                "passphrase opens. Set-up takes a minute: tell us who you are, choose a "
                "passphrase and write down the recovery key.",
            )
        )
        intro.setWordWrap(True)
        self.language = QComboBox()
        self.language.setAccessibleName(tr(CTX, "Language"))
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(i18n.current_language()), 0))
        self.language.currentIndexChanged.connect(
            lambda _: wizard.language_changed.emit(self.language.currentData())
        )
        self.real = QRadioButton(tr(CTX, "&Set up this laptop"))
        self.real.setAccessibleName(tr(CTX, "Set up this laptop"))
        self.demo = QRadioButton(tr(CTX, "&Explore with demo data first"))
        self.demo.setAccessibleName(tr(CTX, "Explore with demo data"))
        self.demo.setToolTip(
            tr(CTX, "A separate database of invented cases; your real set-up stays for later.")
        )
        self.real.setChecked(True)
        self.route = QButtonGroup(self)
        self.route.addButton(self.real)
        self.route.addButton(self.demo)
        where = QLabel(tr(CTX, "Database: {path}").format(path=wizard.path))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(tr(CTX, "&Language:"), self.language)
        layout.addLayout(form)
        layout.addWidget(self.real)
        layout.addWidget(self.demo)
        layout.addStretch()
        layout.addWidget(where)

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return DEMO_PAGE_ID if self.demo.isChecked() else super().nextId()


class OfficePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr(CTX, "Who uses this laptop"))
        self.field = QRadioButton(tr(CTX, "&Field officer in a mission"))
        self.coordinator = QRadioButton(tr(CTX, "&Coordinator at the office (Paris)"))
        self.field.setChecked(True)
        self.roles = QButtonGroup(self)
        self.roles.addButton(self.field)
        self.roles.addButton(self.coordinator)
        self.office = QLineEdit()
        self.office.setAccessibleName(tr(CTX, "Office or mission"))
        self.office.setPlaceholderText(tr(CTX, "for example IOM Lagos"))
        self.user_name = QLineEdit()
        self.user_name.setAccessibleName(tr(CTX, "Your name"))
        self.search = QLineEdit()
        self.search.setAccessibleName(tr(CTX, "Find a country"))
        self.search.setPlaceholderText(tr(CTX, "Type to find a country"))
        self.search.setClearButtonEnabled(True)
        self.countries = QListWidget()
        self.countries.setAccessibleName(tr(CTX, "Countries of the mission"))
        language = i18n.current_language()
        for country in sorted(all_countries(), key=lambda c: c.name(language)):
            item = QListWidgetItem(f"{country.name(language)} ({country.alpha3})")
            item.setData(Qt.ItemDataRole.UserRole, country.alpha3)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.countries.addItem(item)
        self.search.textChanged.connect(self._filter)
        self.countries.itemChanged.connect(lambda _: self.completeChanged.emit())
        self.office.textChanged.connect(lambda _: self.completeChanged.emit())
        self.field.toggled.connect(lambda _: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.coordinator)
        form = QFormLayout()
        form.addRow(tr(CTX, "&Office or mission:"), self.office)
        form.addRow(tr(CTX, "Your &name:"), self.user_name)
        form.addRow(tr(CTX, "Co&untry of the mission:"), self.search)
        layout.addLayout(form)
        layout.addWidget(self.countries)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.countries.count()):
            item = self.countries.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def role(self) -> str:
        return "field" if self.field.isChecked() else "coordinator"

    def chosen_countries(self) -> tuple[str, ...]:
        return tuple(
            str(self.countries.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.countries.count())
            if self.countries.item(row).checkState() == Qt.CheckState.Checked
        )

    def check_country(self, alpha3: str) -> None:
        for row in range(self.countries.count()):
            item = self.countries.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == alpha3:
                item.setCheckState(Qt.CheckState.Checked)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        if not self.office.text().strip():
            return False
        return self.role() == "coordinator" or bool(self.chosen_countries())


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr(CTX, "Choose a passphrase"))
        self.setSubTitle(
            tr(
                CTX,
                "It opens the database on this laptop. Nobody, not even the office, can recover "
                "it for you: only the recovery key on the next page can.",
            )
        )
        self.fields = NewPassphraseFields()
        self.fields.changed.connect(self.completeChanged.emit)
        self.keyring = QCheckBox(tr(CTX, "&Unlock with my login (system keyring)"))
        self.keyring.setAccessibleName(tr(CTX, "Unlock with my login"))
        self.keyring.setToolTip(
            tr(CTX, "Your login password then opens CARE Desktop; the passphrase still works.")
        )
        self.error = error_label()
        self.busy = QLabel(tr(CTX, "Creating the encrypted database…"))
        self.busy.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.keyring)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addStretch()
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr(CTX, "&Create"))
        self._creating = False

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.keyring.setEnabled(False)
        self._wizard.runner.run(keyring_service.available, self._keyring_checked, owner=self)

    def _keyring_checked(self, available: bool) -> None:
        self.keyring.setEnabled(available)
        if not available:
            self.keyring.setChecked(False)
            self.keyring.setToolTip(tr(CTX, "No system keyring is available on this computer."))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.fields.acceptable and not self._creating

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self._wizard.result_ is not None:
            return True
        if not self._creating:
            self._creating = True
            self.error.hide()
            self.busy.show()
            self.completeChanged.emit()
            # no way out while the database is being made: it would exist with an unseen key
            self._wizard.button(QWizard.WizardButton.CancelButton).setEnabled(False)
            self._wizard.create(self.fields.passphrase(), self.keyring.isChecked())
        return False

    def creation_failed(self, error: UserFacingError) -> None:
        self._creating = False
        self._wizard.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.busy.hide()
        self.error.setText(error_text(error))
        self.error.show()
        self.completeChanged.emit()

    def creation_finished(self) -> None:
        self._creating = False
        self.busy.hide()
        self.fields.clear()


class RecoveryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(tr(CTX, "Your recovery key"))
        self.setSubTitle(
            tr(
                CTX,
                "Write it on paper now and keep it locked away from the laptop. It is shown only "
                "this once. If the passphrase is forgotten, it is the only way back in.",
            )
        )
        self.key = key_label("")
        self.written = QCheckBox(tr(CTX, "I have &written it down"))
        self.written.toggled.connect(lambda _: self.completeChanged.emit())
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        layout.addWidget(self.written)
        layout.addWidget(self.keyring_note)
        layout.addStretch()

    def show_key(self, text: str) -> None:
        self.key.setText(key_lines(text))

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return self.written.isChecked()

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return -1  # the demo page is reached from the welcome page only


class DemoPage(QWizardPage):
    """Makes the demo database in the background, with progress; Cancel stops it."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(tr(CTX, "Explore with demo data"))
        about = QLabel(
            tr(
                CTX,
                "CARE Desktop makes a separate demo database with {cases} invented cases, so you "
                "can see every screen at work. Nothing in it is real, it never syncs, and your "
                "real database is not created yet. Every screen shows DEMO.",
            ).format(cases=demo_database.DEMO_CASES)
        )
        about.setWordWrap(True)
        passphrase = QLabel(
            tr(
                CTX,
                "The demo opens without a passphrase. After locking, unlock it with the demo "
                "passphrase: <b>{passphrase}</b>",
            ).format(passphrase=demo_database.DEMO_PASSPHRASE)
        )
        passphrase.setWordWrap(True)
        passphrase.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        leave = QLabel(tr(CTX, "To set up your real database later: File ▸ Leave demo."))
        leave.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr(CTX, "Making the demo database"))
        self.progress.setRange(0, demo_database.DEMO_CASES)
        self.progress.hide()
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(passphrase)
        layout.addWidget(leave)
        layout.addStretch()
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        self.setFinalPage(True)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr(CTX, "&Open the demo"))
        self.making = False
        self.cancel = threading.Event()

    def nextId(self) -> int:  # noqa: N802 - Qt's name
        return -1

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return not self.making

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        if self._wizard.store is not None:
            return True
        if not self.making:
            self.making = True
            self.cancel = threading.Event()
            self.error.hide()
            self.progress.setValue(0)
            self.progress.show()
            self.completeChanged.emit()
            self._wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)
            self._wizard.make_demo(self.cancel)
        return False

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def stopped(self, error: UserFacingError | None = None) -> None:
        """Cancelled (no error) or failed: nothing of the demo is left; it can be tried again."""
        self.making = False
        self.progress.hide()
        if error is not None:
            self.error.setText(error_text(error))
            self.error.show()
        self.completeChanged.emit()
        self._wizard.button(QWizard.WizardButton.BackButton).setEnabled(True)


class SetupWizard(QWizard):
    """Creates the database; `store` holds it, open, once `finished` is accepted."""

    language_changed = Signal(str)
    demo_progressed = Signal(int, int)  # cases made, of

    def __init__(
        self,
        path: Path,
        runner: TaskRunner,
        *,
        argon2: dict[str, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.runner = runner
        self.argon2 = argon2
        self.store: Store | None = None
        self.result_: SetupResult | None = None
        self.demo = False  # `store` is the demo database (not the one at `path`)
        self.setWindowTitle(tr(CTX, "CARE Desktop: set-up"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.welcome = WelcomePage(self)
        self.office = OfficePage()
        self.passphrase = PassphrasePage(self)
        self.recovery = RecoveryPage()
        for page in (self.welcome, self.office, self.passphrase, self.recovery):
            self.addPage(page)
        self.demo_page = DemoPage(self)
        self.setPage(DEMO_PAGE_ID, self.demo_page)
        self.demo_progressed.connect(self.demo_page.show_progress)
        self.currentIdChanged.connect(self._page_changed)
        self.resize(640, 560)

    def create(self, passphrase: str, with_keyring: bool) -> None:
        request = SetupRequest(
            path=self.path,
            role=self.office.role(),
            office=self.office.office.text(),
            countries=self.office.chosen_countries(),
            passphrase=passphrase,
            user_name=self.office.user_name.text(),
            argon2=self.argon2,
        )

        def work() -> tuple[Store, SetupResult, UserFacingError | None, bool]:
            store, result = vault_service.create_database(request)
            keyring_problem: UserFacingError | None = None
            if with_keyring:
                try:
                    keyring_service.enable(store)
                except UserFacingError as error:
                    keyring_problem = error
            return store, result, keyring_problem, with_keyring

        self.runner.run_db(work, self._created, self.passphrase.creation_failed, owner=self)

    def _page_changed(self, page_id: int) -> None:
        # Back and Cancel are hidden on the recovery key page only: the demo page keeps them
        # (Back to the real set-up; Cancel stops a demo being made).
        on_demo = page_id == DEMO_PAGE_ID
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, not on_demo)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, not on_demo)

    def make_demo(self, cancel: threading.Event) -> None:
        real, emit = self.path, self.demo_progressed.emit

        def work() -> Store | None:
            return demo_database.create(real, progress=emit, cancel=cancel)

        self.runner.run_db(work, self._demo_made, self.demo_page.stopped, owner=self)

    def _demo_made(self, store: Store | None) -> None:
        if store is None:  # cancelled
            self.demo_page.stopped()
            return
        self.store, self.demo = store, True
        self.demo_page.making = False
        self.accept()

    def must_stay_open(self) -> bool:
        """The database exists but its recovery key has not been confirmed as written down."""
        if self.demo_page.making or self.demo:
            return False
        return self._creating_or_created() and not self.recovery.written.isChecked()

    def _creating_or_created(self) -> bool:
        return self.store is not None or self.passphrase._creating

    def reject(self) -> None:
        if self.demo_page.making:
            self.demo_page.cancel.set()  # the demo is removed; the wizard stays on its page
            return
        if not self.must_stay_open():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.demo_page.making:
            self.demo_page.cancel.set()
            event.ignore()
            return
        if self.must_stay_open():
            event.ignore()
            return
        super().closeEvent(event)

    def _created(self, outcome: tuple[Store, SetupResult, UserFacingError | None, bool]) -> None:
        store, result, keyring_problem, with_keyring = outcome
        self.store, self.result_ = store, result
        self.recovery.show_key(result.recovery_key)
        if keyring_problem is not None:
            self.recovery.keyring_note.setText(error_text(keyring_problem))
        elif with_keyring:
            self.recovery.keyring_note.setText(tr(CTX, "Unlock with your login: on."))
        self.passphrase.creation_finished()
        self.next()
