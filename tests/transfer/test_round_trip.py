"""Round trips between real vaults: what arrives for a school and for a CLB worker, and what not."""

from __future__ import annotations

import hashlib
import json
import re
import stat
from datetime import date
from pathlib import Path

import pytest

from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.transfer_schema import Receiver
from pa_desktop.services import audit, checklist, guidance, transfer
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.session import VaultSession
from pa_desktop.services.transfer_file import open_sealed
from tests.transfer.conftest import (
    B_DAYS,
    FAST_KDF,
    LAST_YEAR,
    SECRET_NOTES,
    TRANSFER_PASSPHRASE,
    YEAR,
)


def send(
    sender: VaultSession,
    pupil: int,
    receiver: Receiver,
    folder: Path,
    years: tuple = (YEAR,),
) -> transfer.ExportedTransfer:
    return transfer.export_dossier(
        sender, pupil, receiver, years, TRANSFER_PASSPHRASE, folder, FAST_KDF
    )


def receive(session: VaultSession, path: Path, **options: object) -> transfer.TransferPreview:
    opened = transfer.open_transfer(path, TRANSFER_PASSPHRASE)
    return transfer.import_dossier(session, opened, attention_note="overdracht: 8 B", **options)  # type: ignore[arg-type]


def payload(path: Path) -> dict:
    return open_sealed(path.read_bytes(), TRANSFER_PASSPHRASE)


def test_towards_a_school_only_what_a_school_may_know_arrives(
    sender: VaultSession, pupil: int, new_school: VaultSession, tmp_path: Path
) -> None:
    sent = send(sender, pupil, Receiver.SCHOOL, tmp_path)
    document = payload(sent.path)
    text = json.dumps(document, ensure_ascii=False)
    assert document["absences"] == [] and document["b_counts"] == {"2026-2027": 8}
    for secret in (*SECRET_NOTES, "4711", "schoolreglement"):
        assert secret not in text
    assert {m["author"] for m in document["measures"]} == {""}
    assert not any(c["item_id"].startswith("clb.") for c in document["checklist"])
    assert {s["step"] for s in document["trajectory"]} == {"school_follow_up", "registered_clb"}

    result = receive(new_school, sent.path)
    arrived = new_school.pupil(result.pupil_id)
    assert (arrived.last_name, arrived.first_name, arrived.class_name) == ("Yılmaz", "Ayşe", "3B")
    assert arrived.birth_date == date(2012, 5, 14) and arrived.school_number is None
    assert new_school.absences(arrived.id, YEAR) == []  # no B dates, no dates at all
    measures = guidance.measures(new_school, arrived.id)
    assert len(measures) == 3
    assert all(m.draft.note == "" and m.draft.agreements == "" for m in measures)
    assert {m.author for m in measures} == {"Sint-Guido-Instituut"}
    assert guidance.measure_history(new_school, measures[-1].id) == []
    steps = guidance.trajectory(new_school, arrived.id)
    assert [s.step.value for s in steps] == ["school_follow_up", "registered_clb", "school_change"]
    change = steps[-1]
    assert change.details.note == "overdracht: 8 B"
    assert change.details.partner == "Sint-Guido-Instituut" and change.author == "Dhr. Janssens"
    assert guidance.flags(new_school, arrived.id) == {"known_problem": ""}
    sheet = checklist.load_checklist(new_school, arrived.id, YEAR)
    assert sheet.answers["vision.clear"].value is True and sheet.clb_notes == {}
    assert sheet.clb_plan is None
    row = new_school.overview(YEAR, only=[arrived.id])[0]
    assert row.state == "school_change" and row.attention  # the overview shows ⚑


