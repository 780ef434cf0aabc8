"""A scripted stand visitor, for the kill test: plays sessions forever, until killed.

Usage: python stand_stats_driver.py DATABASE SEED store|engine

``store`` calls the statistics store's API directly; ``engine`` plays the stand's own
``StandKiosk`` by intents, the store subscribed to its events (``stats.engine_link``).
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
    """The stand's own engine: the kiosk (attract loop, visitor run, idle reset) with the
    store subscribed to its events, exactly as ``ui/stand/shell.py`` wires them."""
    from cmq_desktop.modes.stand_kiosk import KioskSettings, StandKiosk
    from cmq_desktop.quiz.actions import Action, Intent
    from cmq_desktop.quiz.events import SessionFinished
    from cmq_desktop.quiz.screens import QuestionScreen
    from cmq_desktop.quiz.visitor_run import StandScoreScreen
    from cmq_desktop.stats.engine_link import record_lesson

    settings = KioskSettings(question_count=chooser.randint(3, 6))
    kiosk = StandKiosk(small_deck(), settings, time.monotonic, rng=chooser)  # type: ignore[arg-type]
    record_lesson(store, kiosk)
    visits: list[str | None] = []
    kiosk.session_started.connect(lambda _event: visits.append(store.current_visit))

    def finished(event: SessionFinished) -> None:
        # Called after the store's own callback: the session is committed, unless the
        # store had to keep it in memory.
        if store.status().pending == 0:
            print(f"finished {visits[-1]} {event.score}/{event.total}", flush=True)

    kiosk.session_finished.connect(finished)
    print(ready, flush=True)
    while True:
        kiosk.dispatch(Action(Intent.NEXT))  # a touch on the attract loop
        walks_away = chooser.random() < 0.15
        while isinstance(kiosk.state.screen, QuestionScreen | StandScoreScreen):
            if isinstance(kiosk.state.screen, StandScoreScreen):
                if chooser.random() < 0.3:  # "Rejouer": a new visitor session
                    kiosk.dispatch(Action(Intent.RESTART_SHUFFLED))
                    continue
                break
            kiosk.dispatch(Action(Intent.ANSWER, 0 if chooser.random() < 0.6 else 1))
            tap()
            if walks_away and chooser.random() < 0.3:
                break
            kiosk.dispatch(Action(Intent.NEXT))
        kiosk.reset()  # what the idle timeout does


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
