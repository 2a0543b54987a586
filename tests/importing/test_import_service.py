"""The import service beyond the sample files: mappings saved and reused, the lesson-hour
setting, matching edge cases, unreadable files and the imports table."""

from __future__ import annotations

from pathlib import Path

import pytest

from pa_desktop.domain.importing.headers import Field
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services import audit
from pa_desktop.services.errors import ImportFileError, InvalidInputError
from pa_desktop.services.import_report import ImportOptions
from pa_desktop.services.importer import Importer
from pa_desktop.services.session import VaultSession
from pa_desktop.store.imports import ImportRepository
from pa_desktop.store.tables import ImportRow
from tests.importing.conftest import absences


def _csv(tmp_path: Path, text: str, name: str = "export.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _preview(session: VaultSession, path: Path, **options: object):  # type: ignore[no-untyped-def]
    importer = Importer(session)
    return importer.preview(importer.read(path), ImportOptions(**options))  # type: ignore[arg-type]


def test_the_imports_table_matches_its_model(session: VaultSession) -> None:
    engine = session.repository(lambda engine: engine)
    with engine.connect() as connection:
        info = connection.exec_driver_sql("PRAGMA table_info(imports)").all()
    in_database = {(row[1], bool(row[3]) or bool(row[5]), bool(row[5])) for row in info}
    in_model = {
        (column.name, not column.nullable or column.primary_key, column.primary_key)
        for column in ImportRow.__table__.columns  # type: ignore[attr-defined]
    }
    assert in_model == in_database
    assert session.repository(ImportRepository).records() == []


def test_a_saved_mapping_is_reused_for_the_next_export(
    session: VaultSession, tmp_path: Path
) -> None:
    text = "Stamnr;Leerling;Dag;Tijd;Soort\n1001;Dupont Léa;08/09/2025;1;B\n"
    importer = Importer(session)
    file = importer.read(_csv(tmp_path, text))
    name, suggested = importer.suggest_mapping(file)
    assert name is None
    assert suggested.problems(file.table.header) == ["no_date_column", "no_code_column"]
    mapping = (
        suggested.with_column(Field.DATE, "Dag")
        .with_column(Field.HOUR, "Tijd")
        .with_column(Field.CODE, "Soort")
    )
    importer.save_mapping("Informat CSV", mapping)
    with pytest.raises(InvalidInputError):
        importer.save_mapping("  ", mapping)

    # next week's export has an extra column in front: the mapping names headers, not positions
    later = importer.read(_csv(tmp_path, "Opmerking;" + text.replace("\n1001", "\n;1001"), "b.csv"))
    assert importer.suggest_mapping(later) == ("Informat CSV", mapping)
    preview = importer.preview(later, ImportOptions())
    assert (preview.new, preview.rows_refused) == (1, 0)
    assert set(Importer(session).saved_mappings()) == {"Informat CSV"}
    importer.delete_mapping("Informat CSV")
    assert importer.saved_mappings() == {}


def test_an_incomplete_mapping_is_refused(session: VaultSession, tmp_path: Path) -> None:
    importer = Importer(session)
    file = importer.read(_csv(tmp_path, "Naam;Datum\nDupont;08/09/2025\n"))
    with pytest.raises(ImportFileError) as error:
        importer.preview(file, ImportOptions())
    assert error.value.reason == "mapping_incomplete"
    assert error.value.details["problems"] == ["no_code_column"]


def test_lesson_hours_follow_the_vault_setting(session: VaultSession, tmp_path: Path) -> None:
    path = _csv(tmp_path, "Nummer;Datum;Lesuur;Code\n1001;08/09/2025;4;B\n1001;08/09/2025;5;Z\n")
    importer = Importer(session)
    assert importer.first_afternoon_hour() == 5
    assert _preview(session, path).new == 2  # hour 4 morning, hour 5 afternoon
    importer.set_first_afternoon_hour(4)
    preview = _preview(session, path)
    assert [p.reason.value for p in preview.problems] == ["conflict_in_file"] * 2
    assert _preview(session, path, first_afternoon_hour=6).problems[0].reason == "conflict_in_file"
    with pytest.raises(InvalidInputError):
        importer.set_first_afternoon_hour(0)


def test_matching_by_name_class_and_number(session: VaultSession, tmp_path: Path) -> None:
    session.add_pupil(PupilDraft("Peeters", "Jan", "1A", school_number="5"))
    session.add_pupil(PupilDraft("Peeters", "Jan", "2A"))
    text = "\n".join(
        [
            "Nummer;Naam;Voornaam;Klas;Datum;VM/NM;Code",
            "00005;;;;08/09/2025;VM;B",  # leading zeros: number 5
            ";peeters;jan;2 a;08/09/2025;VM;B",  # by name and class
            ";Peeters;Jan;;09/09/2025;VM;B",  # no class, two pupils of that name: ambiguous
            ";DUPONT;LEA;;09/09/2025;NM;B",  # no class, one pupil of that name
            "999;Lefèvre;Noël;4A;11/09/2025;VM;B",  # unknown number, found by name and class
            ";;;;12/09/2025;VM;B",  # nobody
        ]
    )
    preview = _preview(session, _csv(tmp_path, text))
    assert preview.new == 4
    assert [(p.line, p.reason.value, p.detail) for p in preview.problems] == [
        (4, "ambiguous_pupil", ""),
        (7, "missing_pupil", "no_identity"),
    ]


def test_whole_days_dates_outside_the_year_and_the_future(
    session: VaultSession, tmp_path: Path
) -> None:
    text = "\n".join(
        [
            "Nummer;Datum;Halve dag;Code",
            "1001;10/09/2025;hele dag;Z",  # a Wednesday: only the morning has lessons
            "1001;13/09/2025;dag;Z",  # a Saturday
            "1001;15/07/2025;VM;Z",  # summer holiday: outside every school year
            "1001;08/09/2027;VM;Z",  # a school year that has not begun (today: January 2026)
            "1001;08/09/2025;midden;Z",
        ]
    )
    preview = _preview(session, _csv(tmp_path, text))
    assert preview.new == 1
    assert [(p.line, p.reason.value, p.detail) for p in preview.problems] == [
        (3, "not_a_lesson_day", "weekend"),
        (4, "outside_school_year", ""),
        (5, "outside_school_year", ""),
        (6, "bad_half_day", "midden"),
    ]


def test_a_replaced_code_drops_the_old_marks(session: VaultSession, tmp_path: Path) -> None:
    from datetime import date

    from pa_desktop.domain.absences import Mark
    from pa_desktop.domain.calendar import SchoolYear
    from pa_desktop.domain.importing.plan import ConflictChoice
    from pa_desktop.services.session import AbsenceEntry

    session.add_absences(
        1,
        AbsenceEntry(
            date(2025, 9, 11), "Z", half="VM", marks=frozenset({Mark.MEDICAL_CERTIFICATE})
        ),
    )
    importer = Importer(session)
    file = importer.read(_csv(tmp_path, "Nummer;Datum;VM/NM;Code\n1001;11/09/2025;VM;B\n"))
    importer.apply(file, ImportOptions(on_conflict=ConflictChoice.REPLACE))
    [replaced] = [a for a in session.absences(1, SchoolYear(2025)) if a.day == date(2025, 9, 11)]
    assert (replaced.code, replaced.marks, replaced.source) == ("B", frozenset(), "import")
    [logged] = audit.entries(session, "import")
    assert logged.details["rows"] == 1 and logged.details["format"] == file.format.value
    assert logged.pupil_id is None and "export.csv" not in str(logged.details)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.csv", b"  \r\n", "empty"),
        ("header-only.csv", b"Naam;Datum;Code\r\n", "mapping_incomplete"),
        ("broken.xlsx", b"PK\x03\x04 not really a workbook", "bad_xlsx"),
        ("broken.json", b'[{"pupil": ', "bad_json"),
        ("list.json", b'{"absences": [1]}', "bad_shape"),
        ("nothing.json", b"[]", "empty"),
    ],
)
def test_unreadable_files_are_named(
    session: VaultSession, tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    importer = Importer(session)
    with pytest.raises(ImportFileError) as error:
        importer.preview(importer.read(path), ImportOptions())
    assert error.value.reason == reason
    assert name not in str(error.value)  # no file name (nor any content) in the message


def test_a_missing_file_is_unreadable(session: VaultSession, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as error:
        Importer(session).read(tmp_path / "nope.csv")
    assert error.value.reason == "unreadable"


def test_an_xlsx_with_a_grid_and_english_headers(session: VaultSession, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Student number", "Date", "AM", "PM"])
    sheet.append(["1001", "08/09/2025", "b", None])
    sheet.append(["1002", "08/09/2025", "Z", "z"])
    book.save(tmp_path / "grid.xlsx")
    importer = Importer(session)
    result = importer.apply(importer.read(tmp_path / "grid.xlsx"), ImportOptions())
    assert result.written == 3
    assert absences(session)[(2, "2025-09-08", "NM")] == ("Z", "import")


def _collector_watch(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record every switch of Python's cyclic collector: process-wide, so a worker must not."""
    import gc

    switched: list[str] = []
    for name in ("disable", "enable", "freeze", "unfreeze", "set_threshold"):
        monkeypatch.setattr(gc, name, lambda *_a, _name=name: switched.append(_name))
    return switched


def test_an_import_leaves_the_collector_alone(
    session: VaultSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.importing.samples import write_csv

    path, _lines = write_csv(tmp_path)
    switched = _collector_watch(monkeypatch)
    importer = Importer(session)
    preview = importer.preview(importer.read(path), ImportOptions(skip_bad_rows=True))
    result = importer.apply(importer.read(path), ImportOptions(skip_bad_rows=True))
    assert preview.new and result.written == preview.new
    assert switched == []  # it ran in the import dialog's worker: the GUI thread's collector too
