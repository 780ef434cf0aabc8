"""The class round's question screen (shown, locked, revealed with the class's answers),
and the dispatch of every class screen to its painter: the scoreboard and the podium are in
``standings_painter``, the class results in ``class_results_painter``.

Drawn on a canvas 1920 wide and as tall as the projector's shape asks (``class_canvas``).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from cmq_desktop.i18n import translate
from cmq_desktop.quiz.class_screens import (
    AnswerEntry,
    ClassQuestionScreen,
    ClassResultsScreen,
    PodiumScreen,
    ScoreboardScreen,
)
from cmq_desktop.quiz.screens import Stage
from cmq_desktop.ui import theme
from cmq_desktop.ui.classe.class_canvas import (
    ANSWER_COLORS,
    MARGIN,
    MUTED,
    SHAPE_NAMES,
    W,
    fit_font,
    paint_header,
    paint_shape,
)
from cmq_desktop.ui.classe.class_results_painter import paint_class_results
from cmq_desktop.ui.classe.standings_painter import paint_podium, paint_scoreboard
from cmq_desktop.ui.fitted_text import FittedText, TextStyle, single_block
from cmq_desktop.ui.icons import paint_mark
from cmq_desktop.ui.rich_text import plain_html


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
            theme.generation(),  # the text-size setting
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
            paint_scoreboard(painter, screen, height)
        elif isinstance(screen, PodiumScreen):
            paint_podium(painter, screen, height)
        elif isinstance(screen, ClassResultsScreen):
            paint_class_results(painter, screen, height)

    def _question(self, painter: QPainter, screen: ClassQuestionScreen, height: int) -> None:
        revealed = screen.stage is Stage.REVEALED
        status = {
            Stage.LOCKED: translate("class", "Réponses bloquées"),
            Stage.REVEALED: translate("class", "Réponse"),
        }.get(screen.stage, "")
        where = translate("question", "Question {number} sur {total}")
        paint_header(painter, where.format(number=screen.number, total=screen.total), status)
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
        painter.setFont(fit_font(label, size, text_box.width(), bold=True))
        painter.setPen(theme.INK_SOFT if muted else theme.PAPER)  # muted: on PAPER
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
        painter.setFont(theme.font(40, bold=True))
        painter.setPen(theme.INK)
        legend = QRectF(box.x(), bar.bottom() + 4, box.width(), 48)
        for index, count in enumerate(hands):
            percent = round(100 * count / total)
            label = screen.question.labels[index]
            if count > 1:
                text = translate("class", "{label}\u00a0: {count} élèves ({percent}\u00a0%)")
            else:
                text = translate("class", "{label}\u00a0: {count} élève ({percent}\u00a0%)")
            text = text.format(label=label, count=count, percent=percent)
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
            painter.setFont(fit_font(team.name, 40, text_box.width(), bold=True))
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
        answer = translate(
            "question", "La bonne réponse est\u00a0: «\u00a0{answer}\u00a0»."
        ).format(answer=screen.question.answer)
        painter.setPen(theme.RIGHT)
        painter.setFont(fit_font(answer, 50 * self.text_scale, inner.width(), bold=True))
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


def shown_text(screen: object) -> list[str]:
    """The strings the audience reads, in order: for accessibility and tests."""
    if isinstance(screen, ClassQuestionScreen):
        where = translate("question", "Question {number} sur {total}")
        lines = [where.format(number=screen.number, total=screen.total), screen.question.statement]
        lines += [
            f"{label} ({translate('class', SHAPE_NAMES[i])})"
            for i, label in enumerate(screen.question.labels)
        ]
        if screen.stage is Stage.LOCKED:
            lines.append(translate("class", "Réponses bloquées"))
        if screen.stage is Stage.REVEALED:
            answer = translate("question", "La bonne réponse est\u00a0: «\u00a0{answer}\u00a0».")
            lines += [answer.format(answer=screen.question.answer), screen.question.explanation]
        return lines
    if isinstance(screen, ScoreboardScreen):
        after = translate("class", "Classement après la question {number} sur {total}")
        return [after.format(number=screen.number, total=screen.total)] + [
            f"{s.rank}. {s.name}\u00a0: {s.score}" for s in screen.standings
        ]
    if isinstance(screen, PodiumScreen):
        return [translate("class", "Podium")] + [
            f"{s.rank}. {s.name}\u00a0: {s.score}" for s in screen.standings
        ]
    if isinstance(screen, ClassResultsScreen):
        return [translate("class", "Résultats de la classe")] + [
            f"Q{r.number}\u00a0: {'—' if r.rate is None else round(r.rate * 100)}"
            for r in screen.results
        ]
    return []
