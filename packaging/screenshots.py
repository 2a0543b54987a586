"""Render the main screens offscreen to PNG files, for the README and for looking at them.

    QT_QPA_PLATFORM=offscreen python packaging/screenshots.py [OUTPUT_FOLDER]
    PA_DESKTOP_LANG=fr python packaging/screenshots.py resources/docs/fr   # the French guide's
    PA_DESKTOP_LANG=en python packaging/screenshots.py resources/docs/en   # the English guide's

Uses a demo vault in a temporary folder (light key derivation: the pictures are all it is for).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/docs")
    output.mkdir(parents=True, exist_ok=True)
    from demo_shots import demo_session, finish, overview, saver

    from pa_desktop.gui.overview.pupil_dialog import PupilDialog
    from pa_desktop.gui.vault.first_run import FirstRunWizard
    from pa_desktop.gui.vault.unlock_dialog import UnlockDialog

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
    insight.resize(1200, 900)
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
