"""Sync without thinking about it: an outbox, an inbox, and two transports (a folder, the relay).

Beside the database:
- `outbox/` holds bundles made and waiting to leave, one file per bundle, named
  `care-<sender>-<sequence>-to-<recipient>.carebundle` (a sender never reuses a number, so
  names never collide). A bundle is made only when its recipient lacks something
  (`bundle_service.export_if_needed`), and never while another one to it still waits.
- `inbox/` holds bundles fetched from the relay until they are imported; the relay forgets a
  bundle only once it is safely here.
- `sync-status.json` remembers the last attempt, the last success and the last error (codes and
  times only), for the status bar and `care sync`.

A bundle that cannot be applied is never dropped: what waits for a reason (unknown sender...)
goes to the quarantine, and so does what this device refuses (forged, damaged), with its reason.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from care_desktop.db.keyfile import fsync_directory
from care_desktop.db.store import Store
from care_desktop.db.sync_tables import bundles
from care_desktop.domain.errors import UserFacingError
from care_desktop.domain.roles import Role
from care_desktop.services import bundle_service, trust_service
from care_desktop.services.unit_of_work import reading
from care_desktop.sync import changelog
from care_desktop.sync import relay_client as rc

log = logging.getLogger(__name__)

OUTBOX = "outbox"
INBOX = "inbox"
STAGING = ".staging"
STATUS_FILE = "sync-status.json"
LOCK_FILE = "sync.lock"
HELD = "held"
SUFFIX = ".carebundle"

# (stage, done, total): stage is "send", "receive" or "import"; done/total count bytes for the
# transfers and bundles for the import
Progress = Callable[[str, int, int], None]


Cancel = rc.Cancel  # set it from another thread to stop a sync at once (the application's lock)

# --- errors a person can act on -----------------------------------------------------------------


class RelayAddressError(UserFacingError):
    template = (
        "{url} is not a relay address. Use https://HOST or https://HOST:PORT "
        "(http:// only for a relay on this computer)."
    )


class RelayUnreachableError(UserFacingError):
    template = (
        "The relay cannot be reached. Nothing is lost: bundles wait in the outbox and leave at "
        "the next sync. Check the connection, or use a folder: care sync --folder PATH."
    )


class RelayCertificateError(UserFacingError):
    template = (
        "The relay's certificate is not trusted, so nothing was sent. Ask IT for the relay's "
        "certificate authority file and give it with --ca-cert."
    )


class RelayUnknownDeviceError(UserFacingError):
    template = (
        "The relay does not know this device yet: the office must sync once after enrolling "
        "it. Bundles wait in the outbox."
    )


class RelayRevokedError(UserFacingError):
    template = (
        "The office has revoked this device, so the relay refuses it. Its bundles stay on this "
        "laptop; contact the office."
    )


class RelaySignatureError(UserFacingError):
    template = (
        "The relay refused this device's signature. Check the relay address and this "
        "computer's date and time; if it goes on, contact the office."
    )


class RelayFullError(UserFacingError):
    template = (
        "A mailbox on the relay is full. Bundles wait in the outbox; tell the office so that "
        "the recipient syncs."
    )


class RelayTooLargeError(UserFacingError):
    template = (
        "A bundle is larger than the relay accepts. Take it on a USB stick instead: "
        "care sync --folder PATH."
    )


class RelayRefusedError(UserFacingError):
    template = (
        "The relay refused a request ({code}). Bundles wait in the outbox; tell the office if "
        "it goes on."
    )


class SyncFolderError(UserFacingError):
    template = (
        "The folder {path} cannot be used for sync. Check that the stick or share is "
        "connected and writable."
    )


class RelayAnswerError(UserFacingError):
    template = (
        "The relay answered in a way this version does not understand, or sent a damaged "
        "bundle. Nothing was lost; sync again later, and tell the office if it goes on."
    )


class SyncCancelledError(UserFacingError):
    template = "The sync was stopped. Nothing is lost: it goes on at the next sync."


class SyncBusyError(UserFacingError):
    template = (
        "Another sync of this database is running (in the application or another window). "
        "Wait until it has finished, then try again."
    )


class SyncDiskError(UserFacingError):
    template = (
        "The sync could not write next to the database (is the disk full?). Nothing was lost; "
        "free some space, then sync again."
    )


class NoTransportError(UserFacingError):
    template = (
        "No relay address is set. Give one with --relay URL (or in Settings), or use a folder "
        "with --folder PATH."
    )


_BY_CODE: dict[str, type[UserFacingError]] = {
    "unreachable": RelayUnreachableError,
    "certificate": RelayCertificateError,
    "unknown-device": RelayUnknownDeviceError,
    "revoked": RelayRevokedError,
    "bad-signature": RelaySignatureError,
    "unauthenticated": RelaySignatureError,
    "replayed": RelaySignatureError,
    "stale-time": RelaySignatureError,
    "mailbox-full": RelayFullError,
    "too-large": RelayTooLargeError,
    "protocol": RelayAnswerError,
    "damaged": RelayAnswerError,
    "cancelled": SyncCancelledError,
}


def relay_error(code: str, url: str) -> UserFacingError:
    """The sentence for a relay failure (by its code): what happened and what to do."""
    if code == "address":
        return RelayAddressError(url=url[:200])
    if code in _BY_CODE:
        return _BY_CODE[code]()
    if code.startswith("http-"):
        return RelayAnswerError()
    return RelayRefusedError(code=code[:40])


# --- folders and status -------------------------------------------------------------------------


def _folder(store: Store, name: str) -> Path:
    folder = store.path.parent / name
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def outbox(store: Store) -> Path:
    return _folder(store, OUTBOX)


def inbox(store: Store) -> Path:
    return _folder(store, INBOX)


def bundle_name(sender: str, seq: int, recipient: str) -> str:
    return f"care-{sender}-{seq:010d}-to-{recipient}{SUFFIX}"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class SyncStatus:
    """Where sync stands, for the status bar and `care sync`."""

    waiting_out: int = 0  # bundles in the outbox
    waiting_in: int = 0  # bundles fetched and not yet imported
    held: int = 0  # bundles the relay refused, kept in outbox/held (a folder sync takes them)
    last_attempt: str | None = None
    last_success: str | None = None
    last_transport: str | None = None
    last_error: str | None = None  # a relay error code, or "folder"
    unacknowledged: int | None = None  # own writes the office does not hold yet (field)


def _status_path(store: Store) -> Path:
    return store.path.parent / STATUS_FILE


def _read_status_file(store: Store) -> dict[str, str | None]:
    try:
        raw = json.loads(_status_path(store).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {k: v if isinstance(v, str) else None for k, v in raw.items()}


def _write_status_file(store: Store, **values: str | None) -> None:
    current = _read_status_file(store)
    current.update(values)
    data = json.dumps(current, sort_keys=True).encode("utf-8")
    bundle_service.write_private(_status_path(store), data)


def status(store: Store) -> SyncStatus:
    saved = _read_status_file(store)
    return SyncStatus(
        waiting_out=len(list(outbox(store).glob(f"*{SUFFIX}"))),
        waiting_in=len(list(inbox(store).glob(f"*{SUFFIX}"))),
        held=len(held(store)),
        last_attempt=saved.get("last_attempt"),
        last_success=saved.get("last_success"),
        last_transport=saved.get("last_transport"),
        last_error=saved.get("last_error"),
        unacknowledged=bundle_service.unacknowledged(store),
    )


@contextlib.contextmanager
def _sync_lock(store: Store) -> Iterator[None]:
    """One sync of a database at a time, across processes (the application and `care sync`):
    they share the outbox, the inbox and the bundle numbers."""
    path = store.path.parent / LOCK_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            if os.name == "nt":  # pragma: no cover - Windows
                import msvcrt  # noqa: PLC0415

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
            else:
                import fcntl  # noqa: PLC0415

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise SyncBusyError() from None
        yield
    finally:
        os.close(fd)  # closing releases the lock


# --- the outbox ---------------------------------------------------------------------------------


def _recipients_waiting(folder: Path) -> set[str]:
    waiting: set[str] = set()
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            waiting.update(bundle_service.peek(path).recipients)
        except UserFacingError:
            continue
    return waiting


def _peers(store: Store) -> list[str]:
    with reading(store) as work:
        session = work.session
        if trust_service.role(session) is Role.FIELD:
            office = trust_service.office(session)
            return [office.device_id] if office is not None else []
    return [row.device_id for row in trust_service.devices(store) if row.status == "enrolled"]


def _recover_staged(store: Store, staging: Path, folder: Path) -> None:
    """A bundle is made in `.staging` and moved to the outbox once its transaction committed.
    After a crash in between, a staged bundle the database knows goes to the outbox; one it
    does not know never existed (its number will be used again) and is removed."""
    for path in staging.iterdir():
        if not path.name.endswith(SUFFIX):
            path.unlink()
            continue
        digest = rc.file_sha256(path)
        with reading(store) as work:
            known = work.session.execute(
                select(bundles.c.seq).where(
                    bundles.c.direction == "out", bundles.c.sha256 == digest
                )
            ).first()
        if known is None:
            path.unlink()
        else:
            os.replace(path, folder / path.name)


def prepare_outbox(store: Store) -> int:
    """Make a bundle for each peer that lacks something and has none waiting; returns how many
    were made."""
    folder = outbox(store)
    staging = folder / STAGING
    staging.mkdir(mode=0o700, exist_ok=True)
    _recover_staged(store, staging, folder)
    waiting = _recipients_waiting(folder)
    made = 0
    with reading(store) as work:
        me = changelog.device_id(work.session)
    for peer in _peers(store):
        if peer in waiting:
            continue  # one at a time per recipient: the next one carries everything newer
        staged = staging / f"{peer}{SUFFIX}"
        summary = bundle_service.export_if_needed(store, peer, staged)
        if summary is None:
            continue
        os.replace(staged, folder / bundle_name(me, summary.seq, peer))
        made += 1
    fsync_directory(folder)
    return made


# --- importing ----------------------------------------------------------------------------------


@dataclass
class SyncReport:
    transport: str
    made: int = 0  # bundles made for peers
    sent: int = 0  # bundles that left the outbox
    received: int = 0  # bundles fetched (relay) or found addressed here (folder)
    applied: int = 0
    already_imported: int = 0
    quarantined: int = 0
    refused: int = 0
    waiting: int = 0  # bundles still in the outbox
    problems: list[str] = field(default_factory=list)  # relay error codes for single bundles

    def to_json(self) -> dict[str, object]:
        return asdict(self)


def _import_one(store: Store, path: Path, report: SyncReport, *, keep_refused: bool) -> bool:
    """Import one bundle; True when it is imported (now or before) and may be removed."""
    try:
        summary = bundle_service.import_bundle(store, path)
    except bundle_service.BundleRejectedError as error:
        report.refused += 1
        if keep_refused:
            bundle_service.quarantine_refused(store, path, error.code)
        log.warning("bundle refused during sync: %s", error.code)
        return False
    if summary.status == "quarantined":
        report.quarantined += 1
        return False
    if summary.status == "applied":
        report.applied += 1
    else:
        report.already_imported += 1
    return True


def import_inbox(
    store: Store,
    report: SyncReport,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> None:
    """Import what was fetched, oldest first per sender; the inbox keeps nothing afterwards:
    each bundle is applied, already known, or kept in the quarantine with its reason."""
    folder = inbox(store)
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        try:
            header = bundle_service.peek(path)
            found.append(((header.sender, header.seq), path))
        except UserFacingError:
            found.append((("", 0), path))
    found.sort()
    for done, (_, path) in enumerate(found, start=1):
        if cancel is not None and cancel.is_set():
            raise rc.RelayError("cancelled")  # what is left stays in the inbox for next time
        try:
            _import_one(store, path, report, keep_refused=True)
        except bundle_service.BundleFileError:
            continue
        path.unlink(missing_ok=True)  # applied, already here, or kept in the quarantine
        if progress is not None:
            progress("import", done, len(found))
    fsync_directory(folder)


# --- the folder transport -----------------------------------------------------------------------


def _copy_into(source: Path, folder: Path) -> None:
    """Copy a bundle into the shared folder under its own name: a temporary name first, then a
    rename and a flush of the folder, so that a device reading the folder never sees half a
    file and a stick pulled out right after still holds the whole bundle."""
    target = folder / source.name
    if (
        target.exists()
        and target.stat().st_size == source.stat().st_size
        and rc.file_sha256(target) == rc.file_sha256(source)
    ):
        return  # already there (an earlier sync stopped before it cleaned the outbox)
    temporary = folder / f".{source.name}.part"
    with source.open("rb") as reader, temporary.open("wb") as writer:
        while chunk := reader.read(1 << 20):
            writer.write(chunk)
        writer.flush()
        os.fsync(writer.fileno())
    os.replace(temporary, target)
    fsync_directory(folder)


def held(store: Store) -> list[tuple[Path, str]]:
    """Bundles the relay refused for what they are (too large, a recipient it does not accept):
    kept in outbox/held with the reason, never dropped; a folder sync takes them along."""
    folder = outbox(store) / HELD
    found = []
    for path in sorted(folder.glob(f"*{SUFFIX}")) if folder.is_dir() else []:
        try:
            reason = str(json.loads(path.with_suffix(".json").read_text())["reason"])
        except (OSError, ValueError, KeyError, TypeError):
            reason = "unknown"
        found.append((path, reason))
    return found


def _hold(store: Store, path: Path, reason: str) -> None:
    folder = outbox(store) / HELD
    folder.mkdir(mode=0o700, exist_ok=True)
    note = json.dumps({"reason": reason, "held_at": _now()}).encode("utf-8")
    bundle_service.write_private(folder / f"{path.stem}.json", note)
    os.replace(path, folder / path.name)
    fsync_directory(folder)
    log.warning("bundle held in the outbox: the relay refused it (%s)", reason)


def _own_leftovers(folder: Path, pattern: str) -> None:
    """Temporary files an interrupted sync of this device left behind."""
    for leftover in folder.glob(pattern):
        leftover.unlink(missing_ok=True)


def sync_folder(store: Store, folder: Path, progress: Progress | None = None) -> SyncReport:
    """Import the bundles in `folder` addressed to this device, then leave there what waits.
    Only bundles this device imported (now or before) are removed from the folder."""
    with _sync_lock(store):
        return _sync_folder(store, folder, progress)


def _sync_folder(store: Store, folder: Path, progress: Progress | None) -> SyncReport:
    report = SyncReport("folder")
    _write_status_file(store, last_attempt=_now(), last_transport="folder")
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        _write_status_file(store, last_error="folder")
        raise SyncFolderError(path=str(folder))
    with reading(store) as work:
        me = changelog.device_id(work.session)
    try:
        _own_leftovers(folder, f".care-{me}-*{SUFFIX}.part")
        candidates = sorted(p for p in folder.glob(f"*{SUFFIX}") if not p.name.startswith("."))
        addressed = []
        for path in candidates:
            try:
                header = bundle_service.peek(path)
            except UserFacingError:
                continue  # not a bundle we can read: not ours to judge, left where it is
            if me in header.recipients and header.sender != me:
                addressed.append(((header.sender, header.seq), path))
        addressed.sort()
        for done, (_, path) in enumerate(addressed, start=1):
            report.received += 1
            if _import_one(store, path, report, keep_refused=False):
                path.unlink()
            if progress is not None:
                progress("import", done, len(addressed))
        report.made = prepare_outbox(store)
        waiting = sorted(outbox(store).glob(f"*{SUFFIX}")) + [path for path, _ in held(store)]
        for done, path in enumerate(waiting, start=1):
            _copy_into(path, folder)
            path.unlink()  # only once the folder holds it, flushed
            path.with_suffix(".json").unlink(missing_ok=True)  # a held bundle's note
            report.sent += 1
            if progress is not None:
                progress("send", done, len(waiting))
    except OSError:
        _write_status_file(store, last_error="folder")
        raise SyncFolderError(path=str(folder)) from None
    report.waiting = len(list(outbox(store).glob(f"*{SUFFIX}")))
    _write_status_file(store, last_success=_now(), last_error=None)
    return report


# --- the relay transport ------------------------------------------------------------------------


def relay_client(
    store: Store, url: str, ca_file: Path | None = None, cancel: threading.Event | None = None
) -> rc.RelayClient:
    with reading(store) as work:
        me = changelog.device_id(work.session)
        seed = trust_service.keys(work.session).seed
    try:
        return rc.RelayClient(url, me, seed, ca_file=ca_file, cancel=cancel)
    except rc.RelayError as error:
        raise relay_error(error.code, url) from None


def _push_roster(store: Store, client: rc.RelayClient) -> None:
    """The office keeps the relay's roster current: the relay learns from it who may talk."""
    with reading(store) as work:
        if trust_service.role(work.session) is not Role.COORDINATOR:
            return
        roster = trust_service.current_roster(work.session)
    if roster is None:
        return
    stated = client.roster_version()
    if stated is None or stated < roster[0]:
        client.put_roster(roster[1])


