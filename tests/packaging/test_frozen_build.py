"""Build the bundle from a clean copy of the tree and run the frozen program offscreen.

One PyInstaller build per session (about half a minute), then each test starts the
frozen program as a user would and reads its exit code, output and stderr.
"""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from frozen_helpers import FORBIDDEN_STDERR, REPO, FrozenBuild, bundle, frozen_env

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle is the one built in CI"),
]

RUN_TIMEOUT_S = 120
NAIVE_BARE_TAR_GZ_BYTES = 64.5e6  # a naive one-folder build of a bare PySide6 window
TAR_GZ_BUDGET_BYTES = 40.7e6  # issue 11: no bigger than before Classe and Stand


def run_frozen(
    exe: Path, *args: str, data_dir: Path, cwd: Path
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(exe), *args],
        cwd=cwd,
        env=frozen_env(data_dir),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
    )
    output = result.stdout + result.stderr
    for marker in FORBIDDEN_STDERR:
        assert marker not in output, f"{marker!r} in the output of {args}:\n{output}"
    return result


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_exit_after_first_frame_prints_milliseconds(
    frozen_build: FrozenBuild, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    result = run_frozen(
        frozen_build.gui_exe, "--exit-after-first-frame", data_dir=data_dir, cwd=tmp_path
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines, "nothing printed"
    assert float(lines[-1]) > 0
    # The crash handler's log, in the data directory, opened with version and platform.
    log = (data_dir / "logs" / "cmq-desktop.log").read_text(encoding="utf-8")
    version = bundle.read_project(REPO).version
    assert f"CMQ Desktop {version}" in log and "; frozen" in log and "Qt 6." in log
    assert not list((data_dir / "logs").glob("crash-*.log"))


def test_version_comes_from_pyproject(frozen_build: FrozenBuild, tmp_path: Path) -> None:
    result = run_frozen(frozen_build.cli_exe, "--version", data_dir=tmp_path, cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.split()[-1] == bundle.read_project(REPO).version


def test_render_writes_every_screen(frozen_build: FrozenBuild, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_frozen(
        frozen_build.cli_exe,
        "render",
        "--out",
        str(out),
        "--size",
        "1024x768",
        data_dir=tmp_path / "data",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    files = [screen["file"] for screen in report["screens"]]
    kinds = {screen["kind"] for screen in report["screens"]}
    assert {"start", "slide", "question", "results"} <= kinds
    assert sorted(files) == sorted(p.name for p in out.glob("*.png"))
    for name in files:
        assert png_size(out / name) == (1024, 768)


def test_check_accepts_the_bundled_deck(frozen_build: FrozenBuild, tmp_path: Path) -> None:
    result = run_frozen(frozen_build.cli_exe, "check", data_dir=tmp_path, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_reports_a_broken_deck(frozen_build: FrozenBuild, tmp_path: Path) -> None:
    deck = tmp_path / "deck"
    shutil.copytree(frozen_build.app_dir / "_internal" / "slides", deck)
    with open(deck / "presentation.md", "a", encoding="utf-8") as file:
        file.write("\n---\n\n# Diapo cassée\n\n![Image absente](images/absente.png)\n")
    result = run_frozen(frozen_build.cli_exe, "check", str(deck), data_dir=tmp_path, cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    problems = result.stdout.strip().splitlines()
    assert problems
    for line in problems:
        assert re.match(r"^.+:\d+: \S", line), line
    assert any("presentation.md:" in line and "absente.png" in line for line in problems)


def test_bundle_keeps_only_what_the_program_uses(frozen_build: FrozenBuild) -> None:
    internal = frozen_build.app_dir / "_internal"
    qt = internal / "PySide6" / "Qt"
    assert (internal / "slides" / "presentation.md").is_file()
    assert (internal / "resources" / "fonts").is_dir()
    assert (internal / "resources" / "icons" / "cmq-desktop.svg").is_file()
    assert sorted(p.name for p in qt.rglob("*.qm")) == ["qtbase_fr.qm"]
    translations = internal / "resources" / "translations"
    assert list(translations.glob("*.qm")) and not list(translations.glob("*.ts"))
    libraries = {p.name for p in internal.rglob("*.so*")}
    for unused in ("Network", "Qml", "Quick", "OpenGL", "Pdf", "Designer"):
        assert f"libQt6{unused}.so.6" not in libraries
    assert not any(
        name.startswith(("libssl", "libgtk", "libcairo", "libcups")) for name in libraries
    )
    plugins = {p.parent.name + "/" + p.name for p in (qt / "plugins").rglob("*.so")}
    assert "platforms/libqoffscreen.so" in plugins
    assert "platforms/libqxcb.so" in plugins
    assert "imageformats/libqsvg.so" in plugins
    assert not any(
        plugin.startswith(("platformthemes/", "tls/", "sqldrivers/")) for plugin in plugins
    )


def test_linux_archive_and_desktop_files(frozen_build: FrozenBuild) -> None:
    app_id = bundle.read_project(REPO).app_id
    share = frozen_build.app_dir / "share"
    assert (share / "applications" / f"{app_id}.desktop").is_file()
    assert (share / "metainfo" / f"{app_id}.metainfo.xml").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{app_id}.png").is_file()
    assert frozen_build.cli_exe.is_symlink()
    archive = frozen_build.archive
    assert archive is not None and archive.name.endswith(".tar.gz")
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
    assert f"{bundle.BUNDLE_DIR_NAME}/{bundle.GUI_EXE_NAME}" in names
    assert f"{bundle.BUNDLE_DIR_NAME}/install.sh" in names


def test_archive_is_smaller_than_a_naive_bare_build(frozen_build: FrozenBuild) -> None:
    assert frozen_build.archive is not None
    size = frozen_build.archive.stat().st_size
    assert size < NAIVE_BARE_TAR_GZ_BYTES
    assert size <= TAR_GZ_BUDGET_BYTES, f"{size / 1e6:.1f} MB as tar.gz, budget 40.7 MB"


# Run with the bundle's ICU only (LD_LIBRARY_PATH): the calls QtCore makes into ICU.
ICU_CALLS = r"""
import ctypes, sys
folder, version = sys.argv[1], sys.argv[2]
i18n = ctypes.CDLL(f"{folder}/libicui18n.so.{version}")
uc = ctypes.CDLL(f"{folder}/libicuuc.so.{version}")

def call(library, name, restype, *args):
    function = getattr(library, f"{name}_{version}")
    function.restype = restype
    status = ctypes.c_int(0)
    result = function(*args, ctypes.byref(status))
    assert status.value <= 0, f"{name}: ICU error {status.value}"  # > 0 is a failure
    return result

def utf16(text):
    return ctypes.create_string_buffer(text.encode("utf-16-le")), len(text)

collator = call(i18n, "ucol_open", ctypes.c_void_p, b"fr_FR")
first, second = utf16("élan"), utf16("fin")
getattr(i18n, f"ucol_strcoll_{version}").argtypes = [ctypes.c_void_p, ctypes.c_char_p,
    ctypes.c_int32, ctypes.c_char_p, ctypes.c_int32]
print("collation", getattr(i18n, f"ucol_strcoll_{version}")(collator, *first, *second))
zone, length = utf16("Europe/Paris")
calendar = call(i18n, "ucal_open", ctypes.c_void_p, zone, length, b"fr_FR", 0)
name = ctypes.create_string_buffer(256)
size = call(i18n, "ucal_getTimeZoneDisplayName", ctypes.c_int32, ctypes.c_void_p(calendar),
    0, b"fr_FR", name, 128)
print("zone", name.raw[: 2 * size].decode("utf-16-le"))
print("converter", bool(call(uc, "ucnv_open", ctypes.c_void_p, b"windows-1252")))
"""


def test_icu_data_is_cut_but_answers_qt(frozen_build: FrozenBuild, tmp_path: Path) -> None:
    """installer/icu_data.py: ICU's data library holds the root, French and English
    only, and still answers what QtCore asks of ICU (collation, time-zone names,
    Windows-1252)."""
    lib = frozen_build.app_dir / "_internal" / "PySide6" / "Qt" / "lib"
    data = sorted(lib.glob("libicudata.so.*"))
    assert len(data) == 1
    assert data[0].stat().st_size < 4e6  # 32 MB whole
    version = data[0].name.rsplit(".", 1)[-1]
    result = subprocess.run(
        [sys.executable, "-c", ICU_CALLS, str(lib), version],
        env={"LD_LIBRARY_PATH": str(lib), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "collation -1",
        "zone heure normale d’Europe centrale",
        "converter True",
    ]


def test_no_start_up_hook_for_modules_the_program_never_runs(frozen_build: FrozenBuild) -> None:
    """PyInstaller runs a runtime hook before main() for some modules found in the
    import graph; multiprocessing's and pkgutil's came with asyncio (installer/bundle.py
    EXCLUDED_MODULES) and cost every frozen start."""
    analysis = (frozen_build.work_dir / "cmq_desktop" / "Analysis-00.toc").read_text(
        encoding="utf-8"
    )
    hooks = set(re.findall(r"pyi_rth_\w+", analysis))
    assert "pyi_rth_pyside6" in hooks
    assert not hooks & {"pyi_rth_multiprocessing", "pyi_rth_pkgutil"}, hooks
