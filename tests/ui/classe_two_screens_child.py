"""Run by ``test_classe_screens.py`` in its own process, on the offscreen platform with a
screen configuration file (the platform reads it once, at start): prints JSON facts."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from cmq_desktop.content.loader import load_deck
from cmq_desktop.modes.classe_settings import ClasseSettings
from cmq_desktop.paths import default_deck_dir
from cmq_desktop.ui.app import create_application
from cmq_desktop.ui.classe import shell as shell_module
from cmq_desktop.ui.classe.screens_ui import ScreenChooser, screen_infos
from cmq_desktop.ui.classe.shell import ClasseShell


def geometry(widget) -> list[int]:
    g = widget.geometry()
    return [g.x(), g.y(), g.width(), g.height()]


def facts(shell: ClasseShell) -> dict[str, object]:
    QApplication.processEvents()
    return {
        "audience": geometry(shell.audience),
        "audience_screen": shell.audience.screen().name(),
        "audience_fullscreen": shell.audience.isFullScreen(),
        "console_visible": shell.console.isVisible(),
        "console_screen": shell.console.screen().name(),
        "console": geometry(shell.console),
    }


def main() -> None:
    settings_file = Path(sys.argv[1])
    create_application()
    deck = load_deck(default_deck_dir()).deck
    assert deck is not None
    shell = ClasseShell(deck, ClasseSettings(), settings_file, random.Random(1))
    shell.start(choose_screen=False)
    out: dict[str, object] = {"start": facts(shell)}
    shell.handle_key("S")  # swap the screens
    out["swapped"] = facts(shell)
    shell.handle_key("S")
    # The projector is unplugged, then plugged in again: Qt announces each change with
    # screenRemoved/screenAdded; the platform cannot, so the list of screens is replaced.
    real = shell_module.screen_infos
    shell_module.screen_infos = lambda: [s for s in real() if s.primary]
    shell.place_windows()
    out["unplugged"] = facts(shell)
    shell_module.screen_infos = real
    shell.place_windows()
    out["plugged"] = facts(shell)
    # The chooser at start: "identifier les écrans" draws each screen's number on it, and
    # picking the laptop for the class moves the audience there.
    chooser = ScreenChooser(screen_infos(), "projector")
    chooser.chosen.connect(shell.set_audience_screen)
    chooser.identify()
    QApplication.processEvents()
    out["identify"] = [[w.number, w.screen().name(), *geometry(w)] for w in chooser._identify]
    chooser.group.button(0).setChecked(True)
    chooser.accept()
    out["chosen"] = facts(shell)
    for window in chooser._identify:
        window.close()
    shell.quit()
    print(json.dumps(out))


if __name__ == "__main__":
    main()
