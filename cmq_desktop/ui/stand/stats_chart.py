"""The staff panel's chart, drawn with QPainter (QtCharts would bring PySide6-Addons, a
large download, into the bundle for two bar charts): how many visitors reached each
score, and the share of right answers per question."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from cmq_desktop.i18n import translate
from cmq_desktop.stats.report import Summary
from cmq_desktop.ui import theme


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # 0.0 to 1.0 of the chart's height or width
    text: str  # the figure written on the bar


def score_bars(summary: Summary) -> list[Bar]:
    """One bar per score reached ("3/5"), in score order, as a share of the tallest."""
    counts: dict[tuple[int, int], int] = {}
    for count in summary.score_distribution:
        key = (count.total, count.score)
        counts[key] = counts.get(key, 0) + count.sessions
    highest = max(counts.values(), default=0)
    return [
        Bar(f"{score}/{total}", sessions / highest, str(sessions))
        for (total, score), sessions in sorted(counts.items())
    ]


Statements = Mapping[tuple[str, str], str]  # (set id, question id) -> statement


def question_bars(
    summary: Summary, statements: Statements | None = None, limit: int = 12
) -> list[Bar]:
    """The share of right answers per question, the hardest first (the report's point),
    each named by its statement (staff do not know the ids; the chart shortens it)."""
    known = statements or {}
    rates = sorted(summary.per_question, key=lambda q: (q.rate, q.question_id))[:limit]
    return [
        Bar(
            known.get((q.quiz_set_id, q.question_id), q.question_id),
            q.rate,
            f"{round(q.rate * 100)}\u00a0%",
        )
        for q in rates
    ]


class StatsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scores: list[Bar] = []
        self.questions: list[Bar] = []
        self.setMinimumHeight(160)

    def set_summary(self, summary: Summary, statements: Statements | None = None) -> None:
        self.scores = score_bars(summary)
        self.questions = question_bars(summary, statements)
        self.setAccessibleDescription(
            translate("staff", "Scores : {scores}").format(
                scores=", ".join(f"{b.label} : {b.text}" for b in self.scores)
            )
            + "\n"
            + "\n".join(f"{b.label} : {b.text}" for b in self.questions)
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), theme.PAPER)
        if self.height() > self.width():
            # A portrait screen: one chart above the other, each the full width, so the
            # statements and figures are not squeezed into half a narrow screen.
            u = max(0.6, min(self.width() / 800, self.height() / 720))
            gap = 30 * u
            half = (self.height() - 3 * gap) / 2
            left = QRectF(gap, gap, self.width() - 2 * gap, half)
            right = QRectF(gap, 2 * gap + half, self.width() - 2 * gap, half)
        else:
            u = max(0.6, min(self.width() / 1100, self.height() / 360))
            gap = 30 * u
            half = (self.width() - 3 * gap) / 2
            left = QRectF(gap, gap / 2, half, self.height() - gap)
            right = QRectF(2 * gap + half, gap / 2, half, self.height() - gap)
        self._columns(painter, left, translate("staff", "Visiteurs par score"), self.scores, u)
        self._rows(
            painter, right, translate("staff", "Bonnes réponses par question"), self.questions, u
        )
        painter.end()

    def _title(self, painter: QPainter, box: QRectF, title: str, u: float) -> QRectF:
        painter.setPen(theme.NAVY)
        painter.setFont(theme.font(26 * u, bold=True))
        painter.drawText(
            QRectF(box.x(), box.y(), box.width(), 40 * u), Qt.AlignmentFlag.AlignLeft, title
        )
        return box.adjusted(0, 50 * u, 0, 0)

    def _empty(self, painter: QPainter, box: QRectF, u: float) -> None:
        painter.setPen(theme.INK_SOFT)
        painter.setFont(theme.font(22 * u))
        painter.drawText(
            box,
            Qt.AlignmentFlag.AlignCenter,
            translate("staff", "Aucune partie terminée pour l’instant"),
        )

    def _columns(
        self, painter: QPainter, box: QRectF, title: str, bars: list[Bar], u: float
    ) -> None:
        area = self._title(painter, box, title, u)
        if not bars:
            self._empty(painter, area, u)
            return
        label_height = 34 * u
        plot = area.adjusted(0, 30 * u, 0, -label_height)
        step = plot.width() / len(bars)
        width = min(step * 0.7, 90 * u)
        painter.setFont(theme.font(20 * u, bold=True))
        for index, bar in enumerate(bars):
            x = plot.x() + index * step + (step - width) / 2
            height = max(2.0, bar.value * plot.height())
            column = QRectF(x, plot.bottom() - height, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.TEAL)
            painter.drawRoundedRect(column, 6 * u, 6 * u)
            painter.setPen(theme.INK)
            painter.drawText(
                QRectF(x - step, column.top() - 30 * u, width + 2 * step, 28 * u),
                Qt.AlignmentFlag.AlignCenter,
                bar.text,
            )
            painter.setPen(theme.INK_SOFT)
            painter.drawText(
                QRectF(x - step / 2, plot.bottom() + 4 * u, width + step, label_height),
                Qt.AlignmentFlag.AlignCenter,
                bar.label,
            )
        painter.setPen(theme.INK_SOFT)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _rows(self, painter: QPainter, box: QRectF, title: str, bars: list[Bar], u: float) -> None:
        area = self._title(painter, box, title, u)
        if not bars:
            self._empty(painter, area, u)
            return
        font = theme.font(18 * u)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        # Statements are long: the chart gives them half its width, then shortens them.
        label_width = min(
            area.width() * 0.55, max(metrics.horizontalAdvance(b.label) for b in bars) + 12 * u
        )
        step = min(area.height() / len(bars), 40 * u)
        for index, bar in enumerate(bars):
            y = area.y() + index * step
            painter.setPen(theme.INK)
            painter.drawText(
                QRectF(area.x(), y, label_width - 8 * u, step),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8 * u),
            )
            track = QRectF(
                area.x() + label_width,
                y + step * 0.18,
                area.width() - label_width - 70 * u,
                step * 0.64,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.TEAL_LIGHT)
            painter.drawRoundedRect(track, 4 * u, 4 * u)
            painter.setBrush(theme.RIGHT if bar.value >= 0.5 else theme.WRONG)
            painter.drawRoundedRect(
                QRectF(track.x(), track.y(), max(2.0, track.width() * bar.value), track.height()),
                4 * u,
                4 * u,
            )
            painter.setPen(theme.INK)
            painter.drawText(
                QRectF(track.right() + 6 * u, y, 64 * u, step),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.text,
            )
