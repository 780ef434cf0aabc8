"""Windows that refuse to close until the program allows it.

The Classe audience and console windows and the Stand's kiosk must not vanish on Alt+F4
or the window manager's close button: the Classe shell asks the teacher first, the kiosk
only closes from the staff panel. The rule is written once here, as a mixin that comes
before ``QWidget`` in the window's bases.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent

if TYPE_CHECKING:  # type-checked as the QWidget it is mixed into
    from PySide6.QtWidgets import QWidget as _Window
else:
    _Window = object


class GuardedClose(_Window):
    allow_close = False  # set by the shell (or ``close_for_good``) when closing is meant

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.allow_close:
            event.accept()
            self.closing()
        else:
            event.ignore()
            self.close_refused()

    def close_for_good(self) -> bool:
        """Close now, whatever the guard says (the shell decided)."""
        self.allow_close = True
        return self.close()

    def close_refused(self) -> None:
        """A close that was not allowed: subclasses may ask the user; nothing by default."""

    def closing(self) -> None:
        """The allowed close: subclasses release what they hold (filters, timers)."""
