"""`care init`, `care check`, `care passphrase change`, `care recover`, `care keyring ...`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from care_desktop import logs
from care_desktop.cli.common import CTX, Output, database_path, new_passphrase, passphrase
from care_desktop.db.store import Store
from care_desktop.domain.audit import AuditAction
from care_desktop.domain.errors import CheckFailedError, UserFacingError
from care_desktop.i18n import translate
from care_desktop.services import (
    audit_service,
    check_service,
    keyring_service,
    trust_service,
    vault_service,
)
from care_desktop.services.vault_service import SetupRequest


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = commands.add_parser("init", help="create a new encrypted database and device keys")
    init.add_argument("--role", required=True, choices=["field", "coordinator"])
    init.add_argument("--office", required=True, help="the IOM office or mission")
    init.add_argument(
        "--country",
        action="append",
        default=[],
        metavar="ISO3",
        help="country of the mission (repeat for several)",
    )
    init.add_argument(
        "--escrow-recipient",
        metavar="AGE_RECIPIENT",
        help="office: every bundle of every device is also encrypted to this age key",
    )
    init.add_argument("--user", default="", help="display name of the first user")
    init.add_argument(
        "--keyring", action="store_true", help='also "unlock with my login" (system keyring)'
    )
    init.set_defaults(handler=cmd_init)

    check = commands.add_parser("check", help="verify the database end to end")
    check.set_defaults(handler=cmd_check)

    phrase = commands.add_parser("passphrase", help="passphrase management")
    phrase_commands = phrase.add_subparsers(dest="passphrase_command", required=True)
    change = phrase_commands.add_parser("change", help="change the passphrase")
    change.set_defaults(handler=cmd_passphrase_change)

    recover = commands.add_parser("recover", help="set a new passphrase with the recovery key")
    recover.add_argument("--recovery-key", required=True, metavar="KEY")
    recover.set_defaults(handler=cmd_recover)

    ring = commands.add_parser("keyring", help='"unlock with my login" through the system keyring')
    ring_commands = ring.add_subparsers(dest="keyring_command", required=True)
    ring_commands.add_parser("enable").set_defaults(handler=cmd_keyring_enable)
    ring_commands.add_parser("disable").set_defaults(handler=cmd_keyring_disable)
    ring_commands.add_parser("unlock", help="open with the keyring only").set_defaults(
        handler=cmd_keyring_unlock
    )


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Store]:
    """The store for one command. Its opening is audited only if the command succeeds, in the
    same way as its work: a failed command changes nothing, not even the audit log."""
    store = vault_service.unlock_with_passphrase(database_path(args), passphrase(), audit=False)
    _tell_upgrade(store)
    try:
        yield store
        if getattr(args, "audit_open", True):
            audit_service.record(store, AuditAction.OPEN, detail=f"care {args.command}")
    finally:
        store.close()


def _tell_upgrade(store: Store) -> None:
    """After an upgrade on opening, where the backup is; on stderr, so that stdout stays the
    command's own output (`--json`)."""
    migration = store.migration
    if migration is not None and migration.backup is not None:
        notice = translate(
            CTX,
            "The database was upgraded to data model {revision}; a copy of the previous one is "
            "in {backup}",
        )
        sys.stderr.write(notice.format(revision=migration.after, backup=migration.backup) + "\n")


