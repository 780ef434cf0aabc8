"""``cmq-desktop render``: every screen as a PNG, drawn by the painters the windows use."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter

from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import Deck, LoadResult, Question, QuizSet
from cmq_desktop.paths import default_deck_dir
from cmq_desktop.progress import Progress, screen_count
from cmq_desktop.quiz.lesson import Lesson
from cmq_desktop.quiz.pupil_quiz import PupilQuiz
from cmq_desktop.quiz.screens import QuestionScreen, ResultEntry, ResultsScreen, Stage
from cmq_desktop.quiz.session import QuizSession
from cmq_desktop.ui import theme
from cmq_desktop.ui.canvas import canvas_transform
from cmq_desktop.ui.image_check import image_problem
from cmq_desktop.ui.question_painter import QuestionPicture
from cmq_desktop.ui.results_painter import ResultsPicture
from cmq_desktop.ui.slide_renderer import SlideRenderer
from cmq_desktop.ui.start_view import StartView


@dataclass(frozen=True)
class Screen:
    file: str
    kind: str  # start, slide, question, feedback-right, feedback-wrong, results
    id: str
    fitted: bool
    scrolls: bool = False  # results on more than one page
    page: int = 1


class ScreenExporter:
    """Draws every screen with the painters the windows use, straight into images."""

    def __init__(self, deck: Deck, out_dir: Path, size: QSize) -> None:
        self.deck = deck
        self.out_dir = out_dir
        self.size = size
        self.renderer = SlideRenderer()
        self.screens: list[Screen] = []
        self.progress = Progress(screen_count(deck), "Écrans exportés")

    def _write(self, image: QImage, name: str, screen: Screen) -> None:
        path = self.out_dir / name
        if not image.save(str(path)):  # PNG, from the suffix
            raise OSError(f"impossible d’écrire {path}")
        self.screens.append(screen)
        self.progress.step()

    def _paint(self, paint: Callable[[QPainter], None]) -> QImage:
        """An image of the output size with the canvas letterboxed, as a window shows it."""
        image = QImage(self.size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(theme.LETTERBOX)
        painter = QPainter(image)
        painter.setTransform(canvas_transform(self.size))
        paint(painter)
        painter.end()
        return image

    def export_all(self) -> None:
        start = StartView(self.renderer)
        start.resize(self.size)
        start.show_screen(Lesson(self.deck, PupilQuiz).start_screen())
        # The start screen is the window's own view: its buttons are part of the picture.
        fitted = start.cover is None or self.renderer.layout(start.cover).fitted
        self._write(
            start.grab().toImage(),
            "00-accueil.png",
            Screen("00-accueil.png", "start", "accueil", fitted),
        )
        total = len(self.deck.slides)
        for number, slide in enumerate(self.deck.slides, start=1):
            name = f"{number:02d}-diapo-{slide.id}.png"
            image = self._paint(
                partial(self.renderer.paint, slide=slide, number=number, total=total)
            )
            fitted = self.renderer.layout(slide).fitted
            self._write(image, name, Screen(name, "slide", slide.id, fitted))
        for quiz_set in self.deck.quiz_sets:
            if quiz_set.questions:
                self._export_quiz(quiz_set)

    def _export_quiz(self, quiz_set: QuizSet) -> None:
        total = len(quiz_set.questions)
        for number, question in enumerate(quiz_set.questions, start=1):
            prefix = f"{quiz_set.id}-{number:02d}-{question.id}"
            can_review = (
                question.slide_id is not None
                and self.deck.slide_index(question.slide_id) is not None
            )
            screens = (
                ("question", None, "question", Stage.ASKING),
                ("juste", question.answer_index, "feedback-right", Stage.ANSWERED),
                ("faux", 1 - question.answer_index, "feedback-wrong", Stage.ANSWERED),
            )
            for suffix, chosen, kind, stage in screens:
                screen = QuestionScreen(
                    question, number, total, quiz_set.title, stage, chosen, can_review
                )
                picture = QuestionPicture(screen)
                name = f"{prefix}-{suffix}.png"
                image = self._paint(partial(picture.paint, with_buttons=True))
                self._write(image, name, Screen(name, kind, question.id, picture.fitted))
        self._export_results(quiz_set)

    def _export_results(self, quiz_set: QuizSet) -> None:
        session = QuizSession(quiz_set.questions)
        # Alternate right and wrong answers so both kinds of result card are shown.
        for number, question in enumerate(quiz_set.questions):
            session.answer(_answer(question, right=number % 2 == 0))
            session.advance()
        results = ResultsPicture(
            ResultsScreen(
                quiz_set.title,
                tuple(ResultEntry(n, r) for n, r in enumerate(session.records, start=1)),
                session.score,
                session.total,
                can_retry=bool(session.wrong_questions()),
            )
        )
        pages = len(results.pages)
        for page in range(pages):
            suffix = "" if page == 0 else f"-{page + 1}"
            name = f"{quiz_set.id}-resultats{suffix}.png"
            image = self._paint(partial(results.paint, page=page, with_buttons=True))
            self._write(
                image,
                name,
                Screen(name, "results", quiz_set.id, results.fitted, pages > 1, page + 1),
            )

    def write_report(self) -> Path:
        report = {
            "deck": str(self.deck.root),
            "size": [self.size.width(), self.size.height()],
            "all_fitted": all(s.fitted for s in self.screens),
            "screens": [s.__dict__ for s in self.screens],
        }
        path = self.out_dir / "report.json"
        path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        return path


def _answer(question: Question, right: bool) -> int:
    return question.answer_index if right else 1 - question.answer_index


def load_for_render(deck_dir: Path | None) -> LoadResult:
    """The deck to draw, its problems printed; the application made (no display needed:
    offscreen unless the caller chose a platform). Every ``render --mode`` starts here."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from cmq_desktop.ui.app import create_application

    create_application()
    result = load_deck(deck_dir or default_deck_dir(), image_problem)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    return result


def write_screens(make: Callable[[], ScreenExporter], out_dir: Path) -> bool:
    """Export every screen into ``out_dir`` with its report; False (said in French) when
    the folder cannot be written."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        exporter = make()
        exporter.export_all()
        report = exporter.write_report()
    except OSError as error:
        print(f"Erreur d’écriture : {error}", file=sys.stderr)
        return False
    overflowing = [s for s in exporter.screens if not s.fitted]
    for screen in overflowing:
        print(f"{screen.file}: le texte déborde même à la taille minimale", file=sys.stderr)
    print(f"{len(exporter.screens)} écrans écrits dans {out_dir} ({report.name}).")
    return True


def render_all(deck_dir: Path | None, out_dir: Path, size: tuple[int, int]) -> int:
    result = load_for_render(deck_dir)
    deck = result.deck
    if deck is None:
        print("Rien à exporter : la présentation est inutilisable.", file=sys.stderr)
        return 1
    if not write_screens(lambda: ScreenExporter(deck, out_dir, QSize(*size)), out_dir):
        return 1
    return 1 if result.errors else 0
