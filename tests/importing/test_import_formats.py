"""Every format, with the awkward details of real files: every count of the preview, every
refused row at its own line, and the vault after the import."""

from __future__ import annotations

from pathlib import Path

import pytest

from pa_desktop.domain.importing.plan import ConflictChoice
from pa_desktop.services.errors import ImportCancelledError, ImportRefusedError
from pa_desktop.services.import_report import ImportOptions
from pa_desktop.services.importer import Importer
from pa_desktop.services.session import VaultSession
from tests.importing.conftest import absences, dump
from tests.importing.samples import (
    CONFLICT,
    FRANCOISE,
    LEA,
    REFUSED,
    STRANGER,
    WRITERS,
)

FORMATS = {
    "csv-cp1252": ("csv", "cp1252"),
    "csv-utf8-bom": ("csv", "utf-8-sig"),
    "xlsx": ("xlsx", None),
    "informat": ("informat-txt", "utf-8"),
    "smartschool": ("smartschool-json", "utf-8"),
}
BEFORE = {
    (LEA, "2025-09-09", "VM"): ("Z", "manual"),
    (LEA, "2025-09-15", "VM"): ("B", "manual"),
}
AFTER_KEEP = {
    **BEFORE,
    (LEA, "2025-09-08", "VM"): ("B", "import"),
    (FRANCOISE, "2025-09-08", "NM"): ("Z", "import"),
}


@pytest.fixture(params=sorted(WRITERS))
def sample(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, Path, list[int]]:
    path, lines = WRITERS[request.param](tmp_path)
    return request.param, path, lines


def test_the_preview_counts_every_kind_of_row(
    session: VaultSession, sample: tuple[str, Path, list[int]]
) -> None:
    kind, path, lines = sample
    importer = Importer(session)
    file = importer.read(path)
    assert (file.format.value, file.encoding) == FORMATS[kind]
    before = dump(session)

    preview = importer.preview(file, ImportOptions())

    assert preview.counts() == {
        "rows_read": 10,
        "absences_new": 2,
        "absences_unchanged": 1,
        "absences_conflicting": 1,
        "conflicts_replaced": 0,
        "conflicts_kept": 1,
        "duplicates": 1,
        "rows_refused": 5,
        "pupils_unknown": 1,
        "pupils_to_create": 0,
    }
    refused = [(p.line, p.reason.value) for p in preview.problems]
    assert refused == sorted((lines[fact], reason) for fact, reason, _ in REFUSED)
    details = {p.reason.value: p.detail for p in preview.problems if p.reason != "bad_date"}
    assert details == {reason: detail for _, reason, detail in REFUSED if detail}
    [conflict] = preview.conflicts
    assert (conflict.line, conflict.pupil_id, conflict.day.isoformat(), conflict.half.value) == (
        lines[CONFLICT],
        LEA,
        "2025-09-09",
        "VM",
    )
    assert (conflict.existing, conflict.incoming, conflict.choice) == ("Z", "B", "keep")
    [stranger] = preview.unknown_pupils
    assert (stranger.pupil.number, stranger.rows) == ("2001", 1)
    # Informat names pupils by number only: such a pupil cannot be created
    assert stranger.creatable is (kind != "informat")
    assert dump(session) == before  # a preview writes nothing


def test_a_refused_row_stops_the_import_and_nothing_is_written(
    session: VaultSession, sample: tuple[str, Path, list[int]]
) -> None:
    _kind, path, _lines = sample
    importer = Importer(session)
    before = dump(session)
    with pytest.raises(ImportRefusedError) as refused:
        importer.apply(importer.read(path), ImportOptions())
    assert refused.value.refused == 5
    assert dump(session) == before


