"""The class round's audience screens: a question (shown, locked, revealed with the class's
answers), the scoreboard, the podium and the class results.

Drawn on a canvas 1920 wide and as tall as the projector's shape asks (1080 for 16:9,
1200 for 16:10, 1440 for 4:3; ``canvas_height``), so a 4:3 projector is used whole. Every
text the class reads is at least 36 canvas pixels: 19 px on a 1024x768 projector.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from cmq_desktop.quiz.class_screens import (
    AnswerEntry,
    ClassQuestionScreen,
    ClassResultsScreen,
    PodiumScreen,
    ScoreboardScreen,
    Standing,
)
from cmq_desktop.quiz.screens import Stage
from cmq_desktop.ui import theme
from cmq_desktop.ui.fitted_text import FittedText, TextStyle, single_block
from cmq_desktop.ui.icons import paint_mark
from cmq_desktop.ui.rich_text import plain_html

W = theme.CANVAS_WIDTH
MARGIN = 100
# The two answers: a colour and a shape each, so the class can say "le carré", "le rond"
# (and the shape still tells them apart for colour-blind pupils).
ANSWER_COLORS = (QColor("#1d4ed8"), QColor("#c2410c"))
SHAPE_NAMES = ("carré", "rond")
MUTED = QColor("#9aa3ae")


def canvas_height(width: int, height: int) -> int:
    """The canvas height for a target of that shape: 16:9 -> 1080, 4:3 -> 1440."""
    if width <= 0 or height <= 0:
        return theme.CANVAS_HEIGHT
    return max(theme.CANVAS_HEIGHT, min(1440, round(W * height / width)))


def _font(size: float, scale: float, bold: bool = False) -> QFont:
    return theme.font(size * scale, bold=bold)


def _fit_font(text: str, size: float, width: float, bold: bool = False) -> QFont:
    """The biggest font up to ``size`` (floor 36) in which ``text`` fits on one line."""
    font = theme.font(size, bold=bold)
    while size > 36 and QFontMetricsF(font).horizontalAdvance(text) > width:
        size *= 0.94
        font = theme.font(size, bold=bold)
    return font


def paint_shape(painter: QPainter, box: QRectF, index: int, color: QColor) -> None:
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    if index == 0:
        painter.drawRoundedRect(box, box.width() * 0.08, box.width() * 0.08)
    else:
        painter.drawEllipse(box)
    painter.restore()


class ClassPainter:
    """Paints one class screen on the canvas (0, 0, 1920, height) of a scaled painter."""

    def __init__(self, text_scale: float = 1.0) -> None:
        self.text_scale = text_scale
        self._texts: dict[tuple[object, ...], FittedText] = {}
        self.fitted = True  # whether the last screen's texts all fitted

    def _fitted(self, text: str, box: QRectF, style: TextStyle) -> FittedText:
        key = (
            text,
            box.width(),
            box.height(),
            style.size,
            style.min_size,
            style.color.name(),
            style.bold,
            style.center,
        )
        found = self._texts.get(key)
        if found is None:
            if len(self._texts) > 64:
                self._texts.clear()
            found = FittedText(single_block(plain_html(text)), box.width(), box.height(), style)
            self._texts[key] = found
        self.fitted = self.fitted and found.fitted
        return found

    def _style(self, size: float, floor: float, color: QColor, **kw: bool) -> TextStyle:
        s = self.text_scale
        return TextStyle(size=size * s, min_size=max(36.0, floor * min(1.0, s)), color=color, **kw)

    def paint(self, painter: QPainter, screen: object, height: int) -> None:
        self.fitted = True
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(QRectF(0, 0, W, height), theme.PAPER_SHADE)
        if isinstance(screen, ClassQuestionScreen):
            self._question(painter, screen, height)
        elif isinstance(screen, ScoreboardScreen):
            self._header(
                painter, f"Classement après la question {screen.number} sur {screen.total}"
            )
            self._standings(
                painter,
                screen.standings,
                QRectF(MARGIN, 170, W - 2 * MARGIN, height - 230),
                screen.total,
            )
        elif isinstance(screen, PodiumScreen):
            self._podium(painter, screen, height)
        elif isinstance(screen, ClassResultsScreen):
            self._results(painter, screen, height)

    # Question ----------------------------------------------------------------------------

    def _header(self, painter: QPainter, left: str, right: str = "") -> None:
        painter.setPen(theme.INK_SOFT)
        painter.setFont(_font(44, 1.0, bold=True))
        band = QRectF(MARGIN, 30, W - 2 * MARGIN, 80)
        painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
        if right:
            painter.drawText(
                band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right
            )

    def _question(self, painter: QPainter, screen: ClassQuestionScreen, height: int) -> None:
        revealed = screen.stage is Stage.REVEALED
        status = {Stage.LOCKED: "Réponses bloquées", Stage.REVEALED: "Réponse"}.get(
            screen.stage, ""
        )
        self._header(painter, f"Question {screen.number} sur {screen.total}", status)
        if screen.stage is Stage.LOCKED:
            self._padlock(painter, QRectF(W - MARGIN - 470, 40, 48, 60))
        top = 140.0
        statement_h = height * (0.17 if revealed else 0.34)
        box = QRectF(MARGIN + 30, top + 20, W - 2 * MARGIN - 60, statement_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.PAPER)
        painter.drawRoundedRect(box.adjusted(-30, -20, 30, 20), 28, 28)
        style = (
            self._style(54, 40, theme.NAVY, bold=True, center=True)
            if revealed
            else self._style(76, 48, theme.NAVY, bold=True, center=True)
        )
        self._fitted(screen.question.statement, box, style).paint(
            painter, box.topLeft(), vertical_center=True
        )
        cards_top = box.bottom() + 60
        cards_h = 140.0 if revealed else min(420.0, height - cards_top - 80)
        gap = 80
        card_w = (W - 2 * MARGIN - gap) / 2
        right_index = screen.question.answer_index
        for index, label in enumerate(screen.question.labels):
            card = QRectF(MARGIN + index * (card_w + gap), cards_top, card_w, cards_h)
            muted = revealed and index != right_index
            self._answer_card(painter, card, index, label, muted, revealed and not muted)
        y = cards_top + cards_h + 30
        if revealed:
            if screen.entry is AnswerEntry.HANDS and screen.hands_total:
                self._hands_bar(painter, screen, QRectF(MARGIN, y, W - 2 * MARGIN, 110))
                y += 140
            elif screen.entry is AnswerEntry.TEAMS and any(
                t.choice is not None for t in screen.teams
            ):
                self._team_chips(painter, screen, QRectF(MARGIN, y, W - 2 * MARGIN, 90))
                y += 120
            self._explanation(painter, screen, QRectF(MARGIN, y, W - 2 * MARGIN, height - y - 40))

    def _padlock(self, painter: QPainter, box: QRectF) -> None:
        painter.save()
        painter.setPen(QPen(theme.INK_SOFT, box.width() * 0.14))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        arc = QRectF(box.x() + box.width() * 0.18, box.y(), box.width() * 0.64, box.height() * 0.7)
        painter.drawArc(arc, 0, 180 * 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.INK_SOFT)
        painter.drawRoundedRect(
            QRectF(box.x(), box.y() + box.height() * 0.4, box.width(), box.height() * 0.6), 6, 6
        )
        painter.restore()

    def _answer_card(
        self, painter: QPainter, card: QRectF, index: int, label: str, muted: bool, right: bool
    ) -> None:
        color = MUTED if muted else ANSWER_COLORS[index]
        painter.setPen(QPen(theme.RIGHT, 14) if right else Qt.PenStyle.NoPen)
        painter.setBrush(theme.PAPER if muted else color)
        painter.drawRoundedRect(card, 30, 30)
        shape_size = min(card.height() * 0.55, 170)
        shape = QRectF(card.x() + 40, card.center().y() - shape_size / 2, shape_size, shape_size)
        paint_shape(painter, shape, index, color if muted else theme.PAPER)
        text_x = shape.right() + 40
        mark = 0.0
        if right:
            mark = min(card.height() * 0.7, 110)
            paint_mark(
                painter,
                QRectF(card.right() - mark - 30, card.center().y() - mark / 2, mark, mark),
                True,
            )
            mark += 40
        text_box = QRectF(text_x, card.y(), card.right() - text_x - 30 - mark, card.height())
        size = min(110.0, card.height() * 0.5) * self.text_scale
        painter.setFont(_fit_font(label, size, text_box.width(), bold=True))
        painter.setPen(MUTED.darker(140) if muted else theme.PAPER)
        painter.drawText(
            text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
        )

    def _hands_bar(self, painter: QPainter, screen: ClassQuestionScreen, box: QRectF) -> None:
        hands = screen.hands or (0, 0)
        total = screen.hands_total
        bar = QRectF(box.x(), box.y(), box.width(), 60)
        x = bar.x()
        for index, count in enumerate(hands):
            width = bar.width() * count / total
            if width > 0:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(ANSWER_COLORS[index])
                painter.drawRect(QRectF(x, bar.y(), width, bar.height()))
            x += width
        painter.setFont(_font(40, 1.0, bold=True))
        painter.setPen(theme.INK)
        legend = QRectF(box.x(), bar.bottom() + 4, box.width(), 48)
        for index, count in enumerate(hands):
            percent = round(100 * count / total)
            label = screen.question.labels[index]
            text = f"{label}\u00a0: {count} élève{'s' if count > 1 else ''} ({percent}\u00a0%)"
            align = Qt.AlignmentFlag.AlignLeft if index == 0 else Qt.AlignmentFlag.AlignRight
            painter.drawText(legend, align | Qt.AlignmentFlag.AlignVCenter, text)

    def _team_chips(self, painter: QPainter, screen: ClassQuestionScreen, box: QRectF) -> None:
        count = len(screen.teams)
        gap = 24
        width = (box.width() - gap * (count - 1)) / count
        right = screen.question.answer_index
        for index, team in enumerate(screen.teams):
            chip = QRectF(box.x() + index * (width + gap), box.y(), width, box.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.PAPER)
            painter.drawRoundedRect(chip, 20, 20)
            mark = box.height() * 0.6
            mark_box = QRectF(chip.x() + 16, chip.center().y() - mark / 2, mark, mark)
            if team.choice is None:
                painter.setBrush(MUTED)
                painter.drawEllipse(mark_box)
            else:
                paint_mark(painter, mark_box, team.choice == right)
            text_box = QRectF(
                mark_box.right() + 14, chip.y(), chip.right() - mark_box.right() - 24, chip.height()
            )
            painter.setPen(theme.INK)
            painter.setFont(_fit_font(team.name, 40, text_box.width(), bold=True))
            painter.drawText(
                text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, team.name
            )

    def _explanation(self, painter: QPainter, screen: ClassQuestionScreen, box: QRectF) -> None:
        if box.height() < 80:
            return
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.RIGHT_LIGHT)
        painter.drawRoundedRect(box, 28, 28)
        painter.setBrush(theme.RIGHT)
        painter.drawRoundedRect(QRectF(box.x(), box.y(), 18, box.height()), 9, 9)
        inner = box.adjusted(60, 30, -50, -30)
        answer = f"La bonne réponse est\u00a0: «\u00a0{screen.question.answer}\u00a0»."
        painter.setPen(theme.RIGHT)
        painter.setFont(_fit_font(answer, 50 * self.text_scale, inner.width(), bold=True))
        painter.drawText(
            QRectF(inner.x(), inner.y(), inner.width(), 64),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            answer,
        )
        text_box = QRectF(inner.x(), inner.y() + 84, inner.width(), inner.height() - 84)
        if screen.question.explanation and text_box.height() > 40:
            style = self._style(46, 36, theme.INK)
            self._fitted(screen.question.explanation, text_box, style).paint(
                painter, text_box.topLeft()
            )

    # Teams ------------------------------------------------------------------------------

    def _standings(
        self, painter: QPainter, standings: tuple[Standing, ...], box: QRectF, total: int
    ) -> None:
        if not standings:
            return
        row_h = min(160.0, box.height() / len(standings))
        box = QRectF(
            box.x(),
            box.y() + (box.height() - row_h * len(standings)) / 3,
            box.width(),
            box.height(),
        )
        best = max(1, total, max(s.score for s in standings))
        for index, standing in enumerate(standings):
            row = QRectF(box.x(), box.y() + index * row_h, box.width(), row_h - 16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.PAPER)
            painter.drawRoundedRect(row, 20, 20)
            size = min(56.0, row.height() * 0.55)
            painter.setPen(theme.NAVY)
            painter.setFont(theme.font(size, bold=True))
            rank_box = QRectF(row.x() + 20, row.y(), 110, row.height())
            painter.drawText(rank_box, Qt.AlignmentFlag.AlignCenter, f"{standing.rank}")
            name_box = QRectF(rank_box.right() + 10, row.y(), row.width() * 0.36, row.height())
            painter.setFont(_fit_font(standing.name, size, name_box.width(), bold=True))
            painter.setPen(theme.INK)
            painter.drawText(
                name_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, standing.name
            )
            points = f"{standing.score} point{'s' if standing.score > 1 else ''}"
            points_box = QRectF(row.right() - 300, row.y(), 270, row.height())
            painter.setFont(theme.font(size * 0.85, bold=True))
            painter.drawText(
                points_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, points
            )
            track = QRectF(
                name_box.right() + 20,
                row.center().y() - 18,
                points_box.left() - name_box.right() - 50,
                36,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.TEAL_LIGHT)
            painter.drawRoundedRect(track, 18, 18)
            if standing.score:
                painter.setBrush(theme.TEAL)
                filled = QRectF(
                    track.x(), track.y(), track.width() * standing.score / best, track.height()
                )
                painter.drawRoundedRect(filled, 18, 18)

    def _podium(self, painter: QPainter, screen: PodiumScreen, height: int) -> None:
        self._header(
            painter, "Podium", f"sur {screen.total} question{'s' if screen.total > 1 else ''}"
        )
        by_rank: dict[int, list[Standing]] = {}
        for standing in screen.podium:
            by_rank.setdefault(standing.rank, []).append(standing)
        ranks = sorted(by_rank)[:3]
        # Second, first, third from left to right, as on a real podium.
        order = [
            r
            for r in (
                ranks[1] if len(ranks) > 1 else None,
                ranks[0],
                ranks[2] if len(ranks) > 2 else None,
            )
            if r is not None
        ]
        step_w = (W - 2 * MARGIN - 2 * 40) / 3
        base = height - 200
        heights = {ranks[0]: (base - 420) * 0.62}
        if len(ranks) > 1:
            heights[ranks[1]] = (base - 420) * 0.45
        if len(ranks) > 2:
            heights[ranks[2]] = (base - 420) * 0.32
        colors = {0: QColor("#c9a227"), 1: QColor("#8e9aa6"), 2: QColor("#b0723a")}
        # The blocks present (ties may leave out a place), centred as a group.
        left = (W - (len(order) * step_w + (len(order) - 1) * 40)) / 2
        for slot, rank_value in enumerate(order):
            place = ranks.index(rank_value)
            h = heights[rank_value]
            block = QRectF(left + slot * (step_w + 40), base - h, step_w, h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors[place])
            painter.drawRoundedRect(block, 24, 24)
            painter.setPen(theme.PAPER)
            painter.setFont(theme.font(min(150.0, h * 0.6), bold=True))
            painter.drawText(block, Qt.AlignmentFlag.AlignCenter, f"{rank_value}")
            teams = by_rank[rank_value]
            line_h = min(80.0, 300 / len(teams))
            names_top = block.top() - line_h * len(teams) - 70
            painter.setPen(theme.NAVY)
            for n, standing in enumerate(teams):
                box = QRectF(block.x(), names_top + n * line_h, block.width(), line_h)
                painter.setFont(
                    _fit_font(standing.name, min(64.0, line_h * 0.8), box.width(), bold=True)
                )
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, standing.name)
            score = teams[0].score
            painter.setPen(theme.INK_SOFT)
            painter.setFont(theme.font(44, bold=True))
            painter.drawText(
                QRectF(block.x(), block.top() - 66, block.width(), 56),
                Qt.AlignmentFlag.AlignCenter,
                f"{score} point{'s' if score > 1 else ''}",
            )
        others = [s for s in screen.standings if s.rank > 3]
        if others:
            text = " · ".join(f"{s.rank}e\u00a0: {s.name} ({s.score})" for s in others)
            painter.setPen(theme.INK)
            painter.setFont(_fit_font(text, 44, W - 2 * MARGIN))
            painter.drawText(
                QRectF(MARGIN, base + 40, W - 2 * MARGIN, 80), Qt.AlignmentFlag.AlignCenter, text
            )

    # Results ----------------------------------------------------------------------------

    def _results(self, painter: QPainter, screen: ClassResultsScreen, height: int) -> None:
        overall = screen.overall_rate
        right = "" if overall is None else f"Réussite\u00a0: {round(overall * 100)}\u00a0%"
        self._header(painter, f"Résultats de la classe · {screen.set_title}", right)
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
                "Classement",
            )
            line_h = min(90.0, (box.height() - 80) / len(screen.standings))
            for index, standing in enumerate(screen.standings):
                line = QRectF(box.x(), box.y() + 80 + index * line_h, box.width(), line_h)
                text = f"{standing.rank}. {standing.name}"
                painter.setPen(theme.INK)
                painter.setFont(_fit_font(text, 42, line.width() - 130, bold=True))
                painter.drawText(
                    line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text
                )
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


def shown_text(screen: object) -> list[str]:
    """The strings the audience reads, in order: for accessibility and tests."""
    if isinstance(screen, ClassQuestionScreen):
        lines = [f"Question {screen.number} sur {screen.total}", screen.question.statement]
        lines += [f"{label} ({SHAPE_NAMES[i]})" for i, label in enumerate(screen.question.labels)]
        if screen.stage is Stage.LOCKED:
            lines.append("Réponses bloquées")
        if screen.stage is Stage.REVEALED:
            lines += [
                f"La bonne réponse est\u00a0: «\u00a0{screen.question.answer}\u00a0».",
                screen.question.explanation,
            ]
        return lines
    if isinstance(screen, ScoreboardScreen):
        return [f"Classement après la question {screen.number} sur {screen.total}"] + [
            f"{s.rank}. {s.name}\u00a0: {s.score}" for s in screen.standings
        ]
    if isinstance(screen, PodiumScreen):
        return ["Podium"] + [f"{s.rank}. {s.name}\u00a0: {s.score}" for s in screen.standings]
    if isinstance(screen, ClassResultsScreen):
        return ["Résultats de la classe"] + [
            f"Q{r.number}\u00a0: {'—' if r.rate is None else round(r.rate * 100)}"
            for r in screen.results
        ]
    return []
