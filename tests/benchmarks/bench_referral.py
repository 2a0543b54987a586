"""How long a referral takes for a pupil with a full year of absences and 50 measures.

    python tests/benchmarks/bench_referral.py

Prints one JSON object (median of 5 runs, seconds): building the PDF, with AES-256, and rendering
its preview. Target for the export: under 1 s.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path


def main() -> int:
    from pa_desktop.domain.calendar import SchoolYear
    from pa_desktop.domain.measures import Channel, MeasureDraft, Outcome, Purpose, Towards
    from pa_desktop.domain.pupils import PupilDraft
    from pa_desktop.services import guidance
    from pa_desktop.services.access import Vaults
    from pa_desktop.services.pdf_preview import render_pages
    from pa_desktop.services.referral import ReferralOptions, build_referral
    from pa_desktop.services.session import AbsenceEntry, Profile

    session, _ = Vaults.for_tests().create(
        Path(tempfile.mkdtemp(prefix="pa-bench-")) / "v",
        "benchmark passphrase",
        Profile("School", "CLB", "Bench"),
    )
    session.set_reference_date(date(2026, 6, 30))
    year = SchoolYear(2025)
    pupil = session.add_pupil(PupilDraft("Nguyễn", "Văn An", "4C")).id
    codes = ["B", "Z", "R", "P", "-", "D", "B", "B"]
    lessons = [d for d, h in session.calendar(year).lesson_half_days() if h.value == "VM"]
    for index, day in enumerate(lessons[::2]):
        session.add_absences(pupil, AbsenceEntry(day, codes[index % len(codes)], half="day"))
    for index in range(50):
        guidance.add_measure(
            session,
            pupil,
            MeasureDraft(
                date(2025, 9, 8) + timedelta(days=5 * index),
                Towards.PARENTS,
                Channel.PHONE,
                Purpose.ASK_REASON,
                Outcome.REACHED if index % 3 else Outcome.NOT_REACHED,
                agreements="opvolging",
            ),
        )

    def median(work, runs: int = 5) -> float:  # type: ignore[no-untyped-def]
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            work()
            times.append(time.perf_counter() - start)
        return round(statistics.median(times), 3)

    full = ReferralOptions(include_measure_list=True, include_notes=True)
    locked = ReferralOptions(include_measure_list=True, password="benchmark-password")
    document = build_referral(session, pupil, year, full)
    figures = {
        "absences": len(session.absences(pupil, year)),
        "measures": len(guidance.measures(session, pupil)),
        "pages": len(render_pages(document.data, scale=0.5)),
        "build_referral_s": median(lambda: build_referral(session, pupil, year, full)),
        "build_referral_aes256_s": median(lambda: build_referral(session, pupil, year, locked)),
        "render_preview_s": median(lambda: render_pages(document.data), 3),
        "pdf_bytes": len(document.data),
    }
    print(json.dumps(figures, indent=2))
    session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
