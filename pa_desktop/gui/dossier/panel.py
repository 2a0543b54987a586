"""The figures beside the timeline, as rich text: totals per group, rate, pattern and why, signals.

The pattern is explained with the pupil's own numbers ("mostly Monday morning, 6 of 8"), because
the checklist asks the user to confirm it, and a bare word invites a guess.
"""

from __future__ import annotations

from html import escape

from pa_desktop.domain.codes import CodeGroup
from pa_desktop.domain.figures import Pattern
from pa_desktop.gui.common.texts import (
    format_date,
    format_percent,
    half_day_name,
    pattern_name,
    signal_label,
    signal_reason,
    tr,
    weekday_name,
)
from pa_desktop.gui.dossier import timeline_palette as palette
from pa_desktop.services.dossier import PupilYear


def pattern_reason(view: PupilYear) -> str:
    figures = view.figures
    if figures.pattern is None:
        return tr("Too few absences to speak of a pattern.")
    if figures.pattern is Pattern.SAME_MOMENT and figures.busiest_slot is not None:
        slot = figures.busiest_slot
        return tr("Mostly on {weekday} {half}: {count} of {total}.").format(
            weekday=weekday_name(slot.weekday),
            half=half_day_name(slot.half.value),
            count=slot.count,
            total=slot.of_total,
        )
    weeks = view.thresholds.concentrated_window_days // 7
    window = figures.busiest_window
    count = window.count if window else 0
    lesson_share = round(window.lesson_share * 100) if window else 0
    if figures.pattern is Pattern.CONCENTRATED:
        return tr(
            "{count} of {total} absent half days fall within {weeks} weeks, which hold only "
            "{share}% of the lesson half days so far."
        ).format(count=count, total=figures.total, weeks=weeks, share=lesson_share)
    return tr(
        "At most {count} of {total} absent half days within any {weeks} weeks (those weeks "
        "hold {share}% of the lesson half days so far)."
    ).format(count=count, total=figures.total, weeks=weeks, share=lesson_share)


def figures_html(view: PupilYear) -> str:
    figures = view.figures
    heading = tr("School year {year}").format(year=view.year.label)
    lines = [f"<h3>{escape(heading)}</h3>", "<table cellspacing='2'>"]
    for group in CodeGroup:
        colour = palette.GROUP_COLOURS[group][0]
        lines.append(
            f"<tr><td><span style='background:{colour}; color:{colour}'>&nbsp;■&nbsp;</span> "
            f"{escape(palette.group_name(group))}</td>"
            f"<td align='right'><b>{figures.totals[group]}</b></td></tr>"
        )
    rate = format_percent(figures.absence_rate)
    figures_rows = [
        (tr("All absent half days"), str(figures.total), True),
        (tr("Lesson half days so far"), str(figures.lesson_half_days), False),
        (tr("Absence rate"), rate, False),
        (tr("Last 6 weeks"), str(figures.last_6_weeks), False),
        (tr("5th B half day"), format_date(figures.b_fifth_date) or "—", False),
        (tr("Doubtful certificates"), str(figures.doubtful_certificates), False),
    ]
    if view.carried_b:  # rule 10: they count for the 5-B and 30-B rules, shown apart
        figures_rows.insert(
            1, (tr("B half days at the previous school"), str(view.carried_b), False)
        )
    for label, value, bold in figures_rows:
        open_tag, close_tag = ("<b>", "</b>") if bold else ("", "")
        lines.append(
            f"<tr><td>{open_tag}{escape(label)}{close_tag}</td>"
            f"<td align='right'>{open_tag}{escape(value)}{close_tag}</td></tr>"
        )
    pattern_title = tr("Pattern")
    signals_title = tr("Warning signals")
    pattern_word = pattern_name(figures.pattern.value) if figures.pattern else "—"
    lines += [
        "</table>",
        f"<p><b>{escape(pattern_title)}:</b> {escape(pattern_word)}<br>"
        f"{escape(pattern_reason(view))}</p>",
        f"<p><b>{escape(signals_title)}</b></p>",
    ]
    if view.signals:
        lines.append("<ul style='margin-left:-20px'>")
        for signal in view.signals:
            lines.append(
                f"<li><b>{escape(signal_label(signal.id))}</b>: {escape(signal_reason(signal))}</li>"
            )
        lines.append("</ul>")
    else:
        nothing = tr("No warning signals.")
        lines.append(f"<p>{escape(nothing)}</p>")
    return "\n".join(lines)
