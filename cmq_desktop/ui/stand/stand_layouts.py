"""The Stand's question layouts for the shared question painter: a landscape screen
(1920x1080 canvas) and a portrait touch screen (1080x1920 canvas).

Against Entraînement's layout: bigger type, only "Question suivante" under the feedback,
and buttons a finger hits (``touch``: the 15 mm minimum in canvas pixels, from the
screen's real size; the nominal sizes are larger on any usual screen).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF, QSize

from cmq_desktop.ui import theme
from cmq_desktop.ui.fitted_text import TextStyle
from cmq_desktop.ui.question_painter import QuestionLayout

LANDSCAPE = QSize(theme.CANVAS_WIDTH, theme.CANVAS_HEIGHT)
PORTRAIT = QSize(theme.CANVAS_HEIGHT, theme.CANVAS_WIDTH)
_NO_BOX = QRectF()  # no "Revoir la diapositive" on a stand


def _statement(size: float, floor: float) -> TextStyle:
    return TextStyle(size=size, min_size=floor, color=theme.NAVY, bold=True, center=True)


def _landscape() -> QuestionLayout:
    w, margin = float(LANDSCAPE.width()), 120.0
    panel = QRectF(margin, 490, w - 2 * margin, 400)
    return QuestionLayout(
        width=w,
        height=float(LANDSCAPE.height()),
        margin=margin,
        asking_statement=QRectF(margin, 150, w - 2 * margin, 380),
        answered_statement=QRectF(margin, 148, w - 2 * margin, 170),
        asking_buttons=(QRectF(margin, 580, 800, 300), QRectF(w - margin - 800, 580, 800, 300)),
        answered_buttons=(QRectF(margin, 360, 800, 100), QRectF(w - margin - 800, 360, 800, 100)),
        feedback_panel=panel,
        mark=QRectF(panel.x() + 55, panel.y() + 40, 110, 110),
        heading=QRectF(panel.x() + 200, panel.y() + 30, panel.width() - 240, 74),
        sentence=QRectF(panel.x() + 200, panel.y() + 104, panel.width() - 240, 66),
        explanation=QRectF(panel.x() + 200, panel.y() + 180, panel.width() - 240, 200),
        action_buttons=(_NO_BOX, QRectF(w - margin - 760, 915, 760, 140)),
        statement_asking_style=_statement(72, 48),
        statement_answered_style=_statement(54, 40),
        explanation_style=TextStyle(size=46, min_size=34, color=theme.INK),
        asking_font=90.0,
        answered_font=54.0,
        action_font=50.0,
        heading_font=60.0,
        sentence_font=46.0,
        hint_font=34.0,
        visitor=True,
    )


def _portrait() -> QuestionLayout:
    w, margin = float(PORTRAIT.width()), 70.0
    panel = QRectF(50, 700, w - 100, 960)
    inner = panel.adjusted(50, 0, -50, 0)
    half = (w - 2 * margin - 40) / 2
    return QuestionLayout(
        width=w,
        height=float(PORTRAIT.height()),
        margin=margin,
        asking_statement=QRectF(margin, 170, w - 2 * margin, 800),
        answered_statement=QRectF(margin, 160, w - 2 * margin, 330),
        # Low on the screen, where a child's hand reaches.
        asking_buttons=(
            QRectF(margin, 1080, half, 520),
            QRectF(w - margin - half, 1080, half, 520),
        ),
        answered_buttons=(
            QRectF(margin, 540, half, 120),
            QRectF(w - margin - half, 540, half, 120),
        ),
        feedback_panel=panel,
        # The mark beside the heading, the explanation across the whole panel below.
        mark=QRectF(inner.x(), panel.y() + 40, 100, 100),
        heading=QRectF(inner.x() + 130, panel.y() + 40, inner.width() - 130, 100),
        sentence=QRectF(inner.x(), panel.y() + 160, inner.width(), 140),
        explanation=QRectF(inner.x(), panel.y() + 320, inner.width(), panel.height() - 350),
        action_buttons=(_NO_BOX, QRectF(margin, 1700, w - 2 * margin, 170)),
        statement_asking_style=_statement(76, 48),
        statement_answered_style=_statement(56, 40),
        explanation_style=TextStyle(size=58, min_size=36, color=theme.INK),
        asking_font=96.0,
        answered_font=56.0,
        action_font=56.0,
        heading_font=66.0,
        sentence_font=52.0,
        hint_font=36.0,
        visitor=True,
        fit_panel=True,
    )


_LAYOUTS = {False: _landscape(), True: _portrait()}


def canvas_for(width: int, height: int) -> QSize:
    """The Stand's canvas for a window of that size: portrait when taller than wide."""
    return PORTRAIT if height > width else LANDSCAPE


def stand_layout(canvas: QSize, touch: float = 0.0) -> QuestionLayout:
    """The layout for ``canvas``; ``touch`` (canvas pixels) raises the "next" button's
    height on a screen whose pixels are small (it grows upwards, into the margin)."""
    layout = _LAYOUTS[canvas == PORTRAIT]
    following = layout.action_buttons[1]
    if touch <= following.height():
        return layout
    bottom = following.bottom()
    taller = QRectF(following.x(), bottom - touch, following.width(), touch)
    return replace(layout, action_buttons=(_NO_BOX, taller))
