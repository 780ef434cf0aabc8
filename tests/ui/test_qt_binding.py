"""Guard against a Qt binding build that corrupts None's reference count.

PySide6 6.12.0 drops a reference to None each time a wrapped getter returns a null
pointer; after a few thousand calls the interpreter aborts ("none_dealloc"), in the app
and in the test run alike. pyproject.toml pins a build without the bug.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QScrollArea, QWidget


def test_null_returning_getters_keep_none_alive(qapp) -> None:
    area, widget = QScrollArea(), QWidget()
    before = sys.getrefcount(None)
    for _ in range(500):
        assert area.widget() is None
        assert widget.parentWidget() is None
    assert sys.getrefcount(None) >= before - 50
