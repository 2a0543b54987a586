"""Shared fixtures for the non-GUI tests: the code table, a light KDF, a fast Vaults, a folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from pa_desktop.domain.codes import CodeTable
from pa_desktop.services.access import Vaults
from pa_desktop.services.logs import LOG_DIR_ENV
from pa_desktop.services.resources import default_code_table
from pa_desktop.store.keyfile import KdfParameters

# The programs' log files go to a folder of the test run, never the user's own log folder
# (subprocesses started by tests inherit it).
os.environ[LOG_DIR_ENV] = tempfile.mkdtemp(prefix="pa-desktop-test-logs-")

# Property tests never fail on a machine's speed (no deadline, no "too slow" health check); CI
# (`.ci/run` sets HYPOTHESIS_PROFILE=ci) runs the same examples every time, so a landing is never
# refused by a case drawn for the first time; local runs keep exploring new ones.
settings.register_profile(
    "dev", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.register_profile("ci", parent=settings.get_profile("dev"), derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

LIGHT_KDF = KdfParameters(memory_kib=8 * 1024, iterations=1, lanes=1)


@pytest.fixture
def codes() -> CodeTable:
    """The code table the application ships (resources/codes.json)."""
    return default_code_table()


@pytest.fixture
def light_kdf() -> KdfParameters:
    """Argon2id light enough for tests; the real strength is a product setting, not tested here."""
    return LIGHT_KDF


@pytest.fixture
def vaults() -> Vaults:
    """Vault access with the light KDF and an in-memory credential store."""
    return Vaults.for_tests()


@pytest.fixture
def vault_folder(tmp_path: Path) -> Path:
    """A vault folder that does not exist yet (creating a vault makes it)."""
    return tmp_path / "vault"


@pytest.fixture(autouse=True, scope="session")
def _private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test reads or writes the user's real settings (the interface language, for one): a
    language left by a benchmark or a manual run must not change what a test sees."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("settings")),
    )
