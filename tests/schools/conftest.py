"""The in-process `run` fixture of the CLI tests, for the school commands, and a CLB worker's
vault of two schools made through it."""

from __future__ import annotations

import pytest

from tests.cli.test_cli_commands import Run, run  # noqa: F401


@pytest.fixture
def clb_vault(run: Run) -> dict[str, int]:  # noqa: F811  (the fixture above)
    """Two schools, each with a pupil number 123 in a class 3A."""
    assert run("init", "--user", "CLB", "--role", "clb", "--school", "Sint-X").status == 0
    second = run("school", "add", "Atheneum Noord", "--number", "045678")
    assert second.status == 0, second.err
    ids = {}
    for school, last in (("Sint-X", "Peeters"), ("Atheneum Noord", "Janssens")):
        added = run(
            "pupil", "add", "--school", school, "--last-name", last, "--first-name", "A",
            "--class", "3A", "--number", "123",
        )  # fmt: skip
        assert added.status == 0, added.err
        ids[last] = int(added.out)
    return ids
