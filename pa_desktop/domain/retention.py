"""How long a dossier is kept, and when its term has passed (GDPR storage limitation).

A school's own follow-up file is kept until the end of the school year in which the pupil left
(or the dossier was closed) plus a number of years (default 1); a CLB keeps its dossier a number
of years (default 10) after the last contact. Both are settings of the vault; nothing here ever
deletes anything: it only says which dossiers are past their term, and why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from pa_desktop.domain.calendar import SchoolYear

CLOSING_STEP_IDS = frozenset({"closed", "clb_closed", "school_change"})


class RetentionRule(StrEnum):
    SCHOOL_YEAR_AFTER_LEAVING = "school_year_after_leaving"
    AFTER_LAST_CONTACT = "after_last_contact"


@dataclass(frozen=True)
class RetentionPolicy:
    rule: RetentionRule
    years: int

    @classmethod
    def default_for(cls, role: str) -> RetentionPolicy:
        if role == "clb":
            return cls(RetentionRule.AFTER_LAST_CONTACT, 10)
        return cls(RetentionRule.SCHOOL_YEAR_AFTER_LEAVING, 1)

    @classmethod
    def from_mapping(cls, data: Any, role: str) -> RetentionPolicy:
        """Read the stored setting; anything unreadable gives the role's default."""
        default = cls.default_for(role)
        if not isinstance(data, dict):
            return default
        try:
            rule = RetentionRule(data.get("rule", default.rule))
            years = int(data.get("years", default.years))
        except (ValueError, TypeError):
            return default
        return cls(rule, min(max(years, 0), 50))

    def as_dict(self) -> dict[str, Any]:
        return {"rule": self.rule.value, "years": self.years}


class Basis(StrEnum):
    """Why a dossier's term runs: the pupil left, the dossier was closed, the last contact."""

    LEFT = "left"
    CLOSED = "closed"
    LAST_CONTACT = "last_contact"


@dataclass(frozen=True)
class DossierFacts:
    """What the vault knows about a dossier's activity (ids and dates only)."""

    pupil_id: int
    created_on: date
    left_on: date | None = None
    last_step: str | None = None
    last_step_on: date | None = None
    last_absence: date | None = None
    last_measure: date | None = None

    @property
    def last_activity(self) -> date:
        """The latest date the dossier knows; the day the pupil was added only when there is
        nothing else (an import of an old school year must not restart the term)."""
        dates = [
            d
            for d in (self.left_on, self.last_step_on, self.last_absence, self.last_measure)
            if d is not None
        ]
        return max(dates) if dates else self.created_on

    @property
    def last_contact(self) -> date:
        dates = [d for d in (self.last_step_on, self.last_measure) if d is not None]
        return max(dates) if dates else self.last_activity


@dataclass(frozen=True)
class Term:
    pupil_id: int
    basis: Basis
    basis_date: date
    ends_on: date  # the last day the dossier is kept

    def past(self, today: date) -> bool:
        return today > self.ends_on


def school_year_end(day: date) -> date:
    """The administrative end (31 August) of the school year a day belongs to; July and August
    still belong to the year that just ended."""
    year = SchoolYear.containing(day)
    if day.month in (7, 8):
        year = year.previous()
    return date(year.start_year + 1, 8, 31)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def term(facts: DossierFacts, policy: RetentionPolicy) -> Term | None:
    """The dossier's term, or None while it runs on (a school dossier of a pupil who is still
    enrolled and whose follow-up is not closed)."""
    if policy.rule is RetentionRule.AFTER_LAST_CONTACT:
        basis_date = facts.last_contact
        return Term(
            facts.pupil_id, Basis.LAST_CONTACT, basis_date, _add_years(basis_date, policy.years)
        )
    closed = facts.last_step in CLOSING_STEP_IDS
    if facts.left_on is None and not closed:
        return None
    basis = Basis.LEFT if facts.left_on is not None else Basis.CLOSED
    # new absences or measures after leaving or closing restart the term
    basis_date = facts.last_activity
    ends = _add_years(school_year_end(basis_date), policy.years)
    return Term(facts.pupil_id, basis, basis_date, ends)


def past_term(facts: list[DossierFacts], policy: RetentionPolicy, today: date) -> list[Term]:
    """The dossiers whose term has passed on `today`, longest past first."""
    found = [t for t in (term(f, policy) for f in facts) if t is not None and t.past(today)]
    return sorted(found, key=lambda t: (t.ends_on, t.pupil_id))
