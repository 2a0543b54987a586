"""The absence-code table: official codes, the internal codes that map onto them, and refusals."""

from __future__ import annotations

import pytest

from pa_desktop.domain.absences import Mark
from pa_desktop.domain.codes import CodeGroup, CodeTable, UnknownCodeError
from pa_desktop.domain.halfday import HalfDay

# code -> (official code, checklist group, counts as an absent half day)
EXPECTED = {
    "B": ("B", CodeGroup.B, True),
    "Z": ("Z", CodeGroup.Z, True),
    "R": ("R", CodeGroup.R, True),
    "P": ("P", CodeGroup.P, True),
    "H": ("H", CodeGroup.OTHER, True),
    "M": ("M", CodeGroup.OTHER, True),
    "A": ("A", CodeGroup.OTHER, False),
    "D": ("Z", CodeGroup.Z, True),
    "C": ("R", CodeGroup.R, True),
    "J": ("R", CodeGroup.R, True),
    "T": ("R", CodeGroup.R, True),
    "U": ("R", CodeGroup.R, True),
    "Y": ("R", CodeGroup.R, True),
    "Q": ("P", CodeGroup.P, True),
    "O": ("P", CodeGroup.P, True),
    "L": ("L", CodeGroup.OTHER, False),
    "-": ("-", CodeGroup.UNKNOWN, True),
}


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_every_code_maps_as_the_guideline_says(codes: CodeTable, code: str) -> None:
    official, group, absent = EXPECTED[code]
    entry = codes.get(code)
    assert entry.official == official
    assert codes.group_of(code) is group
    assert codes.counts_as_absent(code) is absent
    assert entry.label("nl")  # every code has a Dutch label


def test_the_table_holds_exactly_the_documented_codes(codes: CodeTable) -> None:
    assert {c.code for c in codes} == set(EXPECTED)


def test_late_and_preschool_are_not_absent_half_days(codes: CodeTable) -> None:
    assert not codes.counts_as_absent("L")
    assert not codes.counts_as_absent("A")


def test_unknown_code_is_never_counted_as_justified(codes: CodeTable) -> None:
    assert codes.group_of("-") is CodeGroup.UNKNOWN
    assert codes.counts_as_absent("-")


def test_codes_are_read_case_insensitively_and_stored_in_the_tables_spelling(
    codes: CodeTable,
) -> None:
    assert codes.normalise(" b ") == "B"
    assert codes.group_of("d") is CodeGroup.Z
    assert "q" in codes


@pytest.mark.parametrize("code", ["X", "BB", "", "?"])
def test_a_code_not_in_the_table_is_refused(codes: CodeTable, code: str) -> None:
    assert code not in codes
    with pytest.raises(UnknownCodeError):
        codes.get(code)
    with pytest.raises(UnknownCodeError):
        codes.group_of(code)


def _entry(code: str, official: str, group: str, absent: bool = True) -> dict[str, object]:
    return {"code": code, "official": official, "group": group, "absent": absent}


def test_a_school_can_add_its_own_code_mapped_to_an_official_one() -> None:
    table = CodeTable.from_mapping(
        {"codes": [_entry("Z", "Z", "Z"), _entry("K", "Z", "Z"), _entry("B", "B", "B")]}
    )
    assert table.group_of("K") is CodeGroup.Z
    assert table.get("K").label() == "K"  # no label given: the code itself


@pytest.mark.parametrize(
    "entries",
    [
        [_entry("B", "B", "B"), _entry("K", "W", "B")],  # maps to a code that is not there
        [_entry("B", "B", "B"), _entry("b", "B", "B")],  # the same code twice
        [_entry("B", "B", "nonsense")],  # unknown group
        [{"code": "B", "group": "B", "absent": True}],  # no official code
        [],  # no codes at all
    ],
)
def test_a_broken_code_table_is_refused(entries: list[dict[str, object]]) -> None:
    with pytest.raises(ValueError):
        CodeTable.from_mapping({"codes": entries})


@pytest.mark.parametrize(
    ("text", "half"),
    [
        ("VM", HalfDay.VM),
        ("am", HalfDay.VM),
        ("fm", HalfDay.VM),
        ("NM", HalfDay.NM),
        ("pm", HalfDay.NM),
    ],
)
def test_half_day_spellings(text: str, half: HalfDay) -> None:
    assert HalfDay.parse(text) is half


def test_unknown_half_day_is_refused() -> None:
    with pytest.raises(ValueError):
        HalfDay.parse("evening")


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("luxeverzuim", Mark.LUXEVERZUIM),
        ("lux", Mark.LUXEVERZUIM),
        ("doubtful_certificate", Mark.DOUBTFUL_CERTIFICATE),
        ("Medical-Certificate", Mark.MEDICAL_CERTIFICATE),
    ],
)
def test_mark_spellings(text: str, mark: Mark) -> None:
    assert Mark.parse(text) is mark
