"""The Stand mode in a real X11 window (Xvfb, no window manager, as on a bare kiosk
session): the first-start PIN, every exit attempt refused, a visitor by keys and one by
mouse clicks, the idle reset, a wrong then the right PIN, quit from the staff panel;
then ``stand-stats`` counts exactly the sessions played."""

from __future__ import annotations

import ctypes
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from cmq_desktop.content.loader import load_deck
from cmq_desktop.paths import default_deck_dir
from cmq_desktop.quiz.shortcuts import answer_letters
from tests.e2e.conftest import installed_command, program_env
from tests.e2e.x11 import require_tools as _require_tools
from tests.e2e.x11 import wait_for as _wait_for
from tests.e2e.x11 import xdotool as _xdotool

WIDTH, HEIGHT = 1280, 800  # the Xvfb screen of the ``display`` fixture
NAVY = (0x16, 0x32, 0x5C)  # the answer buttons and "Rejouer" (theme.NAVY)

# Run on the Xvfb display with Qt's xcb platform: what a visitor sees, as pixels.
_FIND_NAVY = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtGui import QColor, QGuiApplication
    app = QGuiApplication(sys.argv[:1])
    image = app.primaryScreen().grabWindow(0).toImage()
    target = QColor(*json.loads(sys.argv[1]))
    def navy(x, y):
        c = QColor(image.pixel(x, y))
        return max(abs(c.red() - target.red()), abs(c.green() - target.green()),
                   abs(c.blue() - target.blue())) < 6
    boxes = []
    for half in (0, 1):  # left and right halves of the screen
        columns = range(half * image.width() // 2, (half + 1) * image.width() // 2, 4)
        # A button's rows are widely navy; keep the lowest band of them (text lies above).
        rows = [y for y in range(0, image.height(), 4)
                if sum(navy(x, y) for x in columns) > float(sys.argv[2]) * len(columns)]
        band = [rows[-1]] if rows else []
        for y in reversed(rows[:-1]):
            if band[0] - y > 8:
                break
            band.insert(0, y)
        rows = band
        xs = [x for x in columns if rows and navy(x, rows[len(rows) // 2])]
        boxes.append([min(xs), min(rows), max(xs), max(rows)] if rows and xs else None)
    print(json.dumps(boxes))
    """
)


def _navy_boxes(display: str, share: float = 0.6) -> list[list[int] | None]:
    """The lowest navy button in each half of the screen: rows more than ``share`` navy."""
    result = subprocess.run(
        [sys.executable, "-c", _FIND_NAVY, json.dumps(NAVY), str(share)],
        env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


def _send_close_request(display: str, window: int) -> None:
    """WM_DELETE_WINDOW, what a window manager's close button or Alt+F4 sends."""
    x11 = ctypes.CDLL("libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.c_void_p,
    ]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = x11.XOpenDisplay(display.encode())
    assert connection

    class ClientMessage(ctypes.Structure):
        _fields_ = [
            ("type", ctypes.c_int),
            ("serial", ctypes.c_ulong),
            ("send_event", ctypes.c_int),
            ("display", ctypes.c_void_p),
            ("window", ctypes.c_ulong),
            ("message_type", ctypes.c_ulong),
            ("format", ctypes.c_int),
            ("data", ctypes.c_long * 5),
        ]

    class XEvent(ctypes.Union):
        _fields_ = [("client", ClientMessage), ("pad", ctypes.c_long * 24)]

    event = XEvent()
    event.client.type = 33  # ClientMessage
    event.client.window = window
    event.client.message_type = x11.XInternAtom(connection, b"WM_PROTOCOLS", 0)
    event.client.format = 32
    event.client.data[0] = x11.XInternAtom(connection, b"WM_DELETE_WINDOW", 0)
    event.client.data[1] = 0  # CurrentTime
    x11.XSendEvent(connection, window, 0, 0, ctypes.byref(event))
    x11.XFlush(connection)
    x11.XCloseDisplay(connection)


def test_a_day_at_the_stand(display: str, tmp_path: Path) -> None:
    _require_tools()
    deck = load_deck(default_deck_dir()).deck
    assert deck is not None
    questions = {q.id: q for q in deck.quiz_sets[0].questions}
    env = {
        **program_env(tmp_path),
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        # Long enough for a screen grab and a click, short enough to wait for.
        "CMQ_DESKTOP_STAND_IDLE_SECONDS": "10",
    }
    log = tmp_path / "data" / "logs" / "cmq-desktop.log"
    program = subprocess.Popen(
        [str(installed_command()), "--mode", "stand"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )

    def text() -> str:
        return log.read_text(encoding="utf-8") if log.exists() else ""

    def logged(line: str, after: int = 0, timeout: float = 15) -> int:
        """Wait for ``line`` in the log past offset ``after``; its end offset."""
        assert _wait_for(lambda: line in text()[after:], timeout=timeout), (line, text()[after:])
        return text().index(line, after) + len(line)

    def key(name: str) -> None:
        _xdotool(display, "key", "--clearmodifiers", name)

    def click(x: int, y: int, button: str = "1") -> None:
        _xdotool(display, "mousemove", str(x), str(y), "click", button)

    def geometry() -> str:
        return _xdotool(display, "getwindowgeometry", window)

    def fullscreen() -> bool:
        return _wait_for(lambda: f"Geometry: {WIDTH}x{HEIGHT}" in geometry(), timeout=10)

    def play_by_keys(after: int) -> tuple[int, int, int]:
        """Every question by its answer letter; returns (log offset, score, total)."""
        score = total = 0
        while True:
            _wait_for(lambda a=after: "QUESTION" in text()[a:] or "STAND_SCORE" in text()[a:])
            tail = text()[after:]
            if "screen STAND_SCORE" in tail:
                return after, score, total
            line = tail[tail.index("screen QUESTION") :].split("\n")[0]
            numbers, question_id, stage = line.split()[2:5]
            assert stage == "asking"
            question = questions[question_id]
            right = int(numbers.split("/")[0]) % 2 == 1
            index = question.answer_index if right else 1 - question.answer_index
            key(answer_letters(question.labels)[index].lower())
            after = logged(f"screen QUESTION {numbers} {question_id} answered", after)
            score += right
            total = int(numbers.split("/")[1])
            key("Return")

    try:
        assert _wait_for(
            lambda: _xdotool(display, "search", "--onlyvisible", "--name", "CMQ Desktop") != ""
        )
        window = _xdotool(display, "search", "--onlyvisible", "--name", "CMQ Desktop").split()[0]
        assert fullscreen(), geometry()
        # First start: staff choose the PIN, typed twice.
        at = logged("screen STAND_PIN_SETUP")
        assert _wait_for(lambda: _xdotool(display, "getwindowfocus") == window)
        for _ in range(2):
            _xdotool(display, "type", "2580")
            key("Return")
        at = logged("screen STAND_ATTRACT", at)

        # Every way out a visitor may try: nothing happens, the window stays fullscreen.
        for name in ("Escape", "alt+F4", "ctrl+q", "ctrl+w", "F11", "F1", "ctrl+o", "super"):
            key(name)
        click(WIDTH // 2, HEIGHT // 2, "3")  # right click: no menu
        _send_close_request(display, int(window))
        _xdotool(display, "windowsize", window, "400", "300")
        _xdotool(display, "windowminimize", window)
        time.sleep(1)
        assert program.poll() is None
        assert fullscreen(), geometry()
        assert "screen QUESTION" not in text()[at:]  # not even a quiz started

        # A visitor with the keyboard: any key starts.
        key("space")
        at, score, total = play_by_keys(at)
        at = logged(f"screen STAND_SCORE {score}/{total}", at)
        # They walk away: a countdown, then back to the attract loop.
        at = logged("stand: idle countdown shown", at)
        at = logged("screen STAND_ATTRACT", at)

        # A visitor with the mouse: a click starts, the buttons answer, a click goes on.
        click(WIDTH // 2, HEIGHT // 3)
        at = logged("screen QUESTION 1/", at)
        mouse_score = mouse_total = 0
        while "screen STAND_SCORE" not in text()[at:]:
            boxes = _navy_boxes(display)
            assert boxes[0] and boxes[1], boxes  # two answer buttons
            left = boxes[0]
            click((left[0] + left[2]) // 2, (left[1] + left[3]) // 2)  # the first answer
            end = logged(" answered", at)
            line = text()[:end].rsplit("screen QUESTION ", 1)[1]
            numbers, question_id, _ = line.split()
            mouse_score += questions[question_id].answer_index == 0
            mouse_total = int(numbers.split("/")[1])
            at = end
            click(WIDTH // 2, 20)  # a tap anywhere on the feedback goes on
            assert _wait_for(
                lambda a=at: "asking" in text()[a:] or "STAND_SCORE" in text()[a:], timeout=10
            )
        at = logged(f"screen STAND_SCORE {mouse_score}/{mouse_total}", at)
        replay = [box for box in _navy_boxes(display, 0.3) if box]
        assert replay, "the Rejouer button"
        box = replay[0]
        click((box[0] + box[2]) // 2, (box[1] + box[3]) // 2)  # "Rejouer"
        at = logged("screen QUESTION 1/", at)
        at = logged("screen STAND_ATTRACT", at)  # left alone: reset, never finished

        # Staff: a wrong PIN, then the right one, then quit from the panel.
        key("ctrl+alt+s")
        at = logged("screen STAND_PIN", at)
        _xdotool(display, "type", "1111")
        key("Return")
        at = logged("stand: staff PIN refused", at)
        _xdotool(display, "type", "2580")
        key("Return")
        at = logged("screen STAND_STAFF", at)
        save = _navy_boxes(display, 0.2)[0]  # "Enregistrer les réglages", in the buttons row
        assert save is not None
        click(WIDTH - 60, (save[1] + save[3]) // 2)  # the row's last button: quit
        assert program.wait(timeout=30) == 0
    finally:
        if program.poll() is None:
            os.killpg(program.pid, signal.SIGKILL)
        _, stderr = program.communicate(timeout=30)
    assert "Traceback" not in stderr, stderr

    result = subprocess.run(
        [str(installed_command()), "stand-stats", "--json"],
        env=program_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    stats = json.loads(result.stdout)
    # Three sessions started (keys, mouse, "Rejouer"), two reached their score.
    assert (stats["started"], stats["finished"]) == (3, 2)
    played = [
        (c["score"], c["total"]) for c in stats["score_distribution"] for _ in range(c["sessions"])
    ]
    assert sorted(played) == sorted([(score, total), (mouse_score, mouse_total)])
    answers = sum(q["answers"] for q in stats["per_question"])
    assert answers == total + mouse_total
