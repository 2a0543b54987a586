"""An export with a school column, imported into a CLB worker's vault: each row goes to the
school it names (by name or institution number), pupil numbers match within that school only,
a row naming no school of the vault is refused in words (never booked on a chosen school), and
without such a column the chosen school is used as before."""

from __future__ import annotations

import json
from pathlib import Path

from pa_desktop.domain.importing.headers import Field, recognise_field
from pa_desktop.domain.importing.schools import LineSchools, SchoolMatcher
from tests.cli.test_cli_commands import Run

HEADER = "School;Leerlingnummer;Naam;Voornaam;Klas;Datum;VM/NM;Code"


def _csv(tmp_path: Path, header: str, *rows: str) -> Path:
    path = tmp_path / "clb-export.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _totals(run: Run) -> dict[str, int]:
    result = run("pupils", "--json", "--school-year", "2025-2026", "--at", "2025-12-19")
    assert result.status == 0, result.err
    return {r["last_name"]: r["totals"]["B"] for r in json.loads(result.out)}


def test_school_headers_are_recognised_but_not_by_a_prefix() -> None:
    for header in ("School", "school_name", "Instelling", "Instellingsnummer", "École"):
        assert recognise_field(header) is Field.SCHOOL, header
    assert recognise_field("Schooljaar") is None
    assert recognise_field("Schoolnummer") is Field.NUMBER  # a pupil's number


def test_lines_are_matched_by_name_or_number_whatever_the_spelling() -> None:
    matcher = SchoolMatcher([(1, "Sint-X", None), (2, "Atheneum Noord", "045678")])
    cells = [(2, " sint-x "), (3, "45678"), (4, "ATHENEUM  NOORD"), (5, "Nergens"), (6, "")]
    lines = LineSchools(cells, matcher)
    assert [lines.school_at(line) for line in range(2, 7)] == [1, 2, 2, None, None]
    assert lines.schools == [1, 2] and lines.has_unknown
    group = lines.group_of([2, 1])
    assert [group(line) for line in range(2, 7)] == [1, 0, 0, -1, -1]
    assert [(p.line, p.reason.value, p.detail) for p in map(lines.refusal, (5, 6))] == [
        (5, "unknown_school", "Nergens"),
        (6, "unknown_school", "no_school"),
    ]


def test_each_row_goes_to_the_school_it_names(
    run: Run, clb_vault: dict[str, int], tmp_path: Path
) -> None:
    export = _csv(
        tmp_path,
        HEADER,
        "Sint-X;123;Peeters;A;3A;15/09/2025;VM;B",
        "045678;123;Janssens;A;3A;15/09/2025;VM;B",  # Atheneum Noord by its number
        "atheneum noord;123;Janssens;A;3A;16/09/2025;VM;B",
        "Nergens;123;Peeters;A;3A;17/09/2025;VM;B",
        ";123;Peeters;A;3A;18/09/2025;VM;B",
    )
    # no --school needed: the file names each row's school
    refused = run("import", str(export), "--json")
    assert refused.status == 1
    problems = json.loads(refused.out)["problems"]
    assert [(p["line"], p["reason"], p["detail"]) for p in problems] == [
        (5, "unknown_school", "Nergens"),
        (6, "unknown_school", "no_school"),
    ]
    assert _totals(run) == {"Peeters": 0, "Janssens": 0}  # all or nothing
    words = run("import", str(export), "--dry-run")
    assert "school not found in this vault (by name or institution number): Nergens" in words.out
    assert "no school named" in words.out

    done = run("import", str(export), "--skip-bad-rows", "--json")
    assert done.status == 0, done.err
    result = json.loads(done.out)
    assert (result["absences_written"], result["rows_read"], result["rows_refused"]) == (3, 5, 2)
    assert _totals(run) == {"Peeters": 1, "Janssens": 2}
    again = json.loads(run("import", str(export), "--skip-bad-rows", "--json").out)
    assert (again["absences_written"], again["absences_unchanged"]) == (0, 3)


