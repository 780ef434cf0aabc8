"""The pure layers import without Qt: they are tested, fuzzed and benchmarked headless.

Which packages are pure is written once, in pyproject.toml (the import-linter contract
"pure-layers"); every package of cmq_desktop must be placed in the layers contract.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import cmq_desktop

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def _contract(contract_id: str) -> dict[str, list[str]]:
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    [contract] = [c for c in contracts if c.get("id") == contract_id]
    return contract


PURE_PACKAGES = tuple(_contract("pure-layers")["source_modules"])

_SCRIPT = textwrap.dedent(
    """
    import importlib
    import importlib.abc
    import pkgutil
    import sys

    BLOCKED = ("PySide6", "shiboken6")

    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"Qt is not allowed in the pure layers: {name}")
            return None

    sys.meta_path.insert(0, BlockQt())
    for name in list(sys.modules):
        if name.split(".")[0] in BLOCKED:
            del sys.modules[name]

    imported = []
    for package_name in sys.argv[1:]:
        package = importlib.import_module(package_name)
        imported.append(package_name)
        for module in pkgutil.walk_packages(package.__path__, package_name + "."):
            importlib.import_module(module.name)
            imported.append(module.name)
    leaked = sorted(name for name in sys.modules if name.split(".")[0] in BLOCKED)
    assert not leaked, leaked
    print("\\n".join(imported))
    """
)


def test_every_package_has_its_layer() -> None:
    """A new package must be placed: in the layers, and among the pure ones if Qt-free."""
    packages = {
        f"cmq_desktop.{module.name}"
        for module in pkgutil.iter_modules(cmq_desktop.__path__)
        if module.ispkg
    }
    layers = {layer.strip("()") for layer in _contract("layers")["layers"]}
    assert packages - layers == set(), "add the package to the layers in pyproject.toml"
    assert set(PURE_PACKAGES) <= packages
    assert {"cmq_desktop.content", "cmq_desktop.quiz"} <= set(PURE_PACKAGES)


def test_pure_packages_import_with_qt_blocked() -> None:
    completed = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *PURE_PACKAGES],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    imported = set(completed.stdout.split())
    assert {"cmq_desktop.content.loader", "cmq_desktop.content.model"} <= imported
    assert set(PURE_PACKAGES) <= imported


def test_the_blocker_does_block_qt() -> None:
    """The guard itself works: a module importing PySide6 fails under it."""
    script = _SCRIPT.replace("for package_name in sys.argv[1:]:", "import PySide6\nfor _ in ():")
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert completed.returncode != 0
    assert "Qt is not allowed in the pure layers: PySide6" in completed.stderr
