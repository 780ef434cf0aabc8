"""The class results of a class round: each question's success rate, and the teams' ranking."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from cmq_desktop.i18n import translate
from cmq_desktop.quiz.class_screens import ClassResultsScreen
from cmq_desktop.ui import theme
from cmq_desktop.ui.classe.class_canvas import MARGIN, W, fit_font, paint_header


def paint_class_results(painter: QPainter, screen: ClassResultsScreen, height: int) -> None:
    overall = screen.overall_rate
    right = ""
    if overall is not None:
        right = translate("class", "Réussite\u00a0: {percent}\u00a0%").format(
            percent=round(overall * 100)
        )
    title = translate("class", "Résultats de la classe · {quiz}").format(quiz=screen.set_title)
    paint_header(painter, title, right)
    teams = bool(screen.standings)
    table_w = (W - 2 * MARGIN) * (0.64 if teams else 1.0)
    rows = screen.results
    top = 150.0
    row_h = min(190.0, (height - top - 40) / max(1, len(rows)))
    size = max(36.0, min(44.0, row_h * 0.4))
    for index, result in enumerate(rows):
        row = QRectF(MARGIN, top + index * row_h, table_w, row_h - 12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.PAPER)
        painter.drawRoundedRect(row, 16, 16)
        painter.setPen(theme.NAVY)
        painter.setFont(theme.font(size, bold=True))
        number_box = QRectF(row.x() + 16, row.y(), 100, row.height())
        painter.drawText(number_box, Qt.AlignmentFlag.AlignCenter, f"Q{result.number}")
        rate = result.rate
        rate_text = "—" if rate is None else f"{round(rate * 100)}\u00a0%"
        rate_box = QRectF(row.right() - 180, row.y(), 160, row.height())
        painter.drawText(
            rate_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, rate_text
        )
        bar = QRectF(rate_box.left() - 220, row.center().y() - 16, 200, 32)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.TEAL_LIGHT)
        painter.drawRoundedRect(bar, 16, 16)
        if rate:
            painter.setBrush(theme.RIGHT if rate >= 0.5 else theme.WRONG)
            painter.drawRoundedRect(
                QRectF(bar.x(), bar.y(), bar.width() * rate, bar.height()), 16, 16
            )
        text_box = QRectF(
            number_box.right() + 16,
            row.y() + 6,
            bar.left() - number_box.right() - 40,
            row.height() - 12,
        )
        painter.setPen(theme.INK)
        _wrapped(painter, result.question.statement, text_box, size)
    if teams:
        x = MARGIN + table_w + 40
        box = QRectF(x, top, W - MARGIN - x, height - top - 40)
        painter.setPen(theme.NAVY)
        painter.setFont(theme.font(46, bold=True))
        painter.drawText(
            QRectF(box.x(), box.y(), box.width(), 70),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            translate("class", "Classement"),
        )
        line_h = min(90.0, (box.height() - 80) / len(screen.standings))
        for index, standing in enumerate(screen.standings):
            line = QRectF(box.x(), box.y() + 80 + index * line_h, box.width(), line_h)
            text = f"{standing.rank}. {standing.name}"
            painter.setPen(theme.INK)
            painter.setFont(fit_font(text, 42, line.width() - 130, bold=True))
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            painter.setFont(theme.font(42, bold=True))
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{standing.score}",
            )


def _wrapped(painter: QPainter, text: str, box: QRectF, size: float) -> None:
    """``text`` on up to two lines in ``box``, shrunk to the 36 px floor, then elided."""
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    while True:
        font = theme.font(size)
        metrics = QFontMetricsF(font)
        needed = metrics.boundingRect(box, flags | Qt.TextFlag.TextWordWrap, text)
        if needed.height() <= box.height() and needed.width() <= box.width():
            painter.setFont(font)
            painter.drawText(box, flags | Qt.TextFlag.TextWordWrap, text)
            return
        if size <= 36:
            break
        size = max(36.0, size * 0.94)
    painter.setFont(font)
    painter.drawText(box, flags, metrics.elidedText(text, Qt.TextElideMode.ElideRight, box.width()))
