"""Which window goes on which screen, as a pure policy: screen geometries in, placement out.

The Qt shell calls ``place`` at start and whenever a screen is plugged in or unplugged
(``QGuiApplication.screenAdded``/``screenRemoved``); tests call it with lists of screens,
since no test platform can plug a screen in while a program runs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScreenInfo:
    name: str
    x: int
    y: int
    width: int
    height: int
    primary: bool = False

    @property
    def area(self) -> int:
        return self.width * self.height


@dataclass(frozen=True)
class Placement:
    audience: ScreenInfo
    console: ScreenInfo | None  # None: one screen, the console's content becomes an overlay

    @property
    def single_screen(self) -> bool:
        return self.console is None


def place(
    screens: list[ScreenInfo] | tuple[ScreenInfo, ...], preferred: str | None = None
) -> Placement:
    """The audience goes on ``preferred`` (a screen name the teacher chose or swapped to)
    when it is plugged in, else on the first screen that is not the primary one (the
    projector, as laptops make their own panel primary); the console on the primary."""
    if not screens:
        raise ValueError("no screen")
    if len(screens) == 1:
        return Placement(screens[0], None)
    chosen = next((s for s in screens if s.name == preferred), None) if preferred else None
    audience = chosen or next((s for s in screens if not s.primary), screens[-1])
    others = [s for s in screens if s != audience]
    console = next((s for s in others if s.primary), others[0])
    return Placement(audience, console)


def swapped(placement: Placement) -> str | None:
    """The preferred audience screen after the swap key: the console's screen."""
    return placement.console.name if placement.console is not None else None
