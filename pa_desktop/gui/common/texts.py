"""User-facing words for the ids the services return: signals, patterns, problems, errors.

Services speak in ids and facts; this module turns them into sentences in the user's language
(source strings in English, translated with Qt Linguist), so every screen words a thing the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from pa_desktop.domain.signals import Signal
from pa_desktop.gui.common.i18n import current_language
from pa_desktop.services.names import signal_name, step_name
from pa_desktop.services.places import MIN_PASSPHRASE_LENGTH


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a source string. pyside6-lupdate files free `tr()` calls under the empty
    context, so the lookup uses that context too. With a count `n`, the text holds `%n` and
    the translation picks the language's plural form ("1 leerling", "3 leerlingen"); English
    has its own plural-only translation file for that."""
    return QCoreApplication.translate("", text, disambiguation, n)


def format_date(value: date | None) -> str:
    """Belgian format, dd/mm/yyyy, whatever the system locale says."""
    return value.strftime("%d/%m/%Y") if value else ""


def format_number(value: float, decimals: int = 1) -> str:
    """A number as the interface language writes it: 0,5 in Dutch and French, 0.5 in English."""
    return QLocale().toString(float(value), "f", decimals)


def format_percent(share: float) -> str:
    """A share (0.336) as a percentage: 33,6% in Dutch, 33,6 % in French, 33.6% in English."""
    return tr("{value}%").format(value=format_number(100 * share, 1))


def weekday_name(weekday: int) -> str:
    """Monday = 0, named in the application's language."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def half_day_name(half: str) -> str:
    return tr("morning") if half == "VM" else tr("afternoon")


@dataclass(frozen=True)
class SignalStyle:
    severity: int  # 3 legal duty or loss, 2 strong warning, 1 attention
    background: str
    foreground: str


# Okabe-Ito colours (safe for colour-blind readers); the label always carries the meaning too.
_LEGAL = SignalStyle(3, "#B8460B", "#FFFFFF")
_WARN = SignalStyle(2, "#E69F00", "#000000")
_INFO = SignalStyle(1, "#0072B2", "#FFFFFF")

SIGNAL_STYLES: dict[str, SignalStyle] = {
    "clb_signal_due": _LEGAL,
    "allowance_lost": _LEGAL,
    "allowance_at_risk": _WARN,
    "fast_accumulation": _WARN,
    "parents_unreachable": _WARN,
    "relapse_after_closure": _WARN,
    "early_year_b": _WARN,
    "same_moment": _INFO,
    "unknown_code": _INFO,
    "sick_note_limit": _INFO,
    "known_problem": _INFO,
    "no_contact_after_b": _WARN,
}


def signal_label(signal_id: str) -> str:
    """The signal's one name (services/names.py), in the interface language."""
    return signal_name(signal_id, current_language())


