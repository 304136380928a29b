"""The sync centre: conflicts to review (every value side by side with who wrote it, where and
when; keep one or write another), bundles waiting to leave or held, what waits in quarantine and
why, and the devices with what each has not yet received."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.records import RECORDS
from care_desktop.services import bundle_service, conflict_service, sync_service, trust_service
from care_desktop.services.conflict_service import Candidate, Conflict
from care_desktop.services.vault_service import Store
from care_desktop.ui.enrol_dialog import EnrolDialog
from care_desktop.ui.i18n import error_text, msg_text, tr
from care_desktop.ui.rows_model import RowsModel, rows_table
from care_desktop.ui.task_runner import TaskRunner
from care_desktop.ui.widgets import error_label

CTX = "SyncCentre"


def record_label(record_type: str) -> str:
    spec = RECORDS.get(record_type)
    return tr("records", spec.label) if spec else record_type


def field_label(record_type: str, field: str) -> str:
    if field == conflict_service.DELETED_FIELD:
        return tr(CTX, "Deleted")
    spec = RECORDS.get(record_type)
    found = next((f for f in spec.fields if f.name == field), None) if spec else None
    return tr("fields", found.label) if found else field


def value_text(value: Any) -> str:
    if value is None:
        return tr(CTX, "(empty)")
    if isinstance(value, bool):
        return tr(CTX, "Yes") if value else tr(CTX, "No")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def _model(headers: Callable[[], tuple[str, ...]], *cells: Callable[[Any], str]) -> RowsModel:
    return RowsModel(headers, cells)


class ConflictReview(QWidget):
    """Conflicts on the left; the values of the selected one side by side, to keep or replace."""

    resolved = Signal()

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.conflicts = _model(
            lambda: (tr(CTX, "Record"), tr(CTX, "Field"), tr(CTX, "Shown for now")),
            lambda c: f"{record_label(c.record_type)} {c.record_id[:8]}",
            lambda c: field_label(c.record_type, c.field),
            lambda c: value_text(c.shown),
        )
        self.values = _model(
            lambda: (tr(CTX, "Value"), tr(CTX, "Written by"), tr(CTX, "Device"), tr(CTX, "When")),
            lambda v: value_text(v.value),
            lambda v: v.author or tr(CTX, "(unknown)"),
            lambda v: v.device[:8],
            lambda v: v.at,
        )
        self.conflict_table = rows_table(self.conflicts, tr(CTX, "Conflicts"))
        self.value_table = rows_table(self.values, tr(CTX, "Concurrent values"))
        self.conflict_table.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.keep_button = QPushButton(tr(CTX, "&Keep the selected value"))
        self.keep_button.setAccessibleName(tr(CTX, "Keep the selected value"))
        self.keep_button.clicked.connect(self.keep_selected)
        self.other_value = QLineEdit()
        self.other_value.setPlaceholderText(tr(CTX, "Or write another value"))
        self.other_value.setAccessibleName(tr(CTX, "Another value"))
        self.write_button = QPushButton(tr(CTX, "&Write this value"))
        self.write_button.setAccessibleName(tr(CTX, "Write this value"))
        self.write_button.clicked.connect(self.write_other)
        self.error = error_label()
        actions = QHBoxLayout()
        actions.addWidget(self.keep_button)
        actions.addWidget(self.other_value, 1)
        actions.addWidget(self.write_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.conflict_table, 1)
        layout.addWidget(QLabel(tr(CTX, "Values written at the same time on different devices:")))
        layout.addWidget(self.value_table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.error)
        self._enable()

    def show_conflicts(self, found: list[Conflict]) -> None:
        self.conflicts.set_rows(found)
        if found:
            self.conflict_table.selectRow(0)
        self._chosen()

    def selected(self) -> Conflict | None:
        rows = self.conflict_table.selectionModel().selectedRows()
        return self.conflicts.row(rows[0].row()) if rows else None

    def _chosen(self) -> None:
        conflict = self.selected()
        self.values.set_rows(list(conflict.candidates) if conflict else [])
        if conflict and conflict.candidates:
            self.value_table.selectRow(0)
        self.error.hide()
        self._enable()

    def _enable(self) -> None:
        has = self.selected() is not None
        self.keep_button.setEnabled(has)
        self.write_button.setEnabled(has)
        self.other_value.setEnabled(has)

    def keep_selected(self) -> None:
        conflict = self.selected()
        rows = self.value_table.selectionModel().selectedRows()
        if conflict is None or not rows:
            return
        candidate: Candidate = self.values.row(rows[0].row())
        self._resolve(conflict, json.dumps(candidate.value))

    def write_other(self) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        self._resolve(conflict, json.dumps(self.other_value.text().strip()))

    def _resolve(self, conflict: Conflict, value_json: str) -> None:
        store, conflict_id = self.store, conflict.id
        self.runner.run_db(
            lambda: conflict_service.resolve(store, conflict_id, value_json),
            lambda _value: self._done(),
            self._failed,
            owner=self,
        )

    def _done(self) -> None:
        self.other_value.clear()
        self.resolved.emit()

    def _failed(self, error: UserFacingError) -> None:
        self.error.setText(error_text(error))
        self.error.show()


class SyncCentreScreen(QWidget):
    """Everything about sync in one place, read on the database thread when shown."""

    refreshed = Signal()

    def __init__(self, store: Store, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self._generation = 0
        self.review = ConflictReview(store, runner)
        self.review.resolved.connect(self.refresh)
        self.outgoing = _model(
            lambda: (tr(CTX, "Bundle"), tr(CTX, "To"), tr(CTX, "Size"), tr(CTX, "State")),
            lambda b: str(b.seq),
            lambda b: b.recipient[:8],
            lambda b: f"{b.size / 1024:.0f} KiB",
            lambda b: (
                tr(CTX, "Held: the relay refused it ({reason})").format(reason=b.held_reason)
                if b.held_reason
                else tr(CTX, "Waiting to leave")
            ),
        )
        self.quarantine = _model(
            lambda: (
                tr(CTX, "What"),
                tr(CTX, "From"),
                tr(CTX, "Number"),
                tr(CTX, "Why"),
                tr(CTX, "Since"),
            ),
            lambda q: tr(CTX, "Bundle") if q.kind == "bundle" else tr(CTX, "Changes"),
            lambda q: (q.sender or "")[:8],
            lambda q: "" if q.seq is None else str(q.seq),
            lambda q: msg_text(bundle_service.quarantine_reason(q.reason)),
            lambda q: q.received_at,
        )
        self.incoming = _model(
            lambda: (tr(CTX, "File"), tr(CTX, "From"), tr(CTX, "Number"), tr(CTX, "Size")),
            lambda b: b.name,
            lambda b: b.sender[:8] or tr(CTX, "(unreadable)"),
            lambda b: str(b.seq) if b.seq else "",
            lambda b: f"{b.size / 1024:.0f} KiB",
        )
        self.history = _model(
            lambda: (
                tr(CTX, "When"),
                tr(CTX, "Direction"),
                tr(CTX, "Device"),
                tr(CTX, "Number"),
                tr(CTX, "Changes"),
            ),
            lambda e: e.at,
            lambda e: tr(CTX, "Received") if e.direction == "in" else tr(CTX, "Sent"),
            lambda e: e.peer[:8],
            lambda e: str(e.seq),
            lambda e: str(e.writes),
        )
        self.devices = _model(
            lambda: (
                tr(CTX, "Device"),
                tr(CTX, "Office"),
                tr(CTX, "Countries"),
                tr(CTX, "Status"),
                tr(CTX, "Fingerprint"),
                tr(CTX, "Not yet received"),
            ),
            lambda d: d[0].device_id[:8],
            lambda d: d[0].office,
            lambda d: ", ".join(d[0].countries),
            lambda d: d[0].status,
            lambda d: d[0].fingerprint,
            lambda d: self._gaps(d[1]),
        )
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr(CTX, "Sync centre"))
        self.tabs.addTab(self.review, tr(CTX, "Conflicts"))
        self.tabs.addTab(rows_table(self.outgoing, tr(CTX, "Outbox")), tr(CTX, "Outbox"))
        self.tabs.addTab(rows_table(self.incoming, tr(CTX, "Inbox")), tr(CTX, "Inbox"))
        self.tabs.addTab(rows_table(self.quarantine, tr(CTX, "Quarantine")), tr(CTX, "Quarantine"))
        self.tabs.addTab(rows_table(self.history, tr(CTX, "History")), tr(CTX, "History"))
        self.tabs.addTab(self._devices_page(), tr(CTX, "Devices"))
        self.role = ""
        self.dialog: QDialog | None = None
        self.summary = QLabel()
        self.summary.setAccessibleName(tr(CTX, "Sync summary"))
        self.error = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{tr(CTX, 'Sync centre')}</h2>"))
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)

    def _devices_page(self) -> QWidget:
        self.device_table = rows_table(self.devices, tr(CTX, "Devices"))
        self.enrol_button = QPushButton(tr(CTX, "&Enrol a device…"))
        self.enrol_button.setAccessibleName(tr(CTX, "Enrol a device"))
        self.enrol_button.clicked.connect(self.enrol)
        self.revoke_button = QPushButton(tr(CTX, "&Revoke the selected device…"))
        self.revoke_button.setAccessibleName(tr(CTX, "Revoke the selected device"))
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.own_fingerprint = QLabel()
        self.own_fingerprint.setAccessibleName(tr(CTX, "This device's fingerprint"))
        self.own_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(tr(CTX, "E&xport this device's card…"))
        self.export_button.setAccessibleName(tr(CTX, "Export this device's identity card"))
        self.export_button.clicked.connect(self.export_card)
        device_buttons = QHBoxLayout()
        device_buttons.addWidget(self.export_button)
        device_buttons.addWidget(self.enrol_button)
        device_buttons.addWidget(self.revoke_button)
        device_buttons.addStretch(1)
        devices_page = QWidget()
        devices_layout = QVBoxLayout(devices_page)
        devices_layout.addWidget(self.own_fingerprint)
        devices_layout.addLayout(device_buttons)
        devices_layout.addWidget(self.device_table, 1)
        return devices_page

    @staticmethod
    def _gaps(sync: bundle_service.PeerSync | None) -> str:
        if sync is None:
            return ""
        parts = []
        if sync.unacknowledged:
            parts.append(tr(CTX, "{count} of our changes").format(count=sync.unacknowledged))
        if sync.missing_bundles:
            parts.append(
                tr(CTX, "bundles {numbers} never imported here").format(
                    numbers=", ".join(
                        f"{a}–{b}" if a != b else str(a) for a, b in sync.missing_bundles
                    )
                )
            )
        return "; ".join(parts)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation, store = self._generation, self.store

        def load() -> tuple[Any, ...]:
            peers = bundle_service.sync_status(store)
            return (
                conflict_service.conflicts(store),
                sync_service.outgoing(store),
                sync_service.incoming(store),
                bundle_service.quarantined(store),
                sync_service.history(store),
                [(d, peers.get(d.device_id)) for d in trust_service.devices(store)],
                trust_service.identity(store),
            )

        self.runner.run_db(
            load, lambda data: self._show(generation, data), self._failed, owner=self
        )

    def _show(self, generation: int, data: tuple[Any, ...]) -> None:
        if generation != self._generation:
            return
        conflicts, outgoing, incoming, quarantine, history, devices, me = data
        self.role = me.role
        office = self.role == "coordinator"
        self.enrol_button.setText(
            tr(CTX, "&Enrol a device…") if office else tr(CTX, "&Pin the office…")
        )
        self.revoke_button.setVisible(office)
        self.own_fingerprint.setText(
            tr(CTX, "This device: {device} · fingerprint {fingerprint}").format(
                device=me.device_id[:8], fingerprint=me.fingerprint
            )
        )
        self.review.show_conflicts(conflicts)
        self.outgoing.set_rows(outgoing)
        self.incoming.set_rows(incoming)
        self.quarantine.set_rows(quarantine)
        self.history.set_rows(history)
        self.devices.set_rows(devices)
        self.tabs.setTabText(0, tr(CTX, "Conflicts ({count})").format(count=len(conflicts)))
        self.summary.setText(
            tr(
                CTX,
                "{conflicts} conflicts to review · {waiting} bundles waiting · "
                "{quarantined} in quarantine",
            ).format(conflicts=len(conflicts), waiting=len(outgoing), quarantined=len(quarantine))
        )
        self.error.hide()
        self.refreshed.emit()

    def _failed(self, error: UserFacingError) -> None:
        self.error.setText(error_text(error))
        self.error.show()

    def enrol(self) -> EnrolDialog:
        dialog = EnrolDialog(
            self.store, self.runner, office=self.role == "coordinator", parent=self
        )
        dialog.saved.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
        return dialog

    def selected_device(self) -> Any:
        rows = self.device_table.selectionModel().selectedRows()
        return self.devices.row(rows[0].row())[0] if rows else None

    def ask_revoke(self) -> QDialog | None:
        device = self.selected_device()
        if device is None:
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(tr(CTX, "Revoke a device"))
        text = QLabel(
            tr(
                CTX,
                "Revoke device {device} of {office}? Its bundles made after the last one received "
                "here will wait in quarantine, and the relay will refuse it. This cannot be "
                "undone: a device found again is enrolled anew.",
            ).format(device=device.device_id[:8], office=device.office)
        )
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        revoke = buttons.addButton(tr(CTX, "Re&voke"), QDialogButtonBox.ButtonRole.DestructiveRole)
        revoke.clicked.connect(lambda: self._revoke(dialog, device.device_id))
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _revoke(self, dialog: QDialog, device_id: str) -> None:
        store = self.store
        dialog.accept()
        self.runner.run_db(
            lambda: trust_service.revoke(store, device_id),
            lambda _cutoff: self.refresh(),
            self._failed,
            owner=self,
        )

    def export_card(self, target: Path | None = None) -> None:
        """Write this device's public identity card (for the other side to enrol or pin)."""
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr(CTX, "Identity card"), "device.card", tr(CTX, "Identity cards (*.card)")
            )
            if not chosen:
                return
            target = Path(chosen)
        store, out = self.store, target
        self.runner.run_db(
            lambda: trust_service.export_identity(store, out),
            lambda card: self.own_fingerprint.setText(
                tr(CTX, "Card written to {path}. Fingerprint {fingerprint}").format(
                    path=out, fingerprint=card.fingerprint
                )
            ),
            self._failed,
            owner=self,
        )
