"""Build CMQ Desktop for the current platform: ``python installer/build.py``.

1. PyInstaller, with ``installer/cmq_desktop.spec``: a trimmed one-folder program in
   ``dist/cmq-desktop/`` (``dist/CMQ Desktop.app`` too on macOS).
2. The platform's packages in ``dist/``:
   - Linux: ``cmq-desktop-VERSION-linux-ARCH.tar.gz``, the folder with its desktop file,
     AppStream metainfo, icons and ``install.sh``;
   - Windows: ``cmq-desktop-VERSION-windows-ARCH-portable.zip`` and, when Inno Setup's
     ``ISCC.exe`` is found (or given with ``--iscc``), ``cmq-desktop-VERSION-setup.exe``;
   - macOS: ``cmq-desktop-VERSION-macos-ARCH.zip`` holding the ``.app``.
Version and names come from pyproject.toml. Options: ``--help``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

INSTALLER_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(INSTALLER_DIR))

import bundle  # noqa: E402

ROOT = bundle.ROOT
ICONS_DIR = ROOT / "resources" / "icons"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def run_pyinstaller(spec: Path, dist: Path, work: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(spec),
    ]
    print("$", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)


def dir_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def make_tar_gz(folder: Path, archive: Path) -> Path:
    """gzip -9 tarball of ``folder`` (links kept as links), with the folder as top entry."""

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(archive, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=folder.name, filter=normalise)
    return archive


def make_zip(folder: Path, archive: Path) -> Path:
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(folder.rglob("*")):
            zf.write(path, path.relative_to(folder.parent).as_posix())
    return archive


def add_linux_files(app_dir: Path, project: bundle.Project) -> None:
    """Desktop integration inside the folder: share/ (XDG layout) and install.sh."""
    linux = INSTALLER_DIR / "linux"
    share = app_dir / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(linux / f"{project.app_id}.desktop", share / "applications")
    shutil.copy2(linux / f"{project.app_id}.metainfo.xml", share / "metainfo")
    for size in HICOLOR_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ICONS_DIR / f"cmq-desktop-{size}.png", target / f"{project.app_id}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ICONS_DIR / "cmq-desktop.svg", scalable / f"{project.app_id}.svg")
    shutil.copy2(linux / "install.sh", app_dir / "install.sh")
    os.chmod(app_dir / "install.sh", 0o755)
    # Same command names on every platform: on Windows cmq-desktop-cli.exe is a
    # console build; here the one program already prints, so a link is enough.
    cli = app_dir / bundle.CLI_EXE_NAME
    if cli.exists() or cli.is_symlink():
        cli.unlink()
    cli.symlink_to(bundle.GUI_EXE_NAME)


def find_iscc(explicit: str | None) -> Path | None:
    if explicit:
        return Path(explicit)
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    local = os.environ.get("LOCALAPPDATA")
    if local and (Path(local) / "Programs" / "Inno Setup 6" / "ISCC.exe").is_file():
        return Path(local) / "Programs" / "Inno Setup 6" / "ISCC.exe"
    return None


def build_inno_setup(iscc: Path, dist: Path, project: bundle.Project) -> Path:
    command = [
        str(iscc),
        f"/DAppVersion={project.version}",
        f"/DSourceDir={dist / bundle.BUNDLE_DIR_NAME}",
        f"/DOutputDir={dist}",
        str(INSTALLER_DIR / "windows" / "cmq-desktop.iss"),
    ]
    print("$", " ".join(command), flush=True)
    subprocess.run(command, check=True)
    return dist / f"cmq-desktop-{project.version}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller work folder"
    )
    parser.add_argument("--no-archive", action="store_true", help="only the folder, no archives")
    parser.add_argument("--iscc", help="path to Inno Setup's ISCC.exe (Windows)")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    project = bundle.read_project()
    missing = [
        p.name
        for p in (ICONS_DIR / "cmq-desktop.ico", ICONS_DIR / "cmq-desktop.icns")
        if not p.exists()
    ]
    if missing:
        sys.exit(
            f"Icônes manquantes ({', '.join(missing)}) : lancez python installer/make_icons.py"
        )

    started = time.monotonic()
    run_pyinstaller(INSTALLER_DIR / "cmq_desktop.spec", dist, work)
    app_dir = dist / bundle.BUNDLE_DIR_NAME
    tag = bundle.platform_tag()
    artefacts: list[Path] = [app_dir]
    if sys.platform.startswith("linux"):
        add_linux_files(app_dir, project)
        if not args.no_archive:
            artefacts.append(
                make_tar_gz(app_dir, dist / f"cmq-desktop-{project.version}-{tag}.tar.gz")
            )
    elif sys.platform == "win32" and not args.no_archive:
        artefacts.append(
            make_zip(app_dir, dist / f"cmq-desktop-{project.version}-{tag}-portable.zip")
        )
        iscc = find_iscc(args.iscc)
        if iscc:
            artefacts.append(build_inno_setup(iscc, dist, project))
        else:
            print(
                "Inno Setup (ISCC.exe) introuvable : pas d'installateur .exe, "
                "seulement le zip portable."
            )
    elif sys.platform == "darwin" and not args.no_archive:
        app_bundle = dist / bundle.MAC_APP_NAME
        archive = dist / f"cmq-desktop-{project.version}-{tag}.zip"
        subprocess.run(
            ["ditto", "-c", "-k", "--keepParent", str(app_bundle), str(archive)], check=True
        )
        artefacts += [app_bundle, archive]

    print(
        f"\nCMQ Desktop {project.version} ({tag}) construit en {time.monotonic() - started:.0f} s :"
    )
    for path in artefacts:
        size = dir_size(path) if path.is_dir() else path.stat().st_size
        print(f"  {path}  {size / 1e6:.1f} Mo")
    print(f"Détail du tri des bibliothèques Qt : {work / 'cmq_desktop' / 'trim-report.txt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
