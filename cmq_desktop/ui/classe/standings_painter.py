"""The teams' screens of a class round: the scoreboard between questions and the podium."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from cmq_desktop.i18n import translate
from cmq_desktop.quiz.class_screens import PodiumScreen, ScoreboardScreen, Standing
from cmq_desktop.ui import theme
from cmq_desktop.ui.classe.class_canvas import MARGIN, W, fit_font, paint_header


def paint_scoreboard(painter: QPainter, screen: ScoreboardScreen, height: int) -> None:
    after = translate("class", "Classement après la question {number} sur {total}")
    paint_header(painter, after.format(number=screen.number, total=screen.total))
    paint_standings(
        painter, screen.standings, QRectF(MARGIN, 170, W - 2 * MARGIN, height - 230), screen.total
    )


def paint_standings(
    painter: QPainter, standings: tuple[Standing, ...], box: QRectF, total: int
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
        painter.setFont(fit_font(standing.name, size, name_box.width(), bold=True))
        painter.setPen(theme.INK)
        painter.drawText(
            name_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, standing.name
        )
        points = _points(standing.score, " ")
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


def points(score: int) -> str:
    return _points(score, "\u00a0")


def _points(score: int, space: str) -> str:
    if score > 1:
        return translate("class", "{score} points").format(score=score).replace(" ", space)
    return translate("class", "{score} point").format(score=score).replace(" ", space)


def below_podium(others: list[Standing]) -> str:
    """The teams under the podium, in a line: "4e : Équipe 1, 3 points" (a bare "(3)"
    read as a third place or a team number)."""
    line = translate("class", "{rank}e\u00a0: {name}, {points}")
    return " · ".join(line.format(rank=s.rank, name=s.name, points=points(s.score)) for s in others)


def paint_podium(painter: QPainter, screen: PodiumScreen, height: int) -> None:
    if screen.total > 1:
        out_of = translate("class", "sur {total} questions")
    else:
        out_of = translate("class", "sur {total} question")
    paint_header(painter, translate("class", "Podium"), out_of.format(total=screen.total))
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
    colors = {0: theme.GOLD, 1: theme.SILVER, 2: theme.BRONZE}
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
                fit_font(standing.name, min(64.0, line_h * 0.8), box.width(), bold=True)
            )
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, standing.name)
        score = teams[0].score
        painter.setPen(theme.INK_SOFT)
        painter.setFont(theme.font(44, bold=True))
        painter.drawText(
            QRectF(block.x(), block.top() - 66, block.width(), 56),
            Qt.AlignmentFlag.AlignCenter,
            _points(score, " "),
        )
    others = [s for s in screen.standings if s.rank > 3]
    if others:
        text = below_podium(others)
        painter.setPen(theme.INK)
        painter.setFont(fit_font(text, 44, W - 2 * MARGIN))
        painter.drawText(
            QRectF(MARGIN, base + 40, W - 2 * MARGIN, 80), Qt.AlignmentFlag.AlignCenter, text
        )
