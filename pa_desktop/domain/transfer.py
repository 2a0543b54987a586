"""Warm transfer (DOMAIN.md rule 10): what a receiver may see, and how a dossier merges in.

What goes is decided by the receiver, not by the sender's mood on the day:

- towards a **CLB worker** (the next CLB takes over the guidance) the whole dossier goes;
- towards a **school** only what a school may know. The guideline says a new school may see the
  number of B half days so far, not their dates; the school's and the CLB's files stay separate.
  So: the pupil's name, birth date and class; the B count per chosen school year (no date and no
  code of any absence: a Z date is health data too); the guidance measures as facts (date, towards
  whom, how, purpose, outcome, follow-up date), because the new school must not start from zero
  (parents unreachable twice is a warning signal); the PA checklist answers; the school and CLB
  steps of the trajectory; the hand-set warning flags. What stays: every free text (agreements,
  notes, reasons, partners, follow-up agreements: they can hold anything about a family), the
  CLB's notes and plan, referrals to partners (KANS, Foyer, police, OCJ, AGODI: the CLB carries
  those to the next CLB), earlier versions of measures and who wrote what, the old school's pupil
  number and enrolment dates.
  A measure's date can hint at an absence (a call on the day of a B); that is accepted so the new
  school sees when contact was sought, and it is said in the export dialog.

Merging never duplicates: absences by half day, measures by (day, towards, channel, purpose,
outcome), trajectory steps by (step, day), both counted as multisets so two identical calls on one
day stay two; a half day with another code is a conflict the user settles (keep or replace).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.measures import MeasureDraft
from pa_desktop.domain.pupils import Pupil
from pa_desktop.domain.text import fold
from pa_desktop.domain.trajectory import Step, StepDetails
from pa_desktop.domain.transfer_schema import (
    AbsenceRecord,
    ChecklistRecord,
    Dossier,
    FlagRecord,
    MeasureRecord,
    PupilRecord,
    Receiver,
    StepRecord,
)

# Every section of a dossier, in the order the export dialog lists them.
SECTIONS = (
    "pupil",  # name, birth date, class
    "b_counts",  # number of B half days per school year, without dates
    "measures",  # measures: date, towards whom, how, purpose, outcome, follow-up date
    "checklist",  # PA checklist answers
    "trajectory",  # school and CLB steps of the trajectory, with their dates
    "flags",  # warning flags set by hand
    "absences",  # every absence with its date, code and marks
    "free_text",  # agreements, notes, reasons, partners, follow-up agreements
    "clb_notes",  # the CLB's notes per checklist section and its plan (clb.*)
    "partner_steps",  # KANS, external help, Roma-dienst Foyer, police, OCJ, AGODI
    "history",  # earlier versions of measures; who logged what and when
    "admin",  # the pupil number of the old school, enrolment dates
)
SCHOOL_SECTIONS = SECTIONS[:6]
CLB_NOTE_PREFIX = "clb."
SCHOOL_STEPS = frozenset(
    {
        Step.SCHOOL_FOLLOW_UP,
        Step.SIGNALLED_CLB,
        Step.REGISTERED_CLB,
        Step.CLB_GUIDANCE,
        Step.CLB_CLOSED,
        Step.SCHOOL_CHANGE,
        Step.CLOSED,
    }
)


def sections_for(receiver: Receiver) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(what goes, what stays) for a receiver."""
    going = SECTIONS if receiver is Receiver.CLB else SCHOOL_SECTIONS
    return going, tuple(s for s in SECTIONS if s not in going)


COUNT_KEYS = frozenset({"B", "P", "R", "Z", "other", "unknown"})


def _b_only(value: Any) -> Any:
    """A school sees B counts only: a checklist answer holding counts per code group (answered
    by hand, or pre-filled) keeps its B and loses Z, P, R and the rest."""
    if isinstance(value, dict) and value and set(value) <= COUNT_KEYS:
        return {"B": value["B"]} if "B" in value else {}
    return value


