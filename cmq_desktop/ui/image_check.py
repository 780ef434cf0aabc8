"""Opening an image as the program will draw it: the pure byte check, then Qt's readers.

``check`` and ``render`` pass ``image_problem`` to ``load_deck``; the image cache uses
``read_image``/``read_svg``, so the slide's placeholder names the same problem.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QLoggingCategory
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtSvg import QSvgRenderer

from cmq_desktop.content.image_files import image_file_problem, too_large
from cmq_desktop.content.images import ImageCheck

# Qt's English lines about a bad image; our own French message replaces them.
_QUIET_RULES = "qt.gui.imageio*=false\nqt.svg*=false"
_quieted = False


def _quiet_qt_image_logs() -> None:
    global _quieted
    if not _quieted:
        QLoggingCategory.setFilterRules(_QUIET_RULES)
        _quieted = True


def qt_image_check() -> ImageCheck:
    """``image_problem``, with the Qt application its image plugins need (no display)."""
    if QCoreApplication.instance() is None:
        _keep.append(QCoreApplication([]))
    return image_problem


_keep: list[QCoreApplication] = []


def image_problem(path: Path) -> str | None:
    """A key of messages.IMAGE_PROBLEMS, or None when Qt draws the file."""
    result = read_svg(path) if path.suffix.lower() == ".svg" else read_image(path)
    return result if isinstance(result, str) else None


def read_image(path: Path) -> QImage | str:
    problem = image_file_problem(path)
    if problem is not None:
        return problem
    _quiet_qt_image_logs()
    reader = QImageReader(str(path))
    size = reader.size()
    if size.isValid() and too_large(size.width(), size.height()):
        return "too-large"
    image = reader.read()
    if not image.isNull():
        return image
    if reader.error() == QImageReader.ImageReaderError.UnsupportedFormatError:
        return "not-an-image"
    if reader.error() == QImageReader.ImageReaderError.DeviceError:
        return "unreadable"
    return "damaged"


def read_svg(path: Path) -> QSvgRenderer | str:
    problem = image_file_problem(path)
    if problem is not None:
        return problem
    _quiet_qt_image_logs()
    try:
        data = path.read_bytes()
    except OSError:
        return "unreadable"
    renderer = QSvgRenderer(QByteArray(data))
    return renderer if renderer.isValid() else "damaged"
