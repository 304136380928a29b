"""The installers never touch the user's data folder, and the Linux ones install and remove
exactly their own files (run for real in a temporary home)."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import stat
import subprocess
import tarfile
from pathlib import Path

import platformdirs
import platformdirs.unix
import platformdirs.windows
import pytest

from care_desktop.paths import APP_AUTHOR, APP_NAME

ROOT = Path(__file__).resolve().parents[1]
ISS = ROOT / "installers" / "windows" / "care-desktop.iss"
BUILD_PS1 = ROOT / "installers" / "windows" / "build.ps1"
LINUX = ROOT / "installers" / "linux"
DESKTOP_FILE = LINUX / "care-desktop.desktop"
APP_ID = "{{55FD1DF7-47CC-464B-9F55-7F4B3E9A6ABE}"

# How the Windows data folder (%LOCALAPPDATA%\IOM\CARE Desktop) can be written in Inno Setup.
WINDOWS_DATA_REFERENCES = (
    "{localappdata}\\iom",
    "{userappdata}",
    "{commonappdata}",
    "{localappdata}\\" + APP_AUTHOR.lower(),
    "%appdata%",
    "%localappdata%",
    f"{APP_AUTHOR}\\{APP_NAME}".lower(),
)


def inno_sections(text: str) -> dict[str, list[str]]:
    """Each [Section] of an Inno Setup script with its lines (comments and preprocessor lines
    left out). Not configparser: entries are `Key: value; Key: value` lines that repeat."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#", "//")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1).lower()
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def inno_entry(line: str) -> dict[str, str]:
    """`Type: files; Name: "{app}\\x"` → {"type": "files", "name": "{app}\\x"}."""
    fields = {}
    for part in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
        key, value = part
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1].replace('""', '"')
        fields[key.lower()] = value
    return fields


@pytest.fixture(scope="module")
def iss() -> dict[str, list[str]]:
    return inno_sections(ISS.read_text(encoding="utf-8-sig"))


def setup_value(iss: dict[str, list[str]], key: str) -> str:
    values = [line.split("=", 1)[1].strip() for line in iss["setup"] if line.startswith(key + "=")]
    assert len(values) == 1, f"{key} in [Setup]: {values}"
    return values[0]


def test_the_parser_reads_entries() -> None:
    sections = inno_sections('[Setup]\nA=1\n; note\n[Files]\nSource: "x\\*"; Flags: a b\n')
    assert sections == {"setup": ["A=1"], "files": ['Source: "x\\*"; Flags: a b']}
    assert inno_entry('Type: files; Name: "{app}\\a ""b"""') == {
        "type": "files",
        "name": '{app}\\a "b"',
    }


def test_windows_install_is_per_user_with_a_fixed_app_id(iss: dict[str, list[str]]) -> None:
    assert setup_value(iss, "PrivilegesRequired") == "lowest"
    assert setup_value(iss, "DefaultDirName") == "{localappdata}\\Programs\\CARE Desktop"
    # the AppId is how an upgrade finds the older install: it must never change
    assert setup_value(iss, "AppId") == APP_ID
    # the version only comes from the build (ISCC /DAppVersion=...), and build.ps1 passes it
    assert setup_value(iss, "AppVersion") == "{#AppVersion}"
    assert '"/DAppVersion=$Version"' in BUILD_PS1.read_text(encoding="utf-8")


def test_windows_uninstaller_never_touches_the_data_folder(iss: dict[str, list[str]]) -> None:
    assert "uninstallrun" not in iss
    for section in ("uninstalldelete", "installdelete"):
        for line in iss.get(section, []):
            name = inno_entry(line)["name"]
            assert name == "{app}" or name.startswith("{app}\\"), line
            assert not any(ref in name.lower() for ref in WINDOWS_DATA_REFERENCES), line
    # the [Code] section deletes no file or folder at all
    code = "\n".join(iss.get("code", [])).lower()
    for call in ("deltree", "deletefile", "removedir", "exec(", "shellexec("):
        assert call not in code


def test_windows_data_folder_is_where_the_script_says(monkeypatch: pytest.MonkeyPatch) -> None:
    # platformdirs asks Windows for the known folder; elsewhere, say what Windows would answer
    local = "C:\\Users\\officer\\AppData\\Local"
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda _name: local)
    windows = platformdirs.windows.Windows(APP_NAME, APP_AUTHOR)
    assert Path(windows.user_data_dir).parts[-2:] == (APP_AUTHOR, APP_NAME)
    assert windows.user_data_dir.startswith(local)
    assert windows.user_config_dir == windows.user_data_dir
    assert f"%LOCALAPPDATA%\\{APP_AUTHOR}\\{APP_NAME}" in ISS.read_text(encoding="utf-8-sig")


