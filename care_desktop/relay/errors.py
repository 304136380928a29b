"""What the relay refuses: protocol errors answered to a device (English, for programs: the
`error` code is what a client acts on), and start-up errors shown to the person who runs
`care relay serve` (translated)."""

from __future__ import annotations

from care_desktop.domain.errors import UserFacingError


class RelayError(Exception):
    """An answer `{"error": code, "message": text}` with an HTTP status (docs/relay.md)."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def bad_request(message: str) -> RelayError:
    return RelayError(400, "bad-request", message)


def forbidden(message: str) -> RelayError:
    return RelayError(403, "forbidden", message)


def bad_bundle(message: str) -> RelayError:
    return RelayError(422, "bad-bundle", message)


def bad_roster(message: str) -> RelayError:
    return RelayError(422, "bad-roster", message)


# --- starting the relay ------------------------------------------------------------------------


class OfficeCardRequiredError(UserFacingError):
    template = (
        "This relay has no office card yet. Start it once with --office-card FILE, the file that "
        "`care identity export` writes on the office computer."
    )


class OfficeCardUnreadableError(UserFacingError):
    template = (
        "{path} is not a CARE Desktop identity card. Ask for the file that "
        "`care identity export` writes."
    )


class NotOfficeCardError(UserFacingError):
    template = (
        "{path} is the identity card of a field device. The relay needs the office's card: the "
        "file that `care identity export` writes on the office computer."
    )


class OfficeCardMismatchError(UserFacingError):
    template = (
        "{path} is not the office card this relay was set up with (kept in {stored}). A relay "
        "serves one office: start it without --office-card to keep its office, or give another "
        "--data folder for a new relay. Nothing was changed."
    )


class RelayDataDamagedError(UserFacingError):
    template = (
        "The relay's file {path} is damaged or does not match the office card. Move it away and "
        "start again; the office then uploads its roster again."
    )


class RelayFolderError(UserFacingError):
    template = (
        "The relay cannot use the folder {path}. Check that it exists or can be created and that "
        "this account may write to it."
    )


class PlainHttpRefusedError(UserFacingError):
    template = (
        "Without --tls-cert and --tls-key the relay listens only on this computer (127.0.0.1, ::1 "
        "or localhost), not on {host}: devices would talk to it unencrypted. Give a TLS "
        "certificate and its key, or listen on a loopback address behind a TLS proxy."
    )


class TlsPairError(UserFacingError):
    template = "Give both --tls-cert and --tls-key: the certificate and its private key."


class TlsFilesError(UserFacingError):
    template = (
        "The TLS certificate {cert} and key {key} cannot be used. Check that both files exist, "
        "are readable, are in PEM format and that the key belongs to the certificate."
    )


class ListenError(UserFacingError):
    template = (
        "The relay cannot listen on {host} port {port}: the address is in use, unknown or not "
        "allowed. Choose another --host or --port, or stop the program that uses it."
    )
