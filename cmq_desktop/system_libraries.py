"""Before Qt starts: are the system libraries of its X11 platform plugin there? Say it in French.

Without them Qt aborts with an English message that names ``xcb-cursor0`` whatever is
missing. We load the plugin's library ourselves first (what Qt would do a moment later):
if that fails, we test each library it needs and name the Debian packages to install.
No Qt import here: this runs before the first Qt module is loaded.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

# What Qt's xcb plugin (libqxcb.so, libQt6XcbQpa.so.6) and QtGui/QtWidgets need from the
# system (``readelf -d``), and the Debian package of each (``dpkg -S``, Debian 12).
# installer/qt-system-packages.txt must list every package named here (a test checks).
LIBRARY_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
XCB_QPA_LIBRARY = "libQt6XcbQpa.so.6"
# "libfoo.so.1: cannot open shared object file", "/x/libfoo.so.1: file too short"...
_LIBRARY_IN_ERROR = re.compile(r"(lib[\w.+-]+\.so(?:\.\d+)*)")


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will pick its X11 (xcb) platform, as Qt decides it on Linux."""
    if not sys.platform.startswith("linux"):
        return False
    requested = environ.get("QT_QPA_PLATFORM", "")
    if requested:
        # "xcb", "xcb:option"; a list such as "wayland;xcb" falls back by itself.
        return requested.split(";")[0].split(":")[0] == "xcb"
    if environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"):
        return False
    return bool(environ.get("DISPLAY"))


def qt_library_dir() -> Path | None:
    """PySide6's own Qt libraries, found without importing PySide6 (from source or frozen)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location) / "Qt" / "lib"
        if candidate.is_dir():
            return candidate
    return None


def load_error(library: str) -> str | None:
    """None if the dynamic loader can load ``library`` (a name or a path), else its error."""
    import ctypes  # here: 4 ms, paid only when the X11 platform is about to load

    try:
        ctypes.CDLL(library)
    except OSError as error:
        return str(error)
    return None


def unloadable(libraries: Iterable[str]) -> list[str]:
    return [library for library in libraries if load_error(library) is not None]


def packages_for(libraries: Iterable[str]) -> list[str]:
    """The Debian packages of these libraries, each once, in the order given."""
    packages = [LIBRARY_PACKAGES[name] for name in libraries if name in LIBRARY_PACKAGES]
    return list(dict.fromkeys(packages))


def missing_libraries_message(libraries: list[str], loader_error: str = "") -> str:
    packages = packages_for(libraries)
    lines = [
        "cmq-desktop : des bibliothèques système dont Qt a besoin pour l’affichage "
        "manquent ou sont abîmées"
        + (f" ({', '.join(libraries)})." if libraries else "."),
    ]
    if packages:
        lines.append(
            "Installez ces paquets (Debian, Ubuntu), puis relancez le programme :\n"
            f"    sudo apt-get install {' '.join(packages)}"
        )
    if not getattr(sys, "frozen", False):
        lines.append("Depuis le dossier du programme, « bash installer/setup-and-run.sh » le fait.")
    if loader_error and not packages:
        lines.append(f"Détail : {loader_error}")
    return "\n".join(lines)


def xcb_problem(environ: Mapping[str, str] = os.environ) -> str | None:
    """A French message if Qt's X11 platform plugin cannot load, else None."""
    if not uses_xcb(environ):
        return None
    qt_lib = qt_library_dir()
    if qt_lib is None or not (qt_lib / XCB_QPA_LIBRARY).exists():
        return None  # an unusual layout: let Qt try and speak for itself
    error = load_error(str(qt_lib / XCB_QPA_LIBRARY))
    if error is None:
        return None
    return missing_libraries_message(unloadable(LIBRARY_PACKAGES), error)


def import_problem(error: ImportError) -> str | None:
    """A French message when importing Qt failed for a missing system library, else None."""
    match = _LIBRARY_IN_ERROR.search(str(error))
    if match is None:
        return None
    named = Path(match.group(1)).name
    missing = unloadable(LIBRARY_PACKAGES) or [named]
    return missing_libraries_message(missing, str(error))


def explain_import_error(error: ImportError) -> int:
    """For ``except ImportError`` around the first Qt import: print why, return exit code 2.

    Re-raises an ImportError that is not about a system library (a bug of ours).
    """
    message = import_problem(error)
    if message is None:
        raise error
    print(message, file=sys.stderr)
    return 2
