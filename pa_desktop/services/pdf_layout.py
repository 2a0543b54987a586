"""Shared reportlab layout for exported documents: the embedded Unicode font, the styles, the
privacy footer with "page N of M" on every page, and the printed absence calendar.

The font is embedded (DejaVu Sans, resources/fonts) so that names such as Ayşe Yılmaz, Łukasz
Wiśniewski or Nguyễn Văn An print right on any computer.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle

from pa_desktop.domain.absences import Absence
from pa_desktop.domain.calendar import DayKind, SchoolCalendar
from pa_desktop.domain.codes import CodeGroup, CodeTable
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.services.document_texts import MONTHS
from pa_desktop.services.resources import resources_dir

FONT = "PADesktopSans"
FONT_BOLD = "PADesktopSans-Bold"
PAGE = A4
MARGIN = 18 * mm
FOOTER_HEIGHT = 16 * mm

# print-friendly fills (lighter than on screen), the code letter is always printed too
PRINT_FILLS: dict[CodeGroup, str] = {
    CodeGroup.B: "#F4B183",
    CodeGroup.Z: "#BDD7EE",
    CodeGroup.R: "#A9D18E",
    CodeGroup.P: "#FFF2A8",
    CodeGroup.OTHER: "#E4C3DB",
    CodeGroup.UNKNOWN: "#FFFFFF",
}


@cache
def register_fonts() -> None:
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.2, leading=12.2)
    return {
        "title": ParagraphStyle(
            "title", parent=body, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=2
        ),
        "subtitle": ParagraphStyle(
            "subtitle",
            parent=body,
            fontSize=10.5,
            leading=14,
            textColor=colors.HexColor("#444444"),
            spaceAfter=8,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
            textColor=colors.HexColor("#1F3864"),
        ),
        "body": body,
        "small": ParagraphStyle(
            "small", parent=body, fontSize=7.8, leading=10, textColor=colors.HexColor("#555555")
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.4, leading=10.6),
    }


def numbered_canvas(footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas that knows the page count when it draws each page's footer (two passes)."""

    class _NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                footer(self, number, total)
                super().showPage()
            super().save()

    return _NumberedCanvas


def draw_footer(canvas: Canvas, lines: list[str], page_line: str) -> None:
    register_fonts()
    width, _height = PAGE
    canvas.saveState()
    canvas.setStrokeColor(colors.HexColor("#9A9A9A"))
    canvas.line(MARGIN, FOOTER_HEIGHT + 2 * mm, width - MARGIN, FOOTER_HEIGHT + 2 * mm)
    canvas.setFont(FONT, 6.8)
    canvas.setFillColor(colors.HexColor("#333333"))
    y = FOOTER_HEIGHT - 1 * mm
    for line in lines:
        canvas.drawString(MARGIN, y, line)
        y -= 8
    canvas.setFont(FONT_BOLD, 7.2)
    canvas.drawRightString(width - MARGIN, 6 * mm, page_line)
    canvas.restoreState()


def render_pdf(
    story: list[Any],
    title: str,
    footer_lines: list[str],
    page_line: Callable[[int, int], str],
    bottom_margin: float,
    **metadata: Any,
) -> bytes:
    """Lay out an exported document on A4 with the privacy footer (its first three lines) and
    "page N of M" on every page. The PDF's metadata names the program, never a person: the
    title is the document's kind, and `metadata` adds only fixed values such as `lang`."""

    def footer(canvas: Canvas, number: int, total: int) -> None:
        draw_footer(canvas, footer_lines[:3], page_line(number, total))

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=bottom_margin,
        title=title,
        author="PA Desktop",
        subject=title,
        keywords=[],
        creator="PA Desktop",
        producer="PA Desktop",
        **metadata,
    )
    document.build(story, canvasmaker=numbered_canvas(footer))
    return buffer.getvalue()


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    words, lines, current = text.split(), [], ""
    for token in words:
        trial = f"{current} {token}".strip()
        if pdfmetrics.stringWidth(trial, font, size) <= width:
            current = trial
        else:
            lines.append(current)
            current = token
    if current:
        lines.append(current)
    return lines


