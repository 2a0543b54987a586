"""A pupil, with only the fields the follow-up needs (data minimisation starts here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Pupil:
    id: int
    last_name: str
    first_name: str
    class_name: str
    birth_date: date | None = None
    school_number: str | None = None
    enrolled_from: date | None = None
    enrolled_until: date | None = None
    school_id: int | None = None  # the current school; None in a vault of one school

    @property
    def display_name(self) -> str:
        return f"{self.last_name}, {self.first_name}"


@dataclass(frozen=True)
class PupilDraft:
    """What a user enters to add or edit a pupil, before it has an id."""

    last_name: str
    first_name: str
    class_name: str
    birth_date: date | None = None
    school_number: str | None = None
    enrolled_from: date | None = None
    enrolled_until: date | None = None
    school_id: int | None = None

    def problems(self) -> list[str]:
        """Ids of what is wrong, for the GUI and CLI to word in the user's language."""
        found = []
        if not self.last_name.strip():
            found.append("last_name_empty")
        if not self.first_name.strip():
            found.append("first_name_empty")
        if not self.class_name.strip():
            found.append("class_empty")
        if self.birth_date is not None and self.birth_date > date.today():
            found.append("birth_date_future")
        if (
            self.enrolled_from is not None
            and self.enrolled_until is not None
            and self.enrolled_until < self.enrolled_from
        ):
            found.append("enrolment_reversed")
        return found
