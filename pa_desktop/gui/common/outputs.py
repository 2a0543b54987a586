"""The file dialogs' guard: an export, a backup or a chart is never saved inside the vault.

Asked right after the user picks a place, so the refusal comes with a plain sentence at once
(the services refuse it too, for the command line and any other way in)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from pa_desktop.gui.common.texts import tr
from pa_desktop.services import outputs


def inside_vault_message() -> str:
    return tr(
        "That place is inside the vault's own folder. Saving there could overwrite the vault, "
        "so nothing was saved. Choose a folder outside the vault, for example Documents."
    )


def refused_inside_vault(parent: QWidget | None, vault_folder: Path, chosen: Path) -> bool:
    """True, after telling the user, when `chosen` lies inside the vault (or is one of its
    files); False when the place is fine."""
    if not outputs.inside_vault(vault_folder, chosen):
        return False
    QMessageBox.warning(parent, tr("Not inside the vault"), inside_vault_message())
    return True
