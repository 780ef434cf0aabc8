"""The guard in tests/unit/conftest.py: a unit test cannot import Qt, even once loaded."""

from __future__ import annotations

import importlib
import sys

import pytest


@pytest.mark.parametrize("name", ["PySide6", "PySide6.QtCore", "PySide6.QtWidgets", "shiboken6"])
def test_importing_qt_fails_in_a_unit_test(name: str) -> None:
    with pytest.raises(ImportError, match="tests/ui/"):
        importlib.import_module(name)


def test_qt_is_hidden_even_when_pytest_qt_loaded_it() -> None:
    assert not [name for name in sys.modules if name.partition(".")[0] in ("PySide6", "shiboken6")]
