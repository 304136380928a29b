"""A form built from a record's declaration (domain/records.py): one editor per field, checked
as it is typed by the same validation every write goes through (domain/schema.normalise).

Each field shows its own error under it while it is wrong; Save is enabled only when every field
is valid and something differs from what was loaded (`is_dirty`). Derived fields are shown
read-only; a reference field is offered only when the screen gives its choices; the form never
writes: `save_requested` tells the screen, which calls its service and then `set_values` again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from care_desktop import i18n
from care_desktop.domain.codes import CODE_CONTEXT, CodeList
from care_desktop.domain.countries import all_countries
from care_desktop.domain.errors import FIELD_CONTEXT, UserFacingError
from care_desktop.domain.schema import FieldSpec, Kind, RecordSpec, Value, normalise
from care_desktop.ui.i18n import error_text, tr
from care_desktop.ui.widgets import error_label

CTX = "RecordForm"
Raw = str | bool | tuple[str, ...] | None  # what an editor holds, before validation
Choices = Sequence[tuple[str, str]]  # (label, value)

_LINE_KINDS = frozenset({Kind.TEXT, Kind.INT, Kind.MONEY, Kind.DATE, Kind.TEXTS})
_LIST_HEIGHT = 130


def field_label(spec: FieldSpec) -> str:
    """A field's translated label (the declarations are extracted into the "fields" context)."""
    return tr(FIELD_CONTEXT, spec.label)


def code_choices(codes: CodeList) -> list[tuple[str, str]]:
    return [(tr(CODE_CONTEXT, code.label), code.value) for code in codes]


def country_choices() -> list[tuple[str, str]]:
    language = i18n.current_language()
    return sorted(((c.name(language), c.alpha3) for c in all_countries()), key=lambda p: p[0])


def money_text(value: object) -> str:
    """Minor units as a person types them (1250.50)."""
    if not isinstance(value, int) or isinstance(value, bool):
        return ""
    return f"{value // 100}.{value % 100:02d}" if value % 100 else str(value // 100)


def display_value(spec: FieldSpec, value: Value, choices: Choices = ()) -> str:
    """A stored value as text on screen: code labels translated, lists joined, money in units."""
    if value is None or value in ([], ""):
        return ""
    labels = dict((v, label) for label, v in choices)
    if spec.kind is Kind.BOOL:
        return tr(CTX, "Yes") if value else tr(CTX, "No")
    if spec.kind is Kind.MONEY:
        return money_text(value)
    if spec.kind in (Kind.CODE, Kind.CODES) and spec.codes is not None:
        labels = dict((v, label) for label, v in code_choices(spec.codes))
    if spec.kind in (Kind.COUNTRY, Kind.COUNTRIES):
        labels = dict((v, label) for label, v in country_choices())
    if isinstance(value, list):
        return "; ".join(labels.get(str(item), str(item)) for item in value)
    if isinstance(value, dict):
        return ""
    return labels.get(str(value), str(value))


class _Editor:
    """One field's editor: raw value in and out, a change callback, an error label."""

    def __init__(self, spec: FieldSpec, choices: Choices, on_change: Callable[[], None]) -> None:
        self.spec = spec
        self.widget: QWidget
        self.error = error_label()
        kind = spec.kind
        if kind in _LINE_KINDS:
            line = QLineEdit()
            if kind is Kind.DATE:
                line.setPlaceholderText(tr(CTX, "YYYY-MM-DD"))
            elif kind is Kind.TEXTS:
                line.setPlaceholderText(tr(CTX, "Separate several with ;"))
            elif kind is Kind.MONEY:
                line.setPlaceholderText(tr(CTX, "such as 1250 or 1250.50"))
            line.textChanged.connect(lambda _: on_change())
            self.widget = line
        elif kind is Kind.LONG_TEXT:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(70)
            text.textChanged.connect(on_change)
            self.widget = text
        elif kind is Kind.BOOL:
            box = QCheckBox()
            box.toggled.connect(lambda _: on_change())
            self.widget = box
        elif kind in (Kind.CODE, Kind.COUNTRY, Kind.REF):
            combo = QComboBox()
            combo.addItem(tr(CTX, "—"), None)
            for label, value in choices:
                combo.addItem(label, value)
            combo.currentIndexChanged.connect(lambda _: on_change())
            self.widget = combo
        else:  # CODES, COUNTRIES: a list of check boxes
            items = QListWidget()
            items.setFixedHeight(_LIST_HEIGHT)
            for label, value in choices:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                items.addItem(item)
            items.itemChanged.connect(lambda _: on_change())
            self.widget = items
        self.widget.setAccessibleName(field_label(spec))
        self.error.setAccessibleName(tr(CTX, "Error in {field}").format(field=field_label(spec)))

    def raw(self) -> Raw:
        w = self.widget
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            data = w.currentData()
            return None if data is None else str(data)
        assert isinstance(w, QListWidget)  # noqa: S101 - the editors built above
        checked = (w.item(i) for i in range(w.count()))
        return tuple(
            sorted(
                str(i.data(Qt.ItemDataRole.UserRole))
                for i in checked
                if i.checkState() == Qt.CheckState.Checked
            )
        )

    def set_value(self, value: Value) -> None:
        w, kind = self.widget, self.spec.kind
        if isinstance(w, QLineEdit):
            if kind is Kind.MONEY:
                w.setText(money_text(value))
            elif isinstance(value, list):
                w.setText("; ".join(value))
            else:
                w.setText("" if value is None else str(value))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QComboBox):
            found = w.findData(value) if value is not None else 0
            if found < 0:  # a value the choices do not know (another device's): keep it shown
                w.addItem(str(value), value)
                found = w.count() - 1
            w.setCurrentIndex(found)
        else:
            assert isinstance(w, QListWidget)  # noqa: S101
            wanted = set(value) if isinstance(value, list) else set()
            for i in range(w.count()):
                item = w.item(i)
                on = item.data(Qt.ItemDataRole.UserRole) in wanted
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def parse(self, today: date) -> Value:
        """The stored form of what is typed; raises the field's error."""
        raw = self.raw()
        given: object = list(raw) if isinstance(raw, tuple) else raw
        return normalise(self.spec, given, today=today)


