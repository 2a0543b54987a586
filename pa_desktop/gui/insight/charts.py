"""The insight charts' common ground: drawing into any rectangle, click targets, export images,
legends, hatched swatches and the table of bars that three of the charts share.

Every chart draws itself with QPainter into any rectangle, for the screen (real numbers, click
targets) or for an exported image (title, caption, small numbers shown as "<5" and not drawn,
black on white so it prints). Colour never carries meaning alone: each code group has an
Okabe-Ito colour *and* a hatch pattern, and every bar carries its number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from pa_desktop.domain.codes import CodeGroup
from pa_desktop.domain.insight_shapes import Cell, is_small
from pa_desktop.gui.common.texts import format_percent, tr
from pa_desktop.gui.dossier import timeline_palette as palette
from pa_desktop.services.insight import InsightReport

INK = QColor("#000000")
PAPER = QColor("#FFFFFF")
MUTED = QColor("#666666")
PATTERNS: dict[CodeGroup, Qt.BrushStyle] = {
    CodeGroup.B: Qt.BrushStyle.NoBrush,  # solid: the one that matters most stays plain
    CodeGroup.UNKNOWN: Qt.BrushStyle.DiagCrossPattern,
    CodeGroup.Z: Qt.BrushStyle.BDiagPattern,
    CodeGroup.R: Qt.BrushStyle.FDiagPattern,
    CodeGroup.P: Qt.BrushStyle.HorPattern,
    CodeGroup.OTHER: Qt.BrushStyle.Dense6Pattern,
}
HATCH = QColor(0, 0, 0, 110)


@dataclass(frozen=True)
class Pick:
    """What a click on a chart hit: words for the list's title, and the cell behind it."""

    title: str
    cell: Cell
    share_label: str  # what each pupil's number in the cell means ("half days", "B half days")


@dataclass
class Canvas:
    """Where and how a chart is drawn this time."""

    painter: QPainter
    rect: QRectF
    protected: bool
    threshold: int
    ink: QColor
    paper: QColor

    @property
    def metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.painter.font())

    def number(self, cell: Cell, text: str | None = None) -> str:
        """The cell's number as this drawing may show it ("<5" in an export)."""
        if self.protected and is_small(cell.pupils, self.threshold):
            return f"<{self.threshold}"
        return text if text is not None else str(cell.value)

    def text(self, point: QPointF, text: str, colour: QColor | None = None) -> None:
        self.painter.setPen(colour or self.ink)
        self.painter.drawText(point, text)

    def hidden(self, cell: Cell) -> bool:
        """True when an export must not draw the mark of this cell (too few pupils behind it)."""
        return self.protected and is_small(cell.pupils, self.threshold)

    def boxed(self, box: QRectF, text: str, flags: int, colour: QColor | None = None) -> None:
        """Text in a box; flags combine Qt.AlignmentFlag and Qt.TextFlag values (as ints)."""
        self.painter.setPen(colour or self.ink)
        self.painter.drawText(box, flags, text)


