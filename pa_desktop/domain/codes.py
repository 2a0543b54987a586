"""The absence-code table: official Discimus codes plus the internal codes schools still use.

The table is data (resources/codes.json, extendable by a school); this module only gives it a shape
and answers the questions the counts ask: which group does a code belong to, and is it an absent
half day at all (a late arrival or a pre-school absence is not).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

UNKNOWN_CODE = "-"


class CodeGroup(StrEnum):
    """The groups the PA checklist totals by, plus "unknown" for a reason not yet clarified."""

    B = "B"
    P = "P"
    R = "R"
    Z = "Z"
    OTHER = "other"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class AbsenceCode:
    code: str
    official: str
    group: CodeGroup
    counts_as_absent: bool
    labels: Mapping[str, str]

    def label(self, language: str = "nl") -> str:
        return self.labels.get(language) or self.labels.get("nl") or self.code


class UnknownCodeError(ValueError):
    """A code that is not in the table: refused rather than guessed."""

    def __init__(self, code: str) -> None:
        super().__init__(f"unknown absence code: {code!r}")
        self.code = code


class CodeTable:
    """Lookup of codes, case-insensitive, with the group each counts in."""

    def __init__(self, codes: Iterable[AbsenceCode]) -> None:
        self._codes: dict[str, AbsenceCode] = {}
        for code in codes:
            key = code.code.upper()
            if key in self._codes:
                raise ValueError(f"code {code.code!r} appears twice in the code table")
            self._codes[key] = code

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> CodeTable:
        """Build the table from the resource file's parsed JSON, validating every entry."""
        entries = data.get("codes")
        if not isinstance(entries, list) or not entries:
            raise ValueError("the code table has no codes")
        codes = []
        for entry in entries:
            try:
                codes.append(
                    AbsenceCode(
                        code=str(entry["code"]),
                        official=str(entry["official"]),
                        group=CodeGroup(entry["group"]),
                        counts_as_absent=bool(entry["absent"]),
                        labels={str(k): str(v) for k, v in dict(entry.get("label", {})).items()},
                    )
                )
            except (KeyError, ValueError, TypeError) as error:
                raise ValueError(f"invalid code-table entry {entry!r}: {error}") from error
        table = cls(codes)
        for code in table:
            if code.official.upper() not in table._codes:
                raise ValueError(f"code {code.code!r} maps to {code.official!r}, not in the table")
        return table

    def __iter__(self) -> Iterator[AbsenceCode]:
        return iter(self._codes.values())

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code.strip().upper() in self._codes

    def get(self, code: str) -> AbsenceCode:
        try:
            return self._codes[code.strip().upper()]
        except KeyError:
            raise UnknownCodeError(code) from None

    def normalise(self, code: str) -> str:
        """The table's own spelling of a code (so "b" is stored as "B")."""
        return self.get(code).code

    def group_of(self, code: str) -> CodeGroup:
        return self.get(code).group

    def counts_as_absent(self, code: str) -> bool:
        return self.get(code).counts_as_absent

    def absent_codes(self) -> frozenset[str]:
        """The table's spellings of every code that counts as an absent half day (for speed)."""
        cached: frozenset[str] | None = getattr(self, "_absent_codes", None)
        if cached is None:
            cached = frozenset(c.code for c in self._codes.values() if c.counts_as_absent)
            self._absent_codes = cached
        return cached

    def groups(self) -> dict[str, CodeGroup]:
        """The group of every code by the table's own spelling (a plain dict, for speed)."""
        cached: dict[str, CodeGroup] | None = getattr(self, "_groups", None)
        if cached is None:
            cached = {c.code: c.group for c in self._codes.values()}
            self._groups = cached
        return cached

    def codes_in(self, group: CodeGroup) -> frozenset[str]:
        return frozenset(c.code for c in self._codes.values() if c.group is group)

    def codes(self) -> list[AbsenceCode]:
        return list(self._codes.values())
