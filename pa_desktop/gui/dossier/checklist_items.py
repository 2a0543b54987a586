"""Editors for one checklist item, each showing where its answer came from.

An item pre-filled from the data says so and shows the evidence (totals, the pattern's slot, the
dates of the measures); once the user changes it, it shows who answered, when and why, and a
button to follow the data again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.domain.checklist import Answer, Item
from pa_desktop.gui.common.colours import style_label
from pa_desktop.gui.common.texts import format_date, half_day_name, signal_label, tr, weekday_name

Changed = Callable[[str, Any], None]
Reset = Callable[[str], None]


def language_of(widget: QWidget) -> str:
    language = widget.locale().name()[:2]
    return language if language in ("nl", "fr", "en") else "nl"


def _dates(days: list[date]) -> str:
    return ", ".join(format_date(d) for d in days)


def evidence_text(item: Item, answer: Answer, language: str) -> str:
    """The facts behind a pre-filled answer, in words."""
    pre = answer.prefill
    if pre is None:
        return ""
    e = pre.evidence
    if item.id == "overview.printout":
        return tr(
            "The app's own absence overview (printed calendar) replaces the Informat printout."
        )
    if item.id == "overview.totals":
        text = tr(
            "From the absence calendar: %n absent half day(s) out of {lessons} lesson half days.",
            "",
            int(e.get("total", 0)),
        ).format(lessons=e.get("lesson_half_days", 0))
        if e.get("doubtful_certificates"):
            text += " " + tr("Doubtful medical certificates: {n}.").format(
                n=e["doubtful_certificates"]
            )
        if e.get("carried_b"):
            text += " " + tr(
                "Besides, %n B half day(s) at the previous school this school year (warm "
                "transfer).",
                "",
                int(e["carried_b"]),
            )
        return text
    if item.id == "overview.pattern":
        if "weekday" in e:
            return tr(
                "From the absence calendar; the busiest moment is {weekday} {half}: {count} of "
                "{total}."
            ).format(
                weekday=weekday_name(int(e["weekday"])),
                half=half_day_name(str(e["half"])),
                count=e["count"],
                total=e["total"],
            )
        return tr("From the absence calendar.")
    if item.kind == "multi":
        parts = [f"{o.text[language]}: {_dates(e[o.id])}" for o in item.options if e.get(o.id)]
        if parts:
            text = tr("From the measure log: {facts}").format(facts="; ".join(parts))
        elif pre.silent:
            text = tr("Nothing logged towards them: the log cannot answer this.")
        else:
            text = tr("No matching measure in the log yet.")
        if e.get("no_contact_after_b"):
            text += " " + tr("No contact logged since the B half day of {day}.").format(
                day=format_date(e["no_contact_after_b"])
            )
        return text
    if "signal" in e:
        return _unreachable_text(e)
    if "last_6_weeks" in e:
        return tr("%n absent half day(s) in the last 6 weeks.", "", int(e["last_6_weeks"]))
    if "year" in e:
        return tr(
            "%n B half day(s) in the school year {year}.", "", int(e.get("year_b", 0))
        ).format(year=e["year"])
    if "previous_year_b" in e:
        return tr(
            "%n B half day(s) in the previous school year; the vault does not hold the whole "
            "past of the pupil.",
            "",
            int(e["previous_year_b"]),
        )
    if "refused" in e:
        days = e["refused"]
        return (
            tr("Refused contact on {dates}.").format(dates=_dates(days))
            if days
            else tr("No refused contact in the log: that alone does not say the parents cooperate.")
        )
    if "note" in e:
        return tr("Marked by hand: {note}").format(note=e["note"])
    if e.get("before_split"):
        return tr(
            "The registration was recorded when this reason was still merged with "
            '"no longer comes": answer it yourself.'
        )
    if e.get("step") == "registered_clb":
        return tr("From the registration step in the trajectory.")
    return ""


def _unreachable_text(e: Mapping[str, Any]) -> str:
    """ "Ouders zijn niet bereikbaar" needs certainty about the contact details."""
    checked = e.get("contact_checked_on")
    if "attempts" not in e:
        if checked:
            return tr("Contact details checked on {day}.").format(day=format_date(checked))
        return tr('From the signal "{signal}".').format(signal=signal_label(str(e["signal"])))
    text = tr("%n contact attempt(s) did not reach the parents.", "", int(e["attempts"]))
    if e.get("checked_since"):
        return text + " " + tr("Contact details checked on {day}.").format(day=format_date(checked))
    return (
        text
        + " "
        + tr(
            "The contact details were not checked since: check them (Guidance measures tab) "
            "before answering."
        )
    )


class ItemEditor(QWidget):
    """One item: its control(s), the evidence and the source of the answer."""

    def __init__(
        self, item: Item, changed: Changed, reset: Reset, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.item = item
        self._changed = changed
        self._reset = reset
        self._loading = False
        language = language_of(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        text = item.text[language]
        self.controls: list[QWidget] = []
        if item.kind == "check":
            self.check = QCheckBox(text)
            self.check.toggled.connect(self._emit)
            layout.addWidget(self.check)
            self.controls.append(self.check)
        else:
            title = QLabel(f"<b>{text}</b>")
            layout.addWidget(title)
            body = QWidget()
            layout.addWidget(body)
            self._build_options(body, language)
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        style_label(self.evidence, "quiet", "margin-left: 24px;")
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setStyleSheet("margin-left: 24px;")
        self.follow_data = QPushButton(tr("Follow the data again"))
        self.follow_data.clicked.connect(partial(self._reset, item.id))
        row = QHBoxLayout()
        row.addWidget(self.source, 1)
        row.addWidget(self.follow_data)
        layout.addWidget(self.evidence)
        layout.addLayout(row)

    def _build_options(self, body: QWidget, language: str) -> None:
        item = self.item
        if item.kind == "counts":
            grid = QGridLayout(body)
            self.spins: dict[str, QSpinBox] = {}
            for row, option in enumerate(item.options):
                spin = QSpinBox()
                spin.setRange(0, 999)
                spin.setAccessibleName(option.text[language])
                spin.editingFinished.connect(self._counts_changed)
                label = QLabel(option.text[language])
                label.setBuddy(spin)
                grid.addWidget(label, row, 0)
                grid.addWidget(spin, row, 1, Qt.AlignmentFlag.AlignLeft)
                self.spins[option.id] = spin
                self.controls.append(spin)
        elif item.kind == "choice":
            box = QVBoxLayout(body)
            self.group = QButtonGroup(self)
            self.radios: dict[str, QRadioButton] = {}
            for option in item.options:
                radio = QRadioButton(option.text[language])
                self.group.addButton(radio)
                radio.toggled.connect(partial(self._choice_toggled, option.id))
                box.addWidget(radio)
                self.radios[option.id] = radio
                self.controls.append(radio)
        else:  # multi
            box = QVBoxLayout(body)
            self.options: dict[str, QCheckBox] = {}
            for option in item.options:
                check = QCheckBox(option.text[language])
                check.toggled.connect(self._multi_changed)
                box.addWidget(check)
                self.options[option.id] = check
                self.controls.append(check)

    def _choice_toggled(self, key: str, on: bool) -> None:
        if on:
            self._emit(key)

    def _emit(self, value: Any) -> None:
        if not self._loading:
            self._changed(self.item.id, value)

    def _counts_changed(self) -> None:
        self._emit({key: spin.value() for key, spin in self.spins.items()})

    def _multi_changed(self) -> None:
        self._emit([key for key, check in self.options.items() if check.isChecked()])

    def show_answer(self, answer: Answer) -> None:
        self._loading = True
        try:
            value = answer.value
            if self.item.kind == "check":
                self.check.setChecked(bool(value))
            elif self.item.kind == "counts":
                for key, spin in self.spins.items():
                    spin.setValue(int((value or {}).get(key, 0)))
            elif self.item.kind == "choice":
                self.group.setExclusive(False)
                for key, radio in self.radios.items():
                    radio.setChecked(key == value)
                self.group.setExclusive(True)
            else:
                for key, check in self.options.items():
                    check.setChecked(key in (value or []))
        finally:
            self._loading = False
        self.evidence.setText(evidence_text(self.item, answer, language_of(self)))
        self.evidence.setVisible(bool(self.evidence.text()))
        if answer.override is not None:
            over = answer.override
            why = f" — {over.why}" if over.why else ""
            self.source.setText(
                tr("Your answer ({author}, {day}){why}").format(
                    author=over.author, day=format_date(over.at.date()), why=why
                )
            )
        elif answer.prefill is not None and answer.prefill.silent:
            self.source.setText(tr("Not answered: the data cannot say. Answer it yourself."))
        elif answer.prefill is not None:
            self.source.setText(tr("Pre-filled from the data: check and confirm."))
        else:
            self.source.setText(tr("Not answered yet."))
        self.follow_data.setVisible(answer.override is not None and answer.prefill is not None)
        if answer.override is not None and answer.prefill is not None and answer.prefill.silent:
            self.follow_data.setText(tr("Clear my answer"))
        else:
            self.follow_data.setText(tr("Follow the data again"))
