"""The installer files agree with pyproject.toml and the spec, and pass the validators.

No build here: these read the files (Inno Setup script, desktop entry, AppStream
metainfo, icons, Windows version resource, trimming rules) and run Debian's
``desktop-file-validate`` (package desktop-file-utils) and ``appstreamcli validate``
(package appstream).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from frozen_helpers import REPO, bundle

INSTALLER = REPO / "installer"
ICONS = REPO / "resources" / "icons"
PROJECT = bundle.read_project(REPO)
DESKTOP_FILE = INSTALLER / "linux" / f"{PROJECT.app_id}.desktop"
METAINFO_FILE = INSTALLER / "linux" / f"{PROJECT.app_id}.metainfo.xml"
ISS_FILE = INSTALLER / "windows" / "cmq-desktop.iss"


def test_app_id_is_the_package_constant() -> None:
    import cmq_desktop

    assert PROJECT.app_id == cmq_desktop.APP_ID == "fr.ac-aura.cmq.Desktop"


# --- Windows: Inno Setup --------------------------------------------------------------


def iss_text() -> str:
    return ISS_FILE.read_text(encoding="utf-8-sig")


def iss_defines() -> dict[str, str]:
    return dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', iss_text(), flags=re.MULTILINE))


def iss_section(name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\s*$(.*?)(?=^\[|\Z)", iss_text(), re.MULTILINE | re.DOTALL)
    assert match, f"[{name}] missing"
    return [
        line.strip()
        for line in match.group(1).splitlines()
        if line.strip() and not line.strip().startswith(";")
    ]


def iss_setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_section("Setup"))


def test_iss_names_what_the_spec_produces() -> None:
    defines = iss_defines()
    assert defines["AppExeName"] == f"{bundle.GUI_EXE_NAME}.exe"
    assert defines["AppCliExeName"] == f"{bundle.CLI_EXE_NAME}.exe"
    assert defines["SourceDir"].replace("\\", "/").endswith(f"dist/{bundle.BUNDLE_DIR_NAME}")
    assert defines["AppId"] == PROJECT.app_id
    assert defines["AppName"] == PROJECT.app_name
    spec = (INSTALLER / "cmq_desktop.spec").read_text(encoding="utf-8")
    assert "name=bundle.BUNDLE_DIR_NAME" in spec
    assert "bundle.GUI_EXE_NAME" in spec and "bundle.CLI_EXE_NAME" in spec
    files = iss_section("Files")
    assert any(line.startswith('Source: "{#SourceDir}\\*"') for line in files)


def test_iss_version_is_the_pyproject_version() -> None:
    assert iss_defines()["AppVersion"] == PROJECT.version
    setup = iss_setup()
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["OutputBaseFilename"] == "cmq-desktop-{#AppVersion}-setup"
    build_py = (INSTALLER / "build.py").read_text(encoding="utf-8")
    assert 'f"cmq-desktop-{project.version}-setup.exe"' in build_py
    assert 'f"/DAppVersion={project.version}"' in build_py


def test_iss_installs_per_user_with_an_all_users_override() -> None:
    setup = iss_setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert "dialog" in setup["PrivilegesRequiredOverridesAllowed"].split()
    assert setup["DefaultDirName"].startswith("{autopf}")
    icon = ISS_FILE.parent / setup["SetupIconFile"].replace("\\", "/")
    assert icon.resolve() == ICONS / "cmq-desktop.ico"
    assert setup["UninstallDisplayIcon"] == "{app}\\{#AppExeName}"


def test_iss_has_french_and_english_and_a_start_menu_entry() -> None:
    languages = iss_section("Languages")
    assert any("French.isl" in line for line in languages)
    assert any("Default.isl" in line for line in languages)
    assert languages[0].startswith('Name: "french"')  # French first: the default
    icons = iss_section("Icons")
    assert any(
        line.startswith('Name: "{autoprograms}\\{#AppName}"') and "{#AppExeName}" in line
        for line in icons
    )


def test_windows_version_resource_follows_pyproject() -> None:
    captured: dict[str, object] = {}

    def record(name: str):
        def build(*args, **kwargs):
            node = {"type": name, "args": args, "kwargs": kwargs}
            captured.setdefault(name, []).append(node)  # type: ignore[union-attr]
            return node

        return build

    names = (
        "VSVersionInfo FixedFileInfo StringFileInfo StringTable StringStruct VarFileInfo VarStruct"
    )
    namespace = {name: record(name) for name in names.split()}
    text = bundle.windows_version_info(PROJECT, bundle.GUI_EXE_NAME, PROJECT.app_name)
    eval(compile(text, "version-info", "eval"), namespace)  # the format PyInstaller reads
    ffi = captured["FixedFileInfo"][0]["kwargs"]  # type: ignore[index]
    expected = tuple(int(n) for n in PROJECT.version.split(".")) + (0,) * (
        4 - len(PROJECT.version.split("."))
    )
    assert ffi["filevers"] == ffi["prodvers"] == expected
    strings = dict(s["args"] for s in captured["StringStruct"])  # type: ignore[union-attr]
    assert strings["ProductVersion"] == PROJECT.version
    assert strings["OriginalFilename"] == f"{bundle.GUI_EXE_NAME}.exe"
    assert strings["ProductName"] == PROJECT.app_name


# --- Linux: desktop entry and AppStream -----------------------------------------------


def desktop_entry() -> dict[str, str]:
    lines = DESKTOP_FILE.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_desktop_entry_names_the_program_and_icon() -> None:
    entry = desktop_entry()
    assert entry["Exec"].split()[0] == bundle.GUI_EXE_NAME
    assert entry["Icon"] == PROJECT.app_id
    assert entry["Name"] == PROJECT.app_name
    assert entry["Terminal"] == "false"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="apt: desktop-file-utils")
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower() + result.stderr.lower()


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="apt: appstream")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO_FILE)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_matches_pyproject_and_desktop_entry() -> None:
    root = ET.parse(METAINFO_FILE).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == PROJECT.app_id
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == DESKTOP_FILE.name
    releases = [release.get("version") for release in root.iter("release")]
    assert releases and releases[0] == PROJECT.version, "add a <release> for the new version"
    assert root.findtext("provides/binary") == bundle.GUI_EXE_NAME


def test_install_script_is_posix_shell() -> None:
    script = INSTALLER / "linux" / "install.sh"
    assert script.read_text(encoding="utf-8").startswith("#!/bin/sh\n")
    result = subprocess.run(["sh", "-n", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# --- icons ----------------------------------------------------------------------------


def test_icons_exist_in_every_size() -> None:
    import make_icons

    for size in make_icons.PNG_SIZES:
        header = (ICONS / make_icons.png_name(size)).read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", header[16:24]) == (size, size)
    ico = (ICONS / "cmq-desktop.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, len(make_icons.ICO_SIZES))
    icns = (ICONS / "cmq-desktop.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


@pytest.mark.parametrize("size", [16, 256])
def test_icons_are_up_to_date_with_the_svg(qapp, size: int) -> None:
    """Run ``python installer/make_icons.py`` after editing the SVG."""
    import make_icons
    from PySide6.QtGui import QImage

    fresh = QImage.fromData(make_icons.render_png(size))
    committed = QImage(str(ICONS / make_icons.png_name(size)))
    assert not committed.isNull()
    assert fresh.convertToFormat(QImage.Format.Format_ARGB32) == committed.convertToFormat(
        QImage.Format.Format_ARGB32
    )


# --- trimming rules -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dest", "keep"),
    [
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt6Widgets.dll", True),
        ("PySide6/Qt6Qml.dll", False),
        ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", True),
        ("PySide6/Qt/lib/QtNetwork.framework/Versions/A/QtNetwork", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/translations/qt_fr.qm", False),
    ],
)
def test_trim_rules(dest: str, keep: bool) -> None:
    decision, _reason = bundle._qt_rule(dest)
    assert decision is keep


def test_trim_leaves_non_qt_files_to_the_dependency_walk() -> None:
    for dest in ("slides/presentation.md", "resources/fonts/OFL.txt", "libpython3.11.so.1.0"):
        assert bundle._qt_rule(dest) == (None, "")


def test_windows_opengl_fallback_is_dropped() -> None:
    binaries = [("opengl32sw.dll", str(Path("opengl32sw.dll")), "BINARY")]
    kept, _datas, report = bundle.trim(binaries, [])
    assert kept == [] and "opengl32sw.dll" in report.dropped


@pytest.mark.parametrize(
    ("library", "module"),
    [
        ("libQt6Gui.so.6", "Gui"),
        ("Qt6Network.dll", "Network"),
        ("@rpath/QtSvg.framework/Versions/A/QtSvg", "Svg"),
        ("QtCore.abi3.so", None),
        ("libicuuc.so.73", None),
    ],
)
def test_linked_qt_modules_are_recognised(library: str, module: str | None) -> None:
    # trim() refuses to keep a plugin whose Qt library it drops: it must see the link.
    assert bundle._qt_module(library) == module


def test_links_follow_their_target() -> None:
    # Linux: PyInstaller's top-level aliases of Qt libraries; macOS: framework links.
    binaries = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", "/src/libQt6Network.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("PySide6/Qt/lib/QtGui.framework/Versions/Current", "A", "SYMLINK"),
        ("PySide6/Qt/lib/QtNetwork.framework/Versions/Current", "A", "SYMLINK"),
    ]
    kept, _datas, _report = bundle.trim(binaries, [])
    assert {entry[0] for entry in kept if entry[2] == "SYMLINK"} == {
        "libQt6Core.so.6",
        "PySide6/Qt/lib/QtGui.framework/Versions/Current",
    }


# --- the spec on the platforms CI cannot build -----------------------------------------


class _Recorder:
    """Stand-ins for PyInstaller's spec classes: record what the spec asks for."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple, dict]] = []

    def __getitem__(self, name: str):
        def build(*args, **kwargs):
            self.calls.append((name, args, kwargs))
            return type(name, (), {"binaries": [], "datas": [], "pure": [], "scripts": []})()

        return build

    def of(self, name: str) -> list[dict]:
        return [kwargs for called, _args, kwargs in self.calls if called == name]


