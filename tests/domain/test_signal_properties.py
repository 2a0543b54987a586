"""Signal invariants over random absence histories (hypothesis): what more B can never undo."""

from __future__ import annotations

from datetime import date

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pa_desktop.domain.absences import Absence
from pa_desktop.domain.calendar import SchoolCalendar, SchoolYear
from pa_desktop.domain.figures import year_figures
from pa_desktop.domain.signals import SIGNAL_IDS, SignalContext, compute_signals
from pa_desktop.services.resources import default_code_table

CODES = default_code_table()
CAL = SchoolCalendar(SchoolYear(2025))
SLOTS = CAL.lesson_half_days()
# signals that count B half days (or absences) up to the reference day: more B never undoes them
GROWING = {"clb_signal_due", "early_year_b", "fast_accumulation", "allowance_at_risk"}
GROWING |= {"allowance_lost"}

HISTORIES = st.lists(
    st.tuples(st.integers(0, len(SLOTS) - 1), st.sampled_from(["B", "Z", "R", "-", "L"])),
    max_size=40,
    unique_by=lambda item: item[0],
)


def _fired(absences: list[Absence], reference: date, **context: object) -> list[str]:
    figures = year_figures(absences, CAL, CODES, reference)
    found = compute_signals(figures, CAL, CODES, SignalContext(reference=reference, **context))  # type: ignore[arg-type]
    return [signal.id for signal in found]


def _absences(history: list[tuple[int, str]]) -> list[Absence]:
    return [Absence(SLOTS[i][0], SLOTS[i][1], code) for i, code in history]


@settings(max_examples=150, deadline=None)
@given(
    HISTORIES, st.integers(0, len(SLOTS) - 1), st.integers(0, len(SLOTS) - 1), st.integers(0, 40)
)
def test_adding_a_b_never_removes_a_signal_that_counts_b(
    history: list[tuple[int, str]], extra: int, reference_slot: int, previous_b: int
) -> None:
    assume(extra not in {i for i, _ in history} and extra <= reference_slot)
    reference = SLOTS[reference_slot][0]
    before = _fired(_absences(history), reference, previous_year_b=previous_b)
    after = _fired(_absences([*history, (extra, "B")]), reference, previous_year_b=previous_b)
    assert GROWING & set(before) <= set(after)


@settings(max_examples=150, deadline=None)
@given(HISTORIES, st.integers(0, len(SLOTS) - 1))
def test_clb_signal_due_is_five_b_before_signalling_and_never_after(
    history: list[tuple[int, str]], reference_slot: int
) -> None:
    reference = SLOTS[reference_slot][0]
    absences = _absences(history)
    b_count = year_figures(absences, CAL, CODES, reference).b_count
    fired = _fired(absences, reference)
    assert ("clb_signal_due" in fired) == (b_count >= 5)
    assert fired == [s for s in SIGNAL_IDS if s in fired]  # known ids, in the catalogue's order
    signalled = _fired(absences, reference, signalled_to_clb_on=date(2025, 9, 1))
    assert "clb_signal_due" not in signalled