def signal_reason(signal: Signal) -> str:
    """Why the signal fired, with the pupil's own figures."""
    f: dict[str, Any] = signal.facts
    sid = signal.id
    if sid == "clb_signal_due":
        if f.get("carried_b"):  # rule 10: B half days at the previous school count too
            return tr(
                "%n B half day(s) this school year, {carried} of them at the previous school, "
                "and not yet signalled to the CLB. From 5 B half days the school must signal "
                "the pupil.",
                "",
                int(f["b"]),
            ).format(carried=f["carried_b"])
        return tr(
            "%n B half day(s) (the 5th on {fifth}) and not yet signalled to the CLB this "
            "school year. From 5 B half days the school must signal the pupil.",
            "",
            int(f["b"]),
        ).format(fifth=format_date(f.get("fifth")))
    if sid == "early_year_b":
        return tr(
            "%n B half day(s) in September or October, the first on {first}. Early B codes "
            "predict escalation: follow up now, do not wait for 5.",
            "",
            f["count"],
        ).format(first=format_date(f["first"]))
    if sid == "fast_accumulation":
        return tr(
            "%n absent half day(s) (all codes) in the last {days} days. The speed at which "
            "absences pile up matters more than the total.",
            "",
            int(f["count"]),
        ).format(days=f["days"])
    if sid == "same_moment":
        return tr(
            "{count} of %n absent half day(s) fall on a {weekday} {half}.", "", int(f["total"])
        ).format(
            count=f["count"],
            weekday=weekday_name(int(f["weekday"])),
            half=half_day_name(str(f["half"])),
        )
    if sid == "unknown_code":
        return tr(
            "%n absence(s) with code '-' older than 3 lesson days (the oldest on {oldest}). "
            "The reason of every absence must be known.",
            "",
            f["count"],
        ).format(oldest=format_date(f["oldest"]))
    if sid == "sick_note_limit":
        periods = tr("%n sickness period(s) on a parent's note", "", int(f["periods"]))
        longest = tr("the longest %n calendar day(s).", "", int(f["longest_days"]))
        rule = tr("A parent's note covers at most 3 days, at most 4 times a school year.")
        return f"{periods}, {longest} {rule}"
    if sid == "parents_unreachable":
        if f.get("manual"):
            return tr("Marked by hand: the parents cannot be reached.")
        attempts = tr(
            "The last %n contact attempt(s) did not reach the parents.", "", int(f["attempts"])
        )
        if f.get("checked_since"):
            checked = tr("The contact details were checked on {day}, after the first attempt.")
        elif f.get("checked_on"):
            checked = tr(
                "The contact details were last checked on {day}, before these attempts: check "
                "them again to be sure."
            )
        else:
            checked = tr(
                "The contact details were not checked yet: the guideline asks for certainty "
                "about them."
            )
        return f"{attempts} {checked.format(day=format_date(f.get('checked_on')))}"
    if sid == "known_problem":
        if f.get("manual"):
            return tr("Marked by hand: a known emotional, social or home problem.")
        return tr(
            "%n B half day(s) in the school year {year}.",
            "",
            int(f.get("year_b", f.get("previous_b", 0))),
        ).format(year=f.get("year", ""))
    if sid == "allowance_at_risk":
        return tr(
            "%n B half day(s) last school year and {b} this year: at 30 in two "
            "consecutive years the school allowance (schooltoeslag) is lost.",
            "",
            int(f["previous_b"]),
        ).format(b=f["b"])
    if sid == "allowance_lost":
        return tr(
            "30 or more B half days in this school year ({b}) and the previous one "
            "({previous_b}): the school allowance (schooltoeslag) is lost."
        ).format(previous_b=f["previous_b"], b=f["b"])
    if sid == "relapse_after_closure":
        return tr(
            "%n absent half day(s) since the follow-up was closed on {closed}.", "", f["count"]
        ).format(closed=format_date(f["closed_on"]))
    if sid == "no_contact_after_b":
        return tr(
            "The last B half day ({day}) is %n lesson day(s) old and no contact with the pupil "
            "or the parents has been logged since. From the first B the school makes contact.",
            "",
            int(f["lesson_days"]),
        ).format(day=format_date(f["last_b"]))
    return sid


def pattern_name(pattern: str | None) -> str:
    names = {
        "spread": tr("spread"),
        "concentrated": tr("concentrated"),
        "same_moment": tr("same moment"),
    }
    return names.get(pattern or "", "")


def problem_text(problem: str) -> str:
    texts = {
        "last_name_empty": tr("Enter the last name."),
        "first_name_empty": tr("Enter the first name."),
        "class_empty": tr("Enter the class."),
        "birth_date_future": tr("The birth date lies in the future."),
        "enrolment_reversed": tr("The pupil cannot leave before arriving."),
        "passphrase_too_short": tr("The passphrase must be at least {n} characters long.").format(
            n=MIN_PASSPHRASE_LENGTH
        ),
        "user_name_empty": tr("Enter your name: it is recorded as the author of what you log."),
        "role_unknown": tr("Choose your role."),
        "unknown_code": tr("This absence code is not in the code table."),
        "no_lesson_half_day": tr("There is no lesson half day in that range."),
        "mark_not_for_code": tr(
            "That mark does not go with that code: luxeverzuim only on B, a medical or "
            "doubtful certificate only on Z."
        ),
        "measure_in_future": tr("The date of the measure lies in the future."),
        "follow_up_before_measure": tr("The follow-up date lies before the date of the measure."),
        "flag_reason_missing": tr("Give a short reason."),
        "contact_check_in_future": tr("The date of the check lies in the future."),
    }
    return texts.get(problem, problem)


def readiness_text(missing: str) -> str:
    """What the checklist says is missing before a registration (services/checklist.py ids):
    shown in the checklist tab and again above the referral's export button."""
    texts = {
        "no_registration_reason": tr("No reason for the registration is chosen yet."),
        "no_parent_contact": tr("No contact with the parents is logged yet."),
        "no_help_question": tr("No constructive help question was worded together with the pupil."),
    }
    return texts.get(missing, missing)


def strength_hint(score: int) -> str:
    hints = [
        tr(
            "Too short. Use at least {n} characters; a sentence of four or five words works well."
        ).format(n=MIN_PASSPHRASE_LENGTH),
        tr("Weak. Make it longer, or mix in digits or punctuation."),
        tr("Fair. Longer is stronger."),
        tr("Good."),
        tr("Strong."),
    ]
    return hints[max(0, min(score, 4))]


def step_label(step: str | None) -> str:
    """A trajectory step (DESIGN.md ids) in words (services/names.py); None is an empty text."""
    if step is None:
        return ""
    return step_name(step, current_language())
