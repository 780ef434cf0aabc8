"""``export-pdf``: slides, handouts, quiz sheets and answer keys on A4, with Qt's PDF writer.

Slides are drawn by the screen's own SlideRenderer (vector text, not a picture of the
screen). Everything is laid out in points (1/72 inch) on a 600 dpi writer; the sheets are
black on white for a school photocopier.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from cmq_desktop.content.model import Deck, Slide
from cmq_desktop.i18n import translate
from cmq_desktop.progress import Progress
from cmq_desktop.ui import theme
from cmq_desktop.ui.pdf_sheets import paint_sheets
from cmq_desktop.ui.slide_renderer import SlideRenderer

RESOLUTION = 600
POINT = RESOLUTION / 72
A4_LANDSCAPE = QRectF(0, 0, 841.89, 595.28)
A4_PORTRAIT = QRectF(0, 0, 595.28, 841.89)
MARGIN = 36.0
HANDOUT_PER_PAGE = 3
NOTE_LINE_GAP = 22.0


class PdfPages:
    """A PDF being written, page by page, with a painter in points."""

    def __init__(self, out: Path, title: str, landscape: bool) -> None:
        self.writer = QPdfWriter(str(out))
        self.writer.setResolution(RESOLUTION)
        self.writer.setTitle(title)
        self.writer.setCreator("CMQ Desktop")
        orientation = (
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        self.writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0))
        )
        self.page = A4_LANDSCAPE if landscape else A4_PORTRAIT
        self.painter = QPainter()
        if not self.painter.begin(self.writer):
            raise OSError(f"impossible d’écrire {out}")
        self.count = 1
        self._scale()

    def _scale(self) -> None:
        self.painter.resetTransform()
        self.painter.scale(POINT, POINT)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    def new_page(self) -> None:
        self.writer.newPage()
        self.count += 1
        self._scale()

    def finish(self) -> int:
        self.painter.end()
        return self.count


def export_pdf(deck: Deck, out: Path, kind: str, progress: Callable[[int], Progress]) -> int:
    """Writes ``out``; the number of pages. ``progress(total)`` makes the progress display."""
    # Paper is printed in the light theme at the designed size, whatever the screen shows.
    with theme.designed_look():
        return _export(deck, out, kind, progress)


def _export(deck: Deck, out: Path, kind: str, progress: Callable[[int], Progress]) -> int:
    if kind == "slides":
        return _slides(deck, out, progress)
    if kind == "handout":
        return _handout(deck, out, progress)
    pages = PdfPages(out, deck.title, landscape=False)
    try:
        paint_sheets(pages, deck, answer_key=kind == "key")
    finally:
        count = pages.finish()
    return count


def _slides(deck: Deck, out: Path, progress: Callable[[int], Progress]) -> int:
    pages = PdfPages(out, deck.title, landscape=True)
    renderer = SlideRenderer()
    shown = progress(len(deck.slides))
    area = pages.page.adjusted(24, 24, -24, -24)
    try:
        for number, slide in enumerate(deck.slides, start=1):
            if number > 1:
                pages.new_page()
            _paint_slide(pages.painter, renderer, slide, number, len(deck.slides), area)
            shown.step()
    finally:
        count = pages.finish()
    return count


def _paint_slide(
    painter: QPainter, renderer: SlideRenderer, slide: Slide, number: int, total: int, box: QRectF
) -> QRectF:
    """The slide aspect-fit and centred in ``box``, with a thin frame; its rectangle."""
    scale = min(box.width() / theme.CANVAS_WIDTH, box.height() / theme.CANVAS_HEIGHT)
    width, height = theme.CANVAS_WIDTH * scale, theme.CANVAS_HEIGHT * scale
    target = QRectF(
        box.x() + (box.width() - width) / 2, box.y() + (box.height() - height) / 2, width, height
    )
    painter.save()
    painter.translate(target.topLeft())
    painter.scale(scale, scale)
    painter.setClipRect(QRectF(0, 0, theme.CANVAS_WIDTH, theme.CANVAS_HEIGHT))
    renderer.paint(painter, slide, number, total)
    painter.restore()
    painter.setPen(QPen(theme.INK_SOFT, 0.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(target)
    return target


def _handout(deck: Deck, out: Path, progress: Callable[[int], Progress]) -> int:
    pages = PdfPages(out, deck.title, landscape=False)
    renderer = SlideRenderer()
    total = len(deck.slides)
    page_count = max(1, math.ceil(total / HANDOUT_PER_PAGE))
    shown = progress(total)
    page = pages.page
    painter = pages.painter
    row_height = (page.height() - 2 * MARGIN - 40) / HANDOUT_PER_PAGE
    try:
        for index, slide in enumerate(deck.slides):
            row = index % HANDOUT_PER_PAGE
            if row == 0:
                if index:
                    pages.new_page()
                _header(painter, page, deck.title, index // HANDOUT_PER_PAGE + 1, page_count)
            top = MARGIN + 40 + row * row_height
            thumb = QRectF(MARGIN, top, 300, row_height - 36)
            frame = _paint_slide(painter, renderer, slide, index + 1, total, thumb)
            painter.setPen(theme.INK)
            painter.setFont(theme.font(9))
            caption = QRectF(MARGIN, frame.bottom() + 4, 300, 24)
            painter.drawText(
                caption,
                Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                f"{index + 1}. {slide.title_text}",
            )
            _note_lines(
                painter,
                QRectF(MARGIN + 318, frame.top(), page.width() - MARGIN * 2 - 318, row_height - 24),
            )
            shown.step()
    finally:
        count = pages.finish()
    return count


def _header(painter: QPainter, page: QRectF, title: str, number: int, total: int) -> None:
    painter.setPen(theme.INK)
    painter.setFont(theme.font(11, bold=True))
    box = QRectF(MARGIN, MARGIN, page.width() - 2 * MARGIN, 20)
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.setFont(theme.font(9))
    painter.drawText(
        box,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        translate("pdf", "page {number} / {total}").format(number=number, total=total),
    )
    painter.setPen(QPen(theme.INK, 0.75))
    painter.drawLine(QPointF(MARGIN, MARGIN + 24), QPointF(page.width() - MARGIN, MARGIN + 24))


def _note_lines(painter: QPainter, box: QRectF) -> None:
    painter.setPen(QPen(theme.INK_SOFT, 0.5))
    painter.setFont(theme.font(8, italic=True))
    painter.drawText(
        box.adjusted(0, 0, 0, -box.height() + 12),
        Qt.AlignmentFlag.AlignLeft,
        translate("pdf", "Notes"),
    )
    y = box.top() + 12 + NOTE_LINE_GAP
    while y <= box.bottom():
        painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y))
        y += NOTE_LINE_GAP
