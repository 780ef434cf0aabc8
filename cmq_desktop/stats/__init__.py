"""The stand's anonymous statistics, in SQLite (pure Python: no Qt here).

API for the stand (one store per process, on the GUI thread; no method ever raises)::

    store = StatsStore.open()             # <data dir>/stand/stats.sqlite3; or .open(path)
    store.record_started(quiz_set_id, total)        # a visitor starts -> anonymous visit key
    store.record_answer(question_id, quiz_set_id, correct)   # each answered question
    store.record_finished(score, total)   # reached the score screen; True once on disk
    store.status()    # StoreStatus: .ok, .warnings (French, for the staff panel),
                      #   .path (None = in memory only), .failed_writes, .pending, .lost
    store.summary(day=None)   # Summary: .started .finished .score_distribution
                              #   (ScoreCount score/total/sessions) .per_question
                              #   (QuestionRate quiz_set_id/question_id/answers/right/.rate)
                              #   .average_score (0..1 or None); day = "YYYY-MM-DD"
    store.report()    # Report: .overall Summary, .per_day tuple of Summary
    store.current_visit       # key of the visit in progress, None between visitors
    store.reset()     # staff-confirmed: keeps a copy *.before-reset-*.sqlite3, then empties
    store.close()

    write_csv(report, path)  /  report_to_csv(report)  /  report_to_json(report)
    read_report(path)   # read-only, for tools: never creates nor changes the file;
                        #   raises UnreadableStats (French message)
    record_lesson(store, lesson) -> unsubscribe   # stats.engine_link: the engine's events

Each event is one transaction (WAL, ``synchronous=FULL``): a kill or a power cut loses at
most the event being written, never a finished session already recorded. A missing,
read-only or corrupt file never stops the stand: the store works in memory (or in a new
file, the corrupt one renamed aside) and says so in ``status().warnings``; a write refused
(full disk) is kept in memory and retried at the next event.
"""

from cmq_desktop.stats.export import report_to_csv, report_to_dict, report_to_json, write_csv
from cmq_desktop.stats.location import default_database_path, stand_dir
from cmq_desktop.stats.reading import UnreadableStats, read_report
from cmq_desktop.stats.report import QuestionRate, Report, ScoreCount, Summary
from cmq_desktop.stats.store import StatsStore, StoreStatus

__all__ = [
    "QuestionRate",
    "Report",
    "ScoreCount",
    "StatsStore",
    "StoreStatus",
    "Summary",
    "UnreadableStats",
    "default_database_path",
    "read_report",
    "report_to_csv",
    "report_to_dict",
    "report_to_json",
    "stand_dir",
    "write_csv",
]
