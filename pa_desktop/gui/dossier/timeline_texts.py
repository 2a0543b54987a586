"""The timeline in words: what one half day holds and what the whole year adds up to.

The calendar's tooltips and its accessible description say in text what the colours say, so a
screen-reader user and a colour-blind user get the same facts as everyone else.
"""

from __future__ import annotations

from pa_desktop.domain.calendar import DayKind
from pa_desktop.gui.common.texts import format_date, half_day_name, tr, weekday_name
from pa_desktop.services.dossier import PupilYear, Slot


def describe_half_day(view: PupilYear, slot: Slot, has_lessons: bool, language: str) -> str:
    """What a half day holds, in words; `has_lessons` says whether the pupil's calendar counts
    it as a lesson half day (a school's own free morning is a lesson day without lessons)."""
    day, half = slot
    heading = f"{weekday_name(day.weekday())} {format_date(day)}, {half_day_name(half.value)}"
    kind = view.calendar.day_kind(day)
    no_lessons = tr("no lessons")
    if kind is not DayKind.LESSON:
        name = view.calendar.day_label(day)
        reason = {
            DayKind.WEEKEND: tr("weekend"),
            DayKind.OUTSIDE: tr("outside the school year"),
        }
        return f"{heading}: {name or reason.get(kind, no_lessons)}"
    if not has_lessons:  # a school's own free morning or afternoon says why
        return f"{heading}: {view.calendar.own_reason(day, half) or no_lessons}"
    absence = view.absences.get(slot)
    if absence is None:
        present = tr("present (no absence registered)")
        return f"{heading}: {present}"
    label = (
        view.codes.get(absence.code).label(language)
        if (absence.code in view.codes)
        else absence.code
    )
    parts = [f"{heading}: {absence.code} — {label}"]
    mark_names = {
        "luxeverzuim": tr("luxeverzuim"),
        "doubtful-certificate": tr("doubtful certificate"),
        "medical-certificate": tr("medical certificate"),
    }
    parts += [mark_names.get(m.value, m.value) for m in sorted(absence.marks)]
    parts.append(tr("source: {source}").format(source=absence.source))
    return "\n".join(parts)


def year_summary(view: PupilYear) -> str:
    """The calendar's accessible description: the year's figures in one sentence."""
    return tr(
        "{year}: %n absent half day(s), of which {b} B, out of {lessons} lesson half days.",
        "",
        view.figures.total,
    ).format(
        year=view.year.label,
        b=view.figures.b_count,
        lessons=view.figures.lesson_half_days,
    )
