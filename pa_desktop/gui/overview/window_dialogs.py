"""The windows and dialogs the main window opens: dossiers (one per pupil), follow-ups,
insight, the signalling list, imports, received dossiers, the pupil form and the help. Each
loads its module when first opened, so start-up stays light."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QWidget

from pa_desktop import __version__
from pa_desktop.domain.signals import SIGNAL_IDS
from pa_desktop.gui.common.texts import signal_label, tr
from pa_desktop.gui.overview.pupil_dialog import PupilDialog
from pa_desktop.gui.overview.window_base import OverviewWindowBase

if TYPE_CHECKING:
    from pa_desktop.gui.common.user_guide import UserGuideDialog
    from pa_desktop.gui.dossier.window import DossierWindow
    from pa_desktop.gui.importing.dialog import ImportDialog
    from pa_desktop.gui.insight.window import InsightWindow
    from pa_desktop.gui.overview.follow_ups_dialog import FollowUpsDialog
    from pa_desktop.gui.referral.signal_list_dialog import SignalListDialog
    from pa_desktop.gui.transfer.dialogs import TransferImportDialog


class OpenedWindowsMixin(OverviewWindowBase):
    """Opening the other windows and dialogs from the overview."""

    def open_dossier(self, pupil_id: int | None = None) -> DossierWindow | None:
        """One dossier window per pupil; a second request raises the open one."""
        from pa_desktop.gui.dossier.window import DossierWindow

        pupil_id = pupil_id if pupil_id is not None else self.selected_pupil_id()
        if pupil_id is None:
            return None
        window = self._dossiers.get(pupil_id)
        if window is None:
            window = DossierWindow(self.session, pupil_id, self.selected_year())
            window.destroyed.connect(partial(self._dossier_closed, pupil_id))
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self._dossiers[pupil_id] = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_fresh_data(self) -> None:
        """After a restore or a purge: close the windows this one opened (dossiers, insight: they
        show data from before) and reload the overview. Dialogs stay: the restore or purge
        dialog that asked is one of them."""
        for window in list(self._dossiers.values()):
            window.close()
        for child in self.findChildren(QWidget):
            if child.isWindow() and child.isVisible() and not isinstance(child, QDialog | QMenu):
                child.close()
        self.refresh()

    def _dossier_closed(self, pupil_id: int) -> None:
        self._dossiers.pop(pupil_id, None)

    def show_follow_ups(self) -> FollowUpsDialog:
        """The to-do list of follow-up dates across all pupils; a pupil opens in its dossier."""
        from pa_desktop.gui.overview.follow_ups_dialog import FollowUpsDialog

        dialog = FollowUpsDialog(self.session, self)
        dialog.open_pupil.connect(self.open_dossier)
        dialog.show()
        return dialog

    def import_absences(self, path: Path | None = None) -> ImportDialog:
        """Absences from the school's administration software (CSV, XLSX, Informat, Smartschool)."""
        from pa_desktop.gui.importing.dialog import ImportDialog

        dialog = ImportDialog(self.session, path, self, self.selected_school())
        dialog.imported.connect(self.refresh)
        dialog.show()
        return dialog

    def _dossier_received(self, pupil_id: int) -> None:
        self.refresh()
        self.open_dossier(pupil_id)

    def receive_dossier(self, path: Path | None = None) -> TransferImportDialog:
        """A dossier handed over by another school or CLB worker (a .padossier file)."""
        from pa_desktop.gui.transfer.dialogs import TransferImportDialog

        dialog = TransferImportDialog(self.session, path, self)
        dialog.imported.connect(self._dossier_received)
        dialog.show()
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """A file dropped on the window starts its import (the preview comes first)."""
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            if files[0].suffix.lower() == ".padossier":
                self.receive_dossier(files[0])
            else:
                self.import_absences(files[0])

    def show_insight(self) -> InsightWindow:
        """The school's own absence data, analysed (the guideline's "data-analyse")."""
        from pa_desktop.gui.insight.window import InsightWindow

        window = InsightWindow(self.session, self.selected_year(), self, self.selected_school())
        window.open_pupil.connect(self.open_dossier)
        window.show()
        return window

    def show_signal_list(self) -> SignalListDialog:
        """The pupils to signal to the CLB (5+ B half days), as PDF or CSV."""
        from pa_desktop.gui.referral.signal_list_dialog import SignalListDialog

        dialog = SignalListDialog(self.session, self.selected_year(), self, self.selected_school())
        dialog.show()
        return dialog

    def add_pupil(self) -> None:
        dialog = PupilDialog(self.session, parent=self, school_id=self.selected_school())
        if dialog.exec() and dialog.saved is not None:
            self._after_save(dialog.saved.id)

    def edit_pupil(self, _index: QModelIndex | None = None) -> None:
        pupil_id = self.selected_pupil_id()
        if pupil_id is None:
            return
        dialog = PupilDialog(self.session, self.session.pupil(pupil_id), parent=self)
        if dialog.exec() and dialog.saved is not None:
            self._after_save(pupil_id)

    def _after_save(self, pupil_id: int) -> None:
        self._select_after_load = pupil_id
        self.refresh()

    # help ------------------------------------------------------------------------------------
    def _signals_help(self) -> None:
        lines = [f"<b>{signal_label(sid)}</b>: {signal_help(sid)}" for sid in SIGNAL_IDS]
        QMessageBox.information(self, tr("Warning signals"), "<br><br>".join(lines))

    def show_user_guide(self, section: str | None = None) -> UserGuideDialog:
        from pa_desktop.gui.common.user_guide import UserGuideDialog

        dialog = UserGuideDialog(section, self)
        dialog.show()
        return dialog

    def _about(self) -> None:
        QMessageBox.about(
            self,
            tr("About PA Desktop"),
            tr(
                "PA Desktop {version}<br>Follow-up of problematic absences according to the "
                "Brussels guideline (May 2021, updated January 2025).<br>Your data stay on this "
                "computer, encrypted."
            ).format(version=__version__),
        )


def signal_help(signal_id: str) -> str:
    """The user's words for why a signal is shown; the signal id when it has none."""
    explanations = {
        "clb_signal_due": tr(
            "5 or more B half days and not yet signalled to the CLB (a legal duty)."
        ),
        "early_year_b": tr(
            "A B half day in September or October (luxeverzuim left out): early "
            "B codes predict escalation."
        ),
        "fast_accumulation": tr("10 or more absent half days, every code, in the last 6 weeks."),
        "same_moment": tr("Absences often fall on the same weekday and half day."),
        "unknown_code": tr(
            "An absence with code '-' older than 3 lesson days: the reason must be clarified."
        ),
        "sick_note_limit": tr(
            "More than 4 sickness periods on a parent's note, or one longer than 3 days."
        ),
        "parents_unreachable": tr(
            "The last contact attempts did not reach the parents (check their contact details)."
        ),
        "known_problem": tr("A known problem, or 5 or more B half days in an earlier school year."),
        "allowance_at_risk": tr(
            "30 or more B half days last year and 20 or more this year: the school allowance is at risk."
        ),
        "allowance_lost": tr(
            "30 or more B half days in this and last school year: the school allowance is lost."
        ),
        "relapse_after_closure": tr("Absences again after the follow-up was closed."),
        "no_contact_after_b": tr(
            "The last B half day is more than 3 lesson days old and no contact with the pupil "
            "or the parents was logged since."
        ),
    }
    return explanations.get(signal_id, signal_id)