def _check_instance(store: Store, client: rc.RelayClient) -> None:
    """A relay whose data folder was replaced (lost, restored from an old backup) holds none of
    what was sent to it: what was in flight through it goes again."""
    if client.instance is None:
        return
    known = _read_status_file(store).get("relay_instance")
    if known is not None and known != client.instance:
        bundle_service.forget_in_flight(store)
        log.warning("the relay's data folder changed: bundles in flight will be sent again")
    if known != client.instance:
        _write_status_file(store, relay_instance=client.instance)


# a refusal that concerns one bundle (the others can still go), and whether it is for good
_ONE_BUNDLE = {"bad-bundle": True, "too-large": True, "forbidden": True, "mailbox-full": False}
# a download that fails for this bundle only: skipped (it stays at the relay), the rest goes on
_ONE_DOWNLOAD = ("damaged", "not-found")


def _pull(
    store: Store, client: rc.RelayClient, report: SyncReport, progress: Progress | None
) -> None:
    folder = inbox(store)
    items = client.mailbox()
    total = sum(item.size for item in items)
    done = 0
    for item in items:

        def step(part: int, _whole: int, before: int = done) -> None:
            if progress is not None:
                progress("receive", before + part, total)

        try:
            client.download(item, folder, step)
        except rc.RelayError as error:
            if error.code not in _ONE_DOWNLOAD:
                raise
            report.problems.append(error.code)
            continue
        client.acknowledge(item.sha256)  # safely on disk here: the relay may forget it
        report.received += 1
        done += item.size


