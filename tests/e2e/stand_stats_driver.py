"""A scripted stand visitor, for the kill test: plays sessions forever, until killed.

Usage: python stand_stats_driver.py DATABASE SEED store|engine

``store`` calls the statistics store's API directly; ``engine`` plays a real ``Lesson``
by intents, the store subscribed to its events (``stats.engine_link``), as the stand is.
Prints ``ready`` once the store is open (``ready WARN ...`` if it reported a problem),
then ``finished VISIT SCORE/TOTAL`` after the commit of each finished session.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from cmq_desktop.stats import StatsStore

QUESTIONS = tuple(f"q{number}" for number in range(1, 13))


def tap() -> None:
    time.sleep(random.random() * 0.002)  # a (very fast) visitor


def play_with_the_store(store: StatsStore, chooser: random.Random) -> None:
    while True:
        total = chooser.randint(3, 8)
        quiz_set = chooser.choice(("quiz", "quiz-approfondi"))
        visit = store.record_started(quiz_set, total)
        if chooser.random() < 0.15:
            continue  # walked away: the next visitor starts
        score = 0
        for question in chooser.sample(QUESTIONS, total):
            correct = chooser.random() < 0.6
            score += correct
            store.record_answer(question, quiz_set, correct)
            tap()
        if store.record_finished(score, total):
            print(f"finished {visit} {score}/{total}", flush=True)


def small_deck() -> object:
    from cmq_desktop.content.model import Deck, Layout, Question, QuizSet, Slide, Span

    slide = Slide("s1", (Span("Les CMQ"),), (), Layout.BULLETS, (), "", "presentation.md", 1)
    questions = tuple(
        Question(q, f"Énoncé {q}", ("Vrai", "Faux"), "Vrai", "Parce que.", None, "quiz.txt", 1)
        for q in QUESTIONS[:6]
    )
    return Deck(Path("."), (slide,), (QuizSet("quiz", "Le quiz", questions, "quiz.txt"),))


def play_through_the_engine(store: StatsStore, chooser: random.Random, ready: str) -> None:
    from cmq_desktop.quiz.actions import Action, Intent
    from cmq_desktop.quiz.lesson import Lesson
    from cmq_desktop.quiz.pupil_quiz import PupilQuiz
    from cmq_desktop.quiz.screens import QuestionScreen
    from cmq_desktop.stats.engine_link import record_lesson

    lesson = Lesson(small_deck(), PupilQuiz, rng=chooser)  # type: ignore[arg-type]
    record_lesson(store, lesson, mode=None)
    visits: list[str | None] = []
    lesson.session_started.connect(lambda _event: visits.append(store.current_visit))

    def finished(event: object) -> None:
        # Called after the store's own callback: the session is committed, unless the
        # store had to keep it in memory.
        if store.status().pending == 0:
            score = getattr(event, "score", None)
            print(f"finished {visits[-1]} {score}/{getattr(event, 'total', None)}", flush=True)

    lesson.session_finished.connect(finished)
    print(ready, flush=True)
    while True:
        lesson.dispatch(Action(Intent.START_QUIZ, "quiz"))
        walks_away = chooser.random() < 0.15
        while isinstance(lesson.screen, QuestionScreen):
            lesson.dispatch(Action(Intent.ANSWER, 0 if chooser.random() < 0.6 else 1))
            tap()
            if walks_away and chooser.random() < 0.3:
                break
            lesson.dispatch(Action(Intent.NEXT))
        lesson.dispatch(Action(Intent.HOME))


def main(database: Path, seed: int, via: str) -> None:
    chooser = random.Random(seed)
    store = StatsStore.open(database)
    status = store.status()
    ready = "ready" if status.ok else "ready WARN " + " | ".join(status.warnings)
    if via == "engine":
        play_through_the_engine(store, chooser, ready)
    else:
        print(ready, flush=True)
        play_with_the_store(store, chooser)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