def test_windows_installs_the_bundle_and_both_programs(iss: dict[str, list[str]]) -> None:
    files = [inno_entry(line) for line in iss["files"]]
    assert [entry["destdir"] for entry in files] == ["{app}"]
    text = ISS.read_text(encoding="utf-8-sig")
    assert '#define GuiExe "care-desktop.exe"' in text
    assert '#define CliExe "care.exe"' in text
    assert any(inno_entry(line)["name"].startswith("{autoprograms}") for line in iss["icons"])


def test_installer_scripts_expect_what_the_spec_builds() -> None:
    spec = (ROOT / "installers" / "care.spec").read_text(encoding="utf-8")
    assert 'NAME = "CARE-Desktop"' in spec
    assert 'executable(gui, "care-desktop"' in spec
    assert 'executable(cli, "care"' in spec
    assert '#define BundleDir "..\\..\\dist\\CARE-Desktop"' in ISS.read_text(encoding="utf-8-sig")
    assert '"dist\\CARE-Desktop"' in BUILD_PS1.read_text(encoding="utf-8")
    macos = (ROOT / "installers" / "macos" / "build.sh").read_text(encoding="utf-8")
    assert 'APP="dist/CARE Desktop.app"' in macos
    assert 'APP_NAME = "CARE Desktop"' in spec


# --- Linux ------------------------------------------------------------------------------------

DATA_FOLDER_STRINGS = (
    APP_NAME,  # the platformdirs folder name: ~/.local/share/CARE Desktop, ~/.config/...
    "CARE_DATA_DIR",
    "CARE_CONFIG_DIR",
    "CARE_LOG_DIR",
    "care.db",
    ".local/state",
    "XDG_STATE_HOME",
    "XDG_CONFIG_HOME",
    ".config",
)


def test_linux_data_folder_is_the_one_the_strings_name() -> None:
    unix = platformdirs.unix.Unix(APP_NAME, APP_AUTHOR)
    assert Path(unix.user_data_dir).name == APP_NAME


def test_linux_uninstall_never_references_the_data_folder() -> None:
    script = (LINUX / "uninstall.sh").read_text(encoding="utf-8")
    code = "\n".join(line for line in script.splitlines() if not line.lstrip().startswith("#"))
    for needle in DATA_FOLDER_STRINGS:
        assert needle not in code, needle
    removals = re.findall(r"^\s*.*?\brm\s+(-\w+)\s+--\s+(.+?)\s*(?:;|$)", code, re.MULTILINE)
    assert removals, "the parser found no rm"
    allowed = {
        '"$PREFIX"',
        '"$link"',
        '"$APPS/care-desktop.desktop"',
        '"$ICONS/care-desktop.svg"',
    }
    for flags, target in removals:
        assert target in allowed, target
        if "r" in flags:
            assert target == '"$PREFIX"'
    assert 'PREFIX="$HOME/.local/opt/care-desktop"' in code
    # every rm in the script is one the parser saw
    assert len(re.findall(r"\brm\b", code)) == len(removals)


