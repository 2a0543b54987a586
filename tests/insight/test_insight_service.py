"""The insight service on the small school in a real vault: one bulk read, the signals on
31 October from the overview's own rules, the previous year, the setting and the CSV exports."""

from __future__ import annotations

import csv
import io
import os
import sys
from datetime import date
from pathlib import Path

import pytest

from pa_desktop.domain.codes import CodeGroup
from pa_desktop.domain.insight_shapes import ALL_PUPILS, PERSISTENT, InsightFilter
from pa_desktop.services import audit
from pa_desktop.services import insight as service
from pa_desktop.services.errors import InvalidInputError
from pa_desktop.services.insight_export import (
    CHARTS,
    chart_csv,
    chart_rows,
    export_chart_csv,
)
from pa_desktop.services.session import VaultSession
from pa_desktop.store.repositories import AbsenceRepository
from tests.insight.school import MID_YEAR, YEAR, YEAR_END

School = tuple[VaultSession, dict[int, int]]


def test_the_year_from_one_overview_and_no_query_per_pupil(
    school: School, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, ids = school
    calls: list[object] = []
    original = session.overview
    monkeypatch.setattr(session, "overview", lambda *a, **k: calls.append(a) or original(*a, **k))

    def per_pupil(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a query per pupil")

    monkeypatch.setattr(AbsenceRepository, "for_pupil", per_pupil)
    source = service.load_insight(session, YEAR, compare_previous=False)
    assert len(calls) == 1
    assert source.previous is None
    report = source.report()
    insight = report.insight
    assert insight.reference == YEAR_END and insight.complete
    total = insight.total_row
    assert {k: c.value for k, c in total.cells.items()} == {
        "b5": 3,
        "b10": 1,
        "b15": 1,
        "b30": 1,
        PERSISTENT: 1,
    }
    assert dict(insight.months[0].cells[CodeGroup.B].members) == {ids[1]: 3}
    assert source.names[ids[4]].name == "Yılmaz, Ayşe"
    assert source.classes() == ["1A", "1B", "2A"]
    assert source.states() == ["none", "school_follow_up", "signalled_clb"]


def test_signals_on_31_october_follow_the_overview_rules(school: School) -> None:
    session, ids = school
    source = service.load_insight(session, YEAR, compare_previous=False)
    on_cutoff = {p.pupil_id: p.signals_at_cutoff for p in source.current.pupils}
    # no measure is logged for anyone: every B older than 3 lesson days lacks its first contact
    quiet = "no_contact_after_b"
    assert on_cutoff[ids[1]] == {"early_year_b", "known_problem", quiet}  # 6 B the year before
    assert on_cutoff[ids[2]] == {quiet}  # the October B is luxeverzuim, yet still a B
    assert on_cutoff[ids[4]] == {"known_problem"}  # set by hand
    assert on_cutoff[ids[6]] == {"early_year_b", "same_moment", "known_problem", quiet}
    rows = {row.key: row for row in source.report().insight.signals.rows}
    assert set(rows[quiet].at_risk[5].members) == {ids[1], ids[2], ids[6]}
    assert set(rows["known_problem"].at_risk[5].members) == {ids[1], ids[4], ids[6]}
    assert set(rows["known_problem"].crossed[30].members) == {ids[4]}
    assert set(rows[ALL_PUPILS].at_risk[5].members) == {ids[n] for n in (1, 2, 3, 4, 6)}


def test_the_comparison_with_the_previous_year(school: School) -> None:
    session, ids = school
    source = service.load_insight(session, YEAR, reference=MID_YEAR)
    assert source.previous is not None
    comparison = source.report().comparison
    assert comparison is not None
    assert comparison.same_date == date(2024, 11, 28)
    assert dict(comparison.bands_same_date["b5"].members) == {ids[1]: 5}
    assert set(comparison.bands_same_date[PERSISTENT].members) == {ids[2]}
    assert dict(comparison.previous.total_row.cells["b5"].members) == {ids[1]: 6, ids[6]: 5}
    # the filter applies to both years (the pupils' current class)
    only_2a = source.report(InsightFilter(classes=frozenset({"2A"})))
    assert only_2a.comparison is not None
    assert set(only_2a.comparison.previous.total_row.cells["b5"].members) == {ids[6]}
    # a year without any absence before it has nothing to compare with
    assert service.load_insight(session, YEAR.previous()).previous is None


def test_the_small_number_setting(school: School) -> None:
    session, _ids = school
    assert service.small_number_threshold(session) == 5
    service.set_small_number_threshold(session, 10)
    assert service.small_number_threshold(session) == 10
    assert service.load_insight(session, YEAR, False).small_number_threshold == 10
    with pytest.raises(InvalidInputError):
        service.set_small_number_threshold(session, -1)
    service.set_small_number_threshold(session, 0)
    service.set_small_number_threshold(session, 0)  # no change, no second entry
    assert service.small_number_threshold(session) == 0
    changes = [
        (e.details["from"], e.details["to"])
        for e in audit.entries(session)
        if e.action == "small_number_threshold"
    ]
    assert changes == [(5, 10), (10, 0)]


def _table(data: bytes) -> list[list[str]]:
    assert data.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_csv_per_chart_hides_numbers_of_fewer_than_five_pupils(school: School) -> None:
    session, _ids = school
    report = service.load_insight(session, YEAR).report()
    months = _table(chart_csv(report, "months", "nl"))
    assert months[0][:3] == ["Schooljaar", "Maand", "B"]
    september = next(row for row in months if row[:2] == ["2025-2026", "2025-09"])
    # B: 3 half days of one pupil; total 6 of two pupils; 200 lesson half days (no pupil count)
    assert september[2] == "<5" and september[8] == "<5" and september[9] == "<5"
    assert september[10] == "200" and september[11] == "<5"
    assert any(row[0] == "2024-2025" for row in months[1:])  # the previous year follows

    bands = _table(chart_csv(report, "bands", "en"))
    assert bands[0][:3] == ["School year", "Class", "Pupils"]
    assert bands[0][3:] == ["5+ B", "10+ B", "15+ B", "30+ B", "10%+ absent (all codes)"]
    total = next(row for row in bands if row[:2] == ["2025-2026", "All classes"])
    assert total == ["2025-2026", "All classes", "6", "<5", "<5", "<5", "<5", "<5"]

    unprotected = chart_rows(report, "bands", "en", protected=False)
    assert next(r for r in unprotected if r[:2] == ["2025-2026", "All classes"])[2:] == [
        "6",
        "3",
        "1",
        "1",
        "1",
        "1",
    ]
    heat = chart_rows(report, "heatmap", "fr", protected=False)
    monday = next(r for r in heat if r[:3] == ["2025-2026", "lundi", "matin"])
    assert monday[3:7] == ["207", "12", "4", "5,8"]  # 12 of 207: 5,8 % (decimal comma)
    wednesday = next(r for r in heat if r[:3] == ["2025-2026", "mercredi", "après-midi"])
    assert wednesday == ["2025-2026", "mercredi", "après-midi"]  # no lessons
    early = chart_rows(report, "early_year", "nl", protected=False)
    assert early[1][:6] == ["2025-2026", "B in sep-okt", "2", "2", "0", "100,0"]
    signals = chart_rows(report, "signals", "en", protected=False)
    assert signals[1][:5] == ["2025-2026", "all pupils", "5", "3", "60.0"]


def test_csv_follows_the_vault_threshold(school: School) -> None:
    session, _ids = school
    service.set_small_number_threshold(session, 0)
    report = service.load_insight(session, YEAR).report()
    bands = _table(chart_csv(report, "bands", "en"))
    assert next(r for r in bands if r[:2] == ["2025-2026", "All classes"])[3] == "3"


def test_export_writes_every_chart_owner_only(school: School, tmp_path: Path) -> None:
    session, _ids = school
    report = service.load_insight(session, YEAR).report()
    for chart in CHARTS:
        path = export_chart_csv(report, chart, tmp_path)
        assert path.name == f"inzicht-{chart.replace('_', '-')}-2025-2026.csv"
        assert len(_table(path.read_bytes())) > 1
        if sys.platform != "win32":
            assert os.stat(path).st_mode & 0o777 == 0o600
    named = export_chart_csv(report, "months", tmp_path / "mine.csv")
    assert named == tmp_path / "mine.csv" and named.exists()


def test_the_insight_leaves_the_collector_alone(
    school: School, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It runs in a worker; switching the collector off there switched it off for the GUI
    thread too and left the pile for one long scan afterwards."""
    import gc

    switched: list[str] = []
    for name in ("disable", "enable", "freeze", "unfreeze", "set_threshold"):
        monkeypatch.setattr(gc, name, lambda *_a, _name=name: switched.append(_name))
    session, _ids = school
    report = service.load_insight(session, YEAR, compare_previous=True).report()
    assert report.comparison is not None
    assert switched == []
