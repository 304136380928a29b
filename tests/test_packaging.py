"""The wheel ships every package and the resources, and the layers are declared."""

from __future__ import annotations

import tomllib
from pathlib import Path

from care_desktop.paths import resource_path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_in_pyproject() -> None:
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "care_desktop").rglob("__init__.py")
    }
    assert found | {"care_desktop.resources"} == listed


def test_resources_are_reachable_from_the_package() -> None:
    assert resource_path("translations", "care_fr.ts").is_file()