class CalendarFlowable(Flowable):  # type: ignore[misc]
    """The school year as printed cells: months as rows, days 1-31, morning | afternoon."""

    MONTH_ORDER = (9, 10, 11, 12, 1, 2, 3, 4, 5, 6)

    def __init__(
        self,
        calendar: SchoolCalendar,
        absences: Mapping[tuple[date, HalfDay], Absence],
        codes: CodeTable,
        language: str,
        width: float,
    ) -> None:
        super().__init__()
        self.calendar = calendar
        self.absences = absences
        self.codes = codes
        self.language = language
        self.width = width
        self.label_width = 16 * mm
        self.cell_w = (width - self.label_width) / 31
        self.cell_h = 6.2 * mm
        self.height = self.cell_h * (len(self.MONTH_ORDER) + 1)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        register_fonts()
        c = self.canv
        start = self.calendar.school_year.start_year
        top = self.height
        c.setFont(FONT, 6.5)
        for day_number in range(1, 32):
            x = self.label_width + (day_number - 0.5) * self.cell_w
            c.drawCentredString(x, top - self.cell_h * 0.7, str(day_number))
        for row, month in enumerate(self.MONTH_ORDER):
            year = start + (0 if month >= 9 else 1)
            y = top - (row + 2) * self.cell_h
            c.setFont(FONT, 7)
            c.setFillColor(colors.black)
            c.drawString(0, y + self.cell_h * 0.32, f"{MONTHS[self.language][row]} {year}")
            for day_number in range(1, 32):
                try:
                    day = date(year, month, day_number)
                except ValueError:
                    continue
                self._draw_day(day, self.label_width + (day_number - 1) * self.cell_w, y)

    def _draw_day(self, day: date, x: float, y: float) -> None:
        c = self.canv
        kind = self.calendar.day_kind(day)
        w, h = self.cell_w, self.cell_h
        if kind is not DayKind.LESSON:
            grey = "#D0D0D0" if kind is DayKind.WEEKEND else "#B8B8B8"
            c.setFillColor(colors.HexColor(grey))
            c.rect(x, y, w, h, stroke=0, fill=1)
        else:
            for index, half in enumerate((HalfDay.VM, HalfDay.NM)):
                hx = x + index * w / 2
                if not self.calendar.is_lesson_half_day(day, half):
                    c.setFillColor(colors.HexColor("#E6E6E6"))
                    c.rect(hx, y, w / 2, h, stroke=0, fill=1)
                    continue
                absence = self.absences.get((day, half))
                if absence is None:
                    continue
                entry = self.codes.get(absence.code) if absence.code in self.codes else None
                group = entry.group if entry else CodeGroup.UNKNOWN
                fill = (
                    PRINT_FILLS[group] if (entry is None or entry.counts_as_absent) else "#FFFFFF"
                )
                c.setFillColor(colors.HexColor(fill))
                c.rect(hx, y, w / 2, h, stroke=0, fill=1)
                c.setFillColor(colors.black)
                c.setFont(FONT_BOLD, 6.6)
                c.drawCentredString(hx + w / 4, y + h * 0.3, absence.code)
        c.setStrokeColor(colors.HexColor("#8C8C8C"))
        c.setLineWidth(0.4)
        c.rect(x, y, w, h, stroke=1, fill=0)
        c.setDash(1, 1)
        c.line(x + w / 2, y, x + w / 2, y + h)
        c.setDash()


def grid_table(rows: list[list[Any]], widths: list[float], header: bool = False) -> Table:
    """A plain ruled table in the document font; `header` shades the first row."""
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8.6),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#B0B0B0")),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        style += [
            ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8EDF5")),
        ]
    table.setStyle(TableStyle(style))
    return table
