"""Draws a QR code with QPainter: no image file, no network, crisp at any size."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from cmq_desktop.stand.qr import QUIET_ZONE, QrModules, qr_modules

DARK = QColor(0, 0, 0)
LIGHT = QColor(255, 255, 255)  # a QR code needs black on white, whatever the theme


def qr_geometry(box: QRectF, modules: QrModules) -> tuple[float, float, float]:
    """(left, top, module side) of the code, quiet zone included, centred in ``box``.

    Whole pixels per module when the box allows it, so that every module has the same
    size and no edge is blurred (a phone reads that best)."""
    count = modules.size + 2 * QUIET_ZONE
    side = min(box.width(), box.height())
    module = side / count
    whole = module >= 1
    if whole:
        module = float(int(module))
    full = module * count
    left = box.x() + (box.width() - full) / 2 + QUIET_ZONE * module
    top = box.y() + (box.height() - full) / 2 + QUIET_ZONE * module
    if whole:  # module edges on pixel edges
        left, top = float(int(left)), float(int(top))
    return left, top, module


def paint_qr(painter: QPainter, box: QRectF, text: str) -> None:
    """The QR code of ``text`` in the largest square that fits ``box``."""
    modules = qr_modules(text)
    left, top, module = qr_geometry(box, modules)
    quiet = QUIET_ZONE * module
    full = module * (modules.size + 2 * QUIET_ZONE)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(QRectF(left - quiet, top - quiet, full, full), LIGHT)
    painter.setBrush(DARK)
    for y, row in enumerate(modules.rows):
        x = 0
        while x < modules.size:  # one rectangle per run of dark modules
            if not row[x]:
                x += 1
                continue
            start = x
            while x < modules.size and row[x]:
                x += 1
            run = QRectF(left + start * module, top + y * module, (x - start) * module, module)
            painter.drawRect(run)
    painter.restore()
