"""The guidance-measure log in words: the command line's ids (towards, channel, purpose, outcome)
turned into the user's language, and one measure summarised in a line.

The log, its dialog, its history and the to-do list all word a measure the same way, so the words
live here once. Source strings are English; Dutch and French come from the .ts files.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
from pa_desktop.gui.common.texts import format_date, tr


def towards_name(value: Towards) -> str:
    names = {
        Towards.PUPIL: tr("pupil"),
        Towards.PARENTS: tr("parents"),
        Towards.BOTH: tr("pupil and parents"),
        Towards.PARTNER: tr("partner"),
    }
    return names[value]


def channel_name(value: Channel) -> str:
    names = {
        Channel.CONVERSATION: tr("conversation"),
        Channel.PHONE: tr("phone"),
        Channel.TEXT_MESSAGE: tr("text message"),
        Channel.LETTER: tr("letter"),
        Channel.EMAIL: tr("e-mail"),
        Channel.HOME_VISIT: tr("home visit"),
        Channel.CLASS_DIARY: tr("note in the class diary"),
        Channel.ONLINE_MEETING: tr("online meeting"),
    }
    return names[value]


def purpose_name(value: Purpose) -> str:
    names = {
        Purpose.REPORT_ABSENCE: tr("reported the absence"),
        Purpose.ASK_REASON: tr("asked about / discussed the reason"),
        Purpose.AGREEMENTS: tr("agreements on follow-up"),
        Purpose.HELP_QUESTION: tr("constructive help question worded"),
        Purpose.CLB_CONSULTATION: tr("consultative pupil guidance with the CLB"),
        Purpose.YOUTH_COACH: tr("youth coach"),
        Purpose.REFERRAL: tr("referral"),
        Purpose.SANCTION: tr("sanction"),
        Purpose.OTHER: tr("other"),
    }
    return names[value]


def outcome_name(value: Outcome) -> str:
    names = {
        Outcome.REACHED: tr("reached"),
        Outcome.NOT_REACHED: tr("not reached"),
        Outcome.REFUSED: tr("refused"),
    }
    return names[value]


def sanction_warning_text() -> str:
    """DOMAIN.md rule 11, worded as a warning: the app never proposes a sanction."""
    return tr(
        "Note: this pupil already has repeated problematic absences (B codes). The Brussels "
        "guideline warns that for repeated truancy sanctions widen the gap with school and "
        "increase truancy; a sanction may only help after a first unjustified absence of a pupil "
        "who is strongly bonded to school. You can still save this measure."
    )


def format_time(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def as_utc(value: datetime) -> datetime:
    """The store writes UTC; a moment read back without a zone is UTC too."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def format_moment(value: datetime) -> str:
    """A stored moment as the user's local date and time, dd/mm/yyyy HH:MM."""
    return as_utc(value).astimezone().strftime("%d/%m/%Y %H:%M")


def one_line(text: str) -> str:
    """Free text in a table cell: one line; the tooltip shows it whole."""
    return " / ".join(part.strip() for part in text.splitlines() if part.strip())


def describe(draft: MeasureDraft) -> str:
    """The whole measure in one line, for the history and the undo texts."""
    moment = format_date(draft.day)
    if draft.at is not None:
        moment += " " + format_time(draft.at)
    parts = [
        moment,
        towards_name(draft.towards),
        channel_name(draft.channel),
        purpose_name(draft.purpose),
        outcome_name(draft.outcome),
    ]
    if draft.agreements.strip():
        parts.append(tr("agreements: {text}").format(text=one_line(draft.agreements)))
    if draft.follow_up is not None:
        parts.append(tr("follow-up on {date}").format(date=format_date(draft.follow_up)))
    if draft.note.strip():
        parts.append(tr("note: {text}").format(text=one_line(draft.note)))
    return " · ".join(parts)


def changed_fields(before: MeasureDraft, after: MeasureDraft) -> str:
    """Which fields an edit changed, named, so the history says what changed and not only how
    the measure looks now."""
    names = [
        (before.day != after.day, tr("date")),
        (before.at != after.at, tr("time")),
        (before.towards != after.towards, tr("towards")),
        (before.channel != after.channel, tr("channel")),
        (before.purpose != after.purpose, tr("purpose")),
        (before.outcome != after.outcome, tr("outcome")),
        (before.agreements != after.agreements, tr("agreements")),
        (before.follow_up != after.follow_up, tr("follow-up date")),
        (before.note != after.note, tr("note")),
    ]
    return ", ".join(name for differs, name in names if differs) or tr("nothing")


def follow_up_short(due: date, today: date) -> str:
    """The same in one word, beside a date in the log ("" when it is still to come)."""
    if due < today:
        return tr("overdue")
    return tr("today") if due == today else ""


def follow_up_state(due: date, today: date) -> str:
    """Overdue / today / upcoming in words (never colour alone)."""
    if due < today:
        days = (today - due).days
        return tr("overdue (%n day(s))", "", days)
    if due == today:
        return tr("today")
    return tr("upcoming")
