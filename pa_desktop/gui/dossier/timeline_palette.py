"""Colours and names for the timeline and its chart (Okabe-Ito: safe for colour-blind readers).

Colour is never the only carrier of meaning: every cell also shows its code letter, and the
legend names each colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from pa_desktop.domain.codes import CodeGroup
from pa_desktop.gui.common.texts import tr

GROUP_COLOURS: dict[CodeGroup, tuple[str, str]] = {
    # group: (fill, letter)
    CodeGroup.B: ("#D55E00", "#FFFFFF"),
    CodeGroup.Z: ("#56B4E9", "#000000"),
    CodeGroup.R: ("#009E73", "#FFFFFF"),
    CodeGroup.P: ("#F0E442", "#000000"),
    CodeGroup.OTHER: ("#CC79A7", "#000000"),
    CodeGroup.UNKNOWN: ("#FFFFFF", "#000000"),
}
NOT_ABSENT = ("#FFFFFF", "#555555")  # a code that is no absent half day (L, A)
WEEKEND = QColor("#D9D9D9")
HOLIDAY = QColor("#C8C8C8")
NO_LESSON = QColor("#E4E4E4")
OUTSIDE = QColor("#F2F2F2")
GRID = QColor("#9A9A9A")
SELECTION = QColor(0, 90, 200, 90)
SELECTION_EDGE = QColor("#0050C8")
TODAY = QColor("#000000")
ALL_CODES_LINE = QColor("#0072B2")
B_CODES_LINE = QColor("#D55E00")
THRESHOLD_LINE = QColor("#7F7F7F")
MEASURE = QColor("#009E73")


def group_name(group: CodeGroup) -> str:
    names = {
        CodeGroup.B: tr("B: problematic"),
        CodeGroup.Z: tr("Z: illness"),
        CodeGroup.R: tr("R: by right"),
        CodeGroup.P: tr("P: personal reasons"),
        CodeGroup.OTHER: tr("Other codes"),
        CodeGroup.UNKNOWN: tr("- : code unknown"),
    }
    return names[group]


def colours_for(group: CodeGroup, counts_as_absent: bool) -> tuple[QColor, QColor]:
    fill, letter = GROUP_COLOURS[group] if counts_as_absent else NOT_ABSENT
    return QColor(fill), QColor(letter)
