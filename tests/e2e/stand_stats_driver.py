"""A scripted stand visitor, for the kill test: plays sessions through the statistics store
exactly as the stand does, forever, until it is killed.

Usage: python stand_stats_driver.py DATABASE SEED

Prints ``ready`` once the store is open (``ready WARN ...`` if it reported a problem), then
``finished VISIT SCORE/TOTAL`` after the commit of each finished session.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from cmq_desktop.stats import StatsStore

QUESTIONS = tuple(f"q{number}" for number in range(1, 13))


def main(database: Path, seed: int) -> None:
    chooser = random.Random(seed)
    store = StatsStore.open(database)
    status = store.status()
    print("ready" if status.ok else "ready WARN " + " | ".join(status.warnings), flush=True)
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
            time.sleep(chooser.random() * 0.002)  # a (very fast) tap
        if store.record_finished(score, total):
            print(f"finished {visit} {score}/{total}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
