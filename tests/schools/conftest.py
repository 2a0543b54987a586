"""The in-process `run` fixture of the CLI tests, for the school commands."""

from tests.cli.test_cli_commands import run  # noqa: F401
