"""The one slide renderer: window, start screen, PNG export and thumbnails all call it.

Everything is drawn on the fixed 1920x1080 canvas; callers scale the painter (see
``canvas.letterbox``). Text layouts are computed once per slide and cached, so painting
the same slide again, at any size, only draws.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QLinearGradient, QPainter, QPen

from cmq_desktop.content.model import Block, BulletList, Image, Layout, Paragraph, Slide
from cmq_desktop.ui import theme
from cmq_desktop.ui.fitted_text import FittedText, TextStyle
from cmq_desktop.ui.rich_text import item_parts, list_html, paragraph_html, plain_html, spans_html

if TYPE_CHECKING:
    from cmq_desktop.ui.image_cache import ImageCache

W, H = theme.CANVAS_WIDTH, theme.CANVAS_HEIGHT
MARGIN_X = 120
TITLE_TOP = 64
TITLE_HEIGHT = 180
BODY_TOP = 290
BODY_BOTTOM = 960
FOOTER_Y = 1000

TITLE_STYLE = TextStyle(size=72, min_size=54, color=theme.NAVY, bold=True)
BODY_STYLE = TextStyle(size=50, min_size=38, color=theme.INK)
FIGURE_STYLE = TextStyle(size=120, min_size=72, color=theme.TEAL, bold=True, center=True)
CAPTION_STYLE = TextStyle(size=42, min_size=34, color=theme.INK, center=True)
COVER_TITLE_STYLE = TextStyle(
    size=96, min_size=64, color=theme.COVER_TEXT, bold=True, center=True
)
COVER_SUBTITLE_STYLE = TextStyle(size=52, min_size=40, color=theme.COVER_SOFT, center=True)
COVER_BODY_STYLE = TextStyle(size=40, min_size=32, color=theme.COVER_TEXT, center=True)
FOOTER_SIZE = 28
# The share of the body's width the image takes, left of the text.
_IMAGE_SHARE = {Layout.IMAGE_TEXT: 0.44, Layout.BIG_IMAGE: 0.6}


@dataclass
class _Placed:
    text: FittedText
    origin: QPointF
    vertical_center: bool = False


@dataclass
class SlideLayout:
    """Where each piece of a slide goes on the canvas, and whether all its text fitted."""

    texts: list[_Placed] = field(default_factory=list)
    image_boxes: list[tuple[Image, QRectF]] = field(default_factory=list)
    cards: list[QRectF] = field(default_factory=list)

    @property
    def fitted(self) -> bool:
        return all(placed.text.fitted for placed in self.texts)


def _body_html(blocks: tuple[Block, ...], size: float) -> str:
    gap = size * 0.55
    parts = []
    for block in blocks:
        if isinstance(block, Paragraph):
            parts.append(paragraph_html(block, gap))
        elif isinstance(block, BulletList):
            parts.append(list_html(block, gap))
    return "".join(parts)


def _same_html(text: str) -> Callable[[float], str]:
    """The HTML of ``text`` at whatever font size FittedText tries."""
    return lambda _size: plain_html(text)


def _text_blocks(slide: Slide) -> tuple[Block, ...]:
    return tuple(b for b in slide.blocks if not isinstance(b, Image))


def scaled(style: TextStyle, scale: float) -> TextStyle:
    """``style`` with its text ``scale`` times bigger; the floor stays, so text that would
    not fit at the bigger size shrinks back, never below the usual minimum."""
    if scale == 1.0:
        return style
    size = style.size * scale
    return replace(style, size=size, min_size=min(style.min_size, size))


class SlideRenderer:
    def __init__(self) -> None:
        self._images: ImageCache | None = None
        # Keyed by the slide value itself (frozen, hashable): an edited slide gets a new layout;
        # and by the canvas height (Classe lays slides out for a 4:3 projector: 1440).
        # and by the text scale (Classe's + and - keys).
        # and by the display settings' generation: a layout holds its text colours and
        # sizes, so a new theme or text size lays every slide out again.
        self._layouts: dict[tuple[Slide, int, float, int], SlideLayout] = {}

    @property
    def images(self) -> ImageCache:
        """Slide images, loaded once; made on the first slide with one (a cover has none:
        QtSvg and the image checks stay out of the first frame)."""
        if self._images is None:
            from cmq_desktop.ui.image_cache import ImageCache

            self._images = ImageCache()
        return self._images

    def layout(self, slide: Slide, height: int = H, text_scale: float = 1.0) -> SlideLayout:
        """``slide`` laid out on a canvas 1920 wide and ``height`` tall (1080 to 1440), its
        text ``text_scale`` times the usual size where it fits."""
        key = (slide, height, text_scale, theme.generation())
        if key not in self._layouts:
            if self._layouts and next(iter(self._layouts))[3] != key[3]:
                self._layouts.clear()  # laid out for settings no longer in force
            self._layouts[key] = self._compute_layout(slide, height, text_scale)
        return self._layouts[key]

    # Layout ---------------------------------------------------------------------------

    def _compute_layout(self, slide: Slide, height: int, scale: float) -> SlideLayout:
        extra = height - H  # a taller canvas gives the body (or the cover's margin) more room
        if slide.layout is Layout.TITLE:
            return self._cover_layout(slide, QRectF(160, 170 + extra / 2, W - 320, 420), scale)
        layout = SlideLayout()
        title_width = W - 2 * MARGIN_X
        title = FittedText(
            lambda _s: spans_html(slide.title),
            title_width,
            TITLE_HEIGHT,
            scaled(TITLE_STYLE, scale),
        )
        layout.texts.append(_Placed(title, QPointF(MARGIN_X, TITLE_TOP), vertical_center=True))
        body = QRectF(MARGIN_X, BODY_TOP, W - 2 * MARGIN_X, BODY_BOTTOM + extra - BODY_TOP)
        if slide.subtitle:
            subtitle_style = TextStyle(size=40, min_size=32, color=theme.TEAL, bold=True)
            sub = FittedText(
                lambda _s: spans_html(slide.subtitle),
                body.width(),
                70,
                scaled(subtitle_style, scale),
            )
            layout.texts.append(_Placed(sub, body.topLeft()))
            body.setTop(body.top() + 80)
        if slide.layout is Layout.FIGURES:
            self._figures_layout(slide, body, layout, scale)
        elif slide.layout in _IMAGE_SHARE and slide.images:
            image_box = QRectF(body.x(), body.y(), body.width() * _IMAGE_SHARE[slide.layout], 0)
            # A big image (a map) also takes the footer's band, left of the counter.
            bottom = height - 40 if slide.layout is Layout.BIG_IMAGE else body.bottom()
            image_box.setBottom(bottom)
            layout.image_boxes.append((slide.images[0], image_box))
            text_x = image_box.right() + 70
            self._add_body(
                slide, QRectF(text_x, body.y(), body.right() - text_x, body.height()), layout, scale
            )
        else:
            images = slide.images
            if images:
                # An image on a plain slide takes the lower part, below the text.
                image_box = QRectF(body.x(), body.center().y(), body.width(), body.height() / 2)
                layout.image_boxes.append((images[0], image_box))
                body.setHeight(body.height() / 2 - 20)
            self._add_body(slide, body, layout, scale)
        return layout

    def _add_body(self, slide: Slide, box: QRectF, layout: SlideLayout, scale: float) -> None:
        blocks = _text_blocks(slide)
        if not blocks:
            return
        style = scaled(BODY_STYLE, scale)
        text = FittedText(lambda s: _body_html(blocks, s), box.width(), box.height(), style)
        layout.texts.append(
            _Placed(text, box.topLeft(), vertical_center=slide.layout is Layout.TEXT)
        )

    def _cover_layout(self, slide: Slide, title_box: QRectF, scale: float) -> SlideLayout:
        layout = SlideLayout()
        title = FittedText(
            lambda _s: spans_html(slide.title),
            title_box.width(),
            300,
            scaled(COVER_TITLE_STYLE, scale),
        )
        layout.texts.append(_Placed(title, title_box.topLeft(), vertical_center=True))
        y = title_box.top() + 320
        if slide.subtitle:
            sub = FittedText(
                lambda _s: spans_html(slide.subtitle),
                title_box.width(),
                140,
                scaled(COVER_SUBTITLE_STYLE, scale),
            )
            layout.texts.append(_Placed(sub, QPointF(title_box.left(), y)))
            y += 150
        blocks = _text_blocks(slide)
        if blocks:
            body = FittedText(
                lambda s: _body_html(blocks, s),
                title_box.width(),
                200,
                scaled(COVER_BODY_STYLE, scale),
            )
            layout.texts.append(_Placed(body, QPointF(title_box.left(), y)))
        return layout

    def _figures_layout(
        self, slide: Slide, body: QRectF, layout: SlideLayout, scale: float
    ) -> None:
        items = [
            item
            for b in slide.blocks
            if isinstance(b, BulletList)
            for item in b.items
            if item.level == 0
        ]
        if not items:
            self._add_body(slide, body, layout, scale)
            return
        gap = 40
        count = len(items)
        card_width = (body.width() - gap * (count - 1)) / count
        card_height = body.height() * 0.8
        top = body.y() + (body.height() - card_height) / 2
        for index, item in enumerate(items):
            card = QRectF(body.x() + index * (card_width + gap), top, card_width, card_height)
            layout.cards.append(card)
            figure, caption = item_parts(item)
            inner = card.adjusted(28, 40, -28, -28)
            fig = FittedText(_same_html(figure), inner.width(), 170, scaled(FIGURE_STYLE, scale))
            layout.texts.append(_Placed(fig, inner.topLeft(), vertical_center=True))
            cap_box = QRectF(inner.x(), inner.y() + 200, inner.width(), inner.height() - 200)
            cap = FittedText(
                _same_html(caption),
                cap_box.width(),
                cap_box.height(),
                scaled(CAPTION_STYLE, scale),
            )
            layout.texts.append(_Placed(cap, cap_box.topLeft()))

    # Painting -------------------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        slide: Slide,
        number: int,
        total: int,
        counter: bool = True,
        height: int = H,
        text_scale: float = 1.0,
    ) -> None:
        """Paint ``slide`` on the canvas (0, 0, 1920, ``height``) of an already scaled painter."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        layout = self.layout(slide, height, text_scale)
        if slide.layout is Layout.TITLE:
            self.paint_cover_background(painter, height)
        else:
            self._paint_background(painter, height)
        for card in layout.cards:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.TEAL_LIGHT)
            painter.drawRoundedRect(card, 24, 24)
        for image, box in layout.image_boxes:
            if not self.images.draw(painter, image.path, box):
                self._paint_missing_image(painter, image, box)
        for placed in layout.texts:
            placed.text.paint(painter, placed.origin, placed.vertical_center)
        if slide.layout is not Layout.TITLE and counter:  # Classe: the counter is the console's
            self._paint_footer(painter, number, total, height)

    def paint_cover_background(self, painter: QPainter, height: int = H) -> None:
        gradient = QLinearGradient(0, 0, W, height)
        gradient.setColorAt(0, theme.COVER)
        gradient.setColorAt(1, theme.COVER_END)
        painter.fillRect(QRectF(0, 0, W, height), gradient)
        painter.fillRect(QRectF(0, height - 24, W, 24), theme.TEAL)

    def _paint_background(self, painter: QPainter, height: int) -> None:
        painter.fillRect(QRectF(0, 0, W, height), theme.PAPER)
        painter.fillRect(QRectF(0, 0, 24, height), theme.NAVY)
        painter.fillRect(QRectF(MARGIN_X, TITLE_TOP + TITLE_HEIGHT + 12, 180, 10), theme.TEAL)

    def _paint_footer(self, painter: QPainter, number: int, total: int, height: int) -> None:
        painter.setPen(theme.INK_SOFT)
        painter.setFont(theme.font(FOOTER_SIZE))
        box = QRectF(MARGIN_X, FOOTER_Y + height - H, W - 2 * MARGIN_X, 50)
        painter.drawText(
            box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{number} / {total}"
        )

    def _paint_missing_image(self, painter: QPainter, image: Image, box: QRectF) -> None:
        # The loader reports the faulty file; the slide still shows where it belongs.
        painter.setPen(QPen(theme.INK_SOFT, 4, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        painter.setFont(theme.font(32))
        problem = self.images.problem(image.path)  # the same words as ``check``
        painter.drawText(
            box.adjusted(24, 24, -24, -24),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            f"{problem[0].upper()}{problem[1:]}\u00a0:\n{image.path.name}",
        )
