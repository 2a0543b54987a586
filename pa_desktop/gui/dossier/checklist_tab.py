"""The dossier's "PA checklist" tab: a page per section with a progress bar, or the whole
checklist on one page; extended or brief; what is missing before a registration; and, for a CLB
worker at intake, the CLB's own notes per section and the plan chosen.

Every answer is saved at once. Changing an answer the data gave asks why, so an override always
keeps who, when and why.
"""

from __future__ import annotations

from functools import partial
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.domain.checklist import Section, completion
from pa_desktop.gui.common.reason import ask_reason
from pa_desktop.gui.common.texts import readiness_text, tr
from pa_desktop.gui.dossier.checklist_items import ItemEditor, evidence_text, language_of
from pa_desktop.services import checklist as service
from pa_desktop.services.session import VaultSession


def plan_text(plan: str) -> str:
    texts = {
        "short_guidance": tr("Short CLB guidance"),
        "close": tr("No further help needed: close"),
        "kans": tr("Register with KANS"),
        "external": tr("Refer to external help"),
    }
    return texts.get(plan, plan)


class ChecklistTab(QWidget):
    changed = Signal()

    def __init__(
        self, session: VaultSession, pupil_id: int, year: SchoolYear, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.pupil_id = pupil_id
        self.year = year
        self.is_clb = session.profile().role == "clb"
        self.view: service.ChecklistView | None = None
        self.editors: dict[str, ItemEditor] = {}
        self.notes: dict[str, QPlainTextEdit] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.version_group = QButtonGroup(self)
        self.extended_radio = QRadioButton(tr("&Extended version"))
        self.brief_radio = QRadioButton(tr("&Brief version"))
        self.extended_radio.setChecked(True)
        for radio in (self.extended_radio, self.brief_radio):
            self.version_group.addButton(radio)
            top.addWidget(radio)
        self.brief_radio.toggled.connect(self._rebuild)
        self.one_page_button = QPushButton(tr("&One-page view"))
        self.one_page_button.setCheckable(True)
        self.one_page_button.toggled.connect(self._toggle_one_page)
        top.addStretch(1)
        top.addWidget(self.one_page_button)
        layout.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Checklist progress"))
        layout.addWidget(self.progress)
        self.readiness_label = QLabel()
        self.readiness_label.setWordWrap(True)
        self.readiness_label.setTextFormat(Qt.TextFormat.RichText)
        self.readiness_label.setAccessibleName(tr("What is missing before a registration"))
        layout.addWidget(self.readiness_label)
        self.pages = QStackedWidget()
        self.one_page = QTextBrowser()
        self.one_page.setAccessibleName(tr("The whole checklist on one page"))
        body = QStackedWidget()
        body.addWidget(self.pages)
        body.addWidget(self.one_page)
        self.body = body
        layout.addWidget(body, 1)
        navigation = QHBoxLayout()
        self.previous_button = QPushButton(tr("&Previous section"))
        self.next_button = QPushButton(tr("&Next section"))
        self.page_label = QLabel()
        self.previous_button.clicked.connect(partial(self.go, -1))
        self.next_button.clicked.connect(partial(self.go, 1))
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, lambda: self.go(1))
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, lambda: self.go(-1))
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        navigation.addWidget(self.next_button)
        layout.addLayout(navigation)
        if self.is_clb:
            plan_row = QHBoxLayout()
            plan_label = QLabel(tr("CLB &plan"))
            self.plan_combo = QComboBox()
            self.plan_combo.addItem(tr("(not chosen yet)"), None)
            for plan in service.CLB_PLANS:
                self.plan_combo.addItem(plan_text(plan), plan)
            plan_label.setBuddy(self.plan_combo)
            self.plan_combo.activated.connect(self._plan_chosen)
            plan_row.addWidget(plan_label)
            plan_row.addWidget(self.plan_combo, 1)
            layout.addLayout(plan_row)
        self._rebuild()

    # structure -------------------------------------------------------------------------------
    def brief(self) -> bool:
        return self.brief_radio.isChecked()

    def sections(self) -> tuple[Section, ...]:
        return service.definition().sections_for(self.brief())

    def _rebuild(self) -> None:
        current = self.pages.currentIndex()
        while self.pages.count():
            widget = self.pages.widget(0)
            if widget is None:
                break
            self.pages.removeWidget(widget)
            widget.deleteLater()
        self.editors.clear()
        self.notes.clear()
        language = language_of(self)
        for section in self.sections():
            page = QWidget()
            page_layout = QVBoxLayout(page)
            heading = QLabel(f"<h2>{escape(section.title[language])}</h2>")
            page_layout.addWidget(heading)
            for item in section.items:
                editor = ItemEditor(item, self._item_changed, self._item_reset)
                self.editors[item.id] = editor
                page_layout.addWidget(editor)
            if self.is_clb:
                note = QPlainTextEdit()
                note.setPlaceholderText(tr("CLB notes on this section (intake)"))
                note.setAccessibleName(tr("CLB notes on this section"))
                note.setMaximumHeight(90)
                note.setTabChangesFocus(True)
                note.focusOutEvent = self._note_saver(section.id, note)  # type: ignore[method-assign]
                self.notes[section.id] = note
                page_layout.addWidget(note)
            page_layout.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidget(page)
            scroll.setWidgetResizable(True)
            self.pages.addWidget(scroll)
        self.pages.setCurrentIndex(max(0, min(current, self.pages.count() - 1)))
        self.reload()

    # data ------------------------------------------------------------------------------------
    def set_year(self, year: SchoolYear) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        self.view = service.load_checklist(self.session, self.pupil_id, self.year)
        for item_id, editor in self.editors.items():
            editor.show_answer(self.view.answers[item_id])
        for section_id, note in self.notes.items():
            note.setPlainText(self.view.clb_notes.get(section_id, ""))
        if self.is_clb:
            self.plan_combo.setCurrentIndex(max(0, self.plan_combo.findData(self.view.clb_plan)))
        done, total = completion(self.view.definition, self.view.answers, self.brief())
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(
            tr("{done} of {total} items answered").format(done=done, total=total)
        )
        if self.view.readiness:
            heading = tr("Before a registration makes sense:")
            items = "".join(f"<li>{escape(readiness_text(m))}</li>" for m in self.view.readiness)
            self.readiness_label.setText(f"<b>{escape(heading)}</b><ul>{items}</ul>")
        else:
            ready = tr(
                "Ready for a registration: reason, contact with the parents and help "
                "question are all there."
            )
            self.readiness_label.setText(f"<b>{escape(ready)}</b>")
        self._update_navigation()
        if self.body.currentWidget() is self.one_page:
            self.one_page.setHtml(self.one_page_html())

    def _update_navigation(self) -> None:
        index, count = self.pages.currentIndex(), self.pages.count()
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)
        language = language_of(self)
        title = self.sections()[index].title[language] if count else ""
        self.page_label.setText(
            tr("Section {n} of {total}: {title}").format(n=index + 1, total=count, title=title)
        )

    def go(self, step: int) -> None:
        index = self.pages.currentIndex() + step
        if 0 <= index < self.pages.count():
            self.pages.setCurrentIndex(index)
            self._update_navigation()
            first = self.editors.get(self.sections()[index].items[0].id)
            if first is not None and first.controls:
                first.controls[0].setFocus()

    # answers ---------------------------------------------------------------------------------
    def _item_changed(self, item_id: str, value: Any) -> None:
        assert self.view is not None
        answer = self.view.answers[item_id]
        why = ""
        pre = answer.prefill
        if pre is not None and not pre.silent and value != pre.value:
            text, ok = ask_reason(
                self,
                tr("PA checklist"),
                tr("Why do you change what the data say? A short reason (kept with your answer):"),
            )
            if not ok:
                self.editors[item_id].show_answer(answer)
                return
            why = text
        service.answer_item(self.session, self.pupil_id, self.year, item_id, value, why)
        self.reload()
        self.changed.emit()

    def _item_reset(self, item_id: str) -> None:
        service.reset_item(self.session, self.pupil_id, self.year, item_id)
        self.reload()
        self.changed.emit()

    def _note_saver(self, section_id: str, note: QPlainTextEdit):  # type: ignore[no-untyped-def]
        original = note.focusOutEvent

        def save(event):  # type: ignore[no-untyped-def]
            service.set_clb_note(
                self.session, self.pupil_id, self.year, section_id, note.toPlainText()
            )
            original(event)

        return save

    def _plan_chosen(self) -> None:
        service.set_clb_plan(self.session, self.pupil_id, self.year, self.plan_combo.currentData())
        self.changed.emit()

    # one page --------------------------------------------------------------------------------
    def _toggle_one_page(self, on: bool) -> None:
        self.body.setCurrentWidget(self.one_page if on else self.pages)
        self.previous_button.setVisible(not on)
        self.next_button.setVisible(not on)
        self.page_label.setVisible(not on)
        if on:
            self.one_page.setHtml(self.one_page_html())

    def one_page_html(self) -> str:
        assert self.view is not None
        language = language_of(self)
        version = "brief" if self.brief() else "extended"
        parts = [f"<h2>{escape(self.view.definition.titles[version][language])}</h2>"]
        yes, no, empty = tr("yes"), tr("no"), "—"
        for section in self.sections():
            parts.append(f"<h3>{escape(section.title[language])}</h3><ul>")
            for item in section.items:
                answer = self.view.answers[item.id]
                value = answer.value
                if item.kind == "check":
                    shown = empty if value is None else (yes if value else no)
                elif item.kind == "counts":
                    shown = ", ".join(
                        f"{o.text[language]} {(value or {}).get(o.id, 0)}" for o in item.options
                    )
                elif item.kind == "choice":
                    shown = next((o.text[language] for o in item.options if o.id == value), empty)
                else:
                    shown = (
                        "; ".join(o.text[language] for o in item.options if o.id in (value or []))
                        or empty
                    )
                evidence = evidence_text(item, answer, language)
                parts.append(
                    f"<li>{escape(item.text[language])}: <b>{escape(shown)}</b>"
                    + (f"<br><small>{escape(evidence)}</small>" if evidence else "")
                    + "</li>"
                )
            parts.append("</ul>")
            note = self.view.clb_notes.get(section.id)
            if note:
                label = tr("CLB notes")
                parts.append(f"<p><i>{escape(label)}:</i> {escape(note)}</p>")
        return "".join(parts)
