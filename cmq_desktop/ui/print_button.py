"""The start screen's "Imprimer (PDF)…" button, bottom right, beside the keys hint: the
same as "Exporter en PDF…" in the right-click menu, for those who never right-click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF

from cmq_desktop.i18n import translate
from cmq_desktop.ui import theme
from cmq_desktop.ui.buttons import ButtonStyle, CanvasButton
from cmq_desktop.ui.canvas import CanvasWidget

# Right of the centred keys hint; the top row belongs to the modes, however many there are.
BOX = QRectF(theme.CANVAS_WIDTH - 340, 996, 300, 50)
DISPLAY_BOX = QRectF(40, 996, 300, 50)  # left of the keys hint


def add_print_button(view: CanvasWidget, clicked: Callable[[], None]) -> CanvasButton:
    button = CanvasButton(
        view, ButtonStyle.SECONDARY, translate("print", "Imprimer (PDF)…"), font_size=24
    )
    button.setAccessibleName(
        translate("print", "Imprimer : diapositives, document, feuille de quiz ou corrigé en PDF")
    )
    button.clicked.connect(lambda _checked=False: clicked())
    view.place(button, BOX)
    button.show()
    return button


def add_display_button(view: CanvasWidget, clicked: Callable[[], None]) -> CanvasButton:
    """The start screen's "Affichage (F2)" button, bottom left: theme, text size, motion."""
    text = translate("display", "Affichage (F2)")
    button = CanvasButton(view, ButtonStyle.SECONDARY, text, font_size=24)
    button.setAccessibleName(translate("display", "Affichage : thème, taille du texte, animations"))
    button.clicked.connect(lambda _checked=False: clicked())
    view.place(button, DISPLAY_BOX)
    button.show()
    return button
