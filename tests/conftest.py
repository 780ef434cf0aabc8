"""Suite-wide set-up: every Qt test runs offscreen, with the bundled font."""

from __future__ import annotations

import os

# Set before pytest-qt creates the QApplication (design.md: in conftest, not in a test module).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The crash handler must never open a modal dialog in a test run.
os.environ.setdefault("CMQ_DESKTOP_NO_DIALOGS", "1")