def for_receiver(full: Dossier, receiver: Receiver) -> Dossier:
    """The dossier trimmed to what `receiver` may see (the whole of it for a CLB)."""
    if receiver is Receiver.CLB:
        return replace(full, receiver=receiver, sections=SECTIONS)
    pupil = PupilRecord(
        full.pupil.last_name, full.pupil.first_name, full.pupil.class_name, full.pupil.birth_date
    )
    measures = tuple(
        MeasureRecord(
            draft=replace(m.draft, agreements="", note="", at=None), author="", recorded_at=None
        )
        for m in full.measures
    )
    checklist = tuple(
        ChecklistRecord(c.school_year, c.item_id, _b_only(c.value), "", None)
        for c in full.checklist
        if not c.item_id.startswith(CLB_NOTE_PREFIX)
    )
    steps = tuple(
        StepRecord(
            s.step,
            s.day,
            "",
            StepDetails(
                registration_reasons=s.details.registration_reasons,
                clb_consulted=s.details.clb_consulted,
                clb_intake_done=s.details.clb_intake_done,
            ),
        )
        for s in full.trajectory
        if s.step in SCHOOL_STEPS
    )
    flags = tuple(FlagRecord(f.flag, "", "") for f in full.flags)
    return replace(
        full,
        receiver=receiver,
        sections=SCHOOL_SECTIONS,
        pupil=pupil,
        absences=(),
        measures=measures,
        checklist=checklist,
        trajectory=steps,
        flags=flags,
    )


# matching ----------------------------------------------------------------------------------------
def name_key(last_name: str, first_name: str) -> tuple[str, str]:
    """Names as compared: folded ("Yilmaz" finds "Yılmaz"), inner spaces collapsed."""
    return (" ".join(fold(last_name).split()), " ".join(fold(first_name).split()))


@dataclass(frozen=True)
class PupilMatch:
    """Whom the dossier merges into. `by`: school_number, name_birth_date, or new.

    A school number is only a school's own number, so another school's (or, in a CLB's vault,
    another pupil's) number can be the same: a number match counts only when the name or the
    birth date agrees too. Otherwise `number_clash` names the pupil that was not taken."""

    pupil_id: int | None
    by: str
    ambiguous: tuple[int, ...] = ()
    number_clash: int | None = None


def match_pupil(record: PupilRecord, pupils: Iterable[Pupil]) -> PupilMatch:
    everyone = list(pupils)
    key = name_key(record.last_name, record.first_name)
    clash = None
    number = (record.school_number or "").strip()
    if number:
        same_number = [p for p in everyone if (p.school_number or "").strip() == number]
        agreeing = [
            p
            for p in same_number
            if name_key(p.last_name, p.first_name) == key
            or (record.birth_date is not None and p.birth_date == record.birth_date)
        ]
        if len(agreeing) == 1:
            return PupilMatch(agreeing[0].id, "school_number")
        if same_number and not agreeing:
            clash = same_number[0].id
    if record.birth_date is not None:
        found = [
            p
            for p in everyone
            if p.birth_date == record.birth_date and name_key(p.last_name, p.first_name) == key
        ]
        if len(found) == 1:
            return PupilMatch(found[0].id, "name_birth_date", number_clash=clash)
        if len(found) > 1:
            return PupilMatch(None, "ambiguous", tuple(p.id for p in found), clash)
    return PupilMatch(None, "new", number_clash=clash)


# merging -----------------------------------------------------------------------------------------
Slot = tuple[date, HalfDay]


MeasureKey = tuple[date, str, str, str, str]


def measure_key(draft: MeasureDraft) -> MeasureKey:
    d = draft
    return (d.day, d.towards.value, d.channel.value, d.purpose.value, d.outcome.value)


@dataclass(frozen=True)
class Existing:
    """What the receiving pupil already has (empty for a new pupil)."""

    absences: Mapping[Slot, str] = field(default_factory=dict)
    measures: tuple[MeasureKey, ...] = ()
    steps: tuple[tuple[Step, date], ...] = ()
    checklist: Mapping[tuple[int, str], Any] = field(default_factory=dict)
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Conflict:
    """The same half day with another code: ours (the vault's) or theirs (the file's)."""

    day: date
    half: HalfDay
    ours: str
    theirs: str


