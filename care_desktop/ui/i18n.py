"""`tr(context, text)`: the one way interface code marks a string for translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from care_desktop.domain.errors import Msg, UserFacingError


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def msg_text(msg: Msg) -> str:
    """A marked piece of text (a field label, a reason) in the interface's language."""
    return QCoreApplication.translate(msg.context, msg.text)


def error_text(error: UserFacingError) -> str:
    """The translated sentence of an error a person can act on."""
    return error.message(tr)
