"""Every package of cmq_desktop goes into the wheel: pyproject.toml lists them one by one."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_is_listed_for_the_wheel() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    packages = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "cmq_desktop").rglob("__init__.py")
    }
    # An unlisted package is missing from the installed program (ModuleNotFoundError).
    assert packages - listed == set(), "add them to [tool.setuptools] packages"
