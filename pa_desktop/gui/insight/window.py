"""The "Inzicht" window: the school's own absence data over all pupils of a school year.

The guideline asks schools to analyse their own data to find the risk factors that matter to
them. Five charts (per month, per weekday and half day, per class and band, early B codes, the
signals before escalation), each with its caption and its way out (PNG, copy, CSV, with small
numbers hidden), filters by class and trajectory state, and a click on a bar or cell lists the
pupils behind it. Reading and computing run off the GUI thread: this year first, the previous
year (for the comparison) in a second step, so the view appears as soon as it can.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.insight_shapes import NO_STATE, InsightFilter
from pa_desktop.gui.care.texts import error_message
from pa_desktop.gui.common.geometry import fit_window
from pa_desktop.gui.common.texts import format_date, step_label, tr
from pa_desktop.gui.common.user_guide import add_help_key
from pa_desktop.gui.common.workers import run_in_background
from pa_desktop.gui.insight.charts import InsightChart, Pick
from pa_desktop.gui.insight.grids import BandChart, HeatmapChart
from pa_desktop.gui.insight.months import MonthChart
from pa_desktop.gui.insight.outcomes import EarlyYearChart, SignalChart
from pa_desktop.gui.insight.panel import ChartPanel, PupilListDialog
from pa_desktop.gui.schools.chooser import SchoolChooser
from pa_desktop.services.errors import ServiceError
from pa_desktop.services.insight import (
    InsightReport,
    InsightSource,
    load_insight,
    set_small_number_threshold,
    small_number_threshold,
    with_previous,
)
from pa_desktop.services.insight_export import log_chart_export
from pa_desktop.services.session import VaultSession

_YEARS_BACK = 4
SAVE_DELAY_MS = 800


class InsightWindow(QWidget):
    open_pupil = Signal(int)  # a pupil id, from a double-click in the list behind a chart

    def __init__(
        self,
        session: VaultSession,
        year: SchoolYear,
        parent: QWidget | None = None,
        school: int | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        add_help_key(self, "insight")
        self.session = session
        self._school = school
        self.source: InsightSource | None = None
        self.report: InsightReport | None = None
        self._generation = 0
        self._running = 0
        self._dialogs: list[PupilListDialog] = []
        self._build(year)
        fit_window(self, "insight", QSize(1100, 820))
        self.reload()

    # layout -----------------------------------------------------------------------------------
    def _build(self, year: SchoolYear) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year_combo = QComboBox()
        current = self.session.current_school_year()
        for offset in range(_YEARS_BACK):
            choice = SchoolYear(current.start_year - offset)
            self.year_combo.addItem(choice.label, choice.start_year)
        index = self.year_combo.findData(year.start_year)
        if index < 0:
            self.year_combo.addItem(year.label, year.start_year)
            index = self.year_combo.count() - 1
        self.year_combo.setCurrentIndex(index)
        self.class_combo = QComboBox()
        self.state_combo = QComboBox()
        for combo in (self.year_combo, self.class_combo, self.state_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.school_combo = SchoolChooser(self.session, True)
        self.school_combo.select_school(self._school)
        self.school_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.compare_check = QCheckBox(tr("Compare with the &previous school year"))
        self.compare_check.setChecked(True)
        for label_text, widget in (
            (tr("&School year:"), self.year_combo),
            (tr("Sch&ool:"), self.school_combo),
            (tr("&Class:"), self.class_combo),
            (tr("&Trajectory:"), self.state_combo),
        ):
            label = QLabel(label_text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
            if widget is self.school_combo:
                label.setVisible(self.school_combo.several)
        bar.addWidget(self.compare_check)
        bar.addStretch(1)
        self.small_spin = QSpinBox()
        self.small_spin.setRange(0, 50)
        self.small_spin.setSpecialValueText(tr("off"))
        self.small_spin.setValue(small_number_threshold(self.session))
        self.small_spin.setToolTip(
            tr(
                "In exported images and CSV files, a number of fewer pupils than this is shown as "
                "<N, so an export does not single out a pupil. 0 turns the protection off."
            )
        )
        small_label = QLabel(tr("&Hide in exports below:"))
        small_label.setBuddy(self.small_spin)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setAccessibleName(tr("Computing"))
        self.busy_label = QLabel(tr("Computing…"))
        bar.addWidget(self.busy_label)
        bar.addWidget(self.busy_bar)
        layout.addLayout(bar)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary_label, 1)
        summary_row.addWidget(small_label)
        summary_row.addWidget(self.small_spin)
        layout.addLayout(summary_row)

        self.month_chart = MonthChart()
        self.heatmap_chart = HeatmapChart()
        self.band_chart = BandChart()
        self.early_chart = EarlyYearChart()
        self.signal_chart = SignalChart()
        self.panels: dict[str, ChartPanel] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        for chart in (
            self.month_chart,
            self.heatmap_chart,
            self.band_chart,
            self.early_chart,
            self.signal_chart,
        ):
            panel = ChartPanel(chart)
            panel.exported.connect(
                lambda kind, chart_id=chart.chart_id: self._log_export(chart_id, kind)
            )
            chart.picked.connect(self.show_pupils)
            self.panels[chart.chart_id] = panel
            column.addWidget(panel)
        column.addStretch(1)
        self.rate_check = QCheckBox(tr("As a sh&are of lesson half days"))
        self.rate_check.toggled.connect(self._rate_toggled)
        self.panels["months"].header.insertWidget(1, self.rate_check)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        self.year_combo.currentIndexChanged.connect(self.reload)
        self.school_combo.currentIndexChanged.connect(self.reload)
        self.compare_check.toggled.connect(self.reload)
        self.class_combo.currentIndexChanged.connect(self.apply_filter)
        self.state_combo.currentIndexChanged.connect(self.apply_filter)
        # Shown at once, stored (and logged) once the user stops clicking the arrows.
        self._save_small = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_small.timeout.connect(self.save_small_number_threshold)
        self.small_spin.valueChanged.connect(self._small_changed)
        self._set_busy(0)

    # data -------------------------------------------------------------------------------------
    def selected_year(self) -> SchoolYear:
        return SchoolYear(int(self.year_combo.currentData()))

    def selected_filter(self) -> InsightFilter:
        chosen_class = self.class_combo.currentData()
        chosen_state = self.state_combo.currentData()
        return InsightFilter(
            classes=frozenset({chosen_class}) if chosen_class else frozenset(),
            states=frozenset({chosen_state}) if chosen_state else frozenset(),
        )

    @property
    def busy(self) -> bool:
        return self._running > 0

    def reload(self) -> None:
        """Read the chosen year (then the previous one) off the GUI thread; newest request wins."""
        self._generation += 1
        generation = self._generation
        session, year, compare = self.session, self.selected_year(), self.compare_check.isChecked()
        school = self.school_combo.selected_school()
        self.setWindowTitle(tr("Insight — {year}").format(year=year.label))

        def loaded(source: InsightSource) -> None:
            if generation != self._generation:
                return
            self._take(source)
            if compare:
                self._start(lambda: with_previous(session, source, school), compared)

        def compared(source: InsightSource) -> None:
            if generation == self._generation:
                self._take(source)

        self._start(
            lambda: load_insight(session, year, compare_previous=False, school=school), loaded
        )

    def _take(self, source: InsightSource) -> None:
        self.source = source
        self._fill_filters(source)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Aggregate for the chosen class and state (cheap, but still off the GUI thread)."""
        source = self.source
        if source is None:
            return
        generation = self._generation
        chosen = self.selected_filter()

        def done(report: InsightReport) -> None:
            if generation == self._generation and chosen == self.selected_filter():
                self._show(report)

        self._start(lambda: source.report(chosen), done)

    def _start(self, work, on_done) -> None:  # type: ignore[no-untyped-def]
        self._set_busy(+1)

        def finished(result: object) -> None:
            self._set_busy(-1)
            on_done(result)

        def failed(error: Exception) -> None:
            self._set_busy(-1)
            if not self.isVisible():  # closed meanwhile (or the vault locked under it): no dialog
                return
            QMessageBox.warning(
                self,
                tr("Insight"),
                tr("The insight could not be computed ({kind}).").format(kind=type(error).__name__),
            )

        run_in_background(work, finished, failed, self)

    def _set_busy(self, change: int) -> None:
        self._running += change
        self.busy_bar.setVisible(self._running > 0)
        self.busy_label.setVisible(self._running > 0)

    def _fill_filters(self, source: InsightSource) -> None:
        for combo, everything, values, word in (
            (self.class_combo, tr("All classes"), source.classes(), lambda c: c),
            (self.state_combo, tr("All states"), source.states(), _state_name),
        ):
            wanted = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(word(value), value)
            index = combo.findData(wanted) if wanted else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def _show(self, report: InsightReport) -> None:
        self.report = report
        for panel in self.panels.values():
            panel.set_report(report)
        insight = report.insight
        parts = [
            tr("%n pupil(s)", "", insight.population.pupils),
            tr("up to {day}").format(day=format_date(insight.reference)),
            tr("click a bar or cell to list its pupils"),
        ]
        if report.small_number_threshold > 1:
            parts.append(
                tr("exports show numbers behind fewer than {n} pupils as <{n}").format(
                    n=report.small_number_threshold
                )
            )
        if self.compare_check.isChecked() and report.comparison is None and not self.busy:
            parts.append(tr("no absences in the previous school year to compare with"))
        self.summary_label.setText(" · ".join(parts))

    def _log_export(self, chart_id: str, kind: str) -> None:
        if self.report is not None:
            log_chart_export(self.session, self.report, chart_id, kind)

    def _small_changed(self, value: int) -> None:
        self._save_small.start()
        if self.source is not None:
            self.source = replace(self.source, small_number_threshold=value)
            self.apply_filter()

    def save_small_number_threshold(self) -> None:
        self._save_small.stop()
        try:
            set_small_number_threshold(self.session, self.small_spin.value())
        except ServiceError as error:
            QMessageBox.warning(self, tr("Insight"), error_message(error))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._save_small.isActive():
            self.save_small_number_threshold()
        super().closeEvent(event)

    def _rate_toggled(self, on: bool) -> None:
        self.month_chart.set_as_rate(on)
        self.panels["months"].refresh_words()

    # pupils behind a chart --------------------------------------------------------------------
    def show_pupils(self, pick: Pick) -> PupilListDialog | None:
        if self.source is None or not pick.cell.pupils:
            return None
        dialog = PupilListDialog(pick, self.source, self)
        dialog.open_pupil.connect(self.open_pupil.emit)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(
            lambda *_: self._dialogs.remove(dialog) if dialog in self._dialogs else None
        )
        self._dialogs.append(dialog)
        dialog.show()
        return dialog

    def chart(self, chart_id: str) -> InsightChart:
        return self.panels[chart_id].chart


def _state_name(state: str) -> str:
    return tr("No trajectory") if state == NO_STATE else step_label(state)
