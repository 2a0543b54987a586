"""`pa-desktop-cli import`: the words, the JSON keys and the exit statuses are a public interface."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pa_desktop.cli import main as cli
from pa_desktop.cli import unlocking
from pa_desktop.services.access import Vaults
from pa_desktop.services.session import VaultSession
from tests.importing.conftest import PASSPHRASE, absences, dump, make_vault
from tests.importing.samples import FRANCOISE, LEA, WRITERS

JSON_KEYS = {
    "file_name",
    "sha256",
    "format",
    "encoding",
    "rows_read",
    "absences_new",
    "absences_unchanged",
    "absences_conflicting",
    "conflicts_replaced",
    "conflicts_kept",
    "duplicates",
    "rows_refused",
    "pupils_unknown",
    "pupils_to_create",
    "problems",
    "conflicts",
    "unknown_pupils",
    "previous_imports",
    "import_id",
    "absences_written",
    "pupils_created",
    "dry_run",
}


@dataclass
class Result:
    status: int
    out: str
    err: str


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "vault"
    make_vault(folder).close()
    yield folder


@pytest.fixture
def run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], vault: Path
) -> Callable[..., Result]:
    monkeypatch.setenv("PA_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PA_DESKTOP_LANG", "en")
    monkeypatch.setattr(unlocking, "open_vaults", Vaults.for_tests)

    def _run(*args: str) -> Result:
        capsys.readouterr()
        try:
            status = cli.main(["--vault", str(vault), *args])
        except SystemExit as stop:
            status = int(stop.code or 0)
        captured = capsys.readouterr()
        return Result(status, captured.out, captured.err)

    return _run


def _open(vault: Path) -> VaultSession:
    return Vaults.for_tests().unlock(vault, PASSPHRASE)


def _state(vault: Path) -> dict[str, object]:
    session = _open(vault)
    try:
        return dump(session)
    finally:
        session.close()


@pytest.fixture
def sample(tmp_path: Path) -> tuple[Path, list[int]]:
    return WRITERS["csv-cp1252"](tmp_path)


def test_dry_run_prints_the_preview_and_writes_nothing(
    run: Callable[..., Result], vault: Path, sample: tuple[Path, list[int]]
) -> None:
    path, lines = sample
    before = _state(vault)
    result = run("import", str(path), "--dry-run")
    assert result.status == 1  # a real run would be refused
    assert result.out.splitlines()[0] == (
        "afwezigheden.csv (csv): 10 rows read. New: 2, unchanged: 1, conflicting: 1 "
        "(replaced: 0), duplicates in the file: 1, refused: 5."
    )
    assert f"  line {lines[3]}: unreadable date '31/02/2026'" in result.out
    assert f"  line {lines[5]}: not a lesson day (Wednesday afternoon)" in result.out
    assert f"  line {lines[6]}: not a lesson day (holiday)" in result.out
    assert f"  line {lines[7]}: unknown absence code 'X'" in result.out
    assert f"  line {lines[8]}: pupil not found (not in the vault)" in result.out
    assert "1 pupils are not in the vault (--create-pupils adds them):" in result.out
    assert "  2001  Nieuw, Kind  5C" in result.out
    assert result.out.rstrip().endswith("Dry run: nothing was written.")
    assert "without --skip-bad-rows the file is refused" in result.err
    assert _state(vault) == before


def test_dry_run_json_has_stable_keys(
    run: Callable[..., Result], vault: Path, sample: tuple[Path, list[int]]
) -> None:
    path, lines = sample
    result = run("import", str(path), "--dry-run", "--json", "--skip-bad-rows")
    assert result.status == 0  # with --skip-bad-rows the real run would go through
    data = json.loads(result.out)
    assert set(data) == JSON_KEYS
    assert (data["dry_run"], data["import_id"], data["absences_written"]) == (True, None, 0)
    assert (data["rows_read"], data["absences_new"], data["rows_refused"]) == (10, 2, 5)
    assert data["encoding"] == "cp1252"
    assert data["problems"][0] == {"line": lines[3], "reason": "bad_date", "detail": "31/02/2026"}
    assert data["conflicts"] == [
        {
            "line": lines[1],
            "pupil_id": LEA,
            "date": "2025-09-09",
            "half": "VM",
            "existing": "Z",
            "incoming": "B",
            "choice": "keep",
        }
    ]
    assert data["unknown_pupils"] == [
        {
            "number": "2001",
            "last_name": "Nieuw",
            "first_name": "Kind",
            "class": "5C",
            "rows": 1,
            "creatable": True,
        }
    ]


def test_a_bad_row_refuses_the_whole_file(
    run: Callable[..., Result], vault: Path, sample: tuple[Path, list[int]]
) -> None:
    before = _state(vault)
    result = run("import", str(sample[0]))
    assert result.status == 1
    assert "Refused: 5 rows have a problem; nothing was written." in result.err
    assert "Imported" not in result.out
    assert _state(vault) == before
    as_json = run("import", str(sample[0]), "--json")
    assert as_json.status == 1
    assert json.loads(as_json.out)["absences_written"] == 0
    assert _state(vault) == before


def test_skip_bad_rows_imports_the_rest(
    run: Callable[..., Result], vault: Path, sample: tuple[Path, list[int]]
) -> None:
    result = run("import", str(sample[0]), "--skip-bad-rows")
    assert result.status == 0, result.err
    assert "Imported: 2 half days written, 0 pupils created." in result.out
    session = _open(vault)
    try:
        vault_absences = absences(session)
    finally:
        session.close()
    assert vault_absences[(LEA, "2025-09-08", "VM")] == ("B", "import")
    assert vault_absences[(FRANCOISE, "2025-09-08", "NM")] == ("Z", "import")
    assert vault_absences[(LEA, "2025-09-09", "VM")] == ("Z", "manual")

    again = run("import", str(sample[0]), "--skip-bad-rows")
    assert "This file was imported before" in again.out
    assert "Imported: 0 half days written, 0 pupils created." in again.out


def test_create_pupils_and_replace_in_json(
    run: Callable[..., Result], vault: Path, sample: tuple[Path, list[int]]
) -> None:
    result = run(
        "import",
        str(sample[0]),
        "--skip-bad-rows",
        "--create-pupils",
        "--on-conflict",
        "replace",
        "--json",
    )
    assert result.status == 0
    data = json.loads(result.out)
    assert set(data) == JSON_KEYS
    assert (data["dry_run"], data["import_id"]) == (False, 1)
    assert (data["absences_written"], data["pupils_created"], data["conflicts_replaced"]) == (
        4,
        1,
        1,
    )


def test_mapping_file_and_saved_mapping(
    run: Callable[..., Result], vault: Path, tmp_path: Path
) -> None:
    export = tmp_path / "export.csv"
    export.write_text("Stamnr;Dag;Soort;Tijd\n1001;08/09/2025;B;NM\n", encoding="utf-8")
    incomplete = run("import", str(export), "--dry-run")
    assert incomplete.status == 1
    assert "The columns are not all mapped (no date column; no code column)" in incomplete.err

    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps({"columns": {"number": 1, "date": "Dag", "code": "Soort", "half": "tijd"}})
    )
    result = run("import", str(export), "--mapping", str(mapping))
    assert result.status == 0, result.err
    assert "Imported: 1 half days written" in result.out

    from pa_desktop.domain.importing.mapping import ColumnMapping
    from pa_desktop.services.importer import Importer

    session = _open(vault)
    try:
        Importer(session).save_mapping(
            "weekly", ColumnMapping.from_json(json.loads(mapping.read_text()))
        )
    finally:
        session.close()
    export.write_text("Stamnr;Dag;Soort;Tijd\n1001;09/09/2025;B;NM\n", encoding="utf-8")
    assert run("import", str(export), "--mapping", "weekly").status == 0
    assert run("import", str(export)).status == 0  # the saved mapping fits the header by itself

    missing = run("import", str(export), "--mapping", "monthly")
    assert (missing.status, missing.err.strip()) == (
        1,
        "No file and no saved column mapping named 'monthly'.",
    )
    mapping.write_text("{not json")
    assert "cannot be read" in run("import", str(export), "--mapping", str(mapping)).err


def test_unreadable_input_exits_1(
    run: Callable[..., Result], tmp_path: Path, sample: tuple[Path, list[int]]
) -> None:
    wrong_format = run("import", str(sample[0]), "--format", "smartschool-json")
    assert (wrong_format.status, wrong_format.err.strip()) == (1, "The file is not valid JSON.")
    missing = run("import", str(tmp_path / "nope.csv"))
    assert (missing.status, missing.err.strip()) == (1, "The file cannot be read.")
    usage = run("import", str(sample[0]), "--on-conflict", "merge")
    assert usage.status == 2


def test_the_words_are_dutch_by_default(
    run: Callable[..., Result], monkeypatch: pytest.MonkeyPatch, sample: tuple[Path, list[int]]
) -> None:
    monkeypatch.delenv("PA_DESKTOP_LANG")
    result = run("import", str(sample[0]), "--dry-run")
    assert "10 rijen gelezen" in result.out
    assert "geen lesdag (woensdagnamiddag)" in result.out
    assert "Proefdraai: er is niets weggeschreven." in result.out
