"""Plain sentences for the errors a window may meet: what happened, and whether anything was lost.

Shared by the background operations (gui/common/operations.py, their default failure dialog) and
the care dialogs, which re-export them from gui/care/texts.py.
"""

from __future__ import annotations

from pa_desktop.gui.common.texts import tr
from pa_desktop.services.errors import (
    BackupFileError,
    OutputInVaultError,
    RestoreTargetError,
    ServiceError,
    StorageError,
    VaultBusyError,
    VaultDamagedError,
    VaultLockedError,
    VaultNotFoundError,
    VaultTooNewError,
    WrongPassphraseError,
)


def where_name(where: str) -> str:
    return {
        "vault": tr("the vault"),
        "backup": tr("the backup folder"),
        "restore": tr("the restore folder"),
    }.get(where, where)


def error_message(error: BaseException) -> str:
    """A plain sentence for a care error; always says whether anything was lost."""
    if isinstance(error, StorageError):
        where = where_name(error.where)
        if error.kind == "full":
            return tr(
                "The disk of {where} is full. What you saved before is safe; the last change "
                "was not saved. Free some space and try again."
            ).format(where=where)
        if error.kind == "read_only":
            return tr(
                "{where} cannot be written: the medium is read-only or you have no access. "
                "Nothing was changed. Use a folder you can write to."
            ).format(where=where)
        if error.kind == "gone":
            return tr(
                "The folder of {where} is gone: was a USB stick pulled out or a network share "
                "disconnected? Put it back; what was saved there is still there."
            ).format(where=where)
        if error.kind == "busy":
            return tr("{where} is busy. Nothing was changed; try again in a moment.").format(
                where=where
            )
        return tr(
            "Reading or writing {where} failed. Nothing was half saved; try again, and if it "
            "keeps failing, check the disk."
        ).format(where=where)
    if isinstance(error, BackupFileError):
        if error.reason == "not_a_backup":
            return tr("This file is not a PA Desktop backup.")
        if error.reason == "too_new":
            return tr("This backup comes from a newer PA Desktop. Update the program first.")
        if error.reason == "other_vault":
            return tr("This backup belongs to another vault. Restore it into a new folder instead.")
        if error.reason == "check_failed":
            return tr("The check of the copy failed, so nothing was replaced. Try another backup.")
        return tr("This backup is damaged or incomplete. Nothing was restored.")
    if isinstance(error, RestoreTargetError):
        return tr("That folder is not empty. A restore always goes into a new, empty folder.")
    if isinstance(error, OutputInVaultError):
        return tr(
            "That place is inside the vault's own folder. Saving there could overwrite the "
            "vault, so nothing was saved. Choose a folder outside the vault."
        )
    if isinstance(error, VaultBusyError):
        return tr(
            "The vault is being changed by {program} (process {pid}). Nothing was changed; try "
            "again when it is done."
        ).format(program=error.program or "?", pid=error.pid or "?")
    if isinstance(error, WrongPassphraseError):
        if error.what == "recovery":
            return tr("That recovery code does not open it. Check it and try again.")
        return tr("The passphrase is wrong. Nothing was changed; try again.")
    if isinstance(error, VaultLockedError):
        return tr("The vault is locked. Unlock it first.")
    if isinstance(error, VaultTooNewError):
        return tr("This vault was made by a newer PA Desktop. Update the program.")
    if isinstance(error, VaultDamagedError):
        return tr("The vault is damaged or unreadable. Restore a backup.")
    if isinstance(error, VaultNotFoundError):
        return tr("There is no vault in that folder.")
    if isinstance(error, ServiceError):
        return tr("That was refused; nothing was changed.")
    return tr("Something went wrong ({kind}). Nothing was half saved.").format(
        kind=type(error).__name__
    )