def test_skipping_bad_rows_imports_the_rest_keeping_conflicts(
    session: VaultSession, sample: tuple[str, Path, list[int]]
) -> None:
    kind, path, _lines = sample
    importer = Importer(session)
    file = importer.read(path)
    result = importer.apply(file, ImportOptions(skip_bad_rows=True))
    assert (result.written, result.pupils_created) == (2, 0)
    assert absences(session) == AFTER_KEEP
    [record] = importer.history()
    assert record["file_name"] == path.name
    assert record["sha256"] == file.sha256
    assert record["format"] == FORMATS[kind][0]
    assert record["user_name"] == "An Peeters"
    assert record["counts"]["absences_new"] == 2
    assert record["counts"]["absences_written"] == 2
    assert record["counts"]["rows_refused"] == 5


def test_importing_the_same_file_twice_changes_nothing(
    session: VaultSession, sample: tuple[str, Path, list[int]]
) -> None:
    _kind, path, _lines = sample
    importer = Importer(session)
    options = ImportOptions(skip_bad_rows=True, on_conflict=ConflictChoice.REPLACE)
    first = importer.apply(importer.read(path), options)
    assert first.written == 3
    after_first = absences(session)

    again = importer.read(path)
    preview = importer.preview(again, options)
    assert (preview.new, preview.unchanged, len(preview.conflicts)) == (0, 4, 0)
    assert preview.changes_nothing
    assert len(preview.previous_imports) == 1  # the preview says it saw these bytes before
    second = importer.apply(again, options)
    assert second.written == 0
    assert absences(session) == after_first
    assert [r["counts"]["absences_written"] for r in importer.history()] == [3, 0]


def test_replace_and_create_pupils(
    session: VaultSession, sample: tuple[str, Path, list[int]]
) -> None:
    kind, path, lines = sample
    importer = Importer(session)
    file = importer.read(path)
    options = ImportOptions(
        skip_bad_rows=True, create_pupils=True, on_conflict=ConflictChoice.REPLACE
    )
    preview = importer.preview(file, options)
    creatable = kind != "informat"
    assert preview.pupils_to_create == int(creatable)
    assert preview.new == 2 + int(creatable)
    assert preview.to_replace == 1
    missing = [p for p in preview.problems if p.reason == "missing_pupil"]
    if creatable:
        assert missing == []
    else:
        assert [(p.line, p.detail) for p in missing] == [(lines[STRANGER], "cannot_create")]

    result = importer.apply(file, options)
    assert result.pupils_created == int(creatable)
    vault = absences(session)
    assert vault[(LEA, "2025-09-09", "VM")] == ("B", "import")  # replaced
    if creatable:
        [created] = [p for p in session.pupils() if p.id == 4]
        assert (created.last_name, created.first_name, created.class_name) == (
            "Nieuw",
            "Kind",
            "5C",
        )
        assert created.school_number == "2001"
        assert vault[(4, "2025-09-17", "VM")] == ("R", "import")


def test_a_conflict_can_be_decided_on_its_own(
    session: VaultSession, sample: tuple[str, Path, list[int]]
) -> None:
    _kind, path, lines = sample
    importer = Importer(session)
    options = ImportOptions(
        skip_bad_rows=True,
        on_conflict=ConflictChoice.KEEP,
        choices={lines[CONFLICT]: ConflictChoice.REPLACE},
    )
    result = importer.apply(importer.read(path), options)
    assert result.preview.to_replace == 1
    assert absences(session)[(LEA, "2025-09-09", "VM")] == ("B", "import")


def test_cancel_rolls_everything_back(session: VaultSession, tmp_path: Path) -> None:
    path, _lines = WRITERS["csv-cp1252"](tmp_path)
    importer = Importer(session)
    before = dump(session)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))

    with pytest.raises(ImportCancelledError):
        importer.apply(
            importer.read(path),
            ImportOptions(skip_bad_rows=True, create_pupils=True),
            progress=progress,
            cancelled=lambda: bool(calls),  # cancel once the first progress was reported
        )
    assert calls == [(0, 3)]
    assert dump(session) == before  # no pupil, no absence, no import record
