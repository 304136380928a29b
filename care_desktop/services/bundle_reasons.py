"""Why a bundle is refused or kept waiting, in words a person can act on, and the errors shown."""

from __future__ import annotations

from pathlib import Path

from care_desktop.domain.errors import Msg, UserFacingError


class BundleRejectedError(UserFacingError):
    template = "The bundle {path} was refused: {reason} Nothing was changed."

    code = "malformed"  # why, for the quarantine note (REASONS)


REASONS: dict[str, Msg] = {
    "too-large": Msg(
        "bundle",
        "it is larger than a bundle may be, or inflates beyond its bounds.",
    ),
    "malformed": Msg(
        "bundle",
        "it is not a well-formed CARE bundle (damaged, or not a bundle at all).",
    ),
    "truncated": Msg(
        "bundle",
        "it is incomplete; copy it again from its source.",
    ),
    "header": Msg(
        "bundle",
        "its signed header is not readable.",
    ),
    "signature": Msg(
        "bundle",
        "its signature does not verify: it was changed after it was signed, or forged.",
    ),
    "not-addressed": Msg(
        "bundle",
        "it is not addressed to this device.",
    ),
    "not-for-us": Msg(
        "bundle",
        "this device cannot decrypt it.",
    ),
    "mismatch": Msg(
        "bundle",
        "its encrypted content does not match its signed header.",
    ),
    "downgrade": Msg(
        "bundle",
        "it uses a format this version no longer accepts.",
    ),
    "sequence-clash": Msg(
        "bundle",
        (
            "the sender already sent a different bundle with this number: possible forgery. "
            "It is noted in the alert log next to the database; tell the office."
        ),
    ),
    "older-roster": Msg(
        "bundle",
        "it carries a device roster older than the one this device has.",
    ),
    "roster": Msg(
        "bundle",
        "its device roster is not signed by the office this device trusts.",
    ),
    "attachment": Msg(
        "bundle",
        "an attachment's content does not match its hash.",
    ),
    "newer-format": Msg(
        "bundle",
        "it was written by a newer version of CARE Desktop.",
    ),
}


# Why something waits in quarantine, and what lets it go on (docs/bundle-format.md, Quarantine).
WAITING: dict[str, Msg] = {
    "unknown-sender": Msg(
        "bundle",
        "Sent by a device this one does not know yet. Applied as soon as the device is enrolled "
        "(office) or the office is pinned (field device).",
    ),
    "revoked-sender": Msg(
        "bundle",
        "Sent by a revoked device after its cut-off. Kept for a coordinator to decide; never "
        "applied automatically.",
    ),
    "newer-model": Msg(
        "bundle",
        "Written by a newer version of CARE Desktop. Applied after this application is updated.",
    ),
    "out-of-scope": Msg(
        "bundle",
        "Changes to a case outside the sending device's countries. Applied if its countries come "
        "to include the case's country.",
    ),
    "waiting-for-parent": Msg(
        "bundle",
        "Changes to a record that has not arrived here yet (for example a consent whose case "
        "stays at the office). Applied when that record arrives.",
    ),
}


def quarantine_reason(code: str) -> Msg:
    """The translatable explanation of a quarantine reason code (refused bundles included)."""
    if code.startswith("refused-"):
        return _reason(code.removeprefix("refused-"))
    return WAITING.get(code, Msg("bundle", "Kept for a reason this version does not know."))


def _reason(code: str) -> Msg:
    return REASONS.get(code, REASONS["malformed"])


def refuse(path: Path, code: str) -> BundleRejectedError:
    error = BundleRejectedError(path=path.name, reason=_reason(code))
    error.code = code if code in REASONS else "malformed"
    return error


class UnknownRecipientError(UserFacingError):
    template = "There is no enrolled device {device}. See `care devices list`."


class BundleFileError(UserFacingError):
    template = "{path} cannot be read; check the file name and that the stick is plugged in."
