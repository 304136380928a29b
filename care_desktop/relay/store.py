"""The relay's files: the pinned office card, the last roster, a mailbox folder per device, the
log of bundles each device acknowledged, and uploads in progress.

Written so that a crash at any moment leaves only complete bundles in mailboxes: an upload is
received under tmp/ and fsync'd, then appears in a mailbox by one hard link (or rename) under its
final name, and the mailbox folder is fsync'd before the relay answers. tmp/ is emptied at start,
and acknowledgements older than `ACKED_DAYS` are forgotten.

    DIR/instance                            this folder's random id (made once; GET /v1/health)
    DIR/office.card                         the office's identity card (pinned at first start)
    DIR/roster.json                         the last roster the office uploaded (signed)
    DIR/mailboxes/<device-id>/<sha256>.carebundle
    DIR/acked/<device-id>.log               "sha256 unix-time" per acknowledged bundle
    DIR/tmp/                                uploads in progress

A device id becomes a folder or file name only once `relay_auth.is_device_id` has accepted it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import secrets
import shutil
import threading
import time
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from care_desktop.relay.errors import (
    NotOfficeCardError,
    OfficeCardMismatchError,
    OfficeCardRequiredError,
    OfficeCardUnreadableError,
    RelayDataDamagedError,
    RelayFolderError,
)
from care_desktop.sync import relay_auth
from care_desktop.sync.trust import Card, TrustError, parse_card

SUFFIX = ".carebundle"
_BUNDLE_NAME = re.compile(r"([0-9a-f]{64})\.carebundle\Z")
_ACKED_LINE = re.compile(r"([0-9a-f]{64}) (\d{1,12})\Z")
_INSTANCE = re.compile(r"([0-9a-f]{32})\n?\Z")
_CHUNK = 1 << 20
ACKED_DAYS = 90  # acknowledgements older than this are forgotten at start


@dataclass(frozen=True, slots=True)
class Quota:
    max_bytes: int
    max_count: int


@dataclass(frozen=True, slots=True)
class StoredBundle:
    sha256: str
    size: int
    received_at: int  # unix seconds


class MailboxFullError(Exception):
    def __init__(self, device: str) -> None:
        super().__init__(device)
        self.device = device


class Upload:
    """A request body being received into tmp/: written in chunks, hashed as it comes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle = open(  # noqa: SIM115 - closed by finish() or discard()
            os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb"
        )
        self._digest = hashlib.sha256()
        self.size = 0

    def write(self, chunk: bytes) -> None:
        """One chunk as received (small: called on the event loop)."""
        self._handle.write(chunk)
        self._digest.update(chunk)
        self.size += len(chunk)

    @property
    def sha256(self) -> str:
        return self._digest.hexdigest()

    def flush(self) -> None:
        self._handle.flush()

    def finish(self) -> None:
        """Flush, fsync and close: the bytes are on disk before any mailbox names them."""
        if not self._handle.closed:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()

    def discard(self) -> None:
        self._handle.close()
        self.path.unlink(missing_ok=True)


