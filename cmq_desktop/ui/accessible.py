"""What screen readers get from the painted screens: names, descriptions, announcements.

A slide, a question or a score is painted, so Qt cannot read it: each view gives its
widget an accessible name (where we are, the title or the statement) and description
(the text in reading order), then ``describe`` tells the screen reader, which reads the
change out even though the keyboard focus did not move (an announcement, Qt 6.8+).
RGAA criteria 7.1 and 7.5 (status messages) ask for both.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

from cmq_desktop.content.inline import plain_text
from cmq_desktop.content.model import BulletList, Image, Paragraph, Slide
from cmq_desktop.i18n import translate


def slide_lines(slide: Slide) -> list[str]:
    """The slide's text in reading order: title, subtitle, paragraphs, items, images' alt."""
    lines = [slide.title_text]
    if slide.subtitle:
        lines.append(plain_text(slide.subtitle))
    for block in slide.blocks:
        if isinstance(block, Paragraph):
            lines.append(plain_text(block.spans))
        elif isinstance(block, BulletList):
            for number, item in enumerate(block.items, start=1):
                bullet = f"{number}." if block.ordered and item.level == 0 else "•"
                lines.append(f"{bullet} {plain_text(item.spans)}")
        elif isinstance(block, Image) and block.alt:
            lines.append(translate("accessible", "Image\u00a0: {alt}").format(alt=block.alt))
    return [line for line in lines if line.strip()]


def screen_lines(screen: object) -> list[str]:
    """A lesson screen's text for a screen reader: where it is, then what it shows."""
    from cmq_desktop.quiz.screens import SlideScreen, StartScreen

    if isinstance(screen, SlideScreen):
        lines = slide_lines(screen.slide)
        where = translate("slide", "Diapositive {number} sur {total} : {title}").format(
            number=screen.number, total=screen.total, title=lines[0] if lines else ""
        )
        return [where, *lines[1:]]
    if isinstance(screen, StartScreen):
        first = screen.first_slide
        return slide_lines(first) if first is not None else []
    from cmq_desktop.ui.classe.class_painter import shown_text

    return shown_text(screen)


def describe(widget: QWidget, name: str, description: str, announce: bool = True) -> None:
    """Set ``widget``'s accessible name and description; with ``announce``, have a screen
    reader read them now (the new screen), as a polite live region would."""
    changed = name != widget.accessibleName() or description != widget.accessibleDescription()
    # Qt's setters send NameChanged/DescriptionChanged themselves.
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    if changed and announce and QAccessible.isActive():
        message = f"{name}\n{description}" if description else name
        # Once the window shows the view (the views draw a screen before they are shown).
        QTimer.singleShot(0, widget, lambda: _announce(widget, message))


def _announce(widget: QWidget, message: str) -> None:
    if widget.isVisible():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))