def make_bundle(tmp_path: Path, version: str, extra: str) -> Path:
    """A stand-in for `make dist`'s tarball: both programs (shell scripts that say who they are),
    the icon where PyInstaller puts package data, and one version-specific file."""
    bundle = tmp_path / f"build-{version}" / "CARE-Desktop"
    internal = bundle / "_internal" / "care_desktop" / "resources" / "icons"
    internal.mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "care.svg", internal / "care.svg")
    for name in ("care", "care-desktop"):
        program = bundle / name
        program.write_text(f'#!/bin/sh\necho "{name} {version} $*"\n', encoding="utf-8")
        program.chmod(program.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    (bundle / "_internal" / extra).write_text(version, encoding="utf-8")
    tarball = tmp_path / f"care-desktop-{version}-linux-x86_64.tar.gz"
    with tarfile.open(tarball, "w:gz") as archive:
        archive.add(bundle, arcname="CARE-Desktop")
    return tarball


def run_script(name: str, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {
        "HOME": str(home),
        "PATH": f"{home / '.local' / 'bin'}:/usr/bin:/bin",
        "LANG": "C.UTF-8",
    }
    return subprocess.run(
        ["sh", str(LINUX / name), *args],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def files_under(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): (
            os.readlink(path).encode() if path.is_symlink() else path.read_bytes()
        )
        for path in folder.rglob("*")
        if path.is_file() or path.is_symlink()
    }


def test_linux_install_then_uninstall_leaves_exactly_what_was_there(tmp_path: Path) -> None:
    home = tmp_path / "home"
    # the records, as platformdirs places them for this user, with a sibling program's data
    data = home / ".local" / "share" / APP_NAME
    (data / "backups").mkdir(parents=True)
    (data / "care.db").write_bytes(b"encrypted pages")
    (data / "care.db.keys").write_text("{}", encoding="utf-8")
    (data / "backups" / "care-before-upgrade.db").write_bytes(b"older pages")
    (home / ".config" / APP_NAME).mkdir(parents=True)
    (home / ".config" / APP_NAME / "settings.json").write_text("{}", encoding="utf-8")
    (home / ".local" / "share" / "applications").mkdir()
    (home / ".local" / "share" / "applications" / "other.desktop").write_text("x")
    before = files_under(home)

    first = run_script("install.sh", home, str(make_bundle(tmp_path, "1.0.0", "old-only.txt")))
    assert first.returncode == 0, first.stderr
    prefix = home / ".local" / "opt" / "care-desktop"
    installed = set(files_under(home)) - set(before)
    assert installed == {
        ".local/opt/care-desktop/care",
        ".local/opt/care-desktop/care-desktop",
        ".local/opt/care-desktop/.care-desktop-install",
        ".local/opt/care-desktop/_internal/old-only.txt",
        ".local/opt/care-desktop/_internal/care_desktop/resources/icons/care.svg",
        ".local/bin/care",
        ".local/bin/care-desktop",
        ".local/share/applications/care-desktop.desktop",
        ".local/share/icons/hicolor/scalable/apps/care-desktop.svg",
    }
    care = subprocess.run(
        [str(home / ".local" / "bin" / "care"), "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert care.stdout == "care 1.0.0 --version\n"
    entry = (home / ".local" / "share" / "applications" / "care-desktop.desktop").read_text()
    assert f'Exec="{prefix}/care-desktop"' in entry.splitlines()

    # an upgrade replaces the bundle whole: the older version's own file does not linger
    second = run_script("install.sh", home, str(make_bundle(tmp_path, "1.1.0", "new-only.txt")))
    assert second.returncode == 0, second.stderr
    assert not (prefix / "_internal" / "old-only.txt").exists()
    assert (prefix / "_internal" / "new-only.txt").read_text() == "1.1.0"
    assert not [p.name for p in (home / ".local" / "opt").iterdir() if p.name != "care-desktop"]
    assert {k: v for k, v in files_under(home).items() if k in before} == before

    removed = run_script("uninstall.sh", home)
    assert removed.returncode == 0, removed.stderr
    assert files_under(home) == before
    assert not prefix.exists()


def test_linux_install_leaves_a_foreign_care_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    bin_dir = home / ".local" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "care").write_text("#!/bin/sh\necho mine\n")
    result = run_script("install.sh", home, str(make_bundle(tmp_path, "1.0.0", "x.txt")))
    assert result.returncode == 1
    assert "is not from this installer" in result.stderr
    assert (bin_dir / "care").read_text() == "#!/bin/sh\necho mine\n"
    assert not (home / ".local" / "opt" / "care-desktop").exists()
    # and uninstall leaves it too, and a folder it did not make
    foreign = home / ".local" / "opt" / "care-desktop"
    foreign.mkdir(parents=True)
    (foreign / "keep.txt").write_text("keep")
    assert run_script("uninstall.sh", home).returncode == 0
    assert (bin_dir / "care").exists()
    assert (foreign / "keep.txt").read_text() == "keep"


def test_linux_install_refuses_a_tarball_without_the_programs(tmp_path: Path) -> None:
    home = tmp_path / "home"
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "README").write_text("nothing")
    tarball = tmp_path / "care-desktop-0-linux-x86_64.tar.gz"
    with tarfile.open(tarball, "w:gz") as archive:
        archive.add(empty, arcname="CARE-Desktop")
    result = run_script("install.sh", home, str(tarball))
    assert result.returncode == 1
    assert "holds no care-desktop program" in result.stderr
    assert not (home / ".local" / "opt" / "care-desktop").exists()
    assert not [p for p in (home / ".local" / "opt").iterdir()]


def test_the_desktop_file_is_valid() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        result = subprocess.run(
            [validator, str(DESKTOP_FILE)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP_FILE, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == APP_NAME
    assert section["Exec"] == "care-desktop"
    assert section["Icon"] == "care-desktop"
    assert section["Terminal"] == "false"
    assert section["Categories"] == "Office;"
    assert section["Comment"]