def _fsync_dir(path: Path) -> None:
    """Make names created, renamed or removed in `path` durable. Windows cannot open a folder
    (PermissionError) and makes its metadata durable itself: nothing to do there."""
    if os.name == "nt":
        return
    descriptor = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _write_atomic(tmp: Path, path: Path, data: bytes) -> None:
    """Replace `path` by `data` in one step: a file in `tmp` (same file system) fsync'd, renamed
    over it, and the folder fsync'd."""
    temporary = tmp / f"{uuid.uuid4().hex}.write"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with open(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    _fsync_dir(path.parent)


def _private_dir(path: Path) -> bool:
    """Create `path` (mode 0700) if missing; True when it was created."""
    try:
        path.mkdir(mode=0o700)
    except FileExistsError:
        return False
    return True


def _checked(device: str) -> str:
    """A device id, before it becomes part of a path."""
    if not relay_auth.is_device_id(device):
        raise ValueError("not a device id")
    return device


class RelayStore:
    """The relay's folder. Thread-safe: the changes to one mailbox are serialized by its lock."""

    def __init__(self, root: Path, office: Card, quota: Quota, instance: str = "") -> None:
        self.root = root
        self.office = office
        self.quota = quota
        self.instance = instance
        self.mailboxes = root / "mailboxes"
        self.acked = root / "acked"
        self.tmp = root / "tmp"
        # one lock per mailbox: uploads and acknowledgements for different devices go on at the
        # same time (their fsyncs share the file system's journal commits), those of one device
        # one after another (its quota and acknowledged set stay exact)
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()
        self._placing: dict[str, set[str]] = {}  # device → bundle names being placed now
        self._usage: dict[str, list[int]] = {}  # device → [count, bytes], filled when first used
        self._acknowledged: dict[str, set[str]] = {}

    # --- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, root: Path, office_card_file: Path | None, quota: Quota) -> RelayStore:
        """Prepare the folder, pin (or check) the office card, and recover from a crash.
        A refused card leaves the folder as it was."""
        office, new = _office_card(root, office_card_file)
        try:
            root.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(root, 0o700)
            for name in ("mailboxes", "acked", "tmp"):
                _private_dir(root / name)
                os.chmod(root / name, 0o700)
            if new is not None:
                _write_atomic(root / "tmp", root / "office.card", new)
            instance = _instance(root)
        except OSError:
            raise RelayFolderError(path=str(root)) from None
        store = cls(root, office, quota, instance)
        store._recover()
        store._forget_old_acknowledgements(time.time())
        return store

    def _recover(self) -> None:
        """Empty tmp/ (uploads a crash interrupted) and finish the deletes it interrupted."""
        for leftover in self.tmp.iterdir():
            if leftover.is_dir() and not leftover.is_symlink():
                shutil.rmtree(leftover)
            else:
                leftover.unlink()
        for folder in self.mailboxes.iterdir():
            if not relay_auth.is_device_id(folder.name):
                continue
            acknowledged = self._acked_set(folder.name)
            removed = False
            for sha, path in _bundle_files(folder):
                if sha in acknowledged:
                    path.unlink()
                    removed = True
            if removed:
                _fsync_dir(folder)

    def _forget_old_acknowledgements(self, now: float) -> None:
        """Drop acknowledgements older than `ACKED_DAYS` (each log rewritten in one step), so
        that the logs do not grow for ever. A bundle uploaded again after that is delivered
        again; its recipient refuses it anyway, having imported that sender's sequence number."""
        oldest = int(now) - ACKED_DAYS * 86_400
        for path in self.acked.iterdir():
            if not (path.name.endswith(".log") and relay_auth.is_device_id(path.name[:-4])):
                continue
            data = path.read_bytes()
            lines = data.decode("ascii", "replace").split("\n")
            kept = []
            for line in lines[:-1]:  # the last piece is "" or a line cut by a crash
                match = _ACKED_LINE.match(line)
                if match and int(match.group(2)) >= oldest:
                    kept.append(line + "\n")
            if len(kept) == len(lines) - 1 and not lines[-1]:
                continue  # nothing to drop
            if kept:
                _write_atomic(self.tmp, path, "".join(kept).encode("ascii"))
            else:
                path.unlink()
                _fsync_dir(self.acked)
        self._acknowledged.clear()

    # --- roster -------------------------------------------------------------------------------

    @property
    def roster_path(self) -> Path:
        return self.root / "roster.json"

    def load_roster(self) -> bytes | None:
        try:
            return self.roster_path.read_bytes()
        except FileNotFoundError:
            return None

    def save_roster(self, document: bytes) -> None:
        _write_atomic(self.tmp, self.roster_path, document)

    # --- uploads ------------------------------------------------------------------------------

    def new_upload(self) -> Upload:
        return Upload(self.tmp / f"{uuid.uuid4().hex}.part")

    def deliver(self, upload: Upload, recipients: Sequence[str]) -> bool:
        """Put the upload in every recipient's mailbox that neither holds it nor has
        acknowledged it; True when at least one copy was stored. All or nothing for quotas.

        The mailbox locks are held only to decide and to reserve (quota, a name being placed),
        not across the disk flushes: uploads to one busy mailbox (the office's) are flushed
        side by side, and the file system groups their journal commits."""
        upload.finish()
        name = upload.sha256 + SUFFIX
        recipients = [_checked(device) for device in recipients]
        with contextlib.ExitStack() as held:
            for device in sorted(set(recipients)):  # always in the same order: no deadlock
                held.enter_context(self._lock_of(device))
            wanted = [
                device
                for device in dict.fromkeys(recipients)
                if upload.sha256 not in self._acked_set(device)
                and name not in self._placing.setdefault(device, set())
                and not (self.mailboxes / device / name).exists()
            ]
            for device in wanted:
                count, size = self._usage_of(device)
                if count + 1 > self.quota.max_count or size + upload.size > self.quota.max_bytes:
                    raise MailboxFullError(device)
            for device in wanted:
                usage = self._usage_of(device)
                usage[0] += 1
                usage[1] += upload.size
                self._placing[device].add(name)
        placed: list[str] = []
        try:
            for device in wanted:
                folder = self.mailboxes / device
                if _private_dir(folder):
                    _fsync_dir(self.mailboxes)
                self._place(upload.path, folder / name)
                _fsync_dir(folder)
                placed.append(device)
        except BaseException:
            for device in wanted:
                if device not in placed:
                    with self._lock_of(device):
                        usage = self._usage_of(device)
                        usage[0] -= 1
                        usage[1] -= upload.size
            raise
        finally:
            for device in wanted:
                with self._lock_of(device):
                    self._placing[device].discard(name)
        return bool(wanted)

    def _place(self, source: Path, target: Path) -> None:
        try:
            os.link(source, target)
        except FileExistsError:
            return
        except OSError:  # a file system without hard links: a full copy, renamed into place
            copy = self.tmp / f"{uuid.uuid4().hex}.copy"
            try:
                descriptor = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with open(source, "rb") as reader, open(descriptor, "wb") as writer:
                    while chunk := reader.read(_CHUNK):
                        writer.write(chunk)
                    writer.flush()
                    os.fsync(writer.fileno())
                os.replace(copy, target)
            finally:
                copy.unlink(missing_ok=True)

    # --- mailboxes ----------------------------------------------------------------------------

    def listing(self, device: str) -> list[StoredBundle]:
        """The bundles waiting for `device`, oldest first."""
        folder = self.mailboxes / _checked(device)
        if not folder.is_dir():
            return []
        found: list[tuple[int, StoredBundle]] = []
        for sha, path in _bundle_files(folder):
            try:
                status = path.stat()
            except FileNotFoundError:  # acknowledged meanwhile
                continue
            found.append(
                (status.st_mtime_ns, StoredBundle(sha, status.st_size, int(status.st_mtime)))
            )
        return [bundle for _, bundle in sorted(found, key=lambda item: (item[0], item[1].sha256))]

    def open_bundle(self, device: str, sha256: str) -> BinaryIO | None:
        try:
            return open(self.mailboxes / _checked(device) / (sha256 + SUFFIX), "rb")
        except FileNotFoundError:
            return None

    def acknowledge(self, device: str, sha256: str) -> None:
        """The device has the bundle: remember it (so that it is not delivered again), then
        forget the file. Nothing happens for a bundle that is not there."""
        path = self.mailboxes / _checked(device) / (sha256 + SUFFIX)
        with self._lock_of(device):
            if not path.exists():
                return
            acknowledged = self._acked_set(device)
            if sha256 not in acknowledged:
                self._append_acked(device, sha256)
                acknowledged.add(sha256)
            size = path.stat().st_size
            path.unlink()
            _fsync_dir(path.parent)
            usage = self._usage_of(device)
            usage[0] -= 1
            usage[1] -= size

    # --- under the lock ----------------------------------------------------------------------

    def _lock_of(self, device: str) -> threading.Lock:
        with self._locks_guard:
            lock = self._locks.get(device)
            if lock is None:
                lock = self._locks[device] = threading.Lock()
            return lock

    def _usage_of(self, device: str) -> list[int]:
        usage = self._usage.get(device)
        if usage is None:
            usage = [0, 0]
            folder = self.mailboxes / device
            if folder.is_dir():
                for _, path in _bundle_files(folder):
                    usage[0] += 1
                    usage[1] += path.stat().st_size
            self._usage[device] = usage
        return usage

    def _acked_set(self, device: str) -> set[str]:
        known = self._acknowledged.get(device)
        if known is None:
            known = set()
            path = self.acked / f"{device}.log"
            if path.is_file():
                data = path.read_bytes()
                complete = data[: data.rfind(b"\n") + 1]
                if len(complete) != len(data):  # a line cut by a crash: drop it
                    with open(path, "r+b") as handle:
                        handle.truncate(len(complete))
                        os.fsync(handle.fileno())
                for line in complete.decode("ascii", "replace").splitlines():
                    match = _ACKED_LINE.match(line)
                    if match:
                        known.add(match.group(1))
            self._acknowledged[device] = known
        return known

    def _append_acked(self, device: str, sha256: str) -> None:
        path = self.acked / f"{device}.log"
        created = not path.exists()
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with open(descriptor, "ab") as handle:
            handle.write(f"{sha256} {int(time.time())}\n".encode("ascii"))
            handle.flush()
            os.fsync(handle.fileno())
        if created:
            _fsync_dir(self.acked)


def _bundle_files(folder: Path) -> Iterable[tuple[str, Path]]:
    with os.scandir(folder) as entries:
        for entry in entries:
            match = _BUNDLE_NAME.match(entry.name)
            if match and entry.is_file(follow_symlinks=False):
                yield match.group(1), Path(entry.path)


def _instance(root: Path) -> str:
    """This folder's id, made at random when the folder is first used: a relay whose folder was
    replaced (lost, emptied) tells devices so by another id in GET /v1/health."""
    path = root / "instance"
    try:
        match = _INSTANCE.match(path.read_text(encoding="ascii"))
    except FileNotFoundError:
        instance = secrets.token_hex(16)
        _write_atomic(root / "tmp", path, (instance + "\n").encode("ascii"))
        return instance
    except UnicodeDecodeError:
        match = None
    if match is None:
        raise RelayDataDamagedError(path=str(path))
    return match.group(1)


def _read_card(path: Path) -> tuple[Card, bytes]:
    try:
        data = path.read_bytes()
        return parse_card(data), data
    except (OSError, TrustError):
        raise OfficeCardUnreadableError(path=str(path)) from None


def _office_card(root: Path, given: Path | None) -> tuple[Card, bytes | None]:
    """The office card, and the bytes to pin when this is the first start: the card given at the
    first start is kept, and the same one is required afterwards."""
    stored_path = root / "office.card"
    if stored_path.exists():
        try:
            stored = parse_card(stored_path.read_bytes())
        except (OSError, TrustError):
            raise RelayDataDamagedError(path=str(stored_path)) from None
        if given is not None and _read_card(given)[0] != stored:
            raise OfficeCardMismatchError(path=str(given), stored=str(stored_path))
        return stored, None
    if given is None:
        raise OfficeCardRequiredError()
    card, data = _read_card(given)
    if card.role != "coordinator":
        raise NotOfficeCardError(path=str(given))
    return card, data