def test_a_school_column_creates_unknown_pupils_at_their_own_school(
    run: Run, clb_vault: dict[str, int], tmp_path: Path
) -> None:
    export = _csv(
        tmp_path,
        HEADER,
        "Atheneum Noord;777;Maes;Lotte;1B;15/09/2025;VM;B",
        "Sint-X;777;Maes;Lotte;1B;15/09/2025;VM;Z",  # the same number at the other school
    )
    done = run("import", str(export), "--create-pupils", "--json")
    assert done.status == 0, done.err
    assert json.loads(done.out)["pupils_created"] == 2
    listed = json.loads(run("school", "list", "--json").out)
    assert [s["pupils"] for s in listed] == [2, 2]


def test_without_a_school_column_the_chosen_school_is_used_as_before(
    run: Run, clb_vault: dict[str, int], tmp_path: Path
) -> None:
    export = _csv(
        tmp_path, "Leerlingnummer;Naam;Voornaam;Klas;Datum;VM/NM;Code", "123;X;Y;3A;15/09/2025;VM;B"
    )
    assert run("import", str(export)).status == 2  # several schools, none named
    assert run("import", str(export), "--school", "Atheneum Noord").status == 0
    assert _totals(run) == {"Peeters": 0, "Janssens": 1}


def test_a_schools_own_vault_ignores_a_school_column(run: Run, tmp_path: Path) -> None:
    assert run("init", "--user", "Tester", "--school", "Sint-X").status == 0
    added = run(
        "pupil", "add", "--last-name", "Peeters", "--first-name", "A", "--class", "3A",
        "--number", "123",
    )  # fmt: skip
    assert added.status == 0, added.err
    export = _csv(tmp_path, HEADER, "GO! Sint-X campus 2;123;Peeters;A;3A;15/09/2025;VM;B")
    done = run("import", str(export), "--json")
    assert done.status == 0, done.err
    assert _totals(run) == {"Peeters": 1}


def test_each_rows_school_brings_its_own_calendar_and_codes(
    run: Run, clb_vault: dict[str, int], tmp_path: Path
) -> None:
    free = run("school", "free-day", "add", "Sint-X", "--date", "2025-09-19", "--reason", "studie")
    assert free.status == 0, free.err
    code = run("school", "code", "add", "Atheneum Noord", "--code", "S", "--maps-to", "B")
    assert code.status == 0, code.err
    export = _csv(
        tmp_path,
        HEADER,
        "Sint-X;123;Peeters;A;3A;19/09/2025;VM;B",  # Sint-X has no lessons that day
        "Atheneum Noord;123;Janssens;A;3A;19/09/2025;VM;S",  # its own code S counts as B
        "Sint-X;123;Peeters;A;3A;22/09/2025;VM;S",  # Sint-X does not know S
        "Atheneum Noord;123;Janssens;A;3A;22/09/2025;VM;B",
    )
    result = json.loads(run("import", str(export), "--skip-bad-rows", "--json").out)
    assert [(p["line"], p["reason"], p["detail"]) for p in result["problems"]] == [
        (2, "not_a_lesson_day", "studie"),
        (4, "unknown_code", "S"),
    ]
    assert _totals(run) == {"Peeters": 0, "Janssens": 2}


def test_each_school_is_compared_with_what_its_own_pupils_hold(
    run: Run, clb_vault: dict[str, int], tmp_path: Path
) -> None:
    """The vault's half days are read per school: a conflict at one school and an unchanged
    half day at the other are both found, and nothing is counted twice."""
    for last, code in (("Janssens", "B"), ("Peeters", "Z")):
        added = run("absence", "add", str(clb_vault[last]), "--date", "2025-09-15", "--code", code)
        assert added.status == 0, added.err
    export = _csv(
        tmp_path,
        HEADER,
        "Atheneum Noord;123;Janssens;A;3A;15/09/2025;VM;Z",  # holds B: a conflict
        "Sint-X;123;Peeters;A;3A;15/09/2025;VM;Z",  # holds Z: unchanged
        "Sint-X;123;Peeters;A;3A;16/09/2025;VM;B",  # new
    )
    result = json.loads(run("import", str(export), "--dry-run", "--json").out)
    assert (result["absences_conflicting"], result["absences_unchanged"]) == (1, 1)
    assert result["absences_new"] == 1
    [conflict] = result["conflicts"]
    assert (conflict["pupil_id"], conflict["existing"], conflict["incoming"]) == (
        clb_vault["Janssens"],
        "B",
        "Z",
    )
