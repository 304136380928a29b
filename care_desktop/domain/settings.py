"""Every user setting, declared once with its type, default and label (STYLE: settings)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T", int, str, bool)


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    key: str
    default: T
    label: str  # English; translated in the "settings" context
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()

    def coerce(self, raw: object) -> T:
        """The stored value if it has the right type and range, else the default."""
        return raw if self.accepts(raw) else self.default  # type: ignore[return-value]

    def accepts(self, raw: object) -> bool:
        kind = type(self.default)
        if type(raw) is not kind:  # bool is an int subclass: compare exact types
            return False
        if isinstance(raw, int) and not isinstance(raw, bool):
            low = self.minimum if self.minimum is not None else raw
            high = self.maximum if self.maximum is not None else raw
            return low <= raw <= high
        return not (self.choices and raw not in self.choices)


LANGUAGE: Setting[str] = Setting("language", "", "Language", choices=("", "en", "fr", "es", "pt"))
AUTO_LOCK_MINUTES: Setting[int] = Setting(
    "auto_lock_minutes", 10, "Lock after this many idle minutes", minimum=1, maximum=240
)
LAST_DATABASE: Setting[str] = Setting("last_database", "", "Database file")
RELAY_URL: Setting[str] = Setting("relay_url", "", "Relay address")
SYNC_INTERVAL_MINUTES: Setting[int] = Setting(
    "sync_interval_minutes", 5, "Sync every this many minutes when online", minimum=1, maximum=240
)

ALL_SETTINGS: tuple[Setting[str] | Setting[int] | Setting[bool], ...] = (
    LANGUAGE,
    AUTO_LOCK_MINUTES,
    LAST_DATABASE,
    RELAY_URL,
    SYNC_INTERVAL_MINUTES,
)
