"""The user guide in the interface language (F1), opened at the section that fits the window.

The guide is Markdown under resources/docs (Dutch, French, English), with the screenshots that
packaging/screenshots.py makes from the demo vault, so text and pictures stay current.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QImageReader, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from pa_desktop.gui.common.geometry import fit_window
from pa_desktop.gui.common.keyboard import never_close_on_enter
from pa_desktop.gui.common.texts import tr
from pa_desktop.services.resources import resources_dir

GUIDES = {"nl": "gebruikersgids.md", "fr": "guide-utilisateur.md", "en": "user-guide.md"}
# a section of the guide, by the number of its heading ("## 3. ...")
SECTIONS = {
    "overview": 2,
    "absences": 3,
    "import": 4,
    "measures": 5,
    "trajectory": 6,
    "checklist": 7,
    "referral": 8,
    "insight": 9,
    "transfer": 10,
    "vault": 11,
    "schools": 13,
}


def guide_text(language: str) -> str:
    folder = resources_dir() / "docs"
    path = folder / GUIDES.get(language, GUIDES["nl"])
    if not path.exists():
        path = folder / GUIDES["nl"]
    return path.read_text(encoding="utf-8")


PICTURE_WIDTH = 820  # the screenshots are taken at full window size; the dialog is narrower


def fit_pictures(document: QTextDocument, folder: Path, width: int) -> None:
    """Scale every picture wider than `width` down to it, keeping its proportions, so the guide
    reads without a horizontal scroll bar."""
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            picture = fragment.charFormat()
            if picture.isImageFormat():
                image_format = picture.toImageFormat()
                size = QImageReader(str(folder / image_format.name())).size()
                if size.width() > width:
                    image_format.setWidth(width)
                    image_format.setHeight(size.height() * width / size.width())
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.setCharFormat(image_format)
            iterator += 1
        block = block.next()


class UserGuideDialog(QDialog):
    def __init__(self, section: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("User guide"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(resources_dir() / "docs")])
        language = QLocale().name()[:2]
        self.browser.setMarkdown(guide_text(language))
        fit_pictures(self.browser.document(), resources_dir() / "docs", PICTURE_WIDTH)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        never_close_on_enter(self)
        fit_window(self, "user_guide", QSize(900, 760))
        if section in SECTIONS:
            self.go_to(SECTIONS[section])

    def go_to(self, number: int) -> bool:
        """Scroll to the heading "N. ..." (headings are numbered in every language)."""
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        found = self.browser.find(f"{number}. ", QTextDocument.FindFlag.FindCaseSensitively)
        if found:
            self.browser.ensureCursorVisible()
            # once laid out, bring the heading to the top: the section reads downwards from it
            QTimer.singleShot(0, self, self._heading_to_top)
        return found

    def _heading_to_top(self) -> None:
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + self.browser.cursorRect().top())


def add_help_key(window: QWidget, section: str) -> None:
    """F1 in `window` opens the guide at `section`, as it does in the dossier."""

    def show() -> None:
        dialog = UserGuideDialog(section, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    QShortcut(QKeySequence(Qt.Key.Key_F1), window, show)