def test_towards_a_clb_worker_the_whole_dossier_arrives(
    sender: VaultSession, pupil: int, clb_worker: VaultSession, tmp_path: Path
) -> None:
    sent = send(sender, pupil, Receiver.CLB, tmp_path, (YEAR, LAST_YEAR))
    assert payload(sent.path)["b_counts"] == {"2025-2026": 1, "2026-2027": 8}
    result = receive(clb_worker, sent.path)
    pupil_id = result.pupil_id
    arrived = clb_worker.pupil(pupil_id)
    assert arrived.school_number == "4711"
    now = clb_worker.absences(pupil_id, YEAR)
    assert [(a.day, a.half, a.code) for a in now if a.code == "B"] == [
        (day, half, "B") for day in B_DAYS for half in (HalfDay.VM, HalfDay.NM)
    ]
    assert sum(a.code == "Z" for a in now) == 2
    assert [a.code for a in clb_worker.absences(pupil_id, LAST_YEAR)] == ["B"]
    measures = guidance.measures(clb_worker, pupil_id)
    edited = measures[-1]
    assert (edited.draft.agreements, edited.draft.note) == (
        "Moeder belt zelf terug",
        "thuis spanningen",
    )
    assert edited.author == "Mevr. Peeters" and edited.version == 2
    history = guidance.measure_history(clb_worker, edited.id)
    assert [h.version for h in history] == [1] and history[0].draft.note == ""
    steps = {s.step.value: s for s in guidance.trajectory(clb_worker, pupil_id)}
    assert steps["police_unwillingness"].details.partner == "Politiezone Zuid"
    # the school handed its pupil to a CLB: no school change, the registration carries the note
    assert "school_change" not in steps
    assert steps["registered_clb"].details.note == "overdracht: 8 B"
    sheet = checklist.load_checklist(clb_worker, pupil_id, YEAR)
    assert sheet.clb_notes == {"signals": "CLB-notitie over het gezin"}
    assert sheet.clb_plan == "short_guidance"
    assert sheet.answers["vision.clear"].override.why == "schoolreglement besproken"
    assert guidance.flags(clb_worker, pupil_id) == {"known_problem": "thuis spanningen"}


def test_from_a_clb_worker_on_to_a_new_school_and_to_the_next_clb(
    sender: VaultSession,
    pupil: int,
    clb_worker: VaultSession,
    new_school: VaultSession,
    tmp_path: Path,
) -> None:
    first = receive(clb_worker, send(sender, pupil, Receiver.CLB, tmp_path).path)
    towards_school = transfer.export_dossier(
        clb_worker, first.pupil_id, Receiver.SCHOOL, [YEAR], TRANSFER_PASSPHRASE, tmp_path, FAST_KDF
    )
    document = payload(towards_school.path)
    assert document["sender"]["role"] == "clb" and document["absences"] == []
    assert "school_change" not in {s["step"] for s in document["trajectory"]}
    arrived = receive(new_school, towards_school.path)
    steps = guidance.trajectory(new_school, arrived.pupil_id)
    change = [s for s in steps if s.step.value == "school_change"]
    assert len(change) == 1 and change[0].details.note == "overdracht: 8 B"
    assert arrived.plan.school_change_added  # the new school marks the school change
    onward = transfer.export_dossier(
        clb_worker, first.pupil_id, Receiver.CLB, [YEAR], TRANSFER_PASSPHRASE, tmp_path, FAST_KDF
    )
    assert len(payload(onward.path)["absences"]) == 10


def test_importing_the_same_file_twice_changes_nothing(
    sender: VaultSession, pupil: int, clb_worker: VaultSession, tmp_path: Path
) -> None:
    sent = send(sender, pupil, Receiver.CLB, tmp_path)
    first = receive(clb_worker, sent.path)
    before = _snapshot(clb_worker, first.pupil_id)
    again = receive(clb_worker, sent.path)
    assert again.pupil_id == first.pupil_id and again.plan.writes == 0
    assert again.previous_imports and again.match.by == "school_number"
    assert _snapshot(clb_worker, first.pupil_id) == before
    assert len(clb_worker.pupils()) == 1


def _snapshot(session: VaultSession, pupil_id: int) -> tuple:
    return (
        session.counts(),
        session.absences(pupil_id, YEAR),
        [(m.draft, m.version) for m in guidance.measures(session, pupil_id)],
        [(s.step, s.day, s.details) for s in guidance.trajectory(session, pupil_id)],
        guidance.flags(session, pupil_id),
        checklist.load_checklist(session, pupil_id, YEAR).clb_notes,
    )


