"""Keyboard habits shared by every window: Enter never closes what is being filled in.

A dialog presses its default button on Enter, and Qt makes the first "auto default" push
button the default when none is set. For a dialog whose only button box entry is Close (or
Cancel), that meant Enter in a filter or passphrase field closed the dialog and lost what was
typed. `never_close_on_enter` takes the closing buttons out of that choice; Esc still closes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

_CLOSING = (
    QDialogButtonBox.ButtonRole.RejectRole,
    QDialogButtonBox.ButtonRole.DestructiveRole,
    QDialogButtonBox.ButtonRole.NoRole,
)


def never_close_on_enter(root: QWidget) -> None:
    """No Close, Cancel or destructive button of `root` is pressed by Enter in a field."""
    for box in root.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if isinstance(button, QPushButton) and box.buttonRole(button) in _CLOSING:
                button.setAutoDefault(False)
                button.setDefault(False)
