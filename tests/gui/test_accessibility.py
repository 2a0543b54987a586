"""Every control of every window can be named by a screen reader.

A control is named by its accessible name, by its own visible text (buttons, check boxes), or by
a label whose buddy it is. The test opens each window and dialog and lists the controls that have
none of these: that list must be empty.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.gui.care.audit_dialog import AuditDialog
from pa_desktop.gui.care.backup_dialogs import BackupSettingsDialog
from pa_desktop.gui.care.purge_dialog import PurgeDialog
from pa_desktop.gui.care.restore_dialog import RestoreDialog
from pa_desktop.gui.care.security_dialog import PassphraseDialog, RecoveryCodeDialog
from pa_desktop.gui.common.user_guide import UserGuideDialog
from pa_desktop.gui.dossier.measure_dialog import MeasureDialog
from pa_desktop.gui.dossier.window import DossierWindow
from pa_desktop.gui.importing.dialog import ImportDialog
from pa_desktop.gui.insight.window import InsightWindow
from pa_desktop.gui.overview.follow_ups_dialog import FollowUpsDialog
from pa_desktop.gui.overview.main_window import MainWindow
from pa_desktop.gui.overview.pupil_dialog import PupilDialog
from pa_desktop.gui.referral.referral_dialog import ReferralDialog
from pa_desktop.gui.referral.signal_list_dialog import SignalListDialog
from pa_desktop.gui.transfer.dialogs import TransferExportDialog, TransferImportDialog
from pa_desktop.gui.vault.first_run import FirstRunWizard
from pa_desktop.gui.vault.unlock_dialog import UnlockDialog

YEAR = SchoolYear(2026)
CONTROLS = (
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
    QAbstractButton,
)


def _inside_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox) or type(parent).__name__ == "QComboBoxPrivateContainer":
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or (widget.parent() is None and widget is not root):
            continue
        if type(widget).__name__ in ("QScrollBar", "QToolButton") and not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QHeaderView) or _inside_combo_box(widget):
            continue  # a table's own header, a combo box's own drop-down list
        if widget.objectName().startswith("qt_") or (
            type(widget).__name__ == "QLineEdit"
            and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox))
        ):
            continue  # Qt's own parts of a combo box or spin box
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if widget.accessibleName() or text.replace("&", "").strip() or id(widget) in buddies:
            continue
        missing.append(f"{type(root).__name__}: {type(widget).__name__} '{widget.objectName()}'")
    return missing


def test_every_control_has_a_name(qtbot, demo_session, vaults, vault_folder, tmp_path) -> None:
    folder, _code = vault_folder
    pupil = demo_session.pupils()[0].id
    main = MainWindow(demo_session)
    dossier = DossierWindow(demo_session, pupil, YEAR)
    windows: list[QWidget] = [
        main,
        dossier,
        PupilDialog(demo_session),
        UnlockDialog(vaults, folder),
        FirstRunWizard(vaults, tmp_path / "new", keychain_available=True),
        ReferralDialog(demo_session, pupil, YEAR),
        SignalListDialog(demo_session, YEAR),
        FollowUpsDialog(demo_session),
        MeasureDialog(demo_session, pupil, lambda *_: None),
        ImportDialog(demo_session, None),
        InsightWindow(demo_session, YEAR),
        TransferExportDialog(demo_session, pupil),
        TransferImportDialog(demo_session, None),
        PassphraseDialog(demo_session, vaults),
        RecoveryCodeDialog(demo_session, vaults),
        BackupSettingsDialog(demo_session),
        RestoreDialog(demo_session.folder, demo_session),
        AuditDialog(demo_session),
        PurgeDialog(demo_session),
        UserGuideDialog("overview"),
    ]
    problems = []
    for window in windows:
        qtbot.addWidget(window)
        problems += unnamed_controls(window)
    assert problems == [], "\n".join(problems)


def test_the_dossier_tabs_follow_the_keyboard(qtbot, demo_session) -> None:
    """Every tab of the dossier has a keyboard mnemonic (Alt+letter), distinct from the others."""
    dossier = DossierWindow(demo_session, demo_session.pupils()[0].id, YEAR)
    qtbot.addWidget(dossier)
    letters = []
    for index in range(dossier.tabs.count()):
        text = dossier.tabs.tabText(index)
        assert "&" in text, text
        letters.append(text[text.index("&") + 1].lower())
    assert len(set(letters)) == len(letters)


def test_screens_fit_at_double_scale(qtbot, demo_session) -> None:
    """At 200% (a doubled font) the overview's header texts still fit their columns."""
    main = MainWindow(demo_session)
    qtbot.addWidget(main)
    font = main.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    main.setFont(font)
    main.show()
    qtbot.waitUntil(lambda: main.model.rowCount() > 0, timeout=10_000)
    header = main.ui.pupilTable.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(main.model.columnCount() - 1):
        title = main.model.headerData(column, header.orientation(), 0)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title), title
