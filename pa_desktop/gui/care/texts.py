"""Words for care of the data: audit actions, storage faults, backup problems, retention.

Every sentence is an English source string wrapped in tr() (never inside an f-string), translated
in resources/translations.
"""

from __future__ import annotations

from datetime import datetime

from pa_desktop.domain.insight_shapes import NO_STATE
from pa_desktop.gui.common.error_texts import error_message as error_message
from pa_desktop.gui.common.error_texts import where_name as where_name
from pa_desktop.gui.common.texts import format_date, step_label, tr


def action_name(action: str) -> str:
    """An audit action id in words; an unknown id is shown as it is."""
    names = {
        "export_referral": tr("Referral exported"),
        "export_signal_list": tr("Signalling list exported"),
        "import": tr("Absences imported"),
        "transfer_out": tr("Dossier handed over"),
        "transfer_in": tr("Dossier received"),
        "purge": tr("Dossiers purged"),
        "passphrase_change": tr("Passphrase changed"),
        "recovery_code_renewed": tr("New recovery code"),
        "backup": tr("Backup made"),
        "restore": tr("Backup restored"),
        "unlock_failed": tr("Failed unlock attempts"),
        "small_number_threshold": tr("Small-number protection changed"),
        "export_insight": tr("Insight chart exported"),
        "remove_set_aside": tr("Vault set aside by a restore deleted"),
    }
    return names.get(action, action)


def detail_name(key: str) -> str:
    names = {
        "count": tr("number"),
        "automatic": tr("automatic"),
        "size": tr("size"),
        "first": tr("first"),
        "last": tr("last"),
        "passphrase": tr("with passphrase"),
        "recovery": tr("with recovery code"),
        "pupil_ids": tr("dossier numbers"),
        "rule": tr("rule"),
        "years": tr("years"),
        "backup_made_at": tr("backup of"),
        "replaced": tr("replaced the vault"),
        "recipient": tr("recipient"),
        "rows": tr("rows"),
        "pages": tr("pages"),
        "file_sha256_prefix": tr("checksum"),
        "pupils_created": tr("new pupils"),
        "format": tr("file format"),
        "from": tr("from"),
        "chart": tr("chart"),
        "copy": tr("copy"),
        "made_at": tr("set aside on"),
        "kind": tr("way out"),
        "classes": tr("classes"),
        "states": tr("trajectory steps"),
        "small_number_threshold": tr("hidden below"),
        "year": tr("school year"),
        "to": tr("to"),
    }
    return names.get(key, key)


def detail_value(key: str, value: object) -> str:
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if key == "copy" and isinstance(value, str):
        return tr("replaced vault") if value == "replaced" else tr("unfinished restore")
    if key in ("first", "last", "backup_made_at", "made_at") and isinstance(value, str):
        try:
            return format_moment(datetime.fromisoformat(value))
        except ValueError:
            return value
    if key == "size" and isinstance(value, int):
        return size_text(value)
    if key == "rule" and isinstance(value, str):
        return rule_name(value)
    if key == "states" and isinstance(value, list):
        names = [tr("No trajectory") if v == NO_STATE else step_label(str(v)) for v in value]
        return ", ".join(names) or tr("all")
    if key == "classes" and isinstance(value, list):
        return ", ".join(str(v) for v in value) or tr("all")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


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
