"""Reading a decrypted warm-transfer document (schema in domain/transfer_schema.py), strictly.

The document comes from another vault, perhaps another version of PA Desktop: every field is
type-checked here and anything unexpected refuses the whole document (DossierFormatError with a
reason id and the place), so an import never writes half a dossier.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, TypeVar

from pa_desktop.domain import bounds
from pa_desktop.domain.absences import Mark
from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
from pa_desktop.domain.trajectory import RegistrationReason, Step, StepDetails
from pa_desktop.domain.transfer_schema import (
    SCHEMA,
    VERSION,
    AbsenceRecord,
    ChecklistRecord,
    Dossier,
    DossierFormatError,
    DossierTooNewError,
    FlagRecord,
    HistoryRecord,
    MeasureRecord,
    PupilRecord,
    Receiver,
    Sender,
    StepRecord,
)

T = TypeVar("T")


class _Reader:
    """Typed access to one JSON object; every failure names where it happened."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise DossierFormatError("bad_shape", where)
        self.data = data
        self.where = where

    def _get(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if key not in self.data or self.data[key] is None:
            if default is ...:
                raise DossierFormatError("missing_field", f"{self.where}.{key}")
            return default
        value = self.data[key]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
            raise DossierFormatError("bad_value", f"{self.where}.{key}")
        return value

    def text(self, key: str, required: bool = False) -> str:
        return str(self._get(key, str, ... if required else ""))

    def optional_text(self, key: str) -> str | None:
        value = self._get(key, str, None)
        return None if value is None else str(value)

    def integer(self, key: str, default: int | None = None) -> int:
        return int(self._get(key, int, ... if default is None else default))

    def flag(self, key: str) -> bool:
        return bool(self._get(key, bool, False))

    def items(self, key: str) -> list[Any]:
        return list(self._get(key, list, []))

    def convert(self, key: str, convert: Callable[[str], T], optional: bool = False) -> T | None:
        raw = self._get(key, str, None if optional else ...)
        if raw is None:
            return None
        try:
            return convert(raw)
        except ValueError:
            raise DossierFormatError("bad_value", f"{self.where}.{key}") from None

    def day(self, key: str) -> date:
        value = self.convert(key, date.fromisoformat)
        assert value is not None
        return value

    def optional_day(self, key: str) -> date | None:
        return self.convert(key, date.fromisoformat, optional=True)

    def stamp(self, key: str) -> datetime | None:
        return self.convert(key, datetime.fromisoformat, optional=True)


def _draft(r: _Reader) -> MeasureDraft:
    at = r.convert("at", time.fromisoformat, optional=True)
    return MeasureDraft(
        day=r.day("day"),
        at=at,
        towards=_enum(r, "towards", Towards),
        channel=_enum(r, "channel", Channel),
        purpose=_enum(r, "purpose", Purpose),
        outcome=_enum(r, "outcome", Outcome),
        agreements=r.text("agreements"),
        follow_up=r.optional_day("follow_up"),
        note=r.text("note"),
    )


E = TypeVar("E", bound=StrEnum)


def _enum(r: _Reader, key: str, kind: type[E]) -> E:
    value = r.convert(key, kind)
    assert value is not None
    return value


def _year(text: str, where: str) -> SchoolYear:
    try:
        return SchoolYear.parse(text)
    except ValueError:
        raise DossierFormatError("bad_value", where) from None


def _details(r: _Reader) -> StepDetails:
    reasons = []
    for index, reason in enumerate(r.items("registration_reasons")):
        if not isinstance(reason, str):
            raise DossierFormatError("bad_value", f"{r.where}.registration_reasons[{index}]")
        try:
            reasons.append(RegistrationReason(reason))
        except ValueError:
            raise DossierFormatError("bad_value", f"{r.where}.registration_reasons") from None
    return StepDetails(
        note=r.text("note"),
        partner=r.text("partner"),
        registration_reasons=tuple(reasons),
        clb_consulted=r.flag("clb_consulted"),
        clb_intake_done=r.flag("clb_intake_done"),
        follow_up_agreement=r.text("follow_up_agreement"),
        reasons_before_split=r.flag("reasons_before_split"),
    )


def check_version(text: Any) -> tuple[int, int]:
    """(major, minor); a newer major is refused, a newer minor is read (fields are optional)."""
    if not isinstance(text, str):
        raise DossierFormatError("bad_version")
    major, _, minor = text.partition(".")
    if not (major.isdigit() and minor.isdigit()):
        raise DossierFormatError("bad_version", text)
    if int(major) > VERSION[0]:
        raise DossierTooNewError(text)
    return int(major), int(minor)


def from_json(data: Any) -> Dossier:
    """Read a decrypted document; raises DossierFormatError (or DossierTooNewError)."""
    root = _Reader(data, "$")
    if root.text("schema", required=True) != SCHEMA:
        raise DossierFormatError("not_a_dossier")
    version = check_version(data.get("version"))
    sender = _Reader(root._get("sender", dict), "sender")
    pupil = _Reader(root._get("pupil", dict), "pupil")
    counts = root._get("b_counts", dict, {})
    b_counts: dict[str, int] = {}
    for label, count in counts.items():
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise DossierFormatError("bad_value", f"b_counts.{label}")
        b_counts[_year(str(label), "b_counts").label] = count
    absences, measures, checklist, steps, flags = [], [], [], [], []
    for index, raw in enumerate(root.items("absences")):
        a = _Reader(raw, f"absences[{index}]")
        marks = []
        for mark in a.items("marks"):
            try:
                marks.append(Mark(str(mark)))
            except ValueError:
                raise DossierFormatError("bad_value", f"{a.where}.marks") from None
        absences.append(
            AbsenceRecord(
                day=a.day("day"),
                half=_enum(a, "half", HalfDay),
                code=a.text("code", required=True),
                official=a.text("official", required=True),
                marks=frozenset(marks),
                source=a.text("source") or "transfer",
            )
        )
    for index, raw in enumerate(root.items("measures")):
        m = _Reader(raw, f"measures[{index}]")
        history = []
        for number, old in enumerate(m.items("history")):
            h = _Reader(old, f"{m.where}.history[{number}]")
            content = h.data.get("content")
            history.append(
                HistoryRecord(
                    version=h.integer("version"),
                    draft=None if content is None else _draft(_Reader(content, h.where)),
                    author=h.text("author"),
                    changed_at=h.stamp("changed_at"),
                )
            )
        measures.append(
            MeasureRecord(
                draft=_draft(m),
                author=m.text("author"),
                recorded_at=m.stamp("recorded_at"),
                version=m.integer("version", 1),
                history=tuple(history),
            )
        )
    for index, raw in enumerate(root.items("checklist")):
        c = _Reader(raw, f"checklist[{index}]")
        if "value" not in c.data:
            raise DossierFormatError("missing_field", f"{c.where}.value")
        checklist.append(
            ChecklistRecord(
                school_year=_year(c.text("school_year", required=True), c.where),
                item_id=c.text("item_id", required=True),
                value=c.data["value"],
                author=c.text("author"),
                answered_at=c.stamp("answered_at"),
                why=c.text("why"),
            )
        )
    for index, raw in enumerate(root.items("trajectory")):
        s = _Reader(raw, f"trajectory[{index}]")
        steps.append(
            StepRecord(
                step=_enum(s, "step", Step),
                day=s.day("day"),
                author=s.text("author"),
                details=_details(_Reader(s._get("details", dict, {}), f"{s.where}.details")),
                recorded_at=s.stamp("recorded_at"),
            )
        )
    for index, raw in enumerate(root.items("flags")):
        f = _Reader(raw, f"flags[{index}]")
        flags.append(
            FlagRecord(
                f.text("flag", required=True), f.text("note"), f.text("set_by"), f.stamp("set_at")
            )
        )
    exported_at = root.stamp("exported_at")
    if exported_at is None:
        raise DossierFormatError("missing_field", "exported_at")
    receiver = root.convert("receiver", Receiver)
    assert receiver is not None
    return Dossier(
        transfer_id=root.text("transfer_id", required=True),
        exported_at=exported_at,
        sender=Sender(
            sender.text("role"), sender.text("school"), sender.text("clb"), sender.text("user_name")
        ),
        receiver=receiver,
        school_years=tuple(_year(str(y), "school_years") for y in root.items("school_years")),
        sections=tuple(str(s) for s in root.items("sections")),
        pupil=PupilRecord(
            last_name=pupil.text("last_name", required=True),
            first_name=pupil.text("first_name", required=True),
            class_name=pupil.text("class_name"),
            birth_date=pupil.optional_day("birth_date"),
            school_number=pupil.optional_text("school_number"),
            enrolled_from=pupil.optional_day("enrolled_from"),
            enrolled_until=pupil.optional_day("enrolled_until"),
        ),
        b_counts=b_counts,
        absences=tuple(absences),
        measures=tuple(measures),
        checklist=tuple(checklist),
        trajectory=tuple(steps),
        flags=tuple(flags),
        version=version,
    )


MAX_TEXT = 20_000  # characters in one text field: a note of a few pages at most


def validate(dossier: Dossier, known_flags: tuple[str, ...]) -> None:
    """What the types alone do not say: dates inside the program's range (school years
    2000-2100; a birth date from 1900 and not after the export), an enrolment that ends after it
    starts, no half day, step or flag twice, known flag ids, texts that can be stored. Raises
    DossierFormatError(reason, where) for the first problem; nothing is merged then."""
    exported_on = dossier.exported_at.date()
    pupil = dossier.pupil

    def day_in_range(day: date | None, where: str, school_life: bool = True) -> None:
        if day is not None and not bounds.date_supported(day, school_life):
            raise DossierFormatError("out_of_range", where)

    for year in dossier.school_years:
        if not bounds.school_year_supported(year.start_year):
            raise DossierFormatError("out_of_range", "school_years")
    for label in dossier.b_counts:
        if not bounds.school_year_supported(SchoolYear.parse(label).start_year):
            raise DossierFormatError("out_of_range", "b_counts")
    day_in_range(pupil.birth_date, "pupil.birth_date", school_life=False)
    if pupil.birth_date is not None and pupil.birth_date > exported_on:
        raise DossierFormatError("out_of_range", "pupil.birth_date")
    day_in_range(pupil.enrolled_from, "pupil.enrolled_from")
    day_in_range(pupil.enrolled_until, "pupil.enrolled_until")
    if (
        pupil.enrolled_from is not None
        and pupil.enrolled_until is not None
        and pupil.enrolled_until < pupil.enrolled_from
    ):
        raise DossierFormatError("enrolment_order", "pupil")
    seen_halves: set[tuple[date, HalfDay]] = set()
    for index, absence in enumerate(dossier.absences):
        day_in_range(absence.day, f"absences[{index}].day")
        if (absence.day, absence.half) in seen_halves:
            raise DossierFormatError("duplicate", f"absences[{index}]")
        seen_halves.add((absence.day, absence.half))
    for index, measure in enumerate(dossier.measures):
        day_in_range(measure.draft.day, f"measures[{index}].day")
        day_in_range(measure.draft.follow_up, f"measures[{index}].follow_up")
        for number, old in enumerate(measure.history):
            if old.draft is not None:
                day_in_range(old.draft.day, f"measures[{index}].history[{number}].day")
                day_in_range(old.draft.follow_up, f"measures[{index}].history[{number}]")
    for index, step in enumerate(dossier.trajectory):
        day_in_range(step.day, f"trajectory[{index}].day")
    seen_items: set[tuple[int, str]] = set()
    for index, answer in enumerate(dossier.checklist):
        if not bounds.school_year_supported(answer.school_year.start_year):
            raise DossierFormatError("out_of_range", f"checklist[{index}]")
        key = (answer.school_year.start_year, answer.item_id)
        if key in seen_items:
            raise DossierFormatError("duplicate", f"checklist[{index}]")
        seen_items.add(key)
    seen_flags: set[str] = set()
    for index, flag in enumerate(dossier.flags):
        if flag.flag not in known_flags:
            raise DossierFormatError("unknown_id", f"flags[{index}]")
        if flag.flag in seen_flags:
            raise DossierFormatError("duplicate", f"flags[{index}]")
        seen_flags.add(flag.flag)
    _check_texts(dossier)


def _check_texts(dossier: Dossier) -> None:
    pupil = dossier.pupil
    texts = [
        ("pupil", pupil.last_name),
        ("pupil", pupil.first_name),
        ("pupil", pupil.class_name),
        ("pupil", pupil.school_number or ""),
        ("sender", dossier.sender.school),
        ("sender", dossier.sender.clb),
        ("sender", dossier.sender.user_name),
    ]
    texts += [(f"absences[{i}]", a.code) for i, a in enumerate(dossier.absences)]
    for i, m in enumerate(dossier.measures):
        texts += [(f"measures[{i}]", m.draft.note), (f"measures[{i}]", m.draft.agreements)]
        texts += [(f"measures[{i}]", m.author)]
    for i, s in enumerate(dossier.trajectory):
        texts += [(f"trajectory[{i}]", s.details.note), (f"trajectory[{i}]", s.details.partner)]
        texts += [(f"trajectory[{i}]", s.details.follow_up_agreement)]
    texts += [(f"flags[{i}]", f.note) for i, f in enumerate(dossier.flags)]
    texts += [(f"checklist[{i}]", c.why) for i, c in enumerate(dossier.checklist)]
    texts += [(f"checklist[{i}]", c.item_id) for i, c in enumerate(dossier.checklist)]
    texts += [
        (f"checklist[{i}]", json.dumps(c.value, ensure_ascii=False))
        for i, c in enumerate(dossier.checklist)
    ]
    for where, text in texts:
        if len(text) > MAX_TEXT or not bounds.text_storable(text):
            raise DossierFormatError("bad_text", where)
