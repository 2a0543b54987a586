"""Setting up schools through the services (the GUI's School settings dialog saves here): a
rename and a new institution number, a duplicate name refused whatever its capitals, and a
refused save that leaves the school exactly as it was."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from pa_desktop.services.access import Vaults
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.session import Profile, VaultSession


@pytest.fixture
def session(tmp_path: Path, vaults: Vaults) -> Iterator[VaultSession]:
    opened, _ = vaults.create(
        tmp_path / "v", "correct horse battery", Profile(school="Sint-X", user_name="An")
    )
    yield opened
    opened.close()


def test_renaming_a_school_and_its_number(session: VaultSession) -> None:
    other = session.add_school("Atheneum Noord", "012345")
    renamed = session.update_school(other.id, "  Atheneum   Zuid ", " 054321 ")
    assert (renamed.name, renamed.number) == ("Atheneum Zuid", "054321")
    assert session.find_school("Atheneum Zuid").id == other.id
    assert session.update_school(other.id, "Atheneum Zuid", "").number is None
    assert session.profile().school == "Sint-X"  # two schools: the profile is not one of them


def test_a_duplicate_name_is_refused_in_add_and_rename(session: VaultSession) -> None:
    other = session.add_school("Atheneum Noord")
    for attempt in (
        lambda: session.add_school("sint-x"),
        lambda: session.update_school(other.id, "SINT-X"),
    ):
        with pytest.raises(InvalidInputError) as refused:
            attempt()
        assert refused.value.problems == ["school_name_taken"]
        assert refused.value.details["name"] == "Sint-X"
    assert [s.name for s in session.schools()] == ["Sint-X", "Atheneum Noord"]
    # renaming a school to its own name in other capitals is no duplicate
    assert session.update_school(other.id, "Atheneum NOORD").name == "Atheneum NOORD"


def test_a_refused_save_changes_nothing(session: VaultSession) -> None:
    other = session.add_school("Atheneum Noord", "1")
    bad = replace(session.school_settings(other.id), codes=(("B", "B", ""),))
    with pytest.raises(InvalidInputError) as refused:
        session.save_school(other.id, "Sint-X", "2", bad)
    assert set(refused.value.problems) == {"school_name_taken", "code_is_official"}
    kept = session.find_school(other.id)
    assert (kept.name, kept.number) == ("Atheneum Noord", "1")
    assert session.school_settings(other.id).codes == ()


def test_renaming_the_only_school_renames_the_profiles_school(session: VaultSession) -> None:
    session.update_school(session.default_school_id(), "Sint-Jozef")
    assert session.profile().school == "Sint-Jozef"
