"""The Smartschool JSON reader streams a pupil at a time and gives what the whole-file reader gave:
the same rows with the same lines, or the same refusal, on any input cut into any pieces (the
old reader is kept as the oracle in `smartschool_whole.py`)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pa_desktop.domain.importing import smartschool
from pa_desktop.domain.importing.records import FileFormatError, ImportFormat, SourceRow
from pa_desktop.domain.importing.smartschool import parse_smartschool, smartschool_rows
from pa_desktop.domain.importing.streams import HEAD_ROWS, Replayable
from pa_desktop.services.errors import ImportFileError
from pa_desktop.services.import_files import load_bytes
from tests.importing.smartschool_whole import parse_whole


class Pairs(list[tuple[str, Any]]):
    """A JSON object as its written key-value pairs, so a key may repeat."""


def render(value: Any, style: str, ascii_only: bool, level: int = 0) -> str:
    """JSON text in one of the layouts exports use: compact, spaced, indented (LF or CRLF)."""
    if isinstance(value, (Pairs, list)):
        items = (
            [f"{render(k, style, ascii_only)}:{' ' if style != 'compact' else ''}"
             f"{render(v, style, ascii_only, level + 1)}" for k, v in value]
            if isinstance(value, Pairs)
            else [render(v, style, ascii_only, level + 1) for v in value]
        )  # fmt: skip
        opening, closing = "{}" if isinstance(value, Pairs) else "[]"
        if not items:
            return opening + closing
        if style in ("compact", "spaced"):
            return opening + (", " if style == "spaced" else ",").join(items) + closing
        newline = "\r\n" if style == "crlf" else "\n"
        inner, outer = newline + "  " * (level + 1), newline + "  " * level
        return opening + inner + ("," + inner).join(items) + outer + closing
    return json.dumps(value, ensure_ascii=ascii_only)


def plain(value: Any) -> Any:
    """The value as JSON reads it back (a repeated key keeps its last value)."""
    if isinstance(value, Pairs):
        return {k: plain(v) for k, v in value}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def pairs(keys: st.SearchStrategy[str], values: st.SearchStrategy[Any]) -> st.SearchStrategy[Pairs]:
    """Objects of a few keys, a key now and then repeated."""
    items = st.tuples(keys, values)
    once = st.lists(items, max_size=4, unique_by=lambda item: item[0])
    return st.one_of(once, once, once, st.lists(items, max_size=4)).map(Pairs)


def plain_pairs(value: Any) -> Any:
    """Dictionaries (nested) as `Pairs`."""
    if isinstance(value, dict):
        return Pairs((k, plain_pairs(v)) for k, v in value.items())
    return value


CODES = st.one_of(
    st.none(),
    st.sampled_from(["", " ", "B", "z", " Z ", "-", "é", 'q"u', "a\\b"]),
    st.integers(-3, 12),
    st.sampled_from([2.0, 2.5, 1e20, True, False]),
    st.lists(st.sampled_from(["B", 1, None]), max_size=2),
)
HALVES = st.one_of(
    pairs(st.sampled_from(["am", "pm", "vm", "nm", "AM", "Pm", "x"]), CODES),
    CODES,  # a code for the whole day
)
DAYS = st.sampled_from(["2025-09-08", "2025-09-09", "2026-02-30", "x", "", 'a"b'])
FIELDS = st.sampled_from(
    ["number", "school_number", "last_name", "name", "first_name", "class", "klas", "other"]
)
NAMES = st.one_of(st.text("aé Ö'-\"\\\n", max_size=6), st.integers(0, 99_999_999), st.none())
PUPIL = st.one_of(pairs(FIELDS, NAMES), pairs(FIELDS, NAMES), st.none(), st.just("x"))
ABSENCES = st.one_of(*[pairs(DAYS, HALVES)] * 4, st.just([1]), st.just("2025-09-08"))
ENTRY = pairs(st.sampled_from(["pupil", "absences", "absences", "note"]), st.none()).flatmap(
    lambda shape: st.tuples(
        *(
            {"pupil": PUPIL, "absences": ABSENCES}.get(key, st.sampled_from([None, "n", [2]]))
            for key, _ in shape
        )
    ).map(lambda values, shape=shape: Pairs(zip([k for k, _ in shape], values, strict=True)))
)
# what an export holds: unique keys, codes mostly given, "pupil" before or after "absences"
DAY_CODES = st.dictionaries(
    st.sampled_from(["am", "pm", "vm", "nm"]),
    st.sampled_from(["B", "Z", "r", None, ""]),
    min_size=1,
)
SOUND_ENTRY = st.tuples(
    st.fixed_dictionaries({"number": st.integers(1, 999), "last_name": st.text("aé", max_size=3)}),
    st.dictionaries(
        DAYS, st.one_of(DAY_CODES, DAY_CODES, st.sampled_from(["Z", None])), min_size=1
    ),
    st.booleans(),
).map(
    lambda e: Pairs(
        [("pupil", plain_pairs(e[0])), ("absences", plain_pairs(e[1]))][:: 1 if e[2] else -1]
    )
)
SOUND = st.lists(SOUND_ENTRY, min_size=1, max_size=4)
NUMBERS = st.integers(10_000, 10**9)  # a number the pieces may cut: 12|345 is not 12
OUTER = st.one_of(
    SOUND,  # the usual export
    st.tuples(SOUND, NUMBERS).map(
        lambda e: Pairs([("school", "x"), ("pupils", e[0]), ("n", Pairs([("a", e[1])]))])
    ),
    st.tuples(SOUND, SOUND).map(  # JSON keeps the last "pupils"
        lambda e: Pairs([("pupils", e[0]), ("x", 1), ("pupils", e[1])])
    ),
    st.lists(st.one_of(*[ENTRY] * 8, NUMBERS), max_size=5),
    st.lists(ENTRY, max_size=5),
    pairs(
        st.sampled_from(["pupils", "pupils", "school", "pupil", "absences"]),
        st.one_of(st.lists(ENTRY, max_size=4), NUMBERS, st.just("x"), PUPIL, ABSENCES),
    ),  # {"pupils": [...]} with other keys, or one pupil's object
    ENTRY,
    st.one_of(NUMBERS, st.sampled_from(["text", None])),
)
STYLES = st.sampled_from(["compact", "spaced", "indented", "crlf"])


def cut(text: str, sizes: list[int]) -> Callable[[], Iterator[str]]:
    """The text as a source that yields it in pieces of the given sizes (then the rest)."""

    def pieces() -> Iterator[str]:
        at = 0
        for size in sizes:
            yield text[at : at + size]
            at += size
        yield text[at:]

    return pieces


def outcome(read: Callable[[], list[SourceRow]]) -> list[SourceRow] | str:
    try:
        return read()
    except FileFormatError as error:
        return error.reason


@settings(max_examples=400, deadline=None)
@given(OUTER, STYLES, st.booleans(), st.lists(st.integers(0, 40), max_size=60))
def test_streamed_rows_equal_the_whole_file_reading(
    outer: Any, style: str, ascii_only: bool, sizes: list[int]
) -> None:
    text = render(outer, style, ascii_only)
    assert json.loads(text) == plain(outer)  # the rendering is the JSON it stands for
    expected = outcome(lambda: parse_whole(text))
    assert outcome(lambda: list(smartschool_rows(cut(text, sizes)))) == expected


MUTATIONS = st.tuples(st.sampled_from(["cut", "drop", "insert"]), st.integers(0, 10**6))


@settings(max_examples=400, deadline=None)
@given(OUTER, STYLES, MUTATIONS, st.sampled_from('{}[],:"\\ 1xn'), st.integers(1, 30))
def test_broken_text_is_refused_as_the_whole_file_reading_refused_it(
    outer: Any, style: str, mutation: tuple[str, int], character: str, size: int
) -> None:
    """Cut short, a character lost or one too many: bad_json, bad_shape or rows, as before."""
    text = render(outer, style, ascii_only=False)
    kind, where = mutation
    at = where % (len(text) + 1)
    if kind == "cut":
        text = text[:at]
    elif kind == "drop":
        text = text[:at] + text[at + 1 :]
    else:
        text = text[:at] + character + text[at:]
    expected = outcome(lambda: parse_whole(text))
    assert outcome(lambda: list(smartschool_rows(cut(text, [size] * 200)))) == expected


def export(pupils: int, days: int) -> str:
    entries = [
        {
            "pupil": {"number": str(20230000 + n), "last_name": f"Öztürk{n}", "class": "3B"},
            "absences": {
                f"2025-10-{d + 1:02d}": {"am": "BZR-"[(n + d) % 4], "pm": None if d % 3 else "Z"}
                for d in range(days)
            },
        }
        for n in range(pupils)
    ]
    return json.dumps(entries, ensure_ascii=False, indent=2)


def test_a_piece_border_anywhere_keeps_every_row_and_line() -> None:
    """One character at a time: every value, number and escape is cut somewhere."""
    text = export(pupils=3, days=4).replace('"3B"', '"3\\u00e9B"').replace("null", "-12.5e-3")
    whole = parse_whole(text)
    assert len(whole) == 24
    assert list(smartschool_rows(cut(text, [1] * len(text)))) == whole
    assert whole[0].line == text.splitlines().index('        "am": "B",') + 1


def test_the_rows_are_counted_once_and_read_again_on_every_pass() -> None:
    text = export(pupils=40, days=5)
    reads = 0

    def source() -> Iterator[str]:
        nonlocal reads
        reads += 1
        yield from cut(text, [4096] * (len(text) // 4096))()

    rows = smartschool_rows(source)
    assert isinstance(rows, Replayable)
    assert len(rows) == 40 * 5 + 40 * 2 and reads == 2  # the checking pass and the first rows
    assert rows[:HEAD_ROWS] == tuple(parse_whole(text)[:HEAD_ROWS]) and reads == 2
    assert list(rows) == list(rows) == parse_whole(text) and reads == 4


def test_a_pupil_too_large_to_hold_is_refused_but_many_pupils_are_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(smartschool, "MAX_VALUE_CHARS", 4000)
    many = export(pupils=60, days=10)  # 60 pupils of under 1,000 characters each
    assert len(many) > 10 * 4000
    assert len(list(smartschool_rows(cut(many, [997] * 200)))) == 60 * 10 + 60 * 4
    one = export(pupils=1, days=200)  # one pupil of more
    with pytest.raises(FileFormatError) as refused:
        list(smartschool_rows(cut(one, [997] * 200)))
    assert refused.value.reason == "bad_shape"
    with pytest.raises(ImportFileError) as refused_file:
        load_bytes("export.json", one.encode(), ImportFormat.SMARTSCHOOL)
    assert refused_file.value.reason == "bad_shape"


def test_deep_nesting_is_refused_as_a_shape_or_as_json_never_a_crash() -> None:
    nested = "[" * (smartschool.MAX_DEPTH + 1) + "]" * (smartschool.MAX_DEPTH + 1)
    for text, reason in (
        (f'[{{"pupil": {{"number": 1}}, "absences": {{"2025-09-08": {{"am": {nested}}}}}}}]',
         "bad_shape"),  # valid JSON, but no export nests like that
        (f'{{"school": {nested}, "pupils": []}}', "bad_shape"),
        (f'[{{"absences": {{}}}}, {nested}, 1', "bad_json"),  # syntax wins, as before
        ("[" * 100_000 + "]" * 100_000, "bad_json"),  # deeper than the decoder goes
    ):  # fmt: skip
        with pytest.raises(FileFormatError) as refused:
            parse_smartschool(text)
        assert refused.value.reason == reason


def test_a_syntax_error_after_a_shape_error_is_still_bad_json() -> None:
    for text in ('[1, {"absences": 5}] x', '{"pupils": 3, "a": [1,]}', '[{"absences": {}},'):
        with pytest.raises(FileFormatError) as refused:
            list(smartschool_rows(cut(text, [3] * 20)))
        assert refused.value.reason == "bad_json"