class RecordForm(QWidget):
    """An editable form of one record type; see the module docstring."""

    save_requested = Signal()
    dirty_changed = Signal(bool)
    validity_changed = Signal(bool)

    def __init__(
        self,
        spec: RecordSpec,
        *,
        fields: Iterable[str] | None = None,
        exclude: Iterable[str] = (),
        choices: Mapping[str, Choices] | None = None,
        show_derived: bool = True,
        today: date | None = None,
        buttons: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.today = today
        self.busy = False
        self._loaded: dict[str, Raw] = {}
        self._touched: set[str] = set()
        self._was_dirty = False
        self._was_valid = True
        self.editors: dict[str, _Editor] = {}
        self.read_only: dict[str, QLabel] = {}
        self._derived_values: dict[str, Value] = {}
        given = dict(choices or {})
        self.choices: dict[str, list[tuple[str, str]]] = {k: list(v) for k, v in given.items()}
        chosen = set(fields) if fields is not None else None
        skipped = set(exclude) | {"case_id"}
        self.form = QFormLayout()
        for field in spec.fields:
            if field.name in skipped or (chosen is not None and field.name not in chosen):
                continue
            if field.kind is Kind.MAP or (field.kind is Kind.REF and field.name not in given):
                continue  # nothing a person could pick from
            if field.derived:
                if show_derived:
                    self._add_read_only(field)
                continue
            self._add_editor(field, given.get(field.name, ()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        self.error = error_label()  # the service's refusal, after Save
        layout.addWidget(self.error)
        self._build_buttons(layout, shown=buttons)
        self._loaded = {name: editor.raw() for name, editor in self.editors.items()}
        self._update()

    def _build_buttons(self, layout: QVBoxLayout, *, shown: bool) -> None:
        self.save_button = QPushButton(tr(CTX, "&Save"))
        self.save_button.setAccessibleName(tr(CTX, "Save"))
        self.save_button.setToolTip(tr(CTX, "Save the changes (Ctrl+S)"))
        self.save_button.clicked.connect(self.request_save)
        self.revert_button = QPushButton(tr(CTX, "&Undo changes"))
        self.revert_button.setAccessibleName(tr(CTX, "Undo changes"))
        self.revert_button.clicked.connect(self.discard)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        if shown:
            layout.addLayout(row)
            save = QShortcut(QKeySequence.StandardKey.Save, self)
            save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            save.activated.connect(self.request_save)
        else:
            self.save_button.hide()
            self.revert_button.hide()

    def _add_editor(self, field: FieldSpec, choices: Choices) -> None:
        if field.kind in (Kind.CODE, Kind.CODES) and field.codes is not None:
            choices = code_choices(field.codes)
        elif field.kind in (Kind.COUNTRY, Kind.COUNTRIES):
            choices = country_choices()
        name = field.name
        editor = _Editor(field, choices, lambda: self._edited(name))
        self.editors[field.name] = editor
        cell = QWidget()
        cell_layout = QVBoxLayout(cell)
        cell_layout.setContentsMargins(0, 0, 0, 0)
        cell_layout.addWidget(editor.widget)
        cell_layout.addWidget(editor.error)
        marker = " *" if field.required else ""
        label = QLabel(field_label(field) + marker + ":")
        label.setBuddy(editor.widget)
        self.form.addRow(label, cell)

    def _add_read_only(self, field: FieldSpec) -> None:
        shown = QLabel()
        shown.setAccessibleName(field_label(field))
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_only[field.name] = shown
        self.form.addRow(QLabel(field_label(field) + ":"), shown)

    # --- values in and out --------------------------------------------------------------------

    def set_values(self, values: Mapping[str, Value]) -> None:
        """Show a record as loaded: nothing is dirty afterwards."""
        for name, editor in self.editors.items():
            editor.widget.blockSignals(True)
            editor.set_value(values.get(name))
            editor.widget.blockSignals(False)
        for name, label in self.read_only.items():
            label.setText(display_value(self.spec.field(name), values.get(name)))
        self._loaded = {name: editor.raw() for name, editor in self.editors.items()}
        self._touched.clear()
        self.error.hide()
        self._update()

    def clear(self) -> None:
        """An empty form, as for a new record."""
        self.set_values({})

    def discard(self) -> None:
        """Back to the values last loaded."""
        for name, editor in self.editors.items():
            editor.widget.blockSignals(True)
            raw = self._loaded.get(name)
            editor.set_value(list(raw) if isinstance(raw, tuple) else raw)
            editor.widget.blockSignals(False)
        self._touched.clear()
        self.error.hide()
        self._update()

    def _today(self) -> date:
        return self.today or date.today()

    def errors(self) -> dict[str, str]:
        """Field name → the translated reason its value is refused (empty: all valid)."""
        found: dict[str, str] = {}
        for name, editor in self.editors.items():
            try:
                editor.parse(self._today())
            except UserFacingError as error:
                found[name] = error_text(error)
        return found

    def is_valid(self) -> bool:
        return not self.errors()

    def is_dirty(self) -> bool:
        return any(editor.raw() != self._loaded.get(name) for name, editor in self.editors.items())

    def values(self, *, skip_empty: bool = False) -> dict[str, Value]:
        """Every field's stored form (raises the first field error, so check `is_valid`)."""
        result: dict[str, Value] = {}
        for name, editor in self.editors.items():
            value = editor.parse(self._today())
            if skip_empty and value in (None, [], ""):
                continue
            result[name] = value
        return result

    def changes(self) -> dict[str, Value]:
        """The fields that differ from what was loaded, in their stored form."""
        return {
            name: editor.parse(self._today())
            for name, editor in self.editors.items()
            if editor.raw() != self._loaded.get(name)
        }

    # --- as it is typed -----------------------------------------------------------------------

    def _edited(self, name: str) -> None:
        self._touched.add(name)
        self.error.hide()
        self._update()

    def _update(self) -> None:
        errors = self.errors()
        for name, editor in self.editors.items():
            message = errors.get(name)
            # an empty required field is not shouted about before it was touched
            shown = message if (name in self._touched or editor.raw()) else None
            editor.error.setText(shown or "")
            editor.error.setVisible(bool(shown))
        valid, dirty = not errors, self.is_dirty()
        self.save_button.setEnabled(valid and dirty and not self.busy)
        self.revert_button.setEnabled(dirty and not self.busy)
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)
        if valid != self._was_valid:
            self._was_valid = valid
            self.validity_changed.emit(valid)

    def request_save(self) -> None:
        if self.busy or not self.is_valid() or not self.is_dirty():
            return
        self.save_requested.emit()

    def set_busy(self, busy: bool) -> None:
        """While a save runs, its buttons wait."""
        self.busy = busy
        self._update()

    def show_error(self, error: UserFacingError) -> None:
        self.busy = False
        self._update()
        self.error.setText(error_text(error))
        self.error.show()

    def set_choices(self, name: str, choices: Choices) -> None:
        """Offer other choices in a reference field (partners, users: read after the form was
        built); the value shown is kept, and what was loaded stays what was loaded."""
        combo = self.editors[name].widget
        assert isinstance(combo, QComboBox)  # noqa: S101 - reference fields are combo boxes
        current = combo.currentData()
        loaded = self._loaded.get(name)
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for label, value in choices:
            combo.addItem(label, value)
        self.editors[name].set_value(current)
        self.choices[name] = list(choices)
        if loaded is not None and combo.findData(loaded) < 0:
            combo.addItem(str(loaded), loaded)
        combo.blockSignals(False)

    def shown_text(self, name: str, value: Value) -> str:
        """How a value of this form's record is shown in a list (labels, names of references)."""
        return display_value(self.spec.field(name), value, self.choices.get(name, ()))

    def editor(self, name: str) -> QWidget:
        """The editing widget of a field (tests and screens that add to it)."""
        return self.editors[name].widget

    def field_error(self, name: str) -> str:
        """The error shown under a field now ("" when none is shown)."""
        label = self.editors[name].error
        return label.text() if not label.isHidden() else ""


def set_editor_text(form: RecordForm, name: str, value: Any) -> None:
    """Type into a field as a person would (tests, and screens that prefill a value)."""
    editor = form.editors[name]
    editor.set_value(value)