def fill_swatch(painter: QPainter, box: QRectF, colour: QColor, pattern: Qt.BrushStyle) -> None:
    """A filled area with its hatch on top and a thin outline (readable in grey print too)."""
    painter.fillRect(box, colour)
    if pattern is not Qt.BrushStyle.NoBrush:
        painter.fillRect(box, QBrush(HATCH, pattern))
    painter.setPen(QPen(QColor("#333333"), 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(box)


def group_fill(group: CodeGroup) -> tuple[QColor, Qt.BrushStyle]:
    return QColor(palette.GROUP_COLOURS[group][0]), PATTERNS[group]


def nice_ceiling(value: float) -> float:
    """The next 1, 2 or 5 times a power of ten: round axis labels."""
    if value <= 0:
        return 1.0
    step = 1.0
    while step * 10 <= value:
        step *= 10
    while step > value:
        step /= 10
    for factor in (1, 2, 5, 10):
        if factor * step >= value:
            return factor * step
    return 10 * step


def percent(value: float) -> str:
    """A share with one decimal in the interface language (12,5% in Dutch and French)."""
    return format_percent(value)


def month_name(month: int, year: int | None = None) -> str:
    from PySide6.QtCore import QLocale

    name = QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)
    return f"{name} {year}" if year else name


def draw_legend(
    canvas: Canvas, top_left: QPointF, items: list[tuple[Callable[[QRectF], None], str]]
) -> float:
    """Swatches with labels, wrapped to the width; returns the height used."""
    fm = canvas.metrics
    line = fm.height() + 4
    x, y = top_left.x(), top_left.y()
    for draw, label in items:
        width = 18 + 6 + fm.horizontalAdvance(label) + 16
        if x + width > canvas.rect.right() and x > top_left.x():
            x, y = top_left.x(), y + line
        draw(QRectF(x, y + (line - 12) / 2 - 2, 18, 12))
        canvas.text(QPointF(x + 24, y + fm.ascent()), label)
        x += width
    return y + line - top_left.y()


@dataclass(frozen=True)
class BarCell:
    """One cell of a table of bars: its text, the bar's length (0-1) and the click target."""

    text: str
    fraction: float  # 0 draws no bar (also for a number an export hides)
    pick: Pick | None
    colour: QColor
    pattern: Qt.BrushStyle = Qt.BrushStyle.NoBrush


@dataclass(frozen=True)
class BarRow:
    label: str
    cells: list[BarCell]  # none: a heading row over the rows below it
    bold: bool = False
    rule_above: bool = False
    indent: bool = False


def table_height(canvas_font_height: float, rows: int, header_lines: int = 2) -> float:
    return (canvas_font_height + 10) * rows + canvas_font_height * header_lines + 20


def draw_bar_table(
    chart: InsightChart,
    canvas: Canvas,
    headers: list[str],
    rows: list[BarRow],
    references: list[float | None] | None = None,
) -> None:
    """Row labels on the left, one column per header, a bar with its number in every cell;
    `references` draws a dashed line per column (the share of all pupils, for comparison)."""
    painter, rect, fm = canvas.painter, canvas.rect, canvas.metrics
    label_width = max((fm.horizontalAdvance(r.label) for r in rows if r.cells), default=60) + 24
    label_width = min(label_width, rect.width() * 0.32)
    column = (rect.width() - label_width - 8) / max(1, len(headers))
    header_height = fm.height() * 2 + 8
    for index, header in enumerate(headers):
        box = QRectF(
            rect.left() + label_width + column * index, rect.top() + 4, column - 8, header_height
        )
        wrap = int(Qt.TextFlag.TextWordWrap)
        canvas.boxed(
            box, header, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom) | wrap
        )
    row_height = fm.height() + 10
    y = rect.top() + header_height + 10
    rooms = [  # one scale per column: the widest number decides how long a full bar can be
        max(
            10.0,
            column
            - max((fm.horizontalAdvance(r.cells[i].text) for r in rows if r.cells), default=0)
            - 22,
        )
        for i in range(len(headers))
    ]
    bold = QFont(painter.font())
    bold.setBold(True)
    normal = QFont(painter.font())
    for row in rows:
        if row.rule_above:
            painter.setPen(QPen(palette.GRID, 1))
            painter.drawLine(QPointF(rect.left() + 4, y - 3), QPointF(rect.right() - 4, y - 3))
        painter.setFont(bold if row.bold or not row.cells else normal)
        indent = 20 if row.indent else 8
        canvas.boxed(
            QRectF(rect.left() + indent, y, rect.width() - indent, row_height),
            row.label
            if not row.cells
            else fm.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width - indent - 4),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        )
        for index, cell in enumerate(row.cells):
            left = rect.left() + label_width + column * index
            room = rooms[index]
            bar = QRectF(left, y + 4, max(0.0, room * min(1.0, cell.fraction)), row_height - 8)
            if bar.width() > 0.5:
                fill_swatch(painter, bar, cell.colour, cell.pattern)
            text_left = bar.right() + 5
            reference = references[index] if references is not None else None
            if reference is not None:
                x = left + room * reference
                painter.setPen(QPen(QColor("#555555"), 1, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(x, y), QPointF(x, y + row_height))
                if text_left < x + 4 and not bar.width() > x - left:
                    text_left = x + 4  # a bare number must not sit on the line
            canvas.boxed(
                QRectF(text_left, y, column, row_height),
                cell.text,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            )
            if cell.pick is not None:
                chart.hit(QRectF(left, y, column - 4, row_height), cell.pick)
        y += row_height
    painter.setFont(normal)


class InsightChart(QWidget):
    """A chart of the insight: draws into any rectangle, tells which cell a click hit."""

    picked = Signal(object)  # Pick

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: InsightReport | None = None
        self._hits: list[tuple[QRectF, Pick]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setAccessibleName(self.accessible_name())

    # to override -------------------------------------------------------------------------------
    chart_id = ""

    def accessible_name(self) -> str:
        """What a screen reader calls the chart; a chart whose title is long says it shorter."""
        return self.title()

    def title(self) -> str:
        raise NotImplementedError

    def caption(self) -> str:
        raise NotImplementedError

    def chart_height(self, width: float) -> float:
        return 300.0

    def draw(self, canvas: Canvas) -> None:
        raise NotImplementedError

    # shared ---------------------------------------------------------------------------------------
    def set_report(self, report: InsightReport | None) -> None:
        self.report = report
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(800, int(self.chart_height(800)))

    def minimumSizeHint(self) -> QSize:
        return QSize(480, int(self.chart_height(480)))

    def hit(self, box: QRectF, pick: Pick) -> None:
        self._hits.append((box, pick))

    def pick_at(self, point: QPointF) -> Pick | None:
        for box, pick in reversed(self._hits):
            if box.contains(point):
                return pick
        return None

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), PAPER)
        self._hits = []
        if self.report is None:
            return
        threshold = self.report.small_number_threshold
        self.draw(Canvas(painter, QRectF(self.rect()), False, threshold, INK, PAPER))
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            pick = self.pick_at(event.position())
            if pick is not None:
                self.picked.emit(pick)
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        over = self.pick_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def export_image(self, width: int = 1000, scale: float = 2.0) -> QImage:
        """Title, chart and caption on white, small numbers protected: what leaves the vault."""
        threshold = self.report.small_number_threshold if self.report else 0
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(self.font().pointSizeF() * 1.25)
        caption = self.caption()
        if threshold > 1:
            caption += " " + tr(
                "Numbers behind fewer than {n} pupils are shown as <{n} and not drawn."
            ).format(n=threshold)
        title_height = QFontMetricsF(title_font).height() + 12
        caption_box = QFontMetricsF(self.font()).boundingRect(
            QRectF(0, 0, width - 24, 1000), int(Qt.TextFlag.TextWordWrap), caption
        )
        chart_height = self.chart_height(width)
        height = title_height + chart_height + caption_box.height() + 24
        image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(scale)
        image.fill(PAPER)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(title_font)
        painter.setPen(INK)
        painter.drawText(QPointF(12, QFontMetricsF(title_font).ascent() + 8), self.title())
        painter.setFont(self.font())
        saved = self._hits
        if self.report is not None:
            rect = QRectF(0, title_height, width, chart_height)
            self.draw(Canvas(painter, rect, True, threshold, INK, PAPER))
        self._hits = saved
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(12, title_height + chart_height + 8, width - 24, caption_box.height() + 8),
            int(Qt.TextFlag.TextWordWrap),
            caption,
        )
        painter.end()
        return image


def diamond(painter: QPainter, centre: QPointF, size: float, colour: QColor) -> None:
    painter.setPen(QPen(PAPER, 1))
    painter.setBrush(colour)
    painter.drawPolygon(
        QPolygonF(
            [
                QPointF(centre.x(), centre.y() - size),
                QPointF(centre.x() + size, centre.y()),
                QPointF(centre.x(), centre.y() + size),
                QPointF(centre.x() - size, centre.y()),
            ]
        )
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
