"""Who prints, when, where and how: plain data, importable without reportlab (the application
loads reportlab with its first print, not at start-up)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from care_desktop import i18n


@dataclass(frozen=True)
class PrintContext:
    """Who prints, when, where, how: the service fills it (settings give paper and language)."""

    printed_at: datetime
    printed_by: str  # the user's name or login as the application shows it
    device: str  # this device's name or id
    language: str = i18n.SOURCE_LANGUAGE  # "en" | "fr"
    paper: str = "A4"  # "A4" | "Letter" (any case)
    demo: bool = False
