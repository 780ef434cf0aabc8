"""``cmq-desktop render --mode classe``: the audience and console pictures of every step of
a Classe lesson (start, each slide, each question shown, locked and revealed, scoreboards,
podium, class results), so a lesson can be reviewed without a projector.

The class's answers are made up (the same each run) so that the hands split, the team
chips, the scoreboard and the podium show; the windows' own painters draw everything.
"""

from __future__ import annotations

import json
import os
import random
import re
import sys
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from cmq_desktop.content.loader import load_deck
from cmq_desktop.content.model import Deck
from cmq_desktop.modes.classe_settings import ClasseSettings
from cmq_desktop.paths import default_deck_dir
from cmq_desktop.quiz.actions import Action, Intent
from cmq_desktop.quiz.class_round import ClassRound
from cmq_desktop.quiz.class_screens import AnswerEntry, ClassQuestionScreen
from cmq_desktop.quiz.lesson import Lesson
from cmq_desktop.quiz.screens import LessonState, Stage
from cmq_desktop.ui.classe.audience_painter import AudiencePainter
from cmq_desktop.ui.classe.console import ConsoleWindow
from cmq_desktop.ui.slide_renderer import SlideRenderer

CLASS_SIZE = 24  # pupils, for the made-up show of hands
MAX_STEPS = 5000


@dataclass(frozen=True)
class Picture:
    file: str
    console_file: str
    kind: str
    id: str
    fitted: bool
    scrolls: bool = False


def _name(number: int, state: LessonState) -> str:
    # Letters, digits and dashes only: the names must be valid on Windows too.
    words = re.sub(r"[^a-z0-9]+", " ", state.screen.log_line.lower()).split()
    kept = words[:5]
    if isinstance(state.screen, ClassQuestionScreen) and len(words) > 5:
        kept.append(words[-1])  # the stage (shown, locked, revealed) after a long id
    return f"{number:03d}-" + "-".join(kept)


def _made_up_answers(lesson: Lesson, state: LessonState) -> None:
    screen = state.screen
    if not isinstance(screen, ClassQuestionScreen) or screen.stage is not Stage.LOCKED:
        return
    n, right = screen.number, screen.question.answer_index
    if screen.entry is AnswerEntry.HANDS:
        good = 12 + (5 * n) % 11
        counts = [CLASS_SIZE - good, CLASS_SIZE - good]
        counts[right] = good
        lesson.dispatch(Action(Intent.SET_HANDS, f"{counts[0]}:{counts[1]}"))
    elif screen.entry is AnswerEntry.TEAMS:
        for team in range(len(screen.teams)):
            # Teams err on different questions, so the scoreboard and podium differ.
            choice = 1 - right if (n + team) % (team + 2) == 0 else right
            lesson.dispatch(Action(Intent.SET_TEAM_ANSWER, f"{team}:{choice}"))


class ClasseExporter:
    def __init__(
        self, deck: Deck, out_dir: Path, size: QSize, console_size: QSize, settings: ClasseSettings
    ) -> None:
        self.deck = deck
        self.out_dir = out_dir
        self.size = size
        self.console_size = console_size
        self.settings = settings
        renderer = SlideRenderer()
        self.audience = AudiencePainter(renderer, settings.text_scale)
        self.console = ConsoleWindow(AudiencePainter(renderer), settings.notes_size)
        self.console.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.console.resize(console_size)
        self.console.set_audience_size(size)
        self.console.show()
        self.pictures: list[Picture] = []

    def _save(self, state: LessonState) -> None:
        name = _name(len(self.pictures) + 1, state)
        image = QImage(self.size, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        self.audience.paint(painter, self.size, state.screen, state.blackout)
        painter.end()
        fitted = self.audience.fitted(state.screen)
        audience_file, console_file = f"{name}-audience.png", f"{name}-console.png"
        if not image.save(str(self.out_dir / audience_file)):
            raise OSError(f"impossible d’écrire {self.out_dir / audience_file}")
        self.console.show_state(state)
        QApplication.processEvents()
        # The console draws its "next" preview once the current picture is painted: paint
        # it once and let the preview follow, or the first picture shows "Fin" as next.
        self.console.grab()
        QApplication.processEvents()
        if not self.console.grab().save(str(self.out_dir / console_file), "PNG"):
            raise OSError(f"impossible d’écrire {self.out_dir / console_file}")
        screen = state.screen
        screen_id = getattr(getattr(screen, "slide", None), "id", None) or getattr(
            getattr(screen, "question", None), "id", screen.kind
        )
        kind = screen.kind
        if isinstance(screen, ClassQuestionScreen):
            kind = f"question-{screen.stage.value}"
        self.pictures.append(Picture(audience_file, console_file, kind, str(screen_id), fitted))

    def export_all(self) -> None:
        lesson = Lesson(
            self.deck, ClassRound.factory(self.settings.round_settings()), random.Random(1)
        )
        for set_index, quiz_set in enumerate(s for s in self.deck.quiz_sets if s.questions):
            if set_index:
                lesson.dispatch(Action(Intent.START_QUIZ, quiz_set.id))
            for _ in range(MAX_STEPS):
                state = lesson.state
                _made_up_answers(lesson, state)
                self._save(lesson.state)
                before = lesson.state
                lesson.dispatch(Action(Intent.NEXT))
                if lesson.state == before:
                    break
        self.console.close()

    def write_report(self) -> Path:
        report = {
            "deck": str(self.deck.root),
            "mode": "classe",
            "size": [self.size.width(), self.size.height()],
            "console_size": [self.console_size.width(), self.console_size.height()],
            "all_fitted": all(p.fitted for p in self.pictures),
            "screens": [asdict(p) for p in self.pictures],
        }
        path = self.out_dir / "report.json"
        path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
        return path


def render_classe(
    deck_dir: Path | None,
    out_dir: Path,
    size: tuple[int, int],
    console_size: tuple[int, int],
    entry: str | None = None,
) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from cmq_desktop.ui.app import create_application
    from cmq_desktop.ui.classe.settings_store import load_settings

    create_application()
    result = load_deck(deck_dir or default_deck_dir())
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.deck is None:
        print("Rien à exporter\u00a0: la présentation est inutilisable.", file=sys.stderr)
        return 1
    settings = load_settings()
    if entry is not None:
        settings = replace(settings, entry=AnswerEntry(entry))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        exporter = ClasseExporter(
            result.deck, out_dir, QSize(*size), QSize(*console_size), settings
        )
        exporter.export_all()
        report = exporter.write_report()
    except OSError as error:
        print(f"Erreur d’écriture\u00a0: {error}", file=sys.stderr)
        return 1
    for picture in exporter.pictures:
        if not picture.fitted:
            print(f"{picture.file}: le texte déborde même à la taille minimale", file=sys.stderr)
    count = len(exporter.pictures)
    print(f"{count} étapes écrites dans {out_dir} (projection et console, {report.name}).")
    return 1 if result.errors else 0
