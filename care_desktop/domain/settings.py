"""Every user setting, declared once with its type, default and label (STYLE: settings).

A setting that cannot take a value says why with `problem()`: a sentence a person can act on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Generic, TypeVar

from care_desktop.domain.errors import Msg, UserFacingError

T = TypeVar("T", int, str, bool)
SETTINGS_CONTEXT = "settings"  # the labels below are translated in this context


class SettingRangeError(UserFacingError):
    template: ClassVar[str] = "{setting} must be a whole number from {minimum} to {maximum}."


class SettingChoiceError(UserFacingError):
    template: ClassVar[str] = "{setting} cannot be “{value}”. Choose one of: {choices}."


class SettingTypeError(UserFacingError):
    template: ClassVar[str] = "{setting} cannot take that value."


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
        return self.problem(raw) is None

    def problem(self, raw: object) -> UserFacingError | None:
        """None when `raw` is a value of this setting, else what is wrong with it."""
        name = Msg(SETTINGS_CONTEXT, self.label)
        kind = type(self.default)
        if type(raw) is not kind:  # bool is an int subclass: compare exact types
            return SettingTypeError(setting=name)
        if isinstance(raw, int) and not isinstance(raw, bool):
            low = self.minimum if self.minimum is not None else raw
            high = self.maximum if self.maximum is not None else raw
            if not low <= raw <= high:
                return SettingRangeError(setting=name, minimum=low, maximum=high)
        if self.choices and raw not in self.choices:
            shown = ", ".join(choice or "—" for choice in self.choices)
            return SettingChoiceError(setting=name, value=raw, choices=shown)
        return None


LANGUAGES = ("en", "fr", "es", "pt")
LANGUAGE: Setting[str] = Setting("language", "", "Language", choices=("", *LANGUAGES))
AUTO_LOCK_MINUTES: Setting[int] = Setting(
    "auto_lock_minutes", 10, "Lock after this many idle minutes", minimum=1, maximum=240
)
LAST_DATABASE: Setting[str] = Setting("last_database", "", "Database file")
RELAY_URL: Setting[str] = Setting("relay_url", "", "Relay address")
# A relay whose certificate is signed by the office's own authority, not a public one: the file
# (PEM) the office hands out. Empty: the system's certificate authorities.
RELAY_CA_FILE: Setting[str] = Setting("relay_ca_file", "", "Certificate authority of the relay")
SYNC_INTERVAL_MINUTES: Setting[int] = Setting(
    "sync_interval_minutes", 5, "Sync every this many minutes when online", minimum=1, maximum=240
)

# Print defaults (printing itself reads them through settings_service.print_defaults).
PAPER_SIZES = ("A4", "Letter")
PRINT_PAPER: Setting[str] = Setting("print_paper", "A4", "Paper size", choices=PAPER_SIZES)
# "interview": the sheet taken to an interview leaves out trafficking details, identity
# documents and the budget; "full": everything the case holds.
PRINT_PROFILES = ("interview", "full")
PRINT_PROFILE: Setting[str] = Setting(
    "print_profile", "interview", "Case sheet printed by default", choices=PRINT_PROFILES
)
# "": prints in the language of the interface.
PRINT_LANGUAGE: Setting[str] = Setting(
    "print_language", "", "Language of prints", choices=("", *LANGUAGES)
)

# Set while the application runs on the demo database ("Explore with demo data"): the next start
# opens the demo again. Whether a database IS a demo is stored in that database (demo_database).
DEMO_ACTIVE: Setting[bool] = Setting("demo_active", False, "Exploring with demo data")

ALL_SETTINGS: tuple[Setting[str] | Setting[int] | Setting[bool], ...] = (
    LANGUAGE,
    AUTO_LOCK_MINUTES,
    LAST_DATABASE,
    RELAY_URL,
    RELAY_CA_FILE,
    SYNC_INTERVAL_MINUTES,
    PRINT_PAPER,
    PRINT_PROFILE,
    PRINT_LANGUAGE,
    DEMO_ACTIVE,
)
