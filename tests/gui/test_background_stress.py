"""A working day of background tasks: hundreds of reads and writes through `run_in_background`
on threads that Qt's pool retires and replaces, with no error and no lost write."""

from __future__ import annotations

import time
from datetime import date, timedelta

from PySide6.QtCore import QThreadPool

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.halfday import HalfDay
from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.gui.common.workers import run_in_background, running_tasks
from pa_desktop.services.session import AbsenceEntry, VaultSession

YEAR = SchoolYear(2026)


def _lesson_days(session: VaultSession, count: int) -> list[date]:
    calendar = session.calendar(YEAR)
    days: list[date] = []
    day = YEAR.first_date
    while len(days) < count:
        if calendar.is_lesson_half_day(day, HalfDay.VM):
            days.append(day)
        day += timedelta(days=1)
    return days


def test_hundreds_of_tasks_on_recycled_threads_lose_no_write(
    qtbot, demo_session: VaultSession
) -> None:
    pool = QThreadPool.globalInstance()
    expiry, threads = pool.expiryTimeout(), pool.maxThreadCount()
    pool.setExpiryTimeout(5)  # ms: threads retire between bursts, as after 30 s idle all day
    pool.setMaxThreadCount(6)
    try:
        session = demo_session
        pupils = [session.add_pupil(PupilDraft("Stress", f"P{i}", "1A")).id for i in range(4)]
        days = _lesson_days(session, 40)  # all before the demo's reference date
        errors: list[Exception] = []
        written: list[int] = []
        read: list[int] = []
        for burst in range(10):
            for i in range(30):
                index = burst * 30 + i
                if index % 3 == 0:
                    pupil = pupils[index % len(pupils)]
                    day = days[(index // 3) % 40]
                    code = "B" if index % 2 else "Z"

                    def write(p: int = pupil, d: date = day, c: str = code) -> int:
                        session.add_absences(p, AbsenceEntry(d, c, half="VM"))
                        return p

                    run_in_background(write, written.append, errors.append)
                elif index % 3 == 1:
                    run_in_background(
                        lambda: len(session.overview(YEAR)), read.append, errors.append
                    )
                else:
                    run_in_background(lambda: len(session.pupils()), read.append, errors.append)
            qtbot.waitUntil(lambda: running_tasks() == 0, timeout=60_000)
            time.sleep(0.03)  # every worker thread expires before the next burst
        assert errors == []
        assert len(written) == 100 and len(read) == 200
        counted = sum(len(session.absences(p, YEAR)) for p in pupils)  # new pupils: none before
        assert counted == len({(pupils[(i * 3) % 4], days[i % 40]) for i in range(100)})
        rows = {row.pupil.id: row for row in session.overview(YEAR)}
        assert sum(rows[p].figures.total for p in pupils) == counted
    finally:
        pool.waitForDone(30_000)
        pool.setExpiryTimeout(expiry)
        pool.setMaxThreadCount(threads)
