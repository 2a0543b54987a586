"""Schools through the command line: a CLB worker's vault keeps each school's pupils apart, each
school's own calendar and codes apply, and enrolment is enforced."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli_commands import Run

HEADER = "Leerlingnummer;Naam;Voornaam;Klas;Datum;VM/NM;Code"


def _csv(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "export.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def _pupils(run: Run, *extra: str) -> list[dict[str, object]]:
    result = run("pupils", "--json", "--school-year", "2025-2026", "--at", "2025-12-19", *extra)
    assert result.status == 0, result.err
    return json.loads(result.out)


def test_school_list_shows_both_schools_with_their_pupils(
    run: Run, clb_vault: dict[str, int]
) -> None:
    listed = json.loads(run("school", "list", "--json").out)
    assert listed == [
        {"id": 1, "name": "Sint-X", "number": None, "pupils": 1},
        {"id": 2, "name": "Atheneum Noord", "number": "045678", "pupils": 1},
    ]
    again = run("school", "add", "Atheneum Noord")
    assert again.status == 1 and "already" in again.err


def test_the_same_number_and_class_at_two_schools_are_kept_apart_in_the_import(
    run: Run, clb_vault: dict[str, int], tmp_path: Path
) -> None:
    export = _csv(tmp_path, "123;Janssens;A;3A;15/09/2025;VM;B")
    unnamed = run("import", str(export))
    assert unnamed.status == 2
    assert "Sint-X" in unnamed.err and "Atheneum Noord" in unnamed.err
    done = run("import", str(export), "--school", "Atheneum Noord", "--json")
    assert done.status == 0, done.err
    assert json.loads(done.out)["absences_written"] == 1
    rows = {r["last_name"]: r for r in _pupils(run)}
    assert rows["Janssens"]["totals"]["B"] == 1  # type: ignore[index]
    assert rows["Peeters"]["totals"]["B"] == 0  # type: ignore[index]
    assert (rows["Janssens"]["school"], rows["Peeters"]["school"]) == ("Atheneum Noord", "Sint-X")
    only = _pupils(run, "--school", "2")
    assert [r["last_name"] for r in only] == ["Janssens"]
    assert {"school", "carried_b", "b_this_year"} <= set(only[0])


def test_pupil_add_in_a_vault_of_several_schools_needs_the_school(
    run: Run, clb_vault: dict[str, int]
) -> None:
    result = run("pupil", "add", "--last-name", "X", "--first-name", "Y", "--class", "1A")
    assert result.status == 2
    assert "--school" in result.err and "Atheneum Noord" in result.err
    unknown = run("calendar", "2025-2026", "--school", "Nergens")
    assert unknown.status == 1 and "Nergens" in unknown.err


def test_a_study_day_is_refused_for_absences_and_left_out_of_the_rate(
    run: Run, clb_vault: dict[str, int], tmp_path: Path
) -> None:
    before = _pupils(run, "--school", "Sint-X")[0]["lesson_half_days"]
    added = run(
        "school", "free-day", "add", "Sint-X", "--date", "2025-10-06",
        "--reason", "pedagogische studiedag",
    )  # fmt: skip
    assert added.status == 0, added.err
    half = run("school", "free-day", "add", "Sint-X", "--date", "2025-10-07", "--half", "NM")
    assert half.status == 0, half.err
    after = _pupils(run, "--school", "Sint-X")[0]["lesson_half_days"]
    assert after == before - 3
    other = _pupils(run, "--school", "Atheneum Noord")[0]["lesson_half_days"]
    assert other == before  # the other school keeps its lessons

    calendar = json.loads(run("calendar", "2025-2026", "--school", "Sint-X", "--json").out)
    assert {"date": "2025-10-06", "name": "pedagogische studiedag"} in calendar["free_days"]

    pupil = clb_vault["Peeters"]
    refused = run("absence", "add", str(pupil), "--date", "2025-10-06", "--code", "B")
    assert refused.status == 1
    assert "pedagogische studiedag" in refused.err
    export = _csv(tmp_path, "123;Peeters;A;3A;06/10/2025;VM;B", "123;Peeters;A;3A;07/10/2025;VM;Z")
    result = run("import", str(export), "--school", "1", "--json")
    assert result.status == 1
    [problem] = json.loads(result.out)["problems"]
    assert (problem["reason"], problem["detail"]) == ("not_a_lesson_day", "pedagogische studiedag")
    text = run("import", str(export), "--school", "1", "--dry-run")
    assert "pedagogische studiedag" in text.out
    # the other school has lessons that day
    ok = run("absence", "add", str(clb_vault["Janssens"]), "--date", "2025-10-06", "--code", "B")
    assert ok.status == 0, ok.err


def test_a_schools_own_code_is_read_through_its_mapping(
    run: Run, clb_vault: dict[str, int], tmp_path: Path
) -> None:
    export = _csv(tmp_path, "123;Peeters;A;3A;15/09/2025;VM;S", "123;Peeters;A;3A;16/09/2025;VM;S")
    assert run("import", str(export), "--school", "Sint-X").status == 1  # S is unknown yet
    added = run("school", "code", "add", "Sint-X", "--code", "S", "--maps-to", "B")
    assert added.status == 0, added.err
    assert run("school", "code", "add", "Sint-X", "--code", "Z", "--maps-to", "B").status == 1
    done = run("import", str(export), "--school", "Sint-X", "--json")
    assert done.status == 0, done.err
    [row] = _pupils(run, "--school", "Sint-X")
    assert row["totals"]["B"] == 2  # type: ignore[index]
    # the other school does not know that code
    assert run("import", str(export), "--school", "Atheneum Noord").status == 1


def test_an_absence_before_the_arrival_date_is_refused(run: Run, tmp_path: Path) -> None:
    assert run("init", "--user", "Tester", "--school", "Sint-X").status == 0
    added = run(
        "pupil", "add", "--last-name", "Nieuw", "--first-name", "Kind", "--class", "2B",
        "--number", "900", "--arrival", "2025-11-03",
    )  # fmt: skip
    assert added.status == 0, added.err
    early = run("absence", "add", added.out.strip(), "--date", "2025-10-13", "--code", "B")
    assert early.status == 1
    assert "not enrolled" in early.err and "2025-10-13" in early.err
    assert (
        run("absence", "add", added.out.strip(), "--date", "2025-11-04", "--code", "B").status == 0
    )
    export = _csv(
        tmp_path, "900;Nieuw;Kind;2B;13/10/2025;VM;B", "900;Nieuw;Kind;2B;05/11/2025;VM;Z"
    )
    result = run("import", str(export), "--json")
    assert result.status == 1
    [problem] = json.loads(result.out)["problems"]
    assert (problem["line"], problem["reason"]) == (2, "outside_enrolment")
    [row] = _pupils(run)
    assert row["total"] == 2  # the day entered by hand; nothing of the refused import


def test_a_pupil_moving_between_two_schools_keeps_one_dossier(
    run: Run, clb_vault: dict[str, int]
) -> None:
    pupil = str(clb_vault["Peeters"])
    assert run("absence", "add", pupil, "--date", "2025-09-15", "--code", "B").status == 0
    moved = run(
        "pupil", "move", pupil, "--school", "Atheneum Noord", "--date", "2025-11-03",
        "--class", "3C",
    )  # fmt: skip
    assert moved.status == 0, moved.err
    assert run("pupil", "move", pupil, "--school", "2", "--date", "2025-11-10").status == 1
    # absences at the new school from the move, none any more at the old one
    assert run("absence", "add", pupil, "--date", "2025-11-04", "--code", "Z").status == 0
    listed = json.loads(run("school", "list", "--json").out)
    assert [s["pupils"] for s in listed] == [0, 2]
    at_new = {r["last_name"]: r for r in _pupils(run, "--school", "Atheneum Noord")}
    assert at_new["Peeters"]["class"] == "3C"
    assert at_new["Peeters"]["totals"]["B"] == 2  # one dossier: the September B counts on
    assert at_new["Peeters"]["total"] == 4
    # this school year the pupil was at both schools: both lists show the one dossier
    at_old = [r["last_name"] for r in _pupils(run, "--school", "Sint-X")]
    assert at_old == ["Peeters"]
    everyone = _pupils(run)
    assert [r["last_name"] for r in everyone].count("Peeters") == 1


def test_the_signalling_list_is_made_per_school(
    run: Run, clb_vault: dict[str, int], tmp_path: Path
) -> None:
    for day in ("2025-09-15", "2025-09-16", "2025-09-17"):
        assert (
            run("absence", "add", str(clb_vault["Janssens"]), "--date", day, "--code", "B").status
            == 0
        )
    out = tmp_path / "lijst.csv"
    unnamed = run("signal-list", "--out", str(out), "--school-year", "2025-2026")
    assert unnamed.status == 2 and "Atheneum Noord" in unnamed.err and not out.exists()
    other = run("signal-list", "--out", str(out), "--school-year", "2025-2026", "--school", "1")
    assert other.status == 0, other.err
    assert "Janssens" not in out.read_text(encoding="utf-8-sig")
    ours = run(
        "signal-list", "--out", str(out), "--school-year", "2025-2026", "--school", "Atheneum Noord"
    )
    assert ours.status == 0, ours.err
    assert "Janssens" in out.read_text(encoding="utf-8-sig")


def test_school_rename_and_list_and_the_audit_log(
    run: Run, clb_vault: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    renamed = run("school", "rename", "Atheneum Noord", "Atheneum Zuid", "--number", "054321")
    assert renamed.status == 0, renamed.err
    assert "Atheneum Zuid" in renamed.out
    listed = json.loads(run("school", "list", "--json").out)
    assert listed[1] == {"id": 2, "name": "Atheneum Zuid", "number": "054321", "pupils": 1}
    assert run("school", "rename", "2", "Zuid 2").status == 0  # by id; the number is kept
    assert json.loads(run("school", "list", "--json").out)[1]["number"] == "054321"
    taken = run("school", "rename", "Zuid 2", "sint-x")
    assert taken.status == 1 and "Sint-X" in taken.err
    assert run("school", "rename", "Nergens", "Iets").status == 1
    assert run("school", "rename", "Sint-X").status == 2  # the new name is missing
    assert json.loads(run("school", "list", "--json").out)[0]["name"] == "Sint-X"

    logged = json.loads(run("audit", "--json").out)
    schools = [(e["action"], e["details"]) for e in logged if e["action"].startswith("school_")]
    assert schools == [
        ("school_added", {"school": "Atheneum Noord", "institution_number": "045678"}),
        ("school_renamed", {"from": "Atheneum Noord", "to": "Atheneum Zuid"}),
        ("school_number_changed", {"from": "045678", "to": "054321", "school": "Atheneum Zuid"}),
        ("school_renamed", {"from": "Atheneum Zuid", "to": "Zuid 2"}),
    ]
    monkeypatch.setenv("PA_DESKTOP_LANG", "nl")
    words = run("audit").out
    assert "School hernoemd" in words and "van: Atheneum Zuid" in words
