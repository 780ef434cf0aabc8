"""A visitor's score: the shared score painter (``results_painter.ScorePicture``: the
figure, a kind word, the campus's web page as a QR code for the visitor's own phone)
with "Rejouer" and "J’ai terminé" as real buttons on its faces."""

from __future__ import annotations

from PySide6.QtCore import QRect, Signal
from PySide6.QtWidgets import QWidget

from cmq_desktop.i18n import translate
from cmq_desktop.quiz.visitor_run import StandScoreScreen
from cmq_desktop.ui.accessible import describe
from cmq_desktop.ui.buttons import ButtonStyle, CanvasButton
from cmq_desktop.ui.results_painter import (
    QR_CAPTION,
    SCORE_HEADING,
    ScorePicture,
    score_title,
)
from cmq_desktop.ui.stand.stand_canvas import StandCanvas


class ScoreView(StandCanvas):
    replay_requested = Signal()
    done_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.screen_model: StandScoreScreen | None = None
        self.picture: ScorePicture | None = None
        self.replay_button = CanvasButton(self, ButtonStyle.PRIMARY)
        self.replay_button.clicked.connect(self.replay_requested)
        self.done_button = CanvasButton(self, ButtonStyle.SECONDARY)
        self.done_button.clicked.connect(self.done_requested)

    def show_screen(self, screen: StandScoreScreen) -> None:
        self.screen_model = screen
        self.rebuild()
        self.update()

    def current_picture(self) -> ScorePicture | None:
        return self.picture

    def rebuild(self) -> None:
        screen = self.screen_model
        if screen is None:
            return
        canvas = self.fit_canvas()
        self.picture = picture = ScorePicture(screen, canvas.width(), canvas.height())
        for button, face in zip(
            (self.replay_button, self.done_button), picture.button_faces(), strict=True
        ):
            self.place_face(button, face)
        title, *rest = self.spoken_text()
        describe(self, title, "\n".join(rest))
        self.relayout()

    def code_rect(self) -> QRect:
        """Where the QR code is drawn, in this widget's pixels (empty without an address)."""
        if self.picture is None or not self.picture.screen.web_address:
            return QRect()
        return self.to_widget(self.picture.layout.code)

    def spoken_text(self) -> list[str]:
        screen = self.screen_model
        if screen is None:
            return []
        heading = translate("stand", SCORE_HEADING)
        lines = [heading, score_title(screen.score, screen.total), screen.message]
        return lines + ([translate("stand", QR_CAPTION)] if screen.web_address else [])
