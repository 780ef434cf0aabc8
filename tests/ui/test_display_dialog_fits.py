"""The Affichage dialog fits a 1024x768 screen at 200 %: nothing cut, nothing overlapping."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from cmq_desktop.modes.display import DisplaySettings
from cmq_desktop.ui import display
from cmq_desktop.ui.display_dialog import DisplayDialog


@pytest.fixture(autouse=True)
def _designed_look_after() -> Iterator[None]:
    yield
    display.apply(DisplaySettings())


def _on_dialog(dialog: DisplayDialog, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


def test_at_200_percent_every_label_is_whole_and_apart(qtbot, app_window) -> None:
    window = app_window.window
    window.resize(1024, 768)
    display.apply(DisplaySettings(text_scale=2.0))
    qtbot.keyClick(window, Qt.Key.Key_F2)
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, DisplayDialog) and w.isVisible()
    )
    room = QRect(0, 0, 1024, 768)  # the offscreen screen is 800x800: the QA's one instead
    dialog.fit_within(room)
    qtbot.waitExposed(dialog)
    QApplication.processEvents()  # the scroll area's pending layout
    # Within the screen, its title bar too.
    assert dialog.frameGeometry().width() <= room.width()
    assert dialog.height() <= room.height() - 30
    scroll = dialog.findChild(QWidget, "qt_scrollarea_viewport")
    assert scroll is not None
    labels = [label for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]
    assert labels
    for label in labels:
        # Each label is as tall as its wrapped text needs (not squeezed into its neighbour).
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert label.width() >= label.minimumSizeHint().width() or label.wordWrap(), label.text()
    # No two of the settings' widgets overlap.
    boxes = [
        (w, _on_dialog(dialog, w))
        for w in [*labels, dialog.text_size, dialog.motion, *dialog.themes.buttons()]
    ]
    for index, (first, a) in enumerate(boxes):
        for second, b in boxes[index + 1 :]:
            assert not a.intersects(b), (first, second)
    # The note is reachable: scrolled into view, it shows whole.
    area = scroll.parentWidget()
    note = labels[-1]
    area.ensureWidgetVisible(note)
    QApplication.processEvents()
    assert scroll.rect().contains(QRect(note.mapTo(scroll, QPoint(0, 0)), note.size()))
    dialog.reject()