@pytest.mark.parametrize("choice", ["keep", "replace"])
def test_merging_into_an_existing_pupil_shows_the_conflict_and_duplicates_nothing(
    sender: VaultSession, pupil: int, clb_worker: VaultSession, tmp_path: Path, choice: str
) -> None:
    from pa_desktop.domain.pupils import PupilDraft
    from pa_desktop.services.session import AbsenceEntry
    from tests.transfer.conftest import Outcome, measure

    here = clb_worker.add_pupil(PupilDraft("Yilmaz", "Ayse", "4A", school_number="4711")).id
    clb_worker.add_absences(here, AbsenceEntry(B_DAYS[0], "Z", half="VM"))  # conflict
    clb_worker.add_absences(here, AbsenceEntry(B_DAYS[0], "B", half="NM"))  # the same
    guidance.add_measure(clb_worker, here, measure(B_DAYS[0], Outcome.NOT_REACHED))
    sent = send(sender, pupil, Receiver.CLB, tmp_path)
    opened = transfer.open_transfer(sent.path, TRANSFER_PASSPHRASE)
    preview = transfer.preview_import(clb_worker, opened)
    assert preview.match.by == "school_number" and preview.matched_pupil.id == here
    assert [(c.day, c.half, c.ours, c.theirs) for c in preview.conflicts] == [
        (B_DAYS[0], HalfDay.VM, "Z", "B")
    ]
    assert transfer.counts(preview.plan)["absences_unchanged"] == 1
    assert clb_worker.absences(here, YEAR)[0].code == "Z"  # a preview writes nothing
    result = transfer.import_dossier(clb_worker, opened, on_conflict=choice)
    assert result.pupil_id == here and len(clb_worker.pupils()) == 1
    codes = {(a.day, a.half): a.code for a in clb_worker.absences(here, YEAR)}
    assert codes[(B_DAYS[0], HalfDay.VM)] == ("Z" if choice == "keep" else "B")
    assert len(codes) == 10
    calls = [m for m in guidance.measures(clb_worker, here) if m.day == B_DAYS[0]]
    assert len(calls) == 2  # the file has two calls that day, the vault had one: one more
    assert clb_worker.pupil(here).class_name == "4A"  # the vault's own pupil data stay


def test_conflicts_can_be_settled_one_by_one(
    sender: VaultSession, pupil: int, clb_worker: VaultSession, tmp_path: Path
) -> None:
    from pa_desktop.domain.pupils import PupilDraft
    from pa_desktop.services.session import AbsenceEntry

    here = clb_worker.add_pupil(PupilDraft("YILMAZ", "Ayşe", "4A", birth_date=date(2012, 5, 14))).id
    clb_worker.add_absences(here, AbsenceEntry(B_DAYS[0], "Z"))
    opened = transfer.open_transfer(
        send(sender, pupil, Receiver.CLB, tmp_path).path, TRANSFER_PASSPHRASE
    )
    result = transfer.import_dossier(clb_worker, opened, replace_slots=[(B_DAYS[0], "NM")])
    assert result.match.by == "name_birth_date"
    codes = {a.half: a.code for a in clb_worker.absences(here, YEAR) if a.day == B_DAYS[0]}
    assert codes == {HalfDay.VM: "Z", HalfDay.NM: "B"}


def test_another_pupil_with_the_same_number_is_not_merged_into(
    sender: VaultSession, pupil: int, clb_worker: VaultSession, tmp_path: Path
) -> None:
    from pa_desktop.domain.pupils import PupilDraft

    other = clb_worker.add_pupil(
        PupilDraft("Janssens", "Tom", "2C", birth_date=date(2011, 1, 2), school_number="4711")
    ).id
    result = receive(clb_worker, send(sender, pupil, Receiver.CLB, tmp_path).path)
    assert result.match.by == "new" and result.match.number_clash == other
    assert result.pupil_id != other and clb_worker.absences(other, YEAR) == []


