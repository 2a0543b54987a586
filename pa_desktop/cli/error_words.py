"""What a command's error says and its exit status: the one table from typed errors to words.

Damage of the key exits 3 like a wrong passphrase; every other refusal exits 1 with nothing
changed. An error missing from the table is a bug, logged and raised by main.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pa_desktop.cli import care_messages, trust_messages
from pa_desktop.cli.common import EXIT_LOCKED, EXIT_REFUSED
from pa_desktop.cli.import_command import import_error_message
from pa_desktop.cli.messages import refused, say
from pa_desktop.services.errors import (
    BackupFileError,
    ImportFileError,
    InvalidInputError,
    NotFoundError,
    OutputFolderMissingError,
    OutputInVaultError,
    ServiceError,
    StorageError,
    VaultAlreadyExistsError,
    VaultBusyError,
    VaultDamagedError,
    VaultLockedError,
    VaultNotFoundError,
    VaultTooNewError,
    WrongPassphraseError,
)

KEY_DAMAGE = ("key", "key_file", "key_file_foreign")


def _damaged(error: Exception) -> tuple[int, str]:
    """Damage about the key exits 3 (like a wrong passphrase), damage of the data 1."""
    what = str(error)
    message = trust_messages.damaged(what) or say("vault_damaged", what=what)
    return (EXIT_LOCKED if what in KEY_DAMAGE else EXIT_REFUSED), message


def _busy(error: Exception) -> tuple[int, str]:
    assert isinstance(error, VaultBusyError)
    return EXIT_REFUSED, trust_messages.busy(error.program, error.pid, error.user, error.since)


def _care_words(error: Exception) -> tuple[int, str]:
    assert isinstance(error, ServiceError)
    return EXIT_REFUSED, care_messages.error_message(error) or str(error)


def _not_found(error: NotFoundError) -> str:
    if error.kind == "school":
        return say("school_not_found", ident=error.ident, schools="?")
    return say("pupil_not_found", ident=error.ident)


def error_words() -> dict[type[Exception], Callable[[Exception, Path], tuple[int, str]]]:
    return {
        VaultNotFoundError: lambda e, p: (EXIT_REFUSED, say("vault_not_found", path=p)),
        VaultAlreadyExistsError: lambda e, p: (EXIT_REFUSED, say("vault_exists", path=p)),
        WrongPassphraseError: lambda e, p: (EXIT_LOCKED, say("wrong_passphrase")),
        VaultDamagedError: lambda e, p: _damaged(e),
        VaultBusyError: lambda e, p: _busy(e),
        OutputInVaultError: lambda e, p: (
            EXIT_REFUSED,
            trust_messages.say("output_in_vault", path=getattr(e, "path", "")),
        ),
        OutputFolderMissingError: lambda e, p: (
            EXIT_REFUSED,
            trust_messages.say("output_folder_missing", path=getattr(e, "path", "")),
        ),
        StorageError: lambda e, p: _care_words(e),
        BackupFileError: lambda e, p: _care_words(e),
        VaultLockedError: lambda e, p: _care_words(e),
        VaultTooNewError: lambda e, p: (EXIT_REFUSED, say("vault_too_new")),
        InvalidInputError: lambda e, p: (EXIT_REFUSED, refused(e.problems, e.details)),
        NotFoundError: lambda e, p: (EXIT_REFUSED, _not_found(e)),
        ImportFileError: lambda e, p: (EXIT_REFUSED, import_error_message(e)),
    }
