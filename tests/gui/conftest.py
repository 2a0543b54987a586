"""GUI tests run on Qt's offscreen platform, on real (light-KDF) vaults in temporary folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services.access import Vaults
from pa_desktop.services.demo import fill_demo_vault
from pa_desktop.services.session import Profile, VaultSession

PASSPHRASE = "correct horse battery"


@pytest.fixture
def vaults() -> Vaults:
    return Vaults.for_tests()


@pytest.fixture
def vault_folder(tmp_path: Path, vaults: Vaults) -> Iterator[tuple[Path, str]]:
    """A closed vault with one pupil; yields (folder, recovery code)."""
    folder = tmp_path / "vault"
    session, code = vaults.create(folder, PASSPHRASE, Profile(school="Sint-Guido", user_name="An"))
    session.close()
    yield folder, code


@pytest.fixture
def demo_session(tmp_path: Path, vaults: Vaults) -> Iterator[VaultSession]:
    session, _code = vaults.create(tmp_path / "demo", PASSPHRASE, Profile(user_name="Demo"))
    fill_demo_vault(session, today=date(2026, 11, 28))
    yield session
    settle_background_work()  # no query may outlive its connection
    session.close()


@pytest.fixture
def clb_session(tmp_path: Path, vaults: Vaults) -> Iterator[VaultSession]:
    """A CLB worker's vault: two schools, each with a pupil number 123 in a class 3A."""
    session, _ = vaults.create(
        tmp_path / "clb", PASSPHRASE, Profile(school="Sint-X", user_name="CLB", role="clb")
    )
    session.set_reference_date(date(2025, 12, 19))
    other = session.add_school("Atheneum Noord")
    for school, last in ((session.default_school_id(), "Peeters"), (other.id, "Janssens")):
        session.add_pupil(PupilDraft(last, "A", "3A", school_number="123", school_id=school))
    yield session
    settle_background_work()
    session.close()


def settle_background_work() -> None:
    """Wait until no background work runs, including work that finished work starts (an
    insight window reads the previous year once the chosen one is in): a task still running
    after its vault closed would reconnect behind the test's back."""
    import time

    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from pa_desktop.gui.common.operations import wait_for_changes
    from pa_desktop.gui.common.workers import running_tasks

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        wait_for_changes()
        QThreadPool.globalInstance().waitForDone(30_000)
        QApplication.processEvents()  # deliver results; they may start more work
        if running_tasks() == 0:
            return
