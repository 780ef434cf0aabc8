"""What the PyInstaller specs share: project metadata, names, and the Qt trimming rules.

Imported by ``cmq_desktop.spec`` and ``bare_window.spec`` (both put this folder on
``sys.path``), by ``build.py`` and by the packaging tests. Standard library only, plus
PyInstaller's own binary inspection when trimming.

Why trimming is done here: PyInstaller's ``excludes=`` only drops Python modules. Its Qt
hooks still collect every plugin of the modules they see (platform themes that pull GTK,
TLS back ends that pull OpenSSL, ...) and every translation. ``trim()`` filters the
Analysis lists: it keeps a short list of Qt libraries, plugins and translations, drops
the libraries that the PySide6 wheel itself expects from the host system, then drops
whatever nothing kept still needs.
"""

from __future__ import annotations

import ast
import fnmatch
import posixpath
import re
import subprocess
import sys
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent

# Names of what the build produces; the Inno Setup script and the tests check them.
BUNDLE_DIR_NAME = "cmq-desktop"  # the one-folder application, dist/cmq-desktop/
GUI_EXE_NAME = "cmq-desktop"  # windowed on Windows: never opens a console
CLI_EXE_NAME = "cmq-desktop-cli"  # console executable for `check` and `render`
MAC_APP_NAME = "CMQ Desktop.app"


@dataclass(frozen=True)
class Project:
    name: str
    version: str
    description: str
    app_id: str
    app_name: str

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        numbers = [int(part) for part in re.findall(r"\d+", self.version)[:4]]
        return (*numbers, 0, 0, 0, 0)[:4]  # type: ignore[return-value]