def test_two_pupils_with_the_name_and_birth_date_refuse_the_import(
    sender: VaultSession, pupil: int, clb_worker: VaultSession, tmp_path: Path
) -> None:
    from pa_desktop.domain.pupils import PupilDraft

    for klass in ("1A", "1B"):
        clb_worker.add_pupil(PupilDraft("Yılmaz", "Ayşe", klass, birth_date=date(2012, 5, 14)))
    with pytest.raises(transfer.TransferRefusedError) as refused:
        receive(clb_worker, send(sender, pupil, Receiver.SCHOOL, tmp_path).path)
    assert refused.value.reason == "ambiguous_pupil" and len(refused.value.pupil_ids) == 2
    assert clb_worker.counts() == {"pupils": 2, "absences": 0}


def test_a_dry_run_writes_nothing(
    sender: VaultSession, pupil: int, clb_worker: VaultSession, tmp_path: Path
) -> None:
    sent = send(sender, pupil, Receiver.CLB, tmp_path)
    result = receive(clb_worker, sent.path, dry_run=True)
    assert result.dry_run and result.pupil_id is None and len(result.plan.new_absences) == 10
    assert clb_worker.counts() == {"pupils": 0, "absences": 0}
    assert audit.entries(clb_worker, "transfer_in") == []


def test_both_sides_log_the_transfer_with_the_hash_and_never_the_content(
    sender: VaultSession, pupil: int, new_school: VaultSession, tmp_path: Path
) -> None:
    sent = send(sender, pupil, Receiver.SCHOOL, tmp_path, (LAST_YEAR, YEAR))
    digest = hashlib.sha256(sent.path.read_bytes()).hexdigest()
    (out,) = audit.entries(sender, "transfer_out")
    assert out.pupil_id == pupil and out.details["sha256"] == digest == sent.sha256
    assert out.details["receiver"] == "school"
    assert out.details["school_years"] == ["2025-2026", "2026-2027"]
    assert "absences" not in out.details["sections"] and "absences" in out.details["withheld"]
    result = receive(new_school, sent.path)
    (entry,) = audit.entries(new_school, "transfer_in")
    assert entry.pupil_id == result.pupil_id and entry.details["sha256"] == digest
    assert entry.details["sender_school"] == "Sint-Guido-Instituut"
    assert entry.details["sender_role"] == "school" and entry.details["receiver"] == "school"
    for logged in (out, entry):
        text = json.dumps(logged.details, ensure_ascii=False)
        assert "Yılmaz" not in text and "Ayşe" not in text and "2012-05-14" not in text
    assert sender.check() == [] and new_school.check() == []


def test_the_file_name_and_bytes_hold_no_personal_data(
    sender: VaultSession, pupil: int, tmp_path: Path
) -> None:
    sent = send(sender, pupil, Receiver.CLB, tmp_path)
    assert re.fullmatch(r"dossier-[0-9a-f]{12}\.padossier", sent.path.name)
    assert stat.S_IMODE(sent.path.stat().st_mode) == 0o600
    data = sent.path.read_bytes()
    for clear in ("Ayşe", "Yılmaz", "Yilmaz", "Ayse", "Sint-Guido", "Peeters", "2012-05-14"):
        for encoding in ("utf-8", "utf-16-le"):
            assert clear.encode(encoding) not in data
    assert list(tmp_path.glob("*.part")) == []


def test_a_short_passphrase_or_no_school_year_is_refused_and_nothing_is_written(
    sender: VaultSession, pupil: int, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InvalidInputError) as short:
        transfer.export_dossier(sender, pupil, Receiver.CLB, [YEAR], "kort", out)
    assert short.value.problems == ["passphrase_too_short"]
    with pytest.raises(InvalidInputError) as none:
        transfer.export_dossier(sender, pupil, Receiver.CLB, [], TRANSFER_PASSPHRASE, out)
    assert none.value.problems == ["no_school_year"]
    assert list(out.iterdir()) == [] and audit.entries(sender, "transfer_out") == []
