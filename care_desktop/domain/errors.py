"""Errors a person can act on. Everything else is a bug and goes to the crash handler.

Each error carries an English template (its translation key in the "errors" context) and the
parameters to fill it. Parameters are never record contents: paths, field names, counts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

ERROR_CONTEXT = "errors"


def _english(context: str, text: str) -> str:
    return text


FIELD_CONTEXT = "fields"


@dataclass(frozen=True, slots=True)
class Msg:
    """A translatable piece of a message (a field label, say), marked for extraction."""

    context: str
    text: str

    def __str__(self) -> str:
        return self.text


class UserFacingError(Exception):
    """Base of errors shown to the user as a translated sentence that says what to do."""

    template: ClassVar[str] = "Something went wrong. Please try again."

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(
            self.template.format(**{k: _translated(v, _english) for k, v in params.items()})
        )

    def message(self, translate: Callable[[str, str], str]) -> str:
        """The message in the language of `translate(context, text)`."""
        params = {name: _translated(value, translate) for name, value in self.params.items()}
        return translate(ERROR_CONTEXT, self.template).format(**params)


def _translated(value: object, translate: Callable[[str, str], str]) -> object:
    if isinstance(value, Msg):
        return translate(value.context, value.text)
    if isinstance(value, tuple) and value and all(isinstance(item, Msg) for item in value):
        return "; ".join(translate(item.context, item.text) for item in value) + "."
    return value


# --- opening the encrypted store -------------------------------------------------------------


class WrongPassphraseError(UserFacingError):
    template = (
        "The passphrase is not correct. Check the keyboard layout and Caps Lock, then try again."
    )


class MissingDatabaseError(UserFacingError):
    template = (
        "There is no database at {path}. Create one with the set-up wizard or `care init`, or "
        "restore your backup to that place."
    )


class MissingKeyFileError(UserFacingError):
    template = (
        "The key file {path} that belongs to this database is missing. Restore it from your "
        "backup; without it the database cannot be opened."
    )


class CorruptDatabaseError(UserFacingError):
    template = (
        "The database {path} is damaged or has been tampered with: its encrypted pages do not "
        "check out. Do not use it; restore your last backup and contact the office."
    )


class KeyFileMismatchError(UserFacingError):
    template = (
        "The key file {path} belongs to another database. Put this database's own key file "
        "next to it (the same name followed by .keys); nothing has been changed."
    )


class CorruptKeyFileError(UserFacingError):
    template = (
        "The key file {path} is damaged and cannot be read. Restore it from your backup and "
        "contact the office."
    )


class NewerDatabaseError(UserFacingError):
    template = (
        "The database {path} was written by a newer version of CARE Desktop. Install the latest "
        "version to open it; nothing has been changed."
    )


class DatabaseExistsError(UserFacingError):
    template = (
        "A database already exists at {path}. It has not been touched. To start again, move it "
        "away yourself first, or choose another place."
    )


class DatabaseLockedError(UserFacingError):
    template = "The database is locked. Unlock it with your passphrase to continue."


class DatabaseBusyError(UserFacingError):
    template = (
        "The database is in use by another CARE Desktop window or command. Close it and try again."
    )


class DiskFullError(UserFacingError):
    template = "The disk is full. Free some space and try again; nothing has been saved."


class CheckFailedError(UserFacingError):
    template = (
        "The check found problems (listed above: {count}). Keep the laptop as it is and contact "
        "the office before making changes."
    )


# --- passphrases and keys --------------------------------------------------------------------


class WeakPassphraseError(UserFacingError):
    template = (
        "This passphrase is too weak. Use at least {minimum} characters, for example four or "
        "five unrelated words, and nothing easy to guess such as a name or a repeated pattern."
    )


class PassphraseMismatchError(UserFacingError):
    template = "The two passphrases are not the same. Type the new passphrase twice."


class MissingPassphraseError(UserFacingError):
    template = (
        "No passphrase was given. Set CARE_PASSPHRASE or run the command in a terminal to be "
        "asked for it."
    )


class MissingNewPassphraseError(UserFacingError):
    template = (
        "No new passphrase was given. Set CARE_NEW_PASSPHRASE or run the command in a terminal "
        "to be asked for it twice."
    )


class FeatureNotReadyError(UserFacingError):
    template = (
        "{feature} is not available in this version of CARE Desktop yet; nothing was changed."
    )


class MalformedRecoveryKeyError(UserFacingError):
    template = (
        "This recovery key is mistyped: it should be 14 groups of 4 letters and digits. Check it "
        "against the sheet you wrote it on."
    )


class WrongRecoveryKeyError(UserFacingError):
    template = (
        "This recovery key does not belong to this database. Check that you have the sheet of "
        "this laptop."
    )


class KeyringUnavailableError(UserFacingError):
    template = (
        "No system keyring is available on this computer. Unlock with your passphrase; "
        "everything else works as usual."
    )


class KeyringLockedError(KeyringUnavailableError):
    template = (
        "The system keyring is locked or did not answer. Unlock with your passphrase, or log in "
        "again to unlock the keyring."
    )


class KeyringEntryMissingError(KeyringUnavailableError):
    template = (
        "The system keyring holds no key for this database. Unlock with your passphrase, then "
        'turn on "Unlock with my login" again in Settings.'
    )


# --- input -----------------------------------------------------------------------------------


class UnknownCountryError(UserFacingError):
    template = (
        "{code} is not a country code we know. Use ISO 3166 alpha-3 codes such as NGA or FRA."
    )


class UnknownRoleError(UserFacingError):
    template = "{role} is not a role. Choose field (a field officer) or coordinator (the office)."


class MissingValueError(UserFacingError):
    template = "{field} is required."
