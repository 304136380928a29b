"""The plan tab's tables: objectives, measures with their amounts, and the totals planned
against spent."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QWidget

from care_desktop.domain import codes
from care_desktop.services.records import Record
from care_desktop.ui.case_file.tab_widgets import amount_text
from care_desktop.ui.i18n import tr
from care_desktop.ui.rows_model import RowsModel, code_label

CTX = "Plan"


def totals_text(measures: Sequence[Record]) -> str:
    """Planned against spent, per currency, over the measures not cancelled or refused."""
    planned: dict[str, int] = {}
    spent: dict[str, int] = {}
    for measure in measures:
        if measure.get("status") in ("cancelled", "refused"):
            continue
        currency = measure.text("currency")
        for totals, name in ((planned, "planned_amount"), (spent, "spent_amount")):
            value = measure.get(name)
            if isinstance(value, int):
                totals[currency] = totals.get(currency, 0) + value
    if not planned and not spent:
        return tr(CTX, "No amounts planned yet.")
    return " · ".join(
        tr(CTX, "Planned {planned} {currency}, spent {spent} {currency}")
        .format(
            planned=amount_text(planned.get(currency, 0)),
            spent=amount_text(spent.get(currency, 0)),
            currency=currency,
        )
        .replace("  ", " ")
        for currency in sorted(set(planned) | set(spent))
    )


def objectives_model(parent: QWidget) -> RowsModel:
    cells: list[Callable[[Record], str]] = [
        lambda o: code_label(codes.PLAN_DIMENSION, o.text("dimension") or None),
        lambda o: o.text("description"),
        lambda o: code_label(codes.OBJECTIVE_STATUS, o.text("status") or None),
    ]

    def headers() -> tuple[str, ...]:
        return (tr(CTX, "Dimension"), tr(CTX, "Objective"), tr(CTX, "Status"))

    return RowsModel(headers, cells, parent)


def measures_model(parent: QWidget) -> RowsModel:
    cells: list[Callable[[Record], str]] = [
        lambda m: code_label(codes.ASSISTANCE_PHASE, m.text("phase") or None),
        lambda m: code_label(codes.ASSISTANCE_CATEGORY, m.text("category") or None),
        lambda m: m.text("description"),
        lambda m: code_label(codes.MEASURE_STATUS, m.text("status") or None),
        lambda m: amount_text(m.get("planned_amount")),
        lambda m: amount_text(m.get("spent_amount")),
        lambda m: m.text("currency"),
    ]

    def headers() -> tuple[str, ...]:
        return (
            tr(CTX, "Phase"),
            tr(CTX, "Category"),
            tr(CTX, "Description"),
            tr(CTX, "Status"),
            tr(CTX, "Planned"),
            tr(CTX, "Spent"),
            tr(CTX, "Currency"),
        )

    return RowsModel(headers, cells, parent)