def cmd_init(args: argparse.Namespace, out: Output) -> int:
    path = database_path(args)
    if args.escrow_recipient:
        trust_service.check_escrow(args.escrow_recipient)
    draft = SetupRequest(path, args.role, args.office, tuple(args.country), "", args.user)
    # Every other input is checked before the passphrase is asked for: a typo costs nothing.
    vault_service.validate_setup(draft, check_passphrase=False)
    request = SetupRequest(
        path=path,
        role=args.role,
        office=args.office,
        countries=tuple(args.country),
        passphrase=new_passphrase(fallback_to_current=True),
        user_name=args.user,
    )
    store, result = vault_service.create_database(request)
    # From here the database exists: whatever happens, the recovery key must be shown.
    keyring_on, keyring_note = False, ""
    try:
        if args.escrow_recipient:
            trust_service.set_escrow(store, args.escrow_recipient)
        if args.keyring:
            keyring_service.enable(store)
            keyring_on, keyring_note = True, translate(CTX, "Unlock with your login: on.")
    except UserFacingError as error:
        keyring_note = error.message(translate)
    except Exception as error:  # noqa: BLE001 - an optional step must not hide the recovery key
        reference = logs.log_unexpected(type(error), error.__traceback__, where="init --keyring")
        keyring_note = translate(
            CTX, "Unlock with your login could not be turned on (internal error {reference})."
        ).format(reference=reference)
    finally:
        store.close()
    text = "\n".join(
        [
            translate(CTX, "Database created: {path}").format(path=path),
            translate(CTX, "Device: {device} ({role})").format(
                device=result.device_id, role=result.role
            ),
            "",
            translate(
                CTX,
                "RECOVERY KEY: write it on paper now and keep it locked away from the laptop. "
                "It is shown only this once; without it a forgotten passphrase loses the data.",
            ),
            "",
            "    " + result.recovery_key,
            "",
            keyring_note,
        ]
    )
    out.emit(
        {
            "database": str(path),
            "database_id": result.database_id,
            "device_id": result.device_id,
            "user_id": result.user_id,
            "role": str(result.role),
            "recovery_key": result.recovery_key,
            "keyring": keyring_on,
            "keyring_message": keyring_note,
        },
        text,
    )
    return 0


def cmd_check(args: argparse.Namespace, out: Output) -> int:
    store = vault_service.unlock_with_passphrase(
        database_path(args), passphrase(), audit=False, migrate=False
    )
    try:
        report = check_service.check(store)
    finally:
        store.close()
    lines = [f"{problem.code}: {problem.detail}" for problem in report.problems]
    out.emit(
        {
            "ok": report.ok,
            "problems": [{"code": p.code, "detail": p.detail} for p in report.problems],
        },
        translate(CTX, "Database OK.") if report.ok else "\n".join(lines),
    )
    if not report.ok:
        raise CheckFailedError(count=len(report.problems))
    return 0


def cmd_passphrase_change(args: argparse.Namespace, out: Output) -> int:
    old = passphrase()
    new = new_passphrase()
    vault_service.change_passphrase(database_path(args), old, new)
    out.emit({"changed": True}, translate(CTX, "Passphrase changed. The old one no longer works."))
    return 0


def cmd_recover(args: argparse.Namespace, out: Output) -> int:
    new = new_passphrase()
    recovered = vault_service.recover(database_path(args), args.recovery_key, new)
    recovered.store.close()
    text = "\n".join(
        [
            translate(CTX, "New passphrase set. The old passphrase no longer works."),
            "",
            translate(
                CTX,
                "NEW RECOVERY KEY: the old one no longer works. Write this one on paper now and "
                "keep it locked away from the laptop; it is shown only this once.",
            ),
            "",
            "    " + recovered.new_recovery_key,
        ]
    )
    out.emit({"recovered": True, "recovery_key": recovered.new_recovery_key}, text)
    return 0


def cmd_keyring_enable(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        keyring_service.enable(store)
    out.emit({"keyring": True}, translate(CTX, "Unlock with your login: on."))
    return 0


def cmd_keyring_disable(args: argparse.Namespace, out: Output) -> int:
    with opened(args) as store:
        keyring_service.disable(store)
    out.emit({"keyring": False}, translate(CTX, "Unlock with your login: off."))
    return 0


def cmd_keyring_unlock(args: argparse.Namespace, out: Output) -> int:
    store = keyring_service.unlock(database_path(args))
    info = vault_service.device_info(store)
    store.close()
    out.emit(
        {"unlocked": True, "device_id": info.device_id},
        translate(CTX, "Unlocked with the system keyring."),
    )
    return 0
