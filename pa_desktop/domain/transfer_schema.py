"""The payload of a warm-transfer file (`.padossier`): one pupil's dossier as a JSON document.

The file is read by another PA Desktop, possibly a newer one years later, so the document carries
its schema name and version and is read strictly: every field is checked here and a wrong shape is
refused as a whole instead of half-imported.

Schema `pa-desktop/dossier`, version "1.0" (dates ISO `YYYY-MM-DD`, times ISO 8601 with offset):

    schema          "pa-desktop/dossier"
    version         "MAJOR.MINOR"; a reader refuses a newer MAJOR and accepts a newer MINOR
                    (a minor version only adds optional fields; a new enumeration value or a
                    changed meaning needs a new major version)
    transfer_id     random hex id, also in the file name (`dossier-<id>.padossier`)
    exported_at     when the sender made the file
    sender          {role: school|clb, school, clb, user_name}: whom to call about the pupil
    receiver        school|clb: what the sender chose; it decided what the file holds
    school_years    ["2026-2027", ...] the years the sender chose
    sections        ids of what the file holds (see domain/transfer.py SECTIONS)
    pupil           {last_name, first_name, class_name, birth_date|null, school_number|null,
                     enrolled_from|null, enrolled_until|null}
    b_counts        {"2026-2027": 7, ...}: B half days per chosen school year (always present)
    absences        [{day, half: VM|NM, code, official, marks: [...], source}]
    measures        [{day, at|null, towards, channel, purpose, outcome, agreements, follow_up|null,
                      note, author, recorded_at|null, version, history: [{version, content|null,
                      author, changed_at}]}]  (content: the measure fields above, null = deleted)
    checklist       [{school_year: "2026-2027", item_id, value, author, answered_at|null, why}]
    trajectory      [{step, day, author, details: {note, partner, registration_reasons,
                      clb_consulted, clb_intake_done, follow_up_agreement}, recorded_at|null}]
    flags           [{flag, note, set_by, set_at|null}]

Towards a school the sender leaves fields empty (see domain/transfer.py): no absences, empty
free texts and authors, no history; the shape stays the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from pa_desktop.domain.absences import Mark
from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.measures import MeasureDraft
from pa_desktop.domain.trajectory import Step, StepDetails

SCHEMA = "pa-desktop/dossier"
VERSION = (1, 0)


class Receiver(StrEnum):
    SCHOOL = "school"
    CLB = "clb"


class DossierFormatError(ValueError):
    """The document is not a dossier this version can read; `reason` is an id."""

    def __init__(self, reason: str, where: str = "") -> None:
        super().__init__(f"{reason} {where}".strip())
        self.reason = reason
        self.where = where


class DossierTooNewError(DossierFormatError):
    """Written by a PA Desktop with a newer major version of the schema."""

    def __init__(self, version: str) -> None:
        super().__init__("too_new", version)
        self.version = version


@dataclass(frozen=True)
class Sender:
    role: str
    school: str
    clb: str
    user_name: str

    @property
    def organisation(self) -> str:
        """The school or CLB the file comes from, as the receiver will call it."""
        first, second = (self.clb, self.school) if self.role == "clb" else (self.school, self.clb)
        return first or second or "?"


@dataclass(frozen=True)
class PupilRecord:
    last_name: str
    first_name: str
    class_name: str
    birth_date: date | None = None
    school_number: str | None = None
    enrolled_from: date | None = None
    enrolled_until: date | None = None


@dataclass(frozen=True)
class AbsenceRecord:
    day: date
    half: HalfDay
    code: str
    official: str
    marks: frozenset[Mark] = frozenset()
    source: str = "manual"


@dataclass(frozen=True)
class HistoryRecord:
    version: int
    draft: MeasureDraft | None  # None: deleted at this version
    author: str
    changed_at: datetime | None


@dataclass(frozen=True)
class MeasureRecord:
    draft: MeasureDraft
    author: str
    recorded_at: datetime | None
    version: int = 1
    history: tuple[HistoryRecord, ...] = ()


@dataclass(frozen=True)
class ChecklistRecord:
    school_year: SchoolYear
    item_id: str
    value: Any
    author: str
    answered_at: datetime | None
    why: str = ""


@dataclass(frozen=True)
class StepRecord:
    step: Step
    day: date
    author: str
    details: StepDetails = field(default_factory=StepDetails)
    recorded_at: datetime | None = None


@dataclass(frozen=True)
class FlagRecord:
    flag: str
    note: str
    set_by: str
    set_at: datetime | None = None


@dataclass(frozen=True)
class Dossier:
    transfer_id: str
    exported_at: datetime
    sender: Sender
    receiver: Receiver
    school_years: tuple[SchoolYear, ...]
    sections: tuple[str, ...]
    pupil: PupilRecord
    b_counts: Mapping[str, int]
    absences: tuple[AbsenceRecord, ...] = ()
    measures: tuple[MeasureRecord, ...] = ()
    checklist: tuple[ChecklistRecord, ...] = ()
    trajectory: tuple[StepRecord, ...] = ()
    flags: tuple[FlagRecord, ...] = ()
    version: tuple[int, int] = VERSION


# writing ---------------------------------------------------------------------------------------
def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _stamp(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def details_json(details: StepDetails) -> dict[str, Any]:
    data: dict[str, Any] = {
        "note": details.note,
        "partner": details.partner,
        "registration_reasons": [r.value for r in details.registration_reasons],
        "clb_consulted": details.clb_consulted,
        "clb_intake_done": details.clb_intake_done,
        "follow_up_agreement": details.follow_up_agreement,
    }
    if details.reasons_before_split:  # optional: only steps from before schema 8 carry it
        data["reasons_before_split"] = True
    return data


def to_json(dossier: Dossier) -> dict[str, Any]:
    """The document to encrypt; `from_json(to_json(d)) == d`."""
    p = dossier.pupil
    return {
        "schema": SCHEMA,
        "version": f"{dossier.version[0]}.{dossier.version[1]}",
        "transfer_id": dossier.transfer_id,
        "exported_at": dossier.exported_at.isoformat(),
        "sender": {
            "role": dossier.sender.role,
            "school": dossier.sender.school,
            "clb": dossier.sender.clb,
            "user_name": dossier.sender.user_name,
        },
        "receiver": dossier.receiver.value,
        "school_years": [y.label for y in dossier.school_years],
        "sections": list(dossier.sections),
        "pupil": {
            "last_name": p.last_name,
            "first_name": p.first_name,
            "class_name": p.class_name,
            "birth_date": _day(p.birth_date),
            "school_number": p.school_number,
            "enrolled_from": _day(p.enrolled_from),
            "enrolled_until": _day(p.enrolled_until),
        },
        "b_counts": dict(dossier.b_counts),
        "absences": [
            {
                "day": a.day.isoformat(),
                "half": a.half.value,
                "code": a.code,
                "official": a.official,
                "marks": sorted(m.value for m in a.marks),
                "source": a.source,
            }
            for a in dossier.absences
        ],
        "measures": [
            {
                **m.draft.as_json(),
                "author": m.author,
                "recorded_at": _stamp(m.recorded_at),
                "version": m.version,
                "history": [
                    {
                        "version": h.version,
                        "content": h.draft.as_json() if h.draft else None,
                        "author": h.author,
                        "changed_at": _stamp(h.changed_at),
                    }
                    for h in m.history
                ],
            }
            for m in dossier.measures
        ],
        "checklist": [
            {
                "school_year": c.school_year.label,
                "item_id": c.item_id,
                "value": c.value,
                "author": c.author,
                "answered_at": _stamp(c.answered_at),
                "why": c.why,
            }
            for c in dossier.checklist
        ],
        "trajectory": [
            {
                "step": s.step.value,
                "day": s.day.isoformat(),
                "author": s.author,
                "details": details_json(s.details),
                "recorded_at": _stamp(s.recorded_at),
            }
            for s in dossier.trajectory
        ],
        "flags": [
            {"flag": f.flag, "note": f.note, "set_by": f.set_by, "set_at": _stamp(f.set_at)}
            for f in dossier.flags
        ],
    }