def _package_constant(name: str) -> str:
    # Read cmq_desktop/__init__.py without importing it (the build must not need Qt).
    tree = ast.parse((ROOT / "cmq_desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise LookupError(f"{name} not found in cmq_desktop/__init__.py")


def read_project(root: Path = ROOT) -> Project:
    with open(root / "pyproject.toml", "rb") as file:
        project = tomllib.load(file)["project"]
    return Project(
        name=project["name"],
        version=project["version"],
        description=project["description"],
        app_id=_package_constant("APP_ID"),
        app_name=_package_constant("APP_NAME"),
    )


def platform_tag() -> str:
    import platform

    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    if system.startswith("linux"):
        system = "linux"
    return f"{system}-{machine}"


# --- Python modules --------------------------------------------------------------------

# PySide6 modules the program never imports, plus heavy standard-library parts nothing
# in a GUI needs. (PyInstaller only collects what is imported, so this is a guard
# against a stray import pulling in a whole Qt module and its plugins.)
EXCLUDED_MODULES = [
    *(
        f"PySide6.{module}"
        for module in [
            "QtConcurrent",
            "QtDBus",
            "QtDesigner",
            "QtHelp",
            "QtLabsStyleKit",
            "QtNetwork",
            "QtOpenGL",
            "QtOpenGLWidgets",
            "QtQml",
            "QtQmlFeatures",
            "QtQuick",
            "QtQuickControls2",
            "QtQuickTest",
            "QtQuickWidgets",
            "QtSql",
            "QtSvgWidgets",
            "QtTest",
            "QtUiTools",
            "QtXml",
            "QtPdf",
            "QtPdfWidgets",
            "QtWebEngineCore",
            "QtWebEngineWidgets",
            "QtMultimedia",
            "QtNetworkAuth",
            "QtCharts",
        ]
    ),
    # No network: logging.handlers reaches ssl through smtplib and http.client, which
    # both work without it; ssl would bring OpenSSL's libssl along.
    "ssl",
    "_ssl",
    "tkinter",
    "_tkinter",
    "unittest",
    "pydoc",
    "pydoc_data",
    "lib2to3",
    "distutils",
    "setuptools",
    "pip",
    "test",
    "xmlrpc",
    "curses",
    "readline",
    # Reached only through code paths the program never runs; each would cost start-up
    # time in the frozen program too. multiprocessing (through asyncio -> concurrent.
    # futures, which typing_extensions imports for coroutines) brings PyInstaller's
    # multiprocessing and pkgutil runtime hooks, run before main() on every start;
    # webbrowser and ftplib come from segno's `show()` and urllib.request's FTP handler.
    # tests/packaging checks the frozen program never needs them.
    "asyncio",
    "concurrent",
    "multiprocessing",
    "webbrowser",
    "ftplib",
    "netrc",
    "_pydecimal",
]

# --- Qt libraries, plugins, translations ----------------------------------------------

# Qt libraries (QtCore -> "Core") the program uses, and what they need at link time:
# Gui needs DBus on Linux; the xcb and wayland platform plugins need XcbQpa and
# WaylandClient. Everything else (Network, Qml, Quick, OpenGL, Pdf, ...) goes.
QT_LIBRARIES = {"Core", "Gui", "Widgets", "Svg", "PrintSupport", "DBus", "XcbQpa", "WaylandClient"}

# Qt plugins to keep, by folder, as file stems without the "lib" prefix and suffix.
QT_PLUGINS = {
    # offscreen: tests, `render`; minimal: fallback; xcb/wayland: Linux desktops;
    # windows / cocoa: the other two platforms.
    "platforms": {"qoffscreen", "qminimal", "qxcb", "qwayland", "qwindows", "qcocoa"},
    # Slides use PNG (built into QtGui), JPEG and SVG; ICO for the window icon.
    "imageformats": {"qsvg", "qjpeg", "qico"},
    "iconengines": {"qsvgicon"},
    # Windows 11 / Vista look and macOS look; without them Qt falls back to Fusion.
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
    # Dead keys and input methods when someone types (PIN, file names) on Linux.
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    # Only loaded if an OpenGL surface is ever asked for under X11; small.
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    # Wayland sessions (Ubuntu, Debian GNOME): window shell and title-bar decorations.
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"bradient", "adwaita"},
    # Dropped on purpose: platformthemes (GTK3 pulls GTK, cairo, pango; the portal theme
    # needs a sandbox), printsupport (CUPS: printing goes through PDF files), tls and
    # networkinformation (no network), sqldrivers, generic/evdev, egl device
    # integrations, qml tooling.
}

# Qt translations: the French catalogue of qtbase (standard dialogs and buttons).
QT_TRANSLATIONS = {"qtbase_fr.qm"}

# Linux libraries the PySide6 wheel itself expects from the host (it does not ship
# them); bundling build-host copies only risks clashes with the target's graphics
# stack (e.g. an old libstdc++ next to a newer Mesa driver) and costs space. PyInstaller
# already leaves out glibc, libGL/EGL, libxcb and libwayland-*. The xcb utility
# libraries (libxcb-cursor, -icccm, -keysyms, ...) are kept when found: Qt requires them
# and they are often missing from default installs.
LINUX_HOST_LIBRARIES = [
    "libX11.so.*",
    "libX11-xcb.so.*",
    "libXau.so.*",
    "libXdmcp.so.*",
    "libxkbcommon.so.*",
    "libfontconfig.so.*",
    "libfreetype.so.*",
    "libglib-2.0.so.*",
    "libgobject-2.0.so.*",
    "libgio-2.0.so.*",
    "libgthread-2.0.so.*",
    "libgmodule-2.0.so.*",
    "libdbus-1.so.*",
    "libstdc++.so.*",
    "libgcc_s.so.*",
]

# Windows: Qt's software OpenGL fallback (20 MB) and the shader compiler serve QtQuick
# and OpenGL widgets only; the program paints with the raster engine.
WINDOWS_DROPPED_FILES = ["opengl32sw.dll", "d3dcompiler_47.dll"]

_QT_LIB_RE = re.compile(
    r"^(?:lib)?Qt6(?P<module>[A-Za-z0-9]+?)(?:\.so(?:\.\d+)*|\.dll|\.\d+\.dylib)$"
)
_QT_FRAMEWORK_RE = re.compile(r"(?:^|/)Qt(?P<module>[A-Za-z0-9]+)\.framework(?:/|$)")
_PYSIDE_PREFIXES = ("PySide6/Qt/", "PySide6/")


@dataclass
class TrimReport:
    kept: list[str] = field(default_factory=list)
    dropped: dict[str, str] = field(default_factory=dict)  # dest -> reason
    notes: list[str] = field(default_factory=list)  # files kept but cut (ICU's data)

    def write(self, path: Path) -> None:
        lines = [*(f"# {note}" for note in self.notes), "# Kept", *sorted(self.kept)]
        lines += ["", "# Dropped (reason)"]
        lines += [f"{dest}  ({reason})" for dest, reason in sorted(self.dropped.items())]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _posix(dest: str) -> str:
    return str(PurePosixPath(*Path(dest).parts)) if "\\" in dest else dest


def _qt_relative(dest: str) -> str | None:
    """Path inside the Qt tree (``plugins/...``, ``translations/...``), or None."""
    for prefix in _PYSIDE_PREFIXES:
        if dest.startswith(prefix):
            return dest[len(prefix) :]
    return None


def _plugin_stem(filename: str) -> str:
    stem = filename.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def _qt_module(library: str) -> str | None:
    """Qt module of a linked library name (``libQt6Gui.so.6``, ``Qt6Gui.dll``, ``QtGui``)."""
    name = PurePosixPath(library.replace("\\", "/")).name
    match = _QT_LIB_RE.match(name) or re.match(r"^Qt(?P<module>[A-Z][A-Za-z0-9]+)$", name)
    return match.group("module") if match else None


def _qt_rule(dest: str) -> tuple[bool | None, str]:
    """Decide on a file of the Qt tree: (keep?, reason); None when not a Qt file."""
    name = PurePosixPath(dest).name
    framework = _QT_FRAMEWORK_RE.search(dest)
    module = framework.group("module") if framework else None
    if module is None:
        match = _QT_LIB_RE.match(name)
        module = match.group("module") if match else None
    if module is not None:
        return module in QT_LIBRARIES, f"Qt library Qt{module}"
    relative = _qt_relative(dest)
    if relative is None:
        return None, ""
    parts = PurePosixPath(relative).parts
    if len(parts) >= 2 and parts[0] == "plugins":
        folder = parts[1]
        stem = _plugin_stem(parts[-1])
        return stem in QT_PLUGINS.get(folder, set()), f"Qt plugin {folder}/{stem}"
    if parts and parts[0] == "translations":
        return name in QT_TRANSLATIONS, "Qt translation"
    if parts and parts[0] in {"qml", "resources", "libexec", "metatypes"}:
        return False, f"Qt {parts[0]}"
    return None, ""


def _host_library(name: str) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    return any(fnmatch.fnmatch(name, pattern) for pattern in LINUX_HOST_LIBRARIES)


def _needed(path: str) -> set[str]:
    """Base names of the libraries a binary links against (direct dependencies only)."""
    if sys.platform.startswith("linux"):
        try:
            output = subprocess.run(
                ["objdump", "-p", path], capture_output=True, text=True, check=True
            ).stdout
        except (OSError, subprocess.CalledProcessError):
            return set()
        return set(re.findall(r"^\s*NEEDED\s+(\S+)", output, flags=re.MULTILINE))
    from PyInstaller.depend import bindepend

    names = set()
    for name, _fullpath in bindepend.get_imports(path):
        base = PurePosixPath(name.replace("\\", "/")).name
        names.add(base.lower() if sys.platform == "win32" else base)
    return names


def _is_root(dest: str) -> bool:
    """Binaries kept for their own sake: Python extensions, Qt files, Python itself."""
    name = PurePosixPath(dest).name
    if dest.endswith((".pyd", ".abi3.so")) or "/lib-dynload/" in dest or "python3" in dest:
        return True
    if re.search(r"\.cpython-\d+.*\.so$", name):
        return True
    return name.lower().startswith(("python", "libpython", "libpyside6", "libshiboken6")) or (
        _qt_relative(dest) is not None
    )


def _apply_rules(
    entries: Iterable[tuple],
    decide: Callable[[tuple], tuple[bool | None, str]],
    report: TrimReport,
) -> list[tuple]:
    """The real files (not PyInstaller's symlinks) that no rule drops; drops are reported."""
    kept = []
    for entry in entries:
        if entry[2] == "SYMLINK":
            continue
        keep, reason = decide(entry)
        if keep is False:
            report.dropped[_posix(entry[0])] = reason
        else:
            kept.append(entry)
    return kept


def trim(binaries: Iterable[tuple], datas: Iterable[tuple]) -> tuple[list, list, TrimReport]:
    """Filter Analysis ``binaries`` and ``datas`` TOC lists; returns the new lists."""
    report = TrimReport()
    binaries, datas = list(binaries), list(datas)

    def key(name: str) -> str:
        return name.lower() if sys.platform == "win32" else name

    def decide(entry: tuple) -> tuple[bool | None, str]:
        dest = _posix(entry[0])
        name = PurePosixPath(dest).name
        keep, reason = _qt_rule(dest)
        if keep is None and name.lower() in WINDOWS_DROPPED_FILES:
            keep, reason = False, "Windows OpenGL fallback"
        if keep is None and _host_library(name):
            keep, reason = False, "host system library"
        if keep is None and dest.startswith("resources/translations/") and name.endswith(".ts"):
            keep, reason = False, "translation source (the program loads the .qm)"
        return keep, reason

    # Real files first; symbolic links (PyInstaller's top-level aliases of Qt
    # libraries) follow their target at the end.
    candidates = _apply_rules(binaries, decide, report)

    # Drop libraries that nothing kept still needs (the dependencies of the plugins
    # dropped above: GTK and cairo, OpenSSL, CUPS, ...).
    by_name = {key(PurePosixPath(_posix(entry[0])).name): entry for entry in candidates}
    reachable: set[str] = set()
    todo = [key(PurePosixPath(_posix(e[0])).name) for e in candidates if _is_root(_posix(e[0]))]
    missing_qt: set[str] = set()
    while todo:
        name = todo.pop()
        if name in reachable or name not in by_name:
            continue
        reachable.add(name)
        for needed in _needed(by_name[name][1]):
            module = _qt_module(needed)
            if module is not None and module not in QT_LIBRARIES:
                missing_qt.add(f"{name} needs Qt{module}")
            if key(needed) not in reachable:
                todo.append(key(needed))
    if missing_qt:
        # A kept file would fail to load at run time: say so at build time.
        raise SystemExit(
            "Qt trimming: add these to QT_LIBRARIES or drop the files that need them "
            "(installer/bundle.py): " + "; ".join(sorted(missing_qt))
        )
    kept_dests: set[str] = set()
    final_binaries = []
    for entry in candidates:
        dest = _posix(entry[0])
        if key(PurePosixPath(dest).name) in reachable:
            final_binaries.append(entry)
            kept_dests.add(dest)
        else:
            report.dropped[dest] = "needed only by dropped files"

    final_datas = _apply_rules(datas, decide, report)
    kept_dests.update(_posix(entry[0]) for entry in final_datas)

    # A link goes with its target; a link whose target is no collected file (a macOS
    # framework's Versions/Current, say) follows the Qt rule of its own path.
    all_files = {_posix(e[0]) for e in (*binaries, *datas) if e[2] != "SYMLINK"}
    for entries, final in ((binaries, final_binaries), (datas, final_datas)):
        for entry in entries:
            if entry[2] != "SYMLINK":
                continue
            dest = _posix(entry[0])
            target = posixpath.normpath(posixpath.join(posixpath.dirname(dest), _posix(entry[1])))
            own_rule, _reason = decide(entry)
            if own_rule is not False and (target in kept_dests or target not in all_files):
                final.append(entry)
            else:
                report.dropped[dest] = f"link to dropped {target}"
    report.kept = sorted(kept_dests)
    return final_binaries, final_datas, report


# --- Windows version resource ---------------------------------------------------------


def windows_version_info(project: Project, exe_name: str, description: str) -> str:
    """Source text of a PyInstaller ``VSVersionInfo`` for one executable."""
    version = ".".join(str(n) for n in project.version_tuple)
    strings = {
        "CompanyName": "Campus des métiers et des qualifications Auvergne-Rhône-Alpes",
        "FileDescription": description,
        "FileVersion": project.version,
        "InternalName": exe_name,
        "LegalCopyright": "Licence GPL-3.0-or-later",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": project.app_name,
        "ProductVersion": project.version,
    }
    string_structs = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    return f"""# Generated by installer/bundle.py from pyproject.toml; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={project.version_tuple!r},
    prodvers={project.version_tuple!r},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0),
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040C04B0',
        [
{string_structs},
        ],
      )
    ]),
    VarFileInfo([VarStruct('Translation', [0x040C, 1200, 0x0409, 1200])]),
  ],
)
# file version {version}
"""
