"""Words for care of the data: storage faults, backup problems, retention (the audit log's
actions and details are worded in services/audit_words.py, shared with the command line).

Every sentence is an English source string wrapped in tr() (never inside an f-string), translated
in resources/translations.
"""

from __future__ import annotations

from datetime import datetime

from pa_desktop.gui.common.error_texts import error_message as error_message
from pa_desktop.gui.common.error_texts import where_name as where_name
from pa_desktop.gui.common.texts import format_date, tr


def format_moment(moment: datetime) -> str:
    """Local date and time, Belgian style."""
    local = moment.astimezone() if moment.tzinfo else moment
    return format_date(local.date()) + local.strftime(" %H:%M")


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return tr("{size} MB").format(size=f"{size / (1024 * 1024):.1f}")
    return tr("{size} kB").format(size=max(1, round(size / 1024)))


def rule_name(rule: str) -> str:
    if rule == "after_last_contact":
        return tr("years after the last contact")
    return tr("years after the end of the school year in which the pupil left")


def basis_name(basis: str) -> str:
    return {
        "left": tr("left the school"),
        "closed": tr("follow-up closed"),
        "last_contact": tr("last contact"),
    }.get(basis, basis)
