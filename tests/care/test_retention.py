"""Retention terms, and a purge that really removes: the name is in no byte of the vault folder
afterwards (pages decrypted with the key, free pages and WAL included)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from pa_desktop.domain.retention import (
    Basis,
    DossierFacts,
    RetentionPolicy,
    RetentionRule,
    past_term,
    school_year_end,
    term,
)
from pa_desktop.services import audit, retention
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.session import VaultSession
from pa_desktop.store import care as store_care
from tests.care.conftest import GONE_FIRST, GONE_LAST, GONE_NOTE, TODAY
from tests.care.pages import folder_plaintext

SCHOOL = RetentionPolicy.default_for("school")
CLB = RetentionPolicy.default_for("clb")


def test_the_defaults_follow_the_role() -> None:
    assert RetentionPolicy(RetentionRule.SCHOOL_YEAR_AFTER_LEAVING, 1) == SCHOOL
    assert RetentionPolicy(RetentionRule.AFTER_LAST_CONTACT, 10) == CLB
    assert RetentionPolicy.from_mapping({"years": "x"}, "clb") == CLB
    assert RetentionPolicy.from_mapping({"rule": "after_last_contact", "years": 3}, "school") == (
        RetentionPolicy(RetentionRule.AFTER_LAST_CONTACT, 3)
    )


def test_school_year_end_keeps_july_and_august_in_the_year_that_ended() -> None:
    assert school_year_end(date(2025, 3, 10)) == date(2025, 8, 31)
    assert school_year_end(date(2025, 7, 5)) == date(2025, 8, 31)
    assert school_year_end(date(2025, 9, 1)) == date(2026, 8, 31)


def test_a_school_dossier_runs_on_while_the_pupil_is_enrolled_and_open() -> None:
    facts = DossierFacts(1, created_on=date(2020, 9, 1), last_absence=date(2021, 1, 4))
    assert term(facts, SCHOOL) is None


def test_a_school_dossier_ends_a_year_after_the_school_year_of_leaving() -> None:
    left = DossierFacts(1, created_on=date(2026, 1, 1), left_on=date(2025, 3, 10))
    found = term(left, SCHOOL)
    assert found is not None and found.basis is Basis.LEFT
    assert found.ends_on == date(2026, 8, 31)
    assert not found.past(date(2026, 8, 31)) and found.past(date(2026, 9, 1))
    closed = DossierFacts(
        2, created_on=date(2024, 1, 1), last_step="closed", last_step_on=date(2024, 6, 3)
    )
    found = term(closed, SCHOOL)
    assert found is not None and found.basis is Basis.CLOSED
    assert found.ends_on == date(2025, 8, 31)
    # an absence after leaving restarts the term
    later = DossierFacts(
        3, created_on=date(2024, 1, 1), left_on=date(2025, 3, 10), last_absence=date(2025, 10, 1)
    )
    assert term(later, SCHOOL).ends_on == date(2027, 8, 31)  # type: ignore[union-attr]


def test_a_clb_dossier_ends_ten_years_after_the_last_contact() -> None:
    facts = DossierFacts(
        1,
        created_on=date(2014, 1, 1),
        last_measure=date(2016, 2, 29),
        last_absence=date(2017, 1, 1),
    )
    found = term(facts, CLB)
    assert found is not None and found.basis is Basis.LAST_CONTACT
    assert found.ends_on == date(2026, 2, 28)
    assert [t.pupil_id for t in past_term([facts], CLB, date(2026, 3, 1))] == [1]
    assert past_term([facts], CLB, date(2026, 2, 28)) == []


def test_the_vault_lists_only_the_dossier_past_its_term(
    care_vault: tuple[VaultSession, str, int, int],
) -> None:
    session, _code, gone, _current = care_vault
    assert [d.pupil.id for d in retention.due(session)] == [gone]
    retention.save_policy(session, RetentionPolicy(RetentionRule.SCHOOL_YEAR_AFTER_LEAVING, 5))
    assert retention.due(session) == []


def test_purge_removes_every_byte_of_the_dossier_and_logs_no_name(
    care_vault: tuple[VaultSession, str, int, int],
) -> None:
    session, _code, gone, current = care_vault
    folder = session.folder
    key = store_care.database_key(session.opened)
    secrets = [GONE_LAST.encode(), GONE_FIRST.encode(), GONE_NOTE.encode()]
    before = folder_plaintext(folder, key)
    assert all(secret in before for secret in secrets)  # the method does see them

    with pytest.raises(InvalidInputError):
        retention.purge(session, [gone, current])  # the current pupil is not past term
    assert {p.id for p in session.pupils()} == {gone, current}

    summary = retention.purge(session, [gone])
    assert summary.purged == 1 and summary.compacted
    after = folder_plaintext(folder, key)
    assert not any(secret in after for secret in secrets)
    assert [p.id for p in session.pupils()] == [current]
    assert session.check() == []
    (entry,) = audit.entries(session, "purge")
    text = json.dumps(entry.details, ensure_ascii=False)
    assert entry.details["count"] == 1 and entry.details["pupil_ids"] == [gone]
    assert GONE_LAST not in text and GONE_FIRST not in text
    assert session.today() == TODAY
