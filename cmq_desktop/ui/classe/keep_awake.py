"""Hold off display sleep and the screen saver while presenting (wakepy: Windows, macOS,
Linux). If no method works here, the lesson goes on and the log says so."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class KeepAwake:
    def __init__(self) -> None:
        self._mode: Any = None

    @property
    def active(self) -> bool:
        return bool(self._mode is not None and self._mode.active)

    def start(self) -> bool:
        if self._mode is not None:
            return self.active
        try:
            from wakepy import keep

            # wakepy logs every method it tries, in English; our own line says the outcome.
            logging.getLogger("wakepy").setLevel(logging.WARNING)
            mode = keep.presenting(on_fail="pass")
            mode.__enter__()
        except Exception as error:
            log.info("keep-awake unavailable: %s", error)
            return False
        self._mode = mode
        if mode.active:
            log.info("keep-awake on (%s)", mode.active_method)
        else:
            log.info("keep-awake unavailable: the screen may sleep during the lesson")
        return bool(mode.active)

    def stop(self) -> None:
        mode, self._mode = self._mode, None
        if mode is not None:
            try:
                mode.__exit__(None, None, None)
            except Exception as error:
                log.info("keep-awake release failed: %s", error)
            else:
                log.info("keep-awake off")
