"""Makes the in-process `run` fixture of test_cli_commands.py available to every CLI test."""

from tests.cli.test_cli_commands import run  # noqa: F401
