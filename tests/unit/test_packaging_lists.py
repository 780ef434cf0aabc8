"""Every package of the source tree reaches the wheel: pyproject lists them one by one
(slides/ and resources/ are mapped into the package), and a forgotten one only shows
up on a clean install."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_python_package_is_listed_in_pyproject() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "cmq_desktop").rglob("__init__.py")
    }
    assert found - listed == set()
