"""Exports never touch the vault (finding 4): any --out inside the vault's folder, or resolving
to one of its files, is refused with exit 1 and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from pa_desktop.cli import main as cli
from pa_desktop.cli import unlocking
from pa_desktop.services.access import Vaults
from pa_desktop.services.outputs import inside_vault
from tests.trust.conftest import PASSPHRASE


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PA_DESKTOP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PA_DESKTOP_LANG", "en")
    monkeypatch.setenv("PA_DESKTOP_TRANSFER_PASSPHRASE", "a transfer passphrase")
    monkeypatch.setattr(unlocking, "open_vaults", Vaults.for_tests)

    def _run(*argv: str) -> tuple[int, str]:
        capsys.readouterr()
        status = cli.main(list(argv))
        return status, capsys.readouterr().err

    return _run


def test_every_output_into_the_vault_is_refused(run, small_vault: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault = str(small_vault)
    outside_link = tmp_path / "innocent.pdf"
    outside_link.symlink_to(small_vault / "vault.keys")
    before = _files(small_vault)
    attempts = [
        ("referral", "1", "--out", f"{vault}/vault.keys"),
        ("referral", "1", "--out", vault),
        ("referral", "1", "--out", str(outside_link)),
        ("transfer", "export", "1", "--out", f"{vault}/vault.db", "--to", "clb"),
        ("backup", "--out", f"{vault}/vault.db"),
        ("backup", "--out", f"{vault}/../vault/new.pabackup"),
        ("signal-list", "--out", f"{vault}/list.csv"),
        ("signal-list", "--out", f"{vault}/vault.keys.pdf"),
    ]
    for argv in attempts:
        status, err = run("--vault", vault, *argv)
        assert status == 1, argv
        assert "inside the vault's folder" in err and "Traceback" not in err
    assert _files(small_vault) == before
    status, _ = run("--vault", vault, "referral", "1", "--out", str(tmp_path / "ok.pdf"))
    assert status == 0 and (tmp_path / "ok.pdf").exists()


def test_a_hard_link_to_a_vault_file_counts_as_inside(small_vault: Path, tmp_path: Path) -> None:
    linked = tmp_path / "looks-harmless.pdf"
    linked.hardlink_to(small_vault / "vault.keys")
    assert inside_vault(small_vault, linked)
    assert not inside_vault(small_vault, tmp_path / "other.pdf")
