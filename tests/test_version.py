"""The version has one source, care_desktop.__version__; the build facts come from build.json."""

from __future__ import annotations

import importlib.metadata
import json
import tomllib
from pathlib import Path

from care_desktop import __version__
from care_desktop.services import app_info
from tests.conftest import run_care

ROOT = Path(__file__).resolve().parent.parent


def test_pyproject_reads_the_version_from_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {
        "attr": "care_desktop.__version__"
    }


def test_the_installed_distribution_and_the_cli_say_the_same_version() -> None:
    assert importlib.metadata.version("care-desktop") == __version__
    assert app_info.application_version() == __version__
    result = run_care("--version", passphrase=None)
    assert (result.code, result.stdout.strip()) == (0, f"care {__version__}")


def test_a_build_reads_its_facts(tmp_path: Path) -> None:
    path = tmp_path / "build.json"
    path.write_text(
        json.dumps(
            {"commit": "abc1234", "date": "2026-11-23T19:40:12Z", "platform": "linux-x86_64"}
        ),
        encoding="utf-8",
    )
    assert app_info.build(path) == app_info.BuildInfo(
        "abc1234", "2026-11-23 19:40 UTC", "linux-x86_64"
    )


def test_a_time_in_another_zone_is_shown_in_utc(tmp_path: Path) -> None:
    path = tmp_path / "build.json"
    path.write_text(
        '{"commit": "abc1234", "date": "2026-11-23T20:40:00+01:00", "platform": "win-amd64"}',
        encoding="utf-8",
    )
    found = app_info.build(path)
    assert found is not None
    assert found.date == "2026-11-23 19:40 UTC"


def test_a_development_checkout_has_no_build_facts(tmp_path: Path) -> None:
    assert app_info.build(tmp_path / "build.json") is None


def test_damaged_build_facts_are_a_development_build_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "build.json"
    path.write_text("{not json", encoding="utf-8")
    assert app_info.build(path) is None
    path.write_text('["a list"]', encoding="utf-8")
    assert app_info.build(path) is None
