"""Rows in and out of the vault: one code per half day, names intact, settings as JSON."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pa_desktop.domain.absences import Absence, Mark
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.store.keyfile import KdfParameters
from pa_desktop.store.repositories import (
    AbsenceRepository,
    PupilNotFoundError,
    PupilRepository,
    SettingsRepository,
)
from pa_desktop.store.vault import OpenVault, create_vault

YEAR = (date(2025, 9, 1), date(2026, 6, 30))
MONDAY = date(2025, 9, 8)


@pytest.fixture
def opened(vault_folder: Path, light_kdf: KdfParameters) -> Iterator[OpenVault]:
    vault, _ = create_vault(vault_folder, "repository test passphrase", light_kdf)
    yield vault
    vault.close()


def test_names_with_any_script_come_back_unchanged(opened: OpenVault) -> None:
    pupils = PupilRepository(opened.engine)
    names = [("Nguyễn", "Minh Anh"), ("Wiśniewska", "Małgorzata"), ("Şahin", "Mehmet")]
    ids = pupils.add_many([PupilDraft(last, first, "2A") for last, first in names])
    assert [(pupils.get(i).last_name, pupils.get(i).first_name) for i in ids] == names


def test_surrounding_spaces_are_trimmed_and_an_empty_number_is_none(opened: OpenVault) -> None:
    pupil = PupilRepository(opened.engine).add(
        PupilDraft("  Claes ", " Noor", " 1B ", school_number="  ")
    )
    assert (pupil.last_name, pupil.first_name, pupil.class_name) == ("Claes", "Noor", "1B")
    assert pupil.school_number is None


def test_one_code_per_half_day_a_new_code_replaces_the_old(opened: OpenVault) -> None:
    pupil = PupilRepository(opened.engine).add(PupilDraft("Claes", "Noor", "1B"))
    absences = AbsenceRepository(opened.engine)
    absences.upsert(pupil.id, [Absence(MONDAY, HalfDay.VM, "-"), Absence(MONDAY, HalfDay.NM, "-")])
    absences.upsert(
        pupil.id, [Absence(MONDAY, HalfDay.VM, "Z", frozenset({Mark.MEDICAL_CERTIFICATE}))]
    )
    stored = absences.for_pupil(pupil.id, *YEAR)
    assert [(a.half, a.code, a.marks) for a in stored] == [
        (HalfDay.VM, "Z", {Mark.MEDICAL_CERTIFICATE}),
        (HalfDay.NM, "-", frozenset()),
    ]
    assert absences.count() == 2


def test_absences_for_a_pupil_that_does_not_exist_are_refused(opened: OpenVault) -> None:
    absences = AbsenceRepository(opened.engine)
    with pytest.raises(PupilNotFoundError):
        absences.upsert(99, [Absence(MONDAY, HalfDay.VM, "B")])
    assert absences.count() == 0


def test_removing_absences(opened: OpenVault) -> None:
    pupil = PupilRepository(opened.engine).add(PupilDraft("Claes", "Noor", "1B"))
    absences = AbsenceRepository(opened.engine)
    absences.upsert(pupil.id, [Absence(MONDAY, HalfDay.VM, "B"), Absence(MONDAY, HalfDay.NM, "B")])
    assert absences.remove(pupil.id, [(MONDAY, HalfDay.NM), (date(2025, 9, 9), HalfDay.VM)]) == 1
    assert [a.half for a in absences.for_pupil(pupil.id, *YEAR)] == [HalfDay.VM]


def test_absences_are_read_per_pupil_and_per_school_year(opened: OpenVault) -> None:
    pupils = PupilRepository(opened.engine)
    first, second = (pupils.add(PupilDraft(n, "X", "1A")) for n in ("Een", "Twee"))
    absences = AbsenceRepository(opened.engine)
    absences.upsert(first.id, [Absence(MONDAY, HalfDay.VM, "B")])
    absences.upsert(second.id, [Absence(date(2024, 9, 9), HalfDay.VM, "Z")])  # previous year
    grouped = absences.by_pupil(*YEAR)
    assert list(grouped) == [first.id]
    assert absences.for_pupil(second.id, date(2024, 9, 1), date(2025, 6, 30))[0].code == "Z"


def test_settings_keep_their_json_type(opened: OpenVault) -> None:
    settings = SettingsRepository(opened.engine)
    settings.put_many(
        {"wednesday_afternoon_free": False, "free_days": [["2025-10-01", "studiedag"]]}
    )
    settings.put_many({"role": "clb"})
    settings.put_many({"role": "school"})
    assert settings.get_all() == {
        "wednesday_afternoon_free": False,
        "free_days": [["2025-10-01", "studiedag"]],
        "role": "school",
    }
