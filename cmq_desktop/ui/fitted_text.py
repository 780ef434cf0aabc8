"""Rich text laid out in a canvas rectangle, shrunk to fit, never below a readable floor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from cmq_desktop.ui import theme

# Each step shrinks the text by this factor until it fits or reaches the floor.
_SHRINK_STEP = 0.92
# Below the floor only for a word wider than the box: smaller, but never cut in two.
_WORD_FLOOR = 12.0


@dataclass(frozen=True)
class TextStyle:
    size: float  # preferred pixel size on the 1920x1080 canvas
    min_size: float  # the floor: readable from the back of a classroom on a 1024x768 projector
    color: QColor
    bold: bool = False
    center: bool = False
    line_height: int = 120  # percent


class FittedText:
    """Lays out ``build_html(size)`` in ``width`` x ``height``; ``fitted`` says whether it fits."""

    def __init__(
        self,
        build_html: Callable[[float], str],
        width: float,
        height: float,
        style: TextStyle,
    ) -> None:
        self.width = width
        self.height = height
        # The "Taille du texte" setting: bigger where it fits, never below the usual floor,
        # so a long text shrinks back instead of being cut (and the fit is still reported).
        factor = theme.text_scale()
        if factor != 1.0:
            size = style.size * factor
            style = replace(style, size=size, min_size=min(style.min_size, size))
        self.style = style
        self.size = style.size
        self.document = self._layout(build_html, style.size)
        while not self._fits() and self.size > style.min_size:
            self.size = max(style.min_size, self.size * _SHRINK_STEP)
            self.document = self._layout(build_html, self.size)
        # A word wider than the box at the floor: a smaller word, never one broken in two
        # (reported as not fitted, like any text below its floor).
        while not self._words_fit() and self.size > _WORD_FLOOR:
            self.size = max(_WORD_FLOOR, self.size * _SHRINK_STEP)
            self.document = self._layout(build_html, self.size)
        self.fitted = self._fits() and self.size >= style.min_size

    def _layout(self, build_html: Callable[[float], str], size: float) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(theme.font(size, bold=self.style.bold))
        document.setIndentWidth(size * 1.1)
        option = QTextOption()
        option.setAlignment(
            Qt.AlignmentFlag.AlignHCenter if self.style.center else Qt.AlignmentFlag.AlignLeft
        )
        # Never inside a word: a word too long for the line overflows, which ``_fits``
        # sees (idealWidth) and the text shrinks.
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        document.setDefaultTextOption(option)
        document.setHtml(f'<div style="color:{self.style.color.name()}">{build_html(size)}</div>')
        # The same line spacing for every paragraph and list item (CSS line-height on a
        # container does not reach all the blocks).
        block = document.begin()
        while block.isValid():
            cursor = QTextCursor(block)
            block_format = block.blockFormat()
            block_format.setLineHeight(
                self.style.line_height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            )
            cursor.setBlockFormat(block_format)
            block = block.next()
        document.setTextWidth(self.width)
        return document

    def _fits(self) -> bool:
        return self.document.size().height() <= self.height + 0.5 and self._words_fit()

    def _words_fit(self) -> bool:
        # idealWidth is the widest line: wider than the box when a word is.
        return self.document.idealWidth() <= self.width + 0.5

    def paint(self, painter: QPainter, top_left: QPointF, vertical_center: bool = False) -> None:
        y = top_left.y()
        if vertical_center:
            y += max(0.0, (self.height - self.document.size().height()) / 2)
        painter.save()
        painter.translate(top_left.x(), y)
        # Clip to the box: text that still overflows at the floor is reported, not drawn over
        # the footer or the buttons.
        self.document.drawContents(painter, QRectF(0, 0, self.width, self.height + 1))
        painter.restore()


def single_block(text_html: str) -> Callable[[float], str]:
    return lambda _size: text_html
