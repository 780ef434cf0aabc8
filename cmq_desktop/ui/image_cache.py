"""Slide images (PNG, JPEG, SVG), loaded once and drawn aspect-fit into a canvas box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer


class ImageCache:
    def __init__(self) -> None:
        self._svgs: dict[Path, QSvgRenderer] = {}
        self._images: dict[Path, QImage] = {}

    def natural_size(self, path: Path) -> QSizeF | None:
        if path.suffix.lower() == ".svg":
            renderer = self._svg(path)
            return None if renderer is None else renderer.viewBoxF().size()
        image = self._image(path)
        return None if image is None else QSizeF(image.size())

    def _svg(self, path: Path) -> QSvgRenderer | None:
        if path not in self._svgs:
            renderer = QSvgRenderer(str(path))
            self._svgs[path] = renderer
        renderer = self._svgs[path]
        return renderer if renderer.isValid() else None

    def _image(self, path: Path) -> QImage | None:
        if path not in self._images:
            self._images[path] = QImage(str(path))
        image = self._images[path]
        return None if image.isNull() else image

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
        if path.suffix.lower() == ".svg":
            renderer = self._svg(path)
            assert renderer is not None
            renderer.render(painter, target)
        else:
            image = self._image(path)
            assert image is not None
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(target, image)
            painter.restore()
        return True
