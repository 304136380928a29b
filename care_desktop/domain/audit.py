"""What the local audit log records."""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    SET_UP = "set-up"
    OPEN = "open"
    VIEW = "view"
    PRINT = "print"
    EXPORT = "export"
    IMPORT = "import"
    PASSPHRASE_CHANGE = "passphrase-change"
    RECOVER = "recover"
    KEYRING_ENABLE = "keyring-enable"
    KEYRING_DISABLE = "keyring-disable"
    CHECK = "check"
    ANONYMISE = "anonymise"
    ERASE = "erase"
