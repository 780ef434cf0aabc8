"""Reading a content file into numbered lines, whatever its encoding or line endings."""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path

from cmq_desktop.content import messages
from cmq_desktop.content.problems import Reporter

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LINE_BREAK_BYTES = re.compile(rb"\r\n|\r|\n")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Control characters (NUL, form feed…) that fonts draw as boxes; tabs are indentation.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def read_lines(path: Path, report: Reporter) -> list[str] | None:
    """The file's lines (line N is ``lines[N - 1]``), or None when it cannot be read.

    A UTF-8 byte order mark and CRLF or CR line endings are accepted. A file that is not
    UTF-8 is reported at the line of its first invalid byte, then still decoded as
    Windows-1252 (what French Windows editors write) so that the app can show it.
    """
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO or a device: reading could hang
            report.error(1, messages.NOT_A_REGULAR_FILE)
            return None
        data = path.read_bytes()
    except OSError as error:
        report.error(1, messages.unreadable_file(error))
        return None
    return without_controls(split_lines(decode(data, report)), report)


def without_controls(lines: list[str], report: Reporter) -> list[str]:
    """The lines without control characters, each line that had some warned about."""
    cleaned = list(lines)
    for index, line in enumerate(lines):
        found = _CONTROL.findall(line)
        if found:
            report.warning(index + 1, messages.control_characters("".join(dict.fromkeys(found))))
            cleaned[index] = _CONTROL.sub("", line)
    return cleaned


def decode(data: bytes, report: Reporter) -> str:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith(_UTF16_BOMS):
        report.error(1, messages.NOT_UTF8)
        return data.decode("utf-16", errors="replace").lstrip("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = len(_LINE_BREAK_BYTES.findall(data, 0, error.start)) + 1
        report.error(line, messages.NOT_UTF8)
        return data.decode("cp1252", errors="replace")


def split_lines(text: str) -> list[str]:
    if not text:
        return []
    lines = _LINE_BREAK.split(text)
    if lines[-1] == "":
        lines.pop()  # the final line break ends the last line; it does not start a new one
    return lines
