"""Render the main screens offscreen to PNG files, for the README and for looking at them.

    python packaging/screenshots.py [OUTPUT_FOLDER]      # on a 1366x768 offscreen screen
    PA_DESKTOP_LANG=fr python packaging/screenshots.py resources/docs/fr   # the French guide's
    PA_DESKTOP_LANG=en python packaging/screenshots.py resources/docs/en   # the English guide's

Uses a demo vault in a temporary folder (light key derivation: the pictures are all it is for).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

SCREEN = (1366, 768)  # a school laptop: the windows are shown as they fit there


def _laptop_screen() -> None:
    """Qt's offscreen screen is 800x600 unless told otherwise: make it a laptop's."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    width, height = SCREEN
    config = Path(tempfile.mkdtemp(prefix="pa-shots-screen-")) / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"synthesizedWindowFocus": True, "screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


_laptop_screen()


def main() -> int:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/docs")
    output.mkdir(parents=True, exist_ok=True)
    from demo_shots import demo_session, finish, overview, saver

    from pa_desktop.gui.overview.pupil_dialog import PupilDialog
    from pa_desktop.gui.vault.first_run import FirstRunWizard
    from pa_desktop.gui.vault.unlock_dialog import UnlockDialog

    os.environ.setdefault("PA_DESKTOP_LANG", "nl")
    from PySide6.QtCore import QSettings

    # fresh window sizes (not the ones remembered on this machine)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        tempfile.mkdtemp(prefix="pa-shots-settings-"),
    )
    app, vaults, folder, session = demo_session("school")
    save = saver(app, output)
    window = overview(app, session)
    save(window, "overview.png")
    from pa_desktop.gui.dossier.window import DossierWindow

    rows = {row.pupil.last_name: row for row in session.overview(session.current_school_year())}
    for name, file_name in (("Lahlou", "dossier-same-moment.png"), ("Nowak", "dossier-heavy.png")):
        pupil_id = rows[name].pupil.id
        dossier = DossierWindow(session, pupil_id, session.current_school_year())
        dossier.timeline.select_range(*sorted(dossier.view.absences)[:2])
        save(dossier, file_name)
        if name == "Nowak":
            dossier.tabs.setCurrentIndex(dossier.tabs.indexOf(dossier.trajectory_tab))
            save(dossier, "dossier-trajectory.png")
            dossier.tabs.setCurrentIndex(dossier.tabs.indexOf(dossier.checklist_tab))
            dossier.checklist_tab.go(3)
            save(dossier, "checklist-section.png")
            dossier.checklist_tab.one_page_button.setChecked(True)
            save(dossier, "checklist-one-page.png")
            referral = dossier.open_referral()
            referral.preview()
            while referral.pages.count() == 0:
                app.processEvents()
            save(referral, "referral-dialog.png")
            referral.close()
        dossier.close()
        dossier.deleteLater()
        app.processEvents()
    insight = window.show_insight()
    while insight.report is None or insight.busy:
        app.processEvents()
    save(insight, "insight.png")
    insight.close()
    dialog = PupilDialog(session, session.pupils()[0], parent=window)
    save(dialog, "pupil-dialog.png")
    unlock = UnlockDialog(vaults, folder)
    unlock.ui.secretEdit.setText("wrong passphrase")
    unlock._failed(__import__("pa_desktop.services.errors").services.errors.WrongPassphraseError())
    save(unlock, "unlock-wrong.png")
    wizard = FirstRunWizard(vaults, folder.parent / "other", keychain_available=True)
    wizard.show()
    save(wizard, "wizard-1-intro.png")
    wizard.next()
    wizard.profile_page.ui.userEdit.setText("Fatima El Amrani")
    save(wizard, "wizard-2-profile.png")
    wizard.next()
    wizard.passphrase_page.ui.passphraseEdit.setText("zes lange woorden")
    wizard.passphrase_page.ui.repeatEdit.setText("zes lange woorden")
    save(wizard, "wizard-3-passphrase.png")
    wizard.next()
    while wizard.session is None:
        app.processEvents()
    save(wizard, "wizard-4-recovery.png")
    wizard.session.close()
    return finish(app, session, wizard, unlock, dialog, window)


if __name__ == "__main__":
    sys.exit(main())
