"""``cmq-desktop render --mode stand``: the Stand's screens as PNG, drawn by the painters
the kiosk's views use (attract loop, each question asked, answered right and wrong, the
score with the campus's QR code), at the size asked: ``--size 1080x1920`` gives the
portrait touch screen's layout.

The attract loop is the kiosk's own lesson at home, stepped by its navigator; the
question and score screens are the frozen screen models the visitor's run shows.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter

from cmq_desktop.content.model import Deck, QuizSet
from cmq_desktop.modes.stand_kiosk import attract_screen
from cmq_desktop.progress import Progress
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.lesson import Lesson
from cmq_desktop.quiz.screens import QuestionScreen, Stage
from cmq_desktop.quiz.visitor_run import StandScoreScreen, VisitorRun, encouraging_message
from cmq_desktop.ui.canvas import canvas_transform
from cmq_desktop.ui.frame_cache import FrameCache
from cmq_desktop.ui.question_painter import QuestionPicture
from cmq_desktop.ui.render_export import Screen, ScreenExporter, load_for_render, write_screens
from cmq_desktop.ui.results_painter import ScorePicture
from cmq_desktop.ui.stand.attract_view import paint_attract, slide_frame
from cmq_desktop.ui.stand.stand_canvas import STAND_BARS
from cmq_desktop.ui.stand.stand_layouts import canvas_for, stand_layout


class StandExporter(ScreenExporter):
    def __init__(
        self,
        deck: Deck,
        out_dir: Path,
        size: QSize,
        quiz_set: QuizSet,
        web_address: str,
        per_visitor: int = 5,
    ) -> None:
        super().__init__(deck, out_dir, size)
        self.quiz_set = quiz_set
        self.web_address = web_address
        self.per_visitor = per_visitor
        self.canvas = canvas_for(size.width(), size.height())
        count = len(deck.slides) + 3 * len(quiz_set.questions) + 1
        self.progress = Progress(count, "Écrans exportés")

    def paint_canvas(self, paint: Callable[[QPainter], None]) -> QImage:
        """An image of the output size with the Stand's canvas letterboxed in it, as the
        kiosk's views show it."""
        # Opaque, as a window's backing store is: big glyphs are antialiased the same way.
        image = QImage(self.size, QImage.Format.Format_RGB32)
        image.fill(STAND_BARS)
        painter = QPainter(image)
        painter.setTransform(canvas_transform(self.size, self.canvas))
        paint(painter)
        painter.end()
        return image

    def export_all(self) -> None:
        self._export_attract()
        self._export_questions()
        self._export_score()

    def _export_attract(self) -> None:
        lesson = Lesson(self.deck, VisitorRun, home=attract_screen)
        frames = FrameCache(1)
        for number in range(1, len(self.deck.slides) + 1):
            screen = attract_screen(lesson)
            assert screen.slide is not None
            image = QImage(self.size, QImage.Format.Format_ARGB32_Premultiplied)
            painter = QPainter(image)
            slide = slide_frame(self.renderer, screen, self.size, frames)
            paint_attract(painter, self.size, screen, slide)
            painter.end()
            name = f"00-attente-{number:02d}-{screen.slide.id}.png"
            fitted = self.renderer.layout(screen.slide).fitted
            self._write(image, name, Screen(name, "stand_attract", screen.slide.id, fitted))
            lesson.dispatch(Action(Intent.LOOP_NEXT))

    def _export_questions(self) -> None:
        quiz_set = self.quiz_set
        total = len(quiz_set.questions)
        layout = stand_layout(self.canvas)
        for number, question in enumerate(quiz_set.questions, start=1):
            prefix = f"{quiz_set.id}-{number:02d}-{question.id}"
            screens = (
                ("question", None, "question", Stage.ASKING),
                ("juste", question.answer_index, "feedback-right", Stage.ANSWERED),
                ("faux", 1 - question.answer_index, "feedback-wrong", Stage.ANSWERED),
            )
            for suffix, chosen, kind, stage in screens:
                screen = QuestionScreen(question, number, total, quiz_set.title, stage, chosen)
                picture = QuestionPicture(screen, layout)
                name = f"{prefix}-{suffix}.png"
                image = self.paint_canvas(partial(picture.paint, with_buttons=True))
                self._write(image, name, Screen(name, kind, question.id, picture.fitted))

    def _export_score(self) -> None:
        total = min(len(self.quiz_set.questions), self.per_visitor)
        score = (total + 1) // 2
        screen = StandScoreScreen(score, total, encouraging_message(score, total), self.web_address)
        picture = ScorePicture(screen, self.canvas.width(), self.canvas.height())
        name = f"{self.quiz_set.id}-score.png"
        image = self.paint_canvas(partial(picture.paint, with_buttons=True))
        self._write(image, name, Screen(name, "stand_score", self.quiz_set.id, picture.fitted))


def render_stand(deck_dir: Path | None, out_dir: Path, size: tuple[int, int]) -> int:
    from cmq_desktop.stand.settings import load_settings

    result = load_for_render(deck_dir)
    deck = result.deck
    playable = [s for s in deck.quiz_sets if s.questions] if deck is not None else []
    if deck is None or not playable:
        print("Rien à exporter : la présentation n’a pas de quiz jouable.", file=sys.stderr)
        return 1
    # The stand's own settings: its quiz set, its count and the address of its QR code.
    settings, _warnings = load_settings()
    chosen = next((s for s in playable if s.id == settings.quiz_set_id), playable[0])

    def make() -> StandExporter:
        assert deck is not None
        return StandExporter(
            deck,
            out_dir,
            QSize(*size),
            chosen,
            settings.campus_url,
            settings.questions_per_visitor,
        )

    if not write_screens(make, out_dir):
        return 1
    return 1 if result.errors else 0
