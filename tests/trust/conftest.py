"""A small vault made in-process with the light KDF, and a runner for the real console script
(the lock and the chain are about separate processes)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from pa_desktop.domain.pupils import PupilDraft
from pa_desktop.services.access import Vaults
from pa_desktop.services.session import Profile

PASSPHRASE = "trust under attack"


@dataclass(frozen=True)
class Done:
    status: int
    out: str
    err: str


def console_script() -> str:
    beside_python = Path(sys.executable).parent / "pa-desktop-cli"
    found = str(beside_python) if beside_python.exists() else shutil.which("pa-desktop-cli")
    assert found, "pa-desktop-cli is not installed"
    return found


def cli_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PA_DESKTOP_PASSPHRASE": PASSPHRASE, "PA_DESKTOP_LANG": "en"}
    env.pop("PA_DESKTOP_VAULT", None)
    env.update(extra)
    return env


def start_cli(vault: Path, *argv: str, **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [console_script(), "--vault", str(vault), *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(**extra),
    )


def run_cli(vault: Path, *argv: str, **extra: str) -> Done:
    process = start_cli(vault, *argv, **extra)
    out, err = process.communicate(timeout=300)
    return Done(process.returncode, out, err)


@pytest.fixture
def small_vault(tmp_path: Path) -> Path:
    """A vault with two pupils, made with the light KDF (so each CLI unlock is quick)."""
    folder = tmp_path / "vault"
    session, _ = Vaults.for_tests().create(folder, PASSPHRASE, Profile(user_name="An"))
    try:
        session.bulk_add_pupils(
            [PupilDraft("Peeters", "Jan", "3B"), PupilDraft("Yılmaz", "Ayşe", "3B")]
        )
    finally:
        session.close()
    return folder


Runner = Callable[..., Done]