@dataclass(frozen=True)
class MergePlan:
    new_absences: tuple[AbsenceRecord, ...]
    replaced: tuple[AbsenceRecord, ...]
    conflicts: tuple[Conflict, ...]
    unchanged_absences: int
    new_measures: tuple[MeasureRecord, ...]
    unchanged_measures: int
    new_steps: tuple[StepRecord, ...]
    unchanged_steps: int
    new_checklist: tuple[ChecklistRecord, ...]
    kept_checklist: int
    unchanged_checklist: int
    new_flags: tuple[FlagRecord, ...]
    unchanged_flags: int
    school_change_added: bool
    handover_added: bool = False  # a school -> CLB hand-over recorded as signalled

    @property
    def writes(self) -> int:
        """How many rows the merge writes (0: importing this file again changes nothing)."""
        return (
            len(self.new_absences)
            + len(self.replaced)
            + len(self.new_measures)
            + len(self.new_steps)
            + len(self.new_checklist)
            + len(self.new_flags)
            + int(self.school_change_added)
            + int(self.handover_added)
        )


def _multiset_new(items: Iterable[Any], key: Callable[[Any], Any], have: Counter[Any]) -> list[Any]:
    """The items beyond what is already there, counting equal keys (two calls stay two)."""
    left = Counter(have)
    new = []
    for item in items:
        k = key(item)
        if left[k] > 0:
            left[k] -= 1
        else:
            new.append(item)
    return new


def plan_merge(
    dossier: Dossier,
    existing: Existing,
    replace_conflict: Callable[[Conflict], bool],
    today: date,
    author: str,
    attention_note: str = "",
    handover: bool = False,
) -> MergePlan:
    """What merging `dossier` into a pupil with `existing` data writes. Pure: nothing is written.

    The pupil gets the attention flag (a `school_change` step, the overview's ⚑) unless one is
    already there or comes with the file; `attention_note` (the B counts in words, from the front
    end) goes on the step this transfer adds, or on the file's step when it came without a note.
    """
    new_absences, replaced, conflicts, unchanged = [], [], [], 0
    for absence in dossier.absences:
        ours = existing.absences.get((absence.day, absence.half))
        if ours is None:
            new_absences.append(absence)
        elif ours.upper() == absence.code.upper():
            unchanged += 1
        else:
            conflict = Conflict(absence.day, absence.half, ours, absence.code)
            conflicts.append(conflict)
            if replace_conflict(conflict):
                replaced.append(absence)
    new_measures = _multiset_new(
        dossier.measures,
        lambda m: measure_key(m.draft),
        Counter(existing.measures),
    )
    new_steps = _multiset_new(
        dossier.trajectory, lambda s: (s.step, s.day), Counter(existing.steps)
    )
    # A school handing a pupil to its own CLB did not change school: the CLB records what the
    # school did (signalled the pupil), unless the file already says signalled or registered.
    marker = (Step.SIGNALLED_CLB, Step.REGISTERED_CLB) if handover else (Step.SCHOOL_CHANGE,)
    has_change = any(step in marker for step, _ in existing.steps)
    incoming_change = [i for i, s in enumerate(new_steps) if s.step in marker]
    added = not has_change and not incoming_change
    if added:
        details = StepDetails(note=attention_note, partner=dossier.sender.organisation)
        new_steps.append(StepRecord(marker[0], today, author, details))
    elif incoming_change and attention_note:
        first = new_steps[incoming_change[0]]
        if not first.details.note:
            new_steps[incoming_change[0]] = replace(
                first, details=replace(first.details, note=attention_note)
            )
    new_checklist, kept, same = [], 0, 0
    for answer in dossier.checklist:
        key = (answer.school_year.start_year, answer.item_id)
        if key not in existing.checklist:
            new_checklist.append(answer)
        elif existing.checklist[key] == answer.value:
            same += 1
        else:
            kept += 1  # the receiver's own answer stays; never overwritten silently
    new_flags = [f for f in dossier.flags if f.flag not in existing.flags]
    return MergePlan(
        new_absences=tuple(new_absences),
        replaced=tuple(replaced),
        conflicts=tuple(conflicts),
        unchanged_absences=unchanged,
        new_measures=tuple(new_measures),
        unchanged_measures=len(dossier.measures) - len(new_measures),
        new_steps=tuple(new_steps),
        unchanged_steps=len(dossier.trajectory) - (len(new_steps) - int(added)),
        new_checklist=tuple(new_checklist),
        kept_checklist=kept,
        unchanged_checklist=same,
        new_flags=tuple(new_flags),
        unchanged_flags=len(dossier.flags) - len(new_flags),
        school_change_added=added and not handover,
        handover_added=added and handover,
    )
