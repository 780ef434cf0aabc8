"""The user's data directory: one place for every data path, overridable for tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cmq_desktop import APP_ID, paths


def test_data_dir_can_be_overridden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "données"))
    assert paths.user_data_dir() == tmp_path / "données"
    assert not (tmp_path / "données").exists()  # asking creates nothing


@pytest.mark.skipif(sys.platform != "linux", reason="XDG layout")
def test_default_data_dir_is_named_after_the_app_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", "/nonexistent/share")
    assert paths.user_data_dir() == Path("/nonexistent/share") / APP_ID


@pytest.mark.skipif(sys.platform != "linux", reason="XDG layout")
def test_an_empty_override_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.ENV_DATA_DIR, "")
    monkeypatch.setenv("XDG_DATA_HOME", "/nonexistent/share")
    assert paths.user_data_dir() == Path("/nonexistent/share") / APP_ID
