"""Bad input refused, bounded (the Low cases of issue 21): each a clear refusal instead of a
traceback or a gap."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pa_desktop.cli import main as cli
from pa_desktop.cli import unlocking
from pa_desktop.services import attempts
from pa_desktop.services.access import Vaults
from pa_desktop.store import care as store_care
from tests.trust.conftest import PASSPHRASE


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PA_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PA_DESKTOP_LANG", "en")
    monkeypatch.setattr(unlocking, "open_vaults", Vaults.for_tests)

    def _run(*argv: str) -> tuple[int, str]:
        capsys.readouterr()
        status = cli.main(list(argv))
        return status, capsys.readouterr().err

    return _run


def test_a_notes_file_with_a_bad_count_never_stops_an_unlock(small_vault: Path) -> None:
    notes = store_care.notes_path(small_vault)
    notes.write_text(json.dumps({"unlock_failures": {"count": "x", "passphrase": []}}), "utf-8")
    session = Vaults.for_tests().unlock(small_vault, PASSPHRASE)
    session.close()
    attempts.note_failure(small_vault)
    assert attempts.pending(small_vault)["count"] == 1


@pytest.mark.parametrize(
    "argv",
    [
        ("absence", "add", "1", "--date", "0001-01-01", "--code", "B"),
        ("absence", "add", "1", "--date", "9999-12-31", "--code", "B"),
        ("pupils", "--at", "0001-01-01"),
        ("pupils", "--school-year", "abc"),
        ("pupils", "--school-year", "0001-0002"),
        ("signal-list", "--out", "list.csv", "--school-year", "abc"),
        ("trajectory", "1", "school_follow_up", "--date", "0001-01-01"),
        ("measure", "add", "1", "--date", "0001-01-01", "--towards", "parents", "--channel",
         "phone", "--purpose", "ask-reason", "--outcome", "reached"),
        ("pupil", "add", "--last-name", "Yılmaz\udc80", "--first-name", "Ayşe", "--class", "3B"),
        ("pupil", "add", "--last-name", "A", "--first-name", "B", "--class", "3B",
         "--birth-date", "0001-01-01"),
        ("referral", "1", "--out", "/nonexistent-folder/x.pdf"),
    ],
)  # fmt: skip
def test_bad_values_on_the_command_line_are_refused_plainly(
    run,
    small_vault: Path,
    argv: tuple[str, ...],  # type: ignore[no-untyped-def]
) -> None:
    status, err = run("--vault", str(small_vault), *argv)
    assert status == 1 and err.strip() and "Traceback" not in err
    assert any(word in err for word in ("2000-2100", "school year", "invalid character", "folder"))
    session = Vaults.for_tests().unlock(small_vault, PASSPHRASE)
    try:
        assert len(session.pupils()) == 2
        assert session.absences(1, session.current_school_year()) == []
    finally:
        session.close()


def test_the_notes_are_never_written_through_a_planted_link(
    small_vault: Path, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", "utf-8")
    planted = store_care.notes_path(small_vault).with_name("vault.care.json.tmp")
    planted.symlink_to(victim)
    assert store_care.update_notes(small_vault, backup_folder="/somewhere")
    assert victim.read_text("utf-8") == "keep me"
    assert store_care.read_notes(small_vault)["backup_folder"] == "/somewhere"
    assert not store_care.notes_path(small_vault).is_symlink()


def test_deep_nesting_in_a_smartschool_file_is_refused_not_a_crash() -> None:
    from pa_desktop.domain.importing.records import ImportFormat
    from pa_desktop.services.errors import ImportFileError
    from pa_desktop.services.import_files import load_bytes

    deep = ("[" * 100_000 + "]" * 100_000).encode("ascii")
    with pytest.raises(ImportFileError) as refused:
        load_bytes("export.json", deep, ImportFormat.SMARTSCHOOL)
    assert refused.value.reason == "bad_json"


def test_an_xlsx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    import io
    import resource
    import zipfile

    from pa_desktop.services.errors import ImportFileError
    from pa_desktop.services.import_files import MAX_XLSX_UNPACKED, read_xlsx

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            zeros = b" " * (1 << 20)
            for _ in range(MAX_XLSX_UNPACKED // len(zeros) + 8):
                sheet.write(zeros)
    data = buffer.getvalue()
    assert len(data) < 2 * 1024 * 1024  # a small file ...
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ImportFileError) as refused:
        read_xlsx(data)
    assert refused.value.reason == "too_large"
    grown_mib = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mib < 50  # ... refused without unpacking it
