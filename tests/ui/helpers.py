"""Small helpers for driving the real window like a user."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cmq_desktop.content.model import Question
from cmq_desktop.quiz.shortcuts import answer_letters


def press(qtbot, widget: QWidget, key: Qt.Key, text: str = "") -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.NoModifier)


def answer_key(question: Question, right: bool) -> Qt.Key:
    """The letter key a pupil presses for the right (or wrong) answer: V/F, O/N..."""
    index = question.answer_index if right else 1 - question.answer_index
    letter = answer_letters(question.labels)[index]
    return getattr(Qt.Key, f"Key_{letter}")


def pixel(widget: QWidget, point: QPoint) -> QColor:
    image = widget.grab().toImage()
    return QColor(image.pixel(point))


def pixel_at(image: QImage, x: int, y: int) -> QColor:
    return QColor(image.pixel(x, y))


def close_to(color: QColor, expected: QColor, tolerance: int = 12) -> bool:
    return all(
        abs(a - b) <= tolerance
        for a, b in zip(color.getRgb()[:3], expected.getRgb()[:3], strict=True)
    )


# --- what reached the pixels ------------------------------------------------------------
#
# A string list rebuilt from the state proves nothing about the screen: Qt once drew no
# glyph above 64 px while every such assertion passed. To prove a text is drawn, show the
# same screen with and without that text (say, a state whose statement is empty) and look
# at the pixels the text added: there must be enough of them, and inside the place where
# the text belongs (not clipped at an edge, not over a button). With no "without" state,
# compare against the flat colour the text is drawn on.


@dataclass(frozen=True)
class Ink:
    """Pixels a drawing changed: how many, and their bounding box (null when none)."""

    pixels: int
    box: QRect

    def inside(self, area: QRect) -> bool:
        return self.pixels > 0 and area.contains(self.box)


def grab_image(widget: QWidget) -> QImage:
    """The widget as painted (``grab()``), in one fixed format."""
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def ink(
    drawn: QImage, blank: QImage | QColor, area: QRect | None = None, tolerance: int = 40
) -> Ink:
    """Pixels of ``drawn`` (within ``area``) that differ from ``blank`` (an image of the same
    size, or a background colour) by more than ``tolerance`` in some colour channel."""
    area = (area or drawn.rect()).intersected(drawn.rect())
    if isinstance(blank, QColor):
        difference = QImage(area.size(), QImage.Format.Format_RGB32)
        difference.fill(blank)
    else:
        assert blank.size() == drawn.size(), (blank.size(), drawn.size())
        difference = blank.copy(area).convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(difference)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
    painter.drawImage(0, 0, drawn.copy(area).convertToFormat(QImage.Format.Format_RGB32))
    painter.end()
    rgb = difference.convertToFormat(QImage.Format.Format_RGB888)
    # At C speed: every channel byte becomes 0 (same) or 1 (differs), then a pixel is ink
    # when any of its three channels is (a bitwise OR of the three channel planes).
    table = bytes(0 if value <= tolerance else 1 for value in range(256))
    data, stride, width = bytes(rgb.constBits()), rgb.bytesPerLine(), rgb.width()
    pixels, left, right, rows = 0, width, -1, []
    for y in range(rgb.height()):
        row = data[y * stride : y * stride + 3 * width].translate(table)
        merged = (
            int.from_bytes(row[0::3], "big")
            | int.from_bytes(row[1::3], "big")
            | int.from_bytes(row[2::3], "big")
        ).to_bytes(width, "big")
        count = merged.count(1)
        if count:
            pixels += count
            rows.append(y)
            left = min(left, merged.find(1))
            right = max(right, merged.rfind(1))
    if not pixels:
        return Ink(0, QRect())
    box = QRect(QPoint(left, rows[0]), QPoint(right, rows[-1])).translated(area.topLeft())
    return Ink(pixels, box)


def to_quiz(qtbot, app_window) -> None:
    """From the start screen through every slide with the clicker's key to question 1."""
    window = app_window.window
    qtbot.keyClick(window, Qt.Key.Key_Right)
    for _ in app_window.lesson.deck.slides:
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.stack.currentWidget() is window.question_view


def modal_box(qtbot) -> QMessageBox:
    """The message box open now, once it is (Esc or Home mid-quiz asks in one)."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box
