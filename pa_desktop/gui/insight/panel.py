"""One insight chart in its frame (title, caption, save as PNG, copy, export as CSV), and the
list of the pupils behind a clicked bar or cell.

What leaves the vault (PNG, clipboard, CSV) is always the protected version: a number behind
fewer pupils than the vault's threshold reads "<5". The pupil list is shown on screen only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.gui.common.colours import style_label
from pa_desktop.gui.common.geometry import fit_window
from pa_desktop.gui.common.i18n import chosen_language
from pa_desktop.gui.common.operations import QueryOp
from pa_desktop.gui.common.texts import tr
from pa_desktop.gui.insight.charts import InsightChart, Pick, percent
from pa_desktop.services.insight import InsightReport, InsightSource
from pa_desktop.services.insight_export import default_file_name, export_chart_csv

PUPIL_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ChartPanel(QFrame):
    """A chart with its words and its three ways out of the vault."""

    exported = Signal(str)  # "png", "copy" or "csv", once the chart has left the window

    def __init__(self, chart: InsightChart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.header = QHBoxLayout()
        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.header.addWidget(self.title_label, 1)
        self.png_button = QPushButton(tr("Save as PNG…"))
        self.copy_button = QPushButton(tr("Copy"))
        self.csv_button = QPushButton(tr("Export as CSV…"))
        for button, tip in (
            (self.png_button, tr("Save this chart as an image, small numbers hidden")),
            (self.copy_button, tr("Copy this chart as an image, small numbers hidden")),
            (self.csv_button, tr("Save the numbers behind this chart, small numbers hidden")),
        ):
            button.setToolTip(tip)
            button.setEnabled(False)
            self.header.addWidget(button)
        layout.addLayout(self.header)
        layout.addWidget(chart)
        self.caption_label = QLabel()
        self.caption_label.setWordWrap(True)
        style_label(self.caption_label, "quiet")
        layout.addWidget(self.caption_label)
        self.png_button.clicked.connect(self._ask_png)
        self.copy_button.clicked.connect(self.copy)
        self.csv_button.clicked.connect(self._ask_csv)
        self.refresh_words()

    def refresh_words(self) -> None:
        self.title_label.setText(self.chart.title())
        self.caption_label.setText(self.chart.caption())

    def set_report(self, report: InsightReport | None) -> None:
        self.chart.set_report(report)
        for button in (self.png_button, self.copy_button, self.csv_button):
            button.setEnabled(report is not None)
        self.refresh_words()

    # ways out -------------------------------------------------------------------------------------
    def save_png(self, path: Path) -> Path:
        _write_png(self.chart.export_image(), path)
        self.exported.emit("png")
        return path

    def save_png_later(self, path: Path) -> None:
        """What the button does: the chart is drawn here (it is a widget), the PNG encoded and
        written off the GUI thread (encoding a 2,000-pixel chart took 45-140 ms; Qt releases
        the GIL meanwhile). `exported` follows once the file is written."""
        image = self.chart.export_image()
        self._write_later(lambda: _write_png(image, path), "png")

    def export_csv_later(self, path: Path) -> None:
        """What the button does: the numbers written off the GUI thread, `exported` after."""
        report, chart_id, language = self.chart.report, self.chart.chart_id, chosen_language()
        assert report is not None
        self._write_later(lambda: export_chart_csv(report, chart_id, path, language), "csv")

    def _write_later(self, write: Callable[[], Path], kind: str) -> None:
        for button in (self.png_button, self.csv_button):
            button.setEnabled(False)  # one file at a time

        def written(_path: Path) -> None:
            self._writing_done()
            self.exported.emit(kind)

        def failed(error: Exception) -> None:
            self._writing_done()
            self._not_written(error)

        QueryOp(self, lambda _progress: write(), written).failure(failed).run_in_background()

    def _writing_done(self) -> None:
        for button in (self.png_button, self.csv_button):
            button.setEnabled(self.chart.report is not None)

    def copy(self) -> None:
        QGuiApplication.clipboard().setImage(self.chart.export_image())
        self.exported.emit("copy")

    def export_csv(self, path: Path) -> Path:
        assert self.chart.report is not None
        written = export_chart_csv(self.chart.report, self.chart.chart_id, path, chosen_language())
        self.exported.emit("csv")
        return written

    def _suggested(self, suffix: str) -> str:
        assert self.chart.report is not None
        return default_file_name(self.chart.report, self.chart.chart_id, suffix)

    def _ask_png(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save chart as PNG"), self._suggested("png"), tr("PNG images (*.png)")
        )
        if name:
            self.save_png_later(Path(name))

    def _ask_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Export numbers as CSV"), self._suggested("csv"), tr("CSV files (*.csv)")
        )
        if name:
            self.export_csv_later(Path(name))

    def _not_written(self, error: Exception) -> None:
        QMessageBox.warning(
            self,
            tr("Insight"),
            tr("The file could not be written ({kind}).").format(kind=type(error).__name__),
        )


def _write_png(image: QImage, path: Path) -> Path:
    """Encode and write; safe in a worker (a QImage is a value, QImageWriter is reentrant)."""
    # PySide6's stub types the format as bytes; the binding accepts only str
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(str(path))
    return path


class PupilListDialog(QDialog):
    """The pupils behind a bar or cell; double-click (or Enter) opens one."""

    open_pupil = Signal(int)

    def __init__(self, pick: Pick, source: InsightSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Pupils behind the chart"))
        layout = QVBoxLayout(self)
        heading = QLabel(tr("{what}: %n pupil(s)", "", pick.cell.pupils).format(what=pick.title))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        year = source.current.year.label
        summaries = {p.pupil_id: p for p in source.current.pupils}
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                tr("Pupil"),
                tr("Class"),
                tr("This cell: {what}").format(what=pick.share_label),
                tr("B half days {year}").format(year=year),
                tr("Absence rate {year}").format(year=year),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName(tr("Pupils behind the chart"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for pupil_id in pick.cell.pupil_ids():
            name = source.names.get(pupil_id)
            summary = summaries.get(pupil_id)
            row = self.table.rowCount()
            self.table.insertRow(row)
            values = [
                name.name if name else str(pupil_id),
                name.class_name if name else "",
                str(pick.cell.members[pupil_id]),
                str(summary.b_total) if summary else "—",
                percent(summary.rate) if summary else "—",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(PUPIL_ID_ROLE, pupil_id)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.activated.connect(self._open_index)
        layout.addWidget(self.table, 1)
        note = QLabel(tr("Shown on this screen only; exports never list pupils."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(tr("Open &dossier"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self._open_current)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.table.rowCount():
            self.table.selectRow(0)
        fit_window(self, "insight_pupils", QSize(760, 440))

    def pupil_ids(self) -> list[int]:
        return [
            pupil_id
            for row in range(self.table.rowCount())
            if (pupil_id := self._pupil_at(row)) is not None
        ]

    def _pupil_at(self, row: int) -> int | None:
        cell = self.table.item(row, 0)
        return None if cell is None else int(cell.data(PUPIL_ID_ROLE))

    def _open(self, row: int) -> None:
        pupil_id = self._pupil_at(row) if 0 <= row < self.table.rowCount() else None
        if pupil_id is not None:
            self.open_pupil.emit(pupil_id)

    def _open_index(self, index: QModelIndex) -> None:
        self._open(index.row())

    def _open_current(self) -> None:
        self._open(self.table.currentRow())