def run_spec(platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> _Recorder:
    recorder = _Recorder()
    namespace = {name: recorder[name] for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace.update(SPECPATH=str(INSTALLER), workpath=str(tmp_path), __file__="spec")
    monkeypatch.setattr("sys.platform", platform)
    spec = INSTALLER / "cmq_desktop.spec"
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return recorder


def test_spec_on_windows_makes_a_windowed_and_a_console_exe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = run_spec("win32", tmp_path, monkeypatch)
    exes = {kwargs["name"]: kwargs for kwargs in recorder.of("EXE")}
    assert set(exes) == {bundle.GUI_EXE_NAME, bundle.CLI_EXE_NAME}
    assert exes[bundle.GUI_EXE_NAME]["console"] is False  # never a console window
    assert exes[bundle.CLI_EXE_NAME]["console"] is True
    for kwargs in exes.values():
        assert kwargs["upx"] is False and kwargs["exclude_binaries"] is True  # one-folder
        assert Path(kwargs["icon"]) == ICONS / "cmq-desktop.ico"
        version_text = Path(kwargs["version"]).read_text(encoding="utf-8")
        assert f"StringStruct('ProductVersion', '{PROJECT.version}')" in version_text
    [collect] = recorder.of("COLLECT")
    assert collect["name"] == bundle.BUNDLE_DIR_NAME and collect["upx"] is False
    assert recorder.of("BUNDLE") == []


def test_spec_on_macos_makes_an_app_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = run_spec("darwin", tmp_path, monkeypatch)
    [app] = recorder.of("BUNDLE")
    assert app["name"] == bundle.MAC_APP_NAME
    assert app["bundle_identifier"] == PROJECT.app_id
    assert Path(app["icon"]) == ICONS / "cmq-desktop.icns"
    assert app["version"] == PROJECT.version
    plist = app["info_plist"]
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleShortVersionString"] == PROJECT.version
    assert [kwargs["name"] for kwargs in recorder.of("EXE")] == [bundle.GUI_EXE_NAME]


def test_spec_bundles_the_deck_resources_and_french_qt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = run_spec(sys.platform, tmp_path, monkeypatch)
    [analysis] = recorder.of("Analysis")
    destinations = {dest for _source, dest in analysis["datas"]}
    assert {"slides", "resources", f"cmq_desktop-{PROJECT.version}.dist-info"} <= destinations
    assert any(Path(source).name == "qtbase_fr.qm" for source, _dest in analysis["datas"])
    assert "PySide6.QtNetwork" in analysis["excludes"]
