"""What a received dossier means for schools and enrolments (DOMAIN.md rule 10).

A new school may only see how many B half days a pupil had, not their dates. Those carried-in
B half days still count for the 5-B duty, the AGODI bands and the 30-B rules of their school
year, so they are kept per pupil and school year (`carried_b`); the B half days the file does
carry with dates are imported as absences and are not counted twice. The arrival date starts the
pupil's enrolment at the receiving school. A school handing a pupil to its own CLB is not a
school change: the CLB's vault places the pupil at that school and records the hand-over.
"""

from __future__ import annotations

from datetime import date, timedelta

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.codes import CodeGroup, CodeTable
from pa_desktop.domain.schools import Enrolment
from pa_desktop.domain.transfer_schema import Dossier, Receiver
from pa_desktop.services import audit
from pa_desktop.services.session import VaultSession
from pa_desktop.store.schools import SchoolRepository


def is_handover(session: VaultSession, dossier: Dossier) -> bool:
    """A school sending to the CLB that follows it: the pupil did not change school."""
    return (
        dossier.receiver is Receiver.CLB
        and dossier.sender.role == "school"
        and session.profile().role == "clb"
    )


def earlier_pupil(session: VaultSession, transfer_id: str, sha256: str) -> int | None:
    """The pupil an earlier import of this same file went to (the audit log keeps it)."""
    for entry in reversed(audit.entries(session, "transfer_in")):
        details = entry.details
        same = details.get("transfer_id") == transfer_id or details.get("sha256") == sha256
        if same and entry.pupil_id is not None:
            return entry.pupil_id
    return None


def receiving_school(session: VaultSession, dossier: Dossier, handover: bool) -> int:
    """The school a new pupil joins: on a hand-over the sending school (added to a CLB vault
    the first time one of its pupils comes in), else the vault's first school."""
    name = " ".join(dossier.sender.school.split())
    if handover and name:
        for school in session.schools():
            if school.name == name:
                return school.id
        if not name.isdigit():
            return session.add_school(name).id
    return session.default_school_id()


def carried_counts(dossier: Dossier, codes: CodeTable) -> dict[int, int]:
    """B half days per school year the file counts but does not carry as dated absences."""
    dated: dict[int, int] = {}
    for absence in dossier.absences:
        if absence.code in codes and codes.group_of(absence.code) is CodeGroup.B:
            year = SchoolYear.containing(absence.day).start_year
            dated[year] = dated.get(year, 0) + 1
    carried = {}
    for label, count in dossier.b_counts.items():
        year = SchoolYear.parse(label).start_year
        rest = count - dated.get(year, 0)
        if rest > 0:
            carried[year] = rest
    return carried


def default_arrival(dossier: Dossier, today: date) -> date:
    """The day after the pupil left the sending school, else today."""
    left = dossier.pupil.enrolled_until
    return left + timedelta(days=1) if left is not None else today


def record_arrival(
    session: VaultSession,
    pupil_id: int,
    dossier: Dossier,
    arrival: date | None,
    handover: bool,
    school_id: int,
) -> dict[int, int]:
    """Keep the carried-in B half days and (on a school change) start the enrolment at the
    receiving school on the arrival date. Returns the carried counts by school year."""
    carried = carried_counts(dossier, session.code_table())
    repository = session.repository(SchoolRepository)
    for year, count in carried.items():
        repository.set_carried(pupil_id, year, count, dossier.sender.organisation)
    if not handover and dossier.receiver is Receiver.SCHOOL:
        start = arrival or default_arrival(dossier, session.today())
        year = SchoolYear.containing(start).start_year
        here = [
            e
            for e in session.enrolments(pupil_id)
            if e.school_year == year and e.school_id == school_id
        ]
        # the same file again changes nothing; an arrival date given anew corrects it
        if not here or (arrival is not None and here[0].arrival != arrival):
            pupil = session.pupil(pupil_id)
            session.enrol(Enrolment(pupil_id, school_id, year, pupil.class_name, start, None))
    return carried
