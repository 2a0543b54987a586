"""GUI tests run on Qt's offscreen platform, on real (light-KDF) vaults in temporary folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

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
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)  # no query may outlive its connection
    session.close()


@pytest.fixture(autouse=True, scope="session")
def _private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Tests never write the user's real settings (the interface language, for one)."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("settings")),
    )
