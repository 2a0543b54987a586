"""The demo vault shows every trajectory state, realistic measures, and every signal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pa_desktop.domain.signals import SIGNAL_IDS
from pa_desktop.domain.trajectory import Step
from pa_desktop.services import guidance
from pa_desktop.services.access import Vaults
from pa_desktop.services.demo import fill_demo_vault
from pa_desktop.services.session import Profile


def test_demo_has_every_state_every_signal_and_follow_ups(tmp_path: Path) -> None:
    session, _ = Vaults.for_tests().create(tmp_path / "v", "demo demo demo", Profile(user_name="D"))
    try:
        fill_demo_vault(session, today=date(2026, 11, 28))
        rows = session.overview(session.current_school_year())
        assert {row.state for row in rows} >= {step.value for step in Step}
        fired = {signal for row in rows for signal in row.signal_ids}
        assert fired == set(SIGNAL_IDS)
        due = guidance.follow_ups(session, until=date(2026, 11, 28))
        assert any(item.overdue for item in due)
        logged = [m for row in rows for m in guidance.measures(session, row.pupil.id)]
        assert len(logged) >= 25
        assert {m.draft.outcome.value for m in logged} == {"reached", "not-reached"}
        assert sum(1 for row in rows if row.attention) == 1
    finally:
        session.close()
