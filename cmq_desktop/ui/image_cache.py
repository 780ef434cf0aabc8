"""Slide images (PNG, JPEG, SVG), loaded once and drawn aspect-fit into a canvas box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from cmq_desktop.content import messages
from cmq_desktop.ui.image_check import read_image, read_svg


class ImageCache:
    def __init__(self) -> None:
        # Each file is opened once: its drawing, or what is wrong with it.
        self._loaded: dict[Path, QSvgRenderer | QImage | str] = {}

    def _load(self, path: Path) -> QSvgRenderer | QImage | str:
        if path not in self._loaded:
            is_svg = path.suffix.lower() == ".svg"
            self._loaded[path] = read_svg(path) if is_svg else read_image(path)
        return self._loaded[path]

    def natural_size(self, path: Path) -> QSizeF | None:
        loaded = self._load(path)
        if isinstance(loaded, QSvgRenderer):
            return loaded.viewBoxF().size()
        return None if isinstance(loaded, str) else QSizeF(loaded.size())

    def problem(self, path: Path) -> str:
        """What the placeholder says, in the words of ``check``: "image endommagée…"."""
        loaded = self._load(path)
        if isinstance(loaded, str):
            return messages.IMAGE_PROBLEMS[loaded]
        return "image absente"

    def draw(self, painter: QPainter, path: Path, box: QRectF) -> bool:
        """Draw aspect-fit and centred in ``box``; False when the file cannot be drawn."""
        size = self.natural_size(path)
        if size is None or size.isEmpty():
            return False
        scaled = size.scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(
            box.x() + (box.width() - scaled.width()) / 2,
            box.y() + (box.height() - scaled.height()) / 2,
            scaled.width(),
            scaled.height(),
        )
        loaded = self._load(path)
        if isinstance(loaded, QSvgRenderer):
            loaded.render(painter, target)
        elif isinstance(loaded, QImage):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, loaded)
            painter.restore()
        return True
