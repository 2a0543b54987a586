"""What the parts of the main window share: its form, its vault and what each part asks of the
others. The main window is assembled from mixins along its seams (the overview table, the
school and year choice, the windows and dialogs it opens); this base lets each be type-checked
on its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.gui.forms.ui_main_window import Ui_MainWindow
from pa_desktop.services.session import VaultSession

if TYPE_CHECKING:
    from pa_desktop.gui.dossier.window import DossierWindow


class OverviewWindowBase(QMainWindow):
    """The attributes and methods one part of the main window may use from another."""

    ui: Ui_MainWindow
    session: VaultSession
    _dossiers: dict[int, DossierWindow]
    _select_after_load: int | None

    if TYPE_CHECKING:  # defined by the parts (MainWindow's table, SchoolsAndYearsMixin)

        def refresh(self) -> None:
            """Recompute the whole overview (the main window's table part)."""

        def selected_year(self) -> SchoolYear: ...

        def selected_school(self) -> int | None: ...

        def selected_pupil_id(self) -> int | None: ...
