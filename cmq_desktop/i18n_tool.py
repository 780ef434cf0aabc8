"""The interface's translations: ``python -m cmq_desktop.i18n_tool update|build|check``.

- ``update``: pyside6-lupdate reads every ``translate(context, text)`` and
  ``QT_TRANSLATE_NOOP(context, text)`` of ``cmq_desktop/`` into
  ``resources/translations/cmq_desktop_en.ts`` (new strings come in unfinished, strings
  gone from the code are dropped, existing translations are kept), then ``build``.
- ``build``: pyside6-lrelease compiles every ``.ts`` of that folder into its ``.qm``.
- ``check``: what CI runs (tests/unit/test_translations.py does the same): the ``.ts``
  holds exactly the code's strings, every one translated with the same ``{placeholders}``,
  and each ``.qm`` is what lrelease makes of its ``.ts``. Exit 1 with the reasons if not.

The source strings are French, so French needs no catalogue of ours (only Qt's own
qtbase_fr.qm and ``qt_complements_fr``); English is ``cmq_desktop_en``. Translate by
editing the ``.ts`` (Qt Linguist: ``pyside6-linguist``, or any text editor), then ``build``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "cmq_desktop"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("en",)  # French is the source language
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str | None  # None: unfinished (or missing)


def catalogue(language: str) -> Path:
    return FOLDER / f"cmq_desktop_{language}.ts"


def sources() -> list[Path]:
    """The Python files whose strings are translated: the program, not this tool."""
    return sorted(path for path in PACKAGE.rglob("*.py") if path != Path(__file__).resolve())


def tool(name: str) -> str:
    """pyside6-lupdate or -lrelease, from this Python's environment first (PySide6)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e .)")
    return found


def lupdate(target: Path) -> None:
    # No source locations: a line moved elsewhere would change the file for nothing.
    files = [str(path) for path in sources()]
    command = [tool("pyside6-lupdate"), *files, "-locations", "none", "-no-obsolete"]
    subprocess.run([*command, "-ts", str(target)], check=True, capture_output=True, timeout=300)


def lrelease(ts: Path, qm: Path) -> None:
    command = [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


def read(ts: Path) -> list[Message]:
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            done = node is not None and node.get("type") not in {"unfinished", "obsolete"}
            text = (node.text or "") if node is not None else ""
            source = message.findtext("source") or ""
            messages.append(Message(name, source, text if done and text else None))
    return messages


def problems(language: str) -> list[str]:
    """Why the catalogue of ``language`` is not up to date, or an empty list."""
    ts = catalogue(language)
    if not ts.exists():
        return [f"{ts.name} is missing: run `python -m cmq_desktop.i18n_tool update`"]
    found: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / ts.name
        lupdate(fresh)
        in_code = {(m.context, m.source) for m in read(fresh)}
        committed = read(ts)
        in_file = {(m.context, m.source) for m in committed}
        found += [
            f"not in {ts.name} (run update): {c}: {s!r}" for c, s in sorted(in_code - in_file)
        ]
        found += [
            f"no longer in the code (run update): {c}: {s!r}" for c, s in sorted(in_file - in_code)
        ]
        for message in committed:
            where = f"{message.context}: {message.source!r}"
            if message.translation is None:
                found.append(f"untranslated in {ts.name}: {where}")
            elif placeholders(message.translation) != placeholders(message.source):
                found.append(
                    f"placeholders differ in {ts.name}: {where} -> {message.translation!r}"
                )
        found += stale_qm(Path(folder))
    return found


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def stale_qm(scratch: Path) -> list[str]:
    """Each committed .qm must be exactly what lrelease makes of its .ts."""
    found = []
    for ts in sorted(FOLDER.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        lrelease(ts, scratch / qm.name)
        if not qm.exists() or qm.read_bytes() != (scratch / qm.name).read_bytes():
            found.append(f"{qm.name} is not compiled from {ts.name}: run build")
    return found


def update() -> None:
    for language in LANGUAGES:
        lupdate(catalogue(language))
    build()


def build() -> None:
    for ts in sorted(FOLDER.glob("*.ts")):
        lrelease(ts, ts.with_suffix(".qm"))


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        found = [problem for language in LANGUAGES for problem in problems(language)]
        print("\n".join(found) or "translations up to date")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
