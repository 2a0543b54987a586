"""The in-process CLI runner, shared with tests/cli."""

from tests.cli.test_cli_commands import run  # noqa: F401
