""" "Unlock with my login" against a real Secret Service (gnome-keyring on a private D-Bus)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, run_care

KEYRING_PASSWORD = "login password of the test user"


def _wait_for_secrets(env: dict[str, str]) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        reply = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.secrets",
            ],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if "boolean true" in reply.stdout:
            return
        time.sleep(0.1)
    raise RuntimeError("gnome-keyring did not register org.freedesktop.secrets")


class SecretService:
    """A private session bus with gnome-keyring-daemon, in a home folder of the test."""

    def __init__(self, home: Path) -> None:
        for tool in ("dbus-daemon", "dbus-send", "gnome-keyring-daemon"):
            if shutil.which(tool) is None:
                raise RuntimeError(f"{tool} is missing: `make test` installs it (Makefile DEBS)")
        # a short path: the keyring's control socket lives there, and a socket path longer
        # than 107 bytes (deep pytest folders, parallel workers) cannot be bound
        runtime = Path(tempfile.mkdtemp(prefix="kr-", dir="/tmp"))
        self.runtime = runtime
        self.env = dict(os.environ, HOME=str(home), XDG_RUNTIME_DIR=str(runtime))
        for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "GNOME_KEYRING_CONTROL"):
            self.env.pop(variable, None)
        self.bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=self.env,
        )
        assert self.bus.stdout is not None
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self.bus.stdout.readline().strip()
        self.daemon: subprocess.Popen[bytes] | None = None

    def start_keyring(self, *, unlocked: bool) -> None:
        self.stop_keyring()
        command = ["gnome-keyring-daemon", "--foreground", "--components=secrets"]
        if unlocked:
            command.append("--unlock")
        self.daemon = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=self.env,
        )
        assert self.daemon.stdin is not None
        if unlocked:
            self.daemon.stdin.write(KEYRING_PASSWORD.encode())
        self.daemon.stdin.close()
        _wait_for_secrets(self.env)

    def stop_keyring(self) -> None:
        if self.daemon is not None:
            self.daemon.terminate()
            self.daemon.wait(timeout=10)
            self.daemon = None
            time.sleep(0.2)  # let the bus notice the name is gone

    def close(self) -> None:
        self.stop_keyring()
        self.bus.terminate()
        self.bus.wait(timeout=10)
        shutil.rmtree(self.runtime, ignore_errors=True)


@pytest.fixture
def secret_service(tmp_path: Path) -> Iterator[SecretService]:
    service = SecretService(tmp_path / "keyring-home")
    try:
        yield service
    finally:
        service.close()


def test_unlock_with_login_through_gnome_keyring(
    db_path: Path, secret_service: SecretService
) -> None:
    secret_service.start_keyring(unlocked=True)
    env = secret_service.env
    made = run_care(
        "--db",
        str(db_path),
        "--json",
        "init",
        "--role",
        "coordinator",
        "--office",
        "Paris",
        "--keyring",
        env=env,
    )
    assert made.code == 0, made.stderr
    assert json.loads(made.stdout)["keyring"] is True
    keyfile = json.loads(db_path.with_name("care.db.keys").read_text())
    assert sorted(slot["kind"] for slot in keyfile["slots"]) == [
        "keyring",
        "passphrase",
        "recovery",
    ]

    unlocked = run_care("--db", str(db_path), "keyring", "unlock", passphrase=None, env=env)
    assert (unlocked.code, unlocked.stderr) == (0, "")

    # a locked keyring (after logging out and in without unlocking): a message, never a hang
    secret_service.start_keyring(unlocked=False)
    locked = run_care("--db", str(db_path), "keyring", "unlock", passphrase=None, env=env)
    assert locked.code == 1
    assert "locked or did not answer" in locked.stderr
    assert run_care("--db", str(db_path), "check", env=env).code == 0

    # turning it off removes the slot: the keyring entry alone opens nothing any more
    secret_service.start_keyring(unlocked=True)
    assert run_care("--db", str(db_path), "keyring", "disable", env=env).code == 0
    gone = run_care("--db", str(db_path), "keyring", "unlock", passphrase=None, env=env)
    assert (gone.code, "holds no key for this database" in gone.stderr) == (1, True)


def test_without_any_keyring_backend_the_passphrase_still_works(db_path: Path) -> None:
    no_bus = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"}
    made = run_care(
        "--db",
        str(db_path),
        "--json",
        "init",
        "--role",
        "coordinator",
        "--office",
        "Paris",
        "--keyring",
        env=no_bus,
    )
    assert made.code == 0, made.stderr
    assert json.loads(made.stdout)["keyring"] is False
    keyfile = json.loads(db_path.with_name("care.db.keys").read_text())
    assert "keyring" not in {slot["kind"] for slot in keyfile["slots"]}
    enabled = run_care("--db", str(db_path), "keyring", "enable", env=no_bus)
    assert enabled.code == 1
    assert "No system keyring is available" in enabled.stderr
    assert run_care("--db", str(db_path), "check", env=no_bus).code == 0


def test_passphrase_is_unaffected_by_the_keyring_slot(
    db_path: Path, secret_service: SecretService
) -> None:
    secret_service.start_keyring(unlocked=True)
    env = secret_service.env
    assert (
        run_care(
            "--db",
            str(db_path),
            "init",
            "--role",
            "coordinator",
            "--office",
            "Paris",
            "--keyring",
            env=env,
        ).code
        == 0
    )
    assert run_care("--db", str(db_path), "check", env=env, passphrase=PASSPHRASE).code == 0
