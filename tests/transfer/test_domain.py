"""The pure rules: whom a dossier merges into, and what a merge writes (no vault needed)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
from pa_desktop.domain.pupils import Pupil
from pa_desktop.domain.trajectory import Step
from pa_desktop.domain.transfer import (
    SCHOOL_SECTIONS,
    SECTIONS,
    Existing,
    for_receiver,
    match_pupil,
    measure_key,
    plan_merge,
    sections_for,
)
from pa_desktop.domain.transfer_reader import from_json
from pa_desktop.domain.transfer_schema import (
    AbsenceRecord,
    Dossier,
    MeasureRecord,
    PupilRecord,
    Receiver,
    Sender,
    StepRecord,
    to_json,
)

BORN = date(2012, 5, 14)
AYSE = PupilRecord("Yılmaz", "Ayşe", "3B", BORN, "4711")
CALL = MeasureDraft(date(2026, 9, 14), Towards.PARENTS, Channel.PHONE, Purpose.ASK_REASON,
                    Outcome.NOT_REACHED)  # fmt: skip


def dossier(**fields: object) -> Dossier:
    base = Dossier(
        transfer_id="abc",
        exported_at=datetime(2026, 11, 27, 10, tzinfo=UTC),
        sender=Sender("school", "Sint-Guido", "CLB GO", "An"),
        receiver=Receiver.CLB,
        school_years=(SchoolYear(2026),),
        sections=SECTIONS,
        pupil=AYSE,
        b_counts={"2026-2027": 2},
        absences=(
            AbsenceRecord(date(2026, 9, 14), HalfDay.VM, "B", "B"),
            AbsenceRecord(date(2026, 9, 14), HalfDay.NM, "B", "B"),
        ),
        measures=(MeasureRecord(CALL, "An", None), MeasureRecord(CALL, "An", None)),
        trajectory=(StepRecord(Step.SCHOOL_FOLLOW_UP, date(2026, 9, 15), "An"),),
    )
    return Dossier(**{**base.__dict__, **fields})  # type: ignore[arg-type]


def test_a_school_number_counts_only_with_the_name_or_birth_date() -> None:
    same = Pupil(7, "Yilmaz", "Ayse", "4A", None, "4711")
    other = Pupil(8, "Janssens", "Tom", "2C", date(2011, 1, 2), "4711")
    twin = Pupil(9, "YILMAZ", "ayşe", "1A", BORN, None)
    assert match_pupil(AYSE, [other, same]).pupil_id == 7
    clash = match_pupil(AYSE, [other])
    assert clash.by == "new" and clash.number_clash == 8
    assert match_pupil(AYSE, [other, twin]).by == "name_birth_date"
    assert match_pupil(AYSE, [twin, Pupil(10, "Yılmaz", "Ayşe", "1B", BORN)]).by == "ambiguous"


def test_two_identical_calls_stay_two_and_a_second_merge_writes_nothing() -> None:
    incoming = dossier()
    first = plan_merge(incoming, Existing(measures=(measure_key(CALL),)), lambda c: False,
                       date(2026, 11, 28), "Bo")  # fmt: skip
    assert len(first.new_measures) == 1 and first.unchanged_measures == 1
    assert first.school_change_added and first.new_steps[-1].step is Step.SCHOOL_CHANGE
    after = Existing(
        absences={(a.day, a.half): a.code for a in incoming.absences},
        measures=(measure_key(CALL),) * 2,
        steps=(
            (Step.SCHOOL_FOLLOW_UP, date(2026, 9, 15)),
            (Step.SCHOOL_CHANGE, date(2026, 11, 28)),
        ),
    )
    again = plan_merge(incoming, after, lambda c: True, date(2026, 11, 28), "Bo")
    assert again.writes == 0 and again.conflicts == ()


def test_a_conflict_is_replaced_only_when_chosen() -> None:
    existing = Existing(absences={(date(2026, 9, 14), HalfDay.VM): "Z"})
    kept = plan_merge(dossier(), existing, lambda c: False, date(2026, 11, 28), "Bo")
    taken = plan_merge(
        dossier(), existing, lambda c: c.half is HalfDay.VM, date(2026, 11, 28), "Bo"
    )
    assert [(c.ours, c.theirs) for c in kept.conflicts] == [("Z", "B")] and kept.replaced == ()
    assert [a.half for a in taken.replaced] == [HalfDay.VM]
    assert len(kept.new_absences) == 1 and kept.unchanged_absences == 0


def test_towards_a_school_the_shape_stays_and_the_content_goes() -> None:
    going, staying = sections_for(Receiver.SCHOOL)
    assert going == SCHOOL_SECTIONS and "absences" in staying
    trimmed = for_receiver(dossier(), Receiver.SCHOOL)
    assert trimmed.absences == () and trimmed.b_counts == {"2026-2027": 2}
    assert trimmed.pupil.school_number is None and trimmed.measures[0].author == ""
    assert from_json(to_json(trimmed)) == trimmed
    assert from_json(to_json(dossier())) == dossier()
