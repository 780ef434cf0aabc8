"""Finished pictures kept for the next paint: a step only copies a frame drawn ahead.

The slide view, the Classe audience painter and the Stand's views keep the frames they
drew here, keyed by what was drawn plus the size and pixel ratio, the oldest dropped
beyond ``kept`` (a 4K frame is 33 MB).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPainter, QPixmap

from cmq_desktop.ui import theme


class FrameCache:
    def __init__(self, kept: int) -> None:
        self.kept = kept
        self._frames: OrderedDict[Hashable, QPixmap] = OrderedDict()

    def __len__(self) -> int:
        return len(self._frames)

    def clear(self) -> None:
        self._frames.clear()

    def frame(
        self,
        key: Hashable,
        size: QSize,
        ratio: float,
        paint: Callable[[QPainter], None],
        fill: QColor | None = None,
    ) -> QPixmap:
        """The frame of ``key`` at ``size`` (logical pixels) and ``ratio``; ``paint`` draws
        it in logical pixels when it is not kept yet."""
        # And the display settings' generation: a new theme or text size draws anew.
        full_key = (key, size.width(), size.height(), ratio, theme.generation())
        frame = self._frames.get(full_key)
        if frame is not None:
            self._frames.move_to_end(full_key)
            return frame
        frame = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
        frame.setDevicePixelRatio(ratio)
        if fill is not None:
            frame.fill(fill)
        painter = QPainter(frame)
        paint(painter)
        painter.end()
        self._frames[full_key] = frame
        while len(self._frames) > self.kept:
            self._frames.popitem(last=False)
        return frame