def _push(
    store: Store, client: rc.RelayClient, report: SyncReport, progress: Progress | None
) -> None:
    waiting = sorted(outbox(store).glob(f"*{SUFFIX}"))
    total = sum(path.stat().st_size for path in waiting)
    done = 0
    for path in waiting:
        size = path.stat().st_size

        def step(part: int, _whole: int, before: int = done) -> None:
            if progress is not None:
                progress("send", before + part, total)

        try:
            client.upload(path, step)
        except rc.RelayError as error:
            if error.code not in _ONE_BUNDLE:
                raise  # about this device or the connection: the others would fare the same
            report.problems.append(error.code)
            if _ONE_BUNDLE[error.code]:
                _hold(store, path, error.code)
            continue
        path.unlink()  # the relay has it on disk (it answered with its hash)
        report.sent += 1
        done += size


def sync_relay(
    store: Store,
    url: str,
    *,
    ca_file: Path | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> SyncReport:
    """Fetch what waits at the relay, import it, make what peers lack, send the outbox.
    `cancel`, set from another thread, stops it at the next step (nothing is lost)."""
    with _sync_lock(store):
        return _sync_relay(store, url, ca_file, progress, cancel)


def _sync_relay(
    store: Store,
    url: str,
    ca_file: Path | None,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> SyncReport:
    report = SyncReport("relay")
    _write_status_file(store, last_attempt=_now(), last_transport="relay")
    client = relay_client(store, url, ca_file, cancel)
    try:
        _own_leftovers(inbox(store), ".*.download")
        if not client.health():
            raise rc.RelayError("unreachable")
        _check_instance(store, client)
        _push_roster(store, client)
        _pull(store, client, report, progress)
        import_inbox(store, report, progress, cancel)
        report.made = prepare_outbox(store)
        _push(store, client, report, progress)
    except rc.RelayError as error:
        if error.code != "cancelled":
            # offline: what peers lack is made anyway, and waits in the outbox for the next sync
            prepare_outbox(store)
        _write_status_file(store, last_error=error.code)
        log.info("relay sync stopped: %s", error.code)
        raise relay_error(error.code, url) from None
    except OSError:
        _write_status_file(store, last_error="disk")
        raise SyncDiskError() from None
    report.waiting = len(list(outbox(store).glob(f"*{SUFFIX}")))
    problem = report.problems[0] if report.problems else None
    _write_status_file(store, last_success=_now(), last_error=problem)
    log.info(
        "relay sync: %d sent, %d received, %d applied, %d quarantined, %d refused, %d problems",
        report.sent,
        report.received,
        report.applied,
        report.quarantined,
        report.refused,
        len(report.problems),
    )
    return report


def relay_reachable(store: Store, url: str, ca_file: Path | None = None) -> bool:
    """Whether the relay answers now (the background sync starts only then). A relay that
    answers with a certificate this device does not trust is not "offline": that is raised
    (RelayCertificateError), as is an address that is not a relay address."""
    try:
        return relay_client(store, url, ca_file).health()
    except rc.RelayError as error:
        raise relay_error(error.code, url) from None


def check_relay_url(url: str) -> UserFacingError | None:
    """None when `url` is a relay address (https://HOST[:PORT], http:// only for this computer),
    else the sentence that says what to type (Settings checks the field as it is typed)."""
    try:
        rc.parse_url(url)
    except rc.RelayError:
        return relay_error("address", url)
    return None


@dataclass(frozen=True, slots=True)
class OutgoingBundle:
    """A bundle waiting to leave (or held: the relay refused it, with the reason)."""

    name: str
    recipient: str
    seq: int
    size: int
    held_reason: str | None


def outgoing(store: Store) -> list[OutgoingBundle]:
    """The outbox and its held bundles, for the sync centre."""
    found: list[tuple[Path, str | None]] = [
        (path, None) for path in sorted(outbox(store).glob(f"*{SUFFIX}"))
    ]
    found += [(path, reason) for path, reason in held(store)]
    bundles_out = []
    for path, reason in found:
        try:
            header = bundle_service.peek(path)
        except UserFacingError:
            continue
        bundles_out.append(
            OutgoingBundle(
                path.name,
                ",".join(header.recipients),
                header.seq,
                path.stat().st_size,
                reason,
            )
        )
    return bundles_out


@dataclass(frozen=True, slots=True)
class IncomingBundle:
    """A bundle fetched or found that is not imported yet (the inbox empties on each import;
    what stays is a file still being written or one this device could not read)."""

    name: str
    sender: str
    seq: int
    size: int


def incoming(store: Store) -> list[IncomingBundle]:
    """The inbox, for the sync centre (headers only: nothing is decrypted)."""
    found = []
    for path in sorted(inbox(store).glob(f"*{SUFFIX}")):
        try:
            header = bundle_service.peek(path)
            sender, seq = header.sender, header.seq
        except UserFacingError:
            sender, seq = "", 0
        found.append(IncomingBundle(path.name, sender, seq, path.stat().st_size))
    return found


@dataclass(frozen=True, slots=True)
class BundleEvent:
    """One bundle this device wrote or applied."""

    direction: str  # in | out
    peer: str
    seq: int
    at: str
    writes: int


def history(store: Store, limit: int = 500) -> list[BundleEvent]:
    """The bundles written and applied, newest first."""
    with store.read() as session:
        rows = session.execute(
            select(bundles).order_by(bundles.c.at.desc(), bundles.c.seq.desc()).limit(limit)
        ).all()
    return [
        BundleEvent(
            row.direction,
            row.recipient if row.direction == "out" else row.sender,
            row.seq,
            row.at,
            row.writes,
        )
        for row in rows
    ]
