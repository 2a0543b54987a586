"""One order of school classes for the overview, insight and lists (domain.text.class_sort_key)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pa_desktop.domain.importing.values import class_key
from pa_desktop.domain.text import class_sort_key

CLASS_NAMES = st.from_regex(r"[1-7]{1,2}[ -]?[A-Za-zÉé]{0,2}|[A-Za-z]{3,8}", fullmatch=True)


def test_numbers_as_numbers_then_letters_then_classes_without_a_number() -> None:
    names = ["Onthaal", "10A", "3 b", "2B", "3A", "2a", "1-C", "OKAN"]
    assert sorted(names, key=class_sort_key) == [
        "1-C", "2a", "2B", "3A", "3 b", "10A", "OKAN", "Onthaal",
    ]  # fmt: skip


@given(CLASS_NAMES, CLASS_NAMES)
def test_the_import_and_the_order_agree_on_what_is_one_class(first: str, second: str) -> None:
    if class_key(first) == class_key(second):
        assert class_sort_key(first) == class_sort_key(second)


@given(st.integers(1, 999), st.integers(1, 999), st.sampled_from(["", "A", " b", "-C"]))
def test_a_lower_year_always_comes_first(low: int, high: int, letters: str) -> None:
    if low < high:
        assert class_sort_key(f"{low}{letters}") < class_sort_key(f"{high}{letters}")
