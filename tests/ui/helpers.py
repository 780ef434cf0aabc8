"""Small helpers for driving the real window like a user."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget

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
