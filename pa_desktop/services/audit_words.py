"""The audit log in words: what each action and each detail means, in Dutch, French and English.

The log stores stable ids (`mark_signalled`, `school_years`, `export_id`) so that it can be
verified and read by tools; a care teacher or a CLB worker reads it in the audit log window (and
`pa-desktop-cli audit` without --json), where every action, detail name and detail value is said
in words. An id this catalogue does not know yet is shown as it is rather than hidden.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pa_desktop.services.names import SECTIONS, signal_name, step_name

ACTIONS: dict[str, dict[str, str]] = {
    "export_referral": {
        "nl": "Aanmelding geëxporteerd",
        "fr": "Inscription exportée",
        "en": "Referral exported",
    },
    "export_signal_list": {
        "nl": "Signaleringslijst geëxporteerd",
        "fr": "Liste de signalement exportée",
        "en": "Signalling list exported",
    },
    "export_completed": {
        "nl": "Export afgerond",
        "fr": "Export terminé",
        "en": "Export completed",
    },
    "mark_signalled": {
        "nl": "Als gesignaleerd aan het CLB gemarkeerd",
        "fr": "Marqués comme signalés au CLB",
        "en": "Marked as signalled to the CLB",
    },
    "import": {
        "nl": "Afwezigheden geïmporteerd",
        "fr": "Absences importées",
        "en": "Absences imported",
    },
    "transfer_out": {
        "nl": "Dossier overgedragen",
        "fr": "Dossier transmis",
        "en": "Dossier handed over",
    },
    "transfer_in": {"nl": "Dossier ontvangen", "fr": "Dossier reçu", "en": "Dossier received"},
    "purge": {"nl": "Dossiers gewist", "fr": "Dossiers effacés", "en": "Dossiers purged"},
    "passphrase_change": {
        "nl": "Wachtzin gewijzigd",
        "fr": "Phrase secrète modifiée",
        "en": "Passphrase changed",
    },
    "recovery_code_renewed": {
        "nl": "Nieuwe herstelcode",
        "fr": "Nouveau code de récupération",
        "en": "New recovery code",
    },
    "key_rotation_started": {
        "nl": "Vernieuwing van de databasesleutel gestart",
        "fr": "Renouvellement de la clé de base de données commencé",
        "en": "Database key renewal started",
    },
    "key_rotated": {
        "nl": "Nieuwe databasesleutel",
        "fr": "Nouvelle clé de base de données",
        "en": "New database key",
    },
    "backup": {"nl": "Reservekopie gemaakt", "fr": "Sauvegarde effectuée", "en": "Backup made"},
    "restore": {
        "nl": "Reservekopie teruggezet",
        "fr": "Sauvegarde restaurée",
        "en": "Backup restored",
    },
    "unlock_failed": {
        "nl": "Mislukte ontgrendelpogingen",
        "fr": "Tentatives de déverrouillage échouées",
        "en": "Failed unlock attempts",
    },
    "small_number_threshold": {
        "nl": "Bescherming kleine aantallen gewijzigd",
        "fr": "Protection des petits nombres modifiée",
        "en": "Small-number protection changed",
    },
    "export_insight": {
        "nl": "Grafiek uit Inzicht geëxporteerd",
        "fr": "Graphique d'Aperçu exporté",
        "en": "Insight chart exported",
    },
    "school_added": {"nl": "School toegevoegd", "fr": "École ajoutée", "en": "School added"},
    "school_renamed": {"nl": "School hernoemd", "fr": "École renommée", "en": "School renamed"},
    "school_number_changed": {
        "nl": "Instellingsnummer van een school gewijzigd",
        "fr": "Numéro d'établissement d'une école modifié",
        "en": "School's institution number changed",
    },
    "remove_set_aside": {
        "nl": "Door een herstel opzijgezette kluis verwijderd",
        "fr": "Coffre mis de côté par une restauration supprimé",
        "en": "Vault set aside by a restore deleted",
    },
}

DETAILS: dict[str, dict[str, str]] = {
    "absences_conflicting": {
        "nl": "afwezigheden in conflict",
        "fr": "absences en conflit",
        "en": "conflicting absences",
    },
    "absences_new": {"nl": "nieuwe afwezigheden", "fr": "nouvelles absences", "en": "new absences"},
    "absences_unchanged": {
        "nl": "ongewijzigde afwezigheden",
        "fr": "absences inchangées",
        "en": "unchanged absences",
    },
    "automatic": {"nl": "automatisch", "fr": "automatique", "en": "automatic"},
    "backup_made_at": {"nl": "kopie van", "fr": "sauvegarde du", "en": "backup of"},
    "brief": {"nl": "beknopte versie", "fr": "version brève", "en": "brief version"},
    "chart": {"nl": "grafiek", "fr": "graphique", "en": "chart"},
    "checklist_kept": {
        "nl": "checklistantwoorden behouden",
        "fr": "réponses de la check-list gardées",
        "en": "checklist answers kept",
    },
    "checklist_new": {
        "nl": "nieuwe checklistantwoorden",
        "fr": "nouvelles réponses de la check-list",
        "en": "new checklist answers",
    },
    "checklist_unchanged": {
        "nl": "ongewijzigde checklistantwoorden",
        "fr": "réponses de la check-list inchangées",
        "en": "unchanged checklist answers",
    },
    "classes": {"nl": "klassen", "fr": "classes", "en": "classes"},
    "conflicts_kept": {
        "nl": "conflicten: eigen code behouden",
        "fr": "conflits : code propre gardé",
        "en": "conflicts: own code kept",
    },
    "conflicts_replaced": {
        "nl": "conflicten: code vervangen",
        "fr": "conflits : code remplacé",
        "en": "conflicts: code replaced",
    },
    "copy": {"nl": "kopie", "fr": "copie", "en": "copy"},
    "count": {"nl": "aantal", "fr": "nombre", "en": "number"},
    "counts": {"nl": "samengevoegd", "fr": "fusionné", "en": "merged"},
    "day": {"nl": "datum", "fr": "date", "en": "date"},
    "export_id": {"nl": "exportnummer", "fr": "numéro d'export", "en": "export number"},
    "entry": {"nl": "bij regel", "fr": "pour la ligne", "en": "for entry"},
    "doubtful_certificates": {
        "nl": "twijfelachtige attesten",
        "fr": "certificats douteux",
        "en": "doubtful certificates",
    },
    "exported_at": {"nl": "geëxporteerd op", "fr": "exporté le", "en": "exported on"},
    "exported_on": {"nl": "geëxporteerd op", "fr": "exporté le", "en": "exported on"},
    "file_sha256_prefix": {"nl": "controlegetal", "fr": "somme de contrôle", "en": "checksum"},
    "first": {"nl": "eerste", "fr": "première", "en": "first"},
    "flags_new": {"nl": "nieuwe markeringen", "fr": "nouveaux marquages", "en": "new flags"},
    "flags_unchanged": {
        "nl": "ongewijzigde markeringen",
        "fr": "marquages inchangés",
        "en": "unchanged flags",
    },
    "format": {"nl": "bestandsformaat", "fr": "format de fichier", "en": "file format"},
    "from": {"nl": "van", "fr": "de", "en": "from"},
    "kind": {"nl": "vorm", "fr": "forme", "en": "way out"},
    "language": {"nl": "taal", "fr": "langue", "en": "language"},
    "last": {"nl": "laatste", "fr": "dernière", "en": "last"},
    "made_at": {"nl": "opzijgezet op", "fr": "mis de côté le", "en": "set aside on"},
    "matched_by": {"nl": "herkend aan", "fr": "reconnu par", "en": "matched by"},
    "measure_list": {
        "nl": "lijst van maatregelen",
        "fr": "liste des mesures",
        "en": "measure list",
    },
    "measures_new": {"nl": "nieuwe maatregelen", "fr": "nouvelles mesures", "en": "new measures"},
    "measures_unchanged": {
        "nl": "ongewijzigde maatregelen",
        "fr": "mesures inchangées",
        "en": "unchanged measures",
    },
    "notes": {"nl": "notities", "fr": "notes", "en": "notes"},
    "pages": {"nl": "pagina's", "fr": "pages", "en": "pages"},
    "passphrase": {"nl": "met wachtzin", "fr": "avec phrase secrète", "en": "with passphrase"},
    "password": {"nl": "wachtwoord", "fr": "mot de passe", "en": "password"},
    "pseudonymised": {"nl": "gepseudonimiseerd", "fr": "pseudonymisé", "en": "pseudonymised"},
    "pupil_ids": {"nl": "dossiernummers", "fr": "numéros de dossier", "en": "dossier numbers"},
    "pupils": {"nl": "leerlingen", "fr": "élèves", "en": "pupils"},
    "pupils_created": {"nl": "nieuwe leerlingen", "fr": "nouveaux élèves", "en": "new pupils"},
    "receiver": {"nl": "ontvanger", "fr": "destinataire", "en": "receiver"},
    "recipient": {"nl": "bestemmeling", "fr": "destinataire", "en": "recipient"},
    "recovery": {
        "nl": "met herstelcode",
        "fr": "avec code de récupération",
        "en": "with recovery code",
    },
    "replaced": {"nl": "kluis vervangen", "fr": "coffre remplacé", "en": "replaced the vault"},
    "rows": {"nl": "rijen", "fr": "lignes", "en": "rows"},
    "rule": {"nl": "regel", "fr": "règle", "en": "rule"},
    "school": {"nl": "school", "fr": "école", "en": "school"},
    "institution_number": {
        "nl": "instellingsnummer",
        "fr": "numéro d'établissement",
        "en": "institution number",
    },
    "school_change_added": {
        "nl": "schoolverandering toegevoegd",
        "fr": "changement d'école ajouté",
        "en": "school change added",
    },
    "school_year": {"nl": "schooljaar", "fr": "année scolaire", "en": "school year"},
    "school_years": {"nl": "schooljaren", "fr": "années scolaires", "en": "school years"},
    "sections": {"nl": "onderdelen", "fr": "parties", "en": "parts"},
    "sender_clb": {"nl": "CLB van de afzender", "fr": "CLB de l'expéditeur", "en": "sender's CLB"},
    "sender_role": {
        "nl": "rol van de afzender",
        "fr": "rôle de l'expéditeur",
        "en": "sender's role",
    },
    "sender_school": {
        "nl": "school van de afzender",
        "fr": "école de l'expéditeur",
        "en": "sender's school",
    },
    "sha256": {
        "nl": "controlegetal (SHA-256)",
        "fr": "somme de contrôle (SHA-256)",
        "en": "checksum (SHA-256)",
    },
    "size": {"nl": "grootte", "fr": "taille", "en": "size"},
    "small_number_threshold": {"nl": "verborgen onder", "fr": "masqué sous", "en": "hidden below"},
    "states": {"nl": "trajectstappen", "fr": "étapes du trajet", "en": "trajectory steps"},
    "steps_new": {
        "nl": "nieuwe trajectstappen",
        "fr": "nouvelles étapes",
        "en": "new trajectory steps",
    },
    "steps_unchanged": {
        "nl": "ongewijzigde trajectstappen",
        "fr": "étapes inchangées",
        "en": "unchanged trajectory steps",
    },
    "to": {"nl": "naar", "fr": "à", "en": "to"},
    "transfer_id": {
        "nl": "overdrachtsnummer",
        "fr": "numéro de transmission",
        "en": "transfer number",
    },
    "withheld": {"nl": "niet meegegeven", "fr": "non transmis", "en": "withheld"},
    "written": {"nl": "bestand geschreven", "fr": "fichier écrit", "en": "file written"},
    "remembered": {
        "nl": "onthouden op dit toestel",
        "fr": "mémorisé sur cet appareil",
        "en": "remembered on this device",
    },
    "year": {"nl": "schooljaar", "fr": "année scolaire", "en": "school year"},
    "years": {"nl": "jaren", "fr": "ans", "en": "years"},
}

VALUES: dict[str, dict[str, str]] = {
    "yes": {"nl": "ja", "fr": "oui", "en": "yes"},
    "no": {"nl": "nee", "fr": "non", "en": "no"},
    "all": {"nl": "alle", "fr": "tous", "en": "all"},
    "school": {"nl": "school", "fr": "école", "en": "school"},
    "clb": {"nl": "CLB", "fr": "CLB", "en": "CLB"},
    "nl": {"nl": "Nederlands", "fr": "néerlandais", "en": "Dutch"},
    "fr": {"nl": "Frans", "fr": "français", "en": "French"},
    "en": {"nl": "Engels", "fr": "anglais", "en": "English"},
    "replaced": {"nl": "vervangen kluis", "fr": "coffre remplacé", "en": "replaced vault"},
    "unfinished": {
        "nl": "onvoltooid herstel",
        "fr": "restauration inachevée",
        "en": "unfinished restore",
    },
    "number": {"nl": "leerlingnummer", "fr": "numéro d'élève", "en": "pupil number"},
    "name": {"nl": "naam", "fr": "nom", "en": "name"},
    "birth_date": {
        "nl": "naam en geboortedatum",
        "fr": "nom et date de naissance",
        "en": "name and birth date",
    },
    "new": {"nl": "nieuwe leerling", "fr": "nouvel élève", "en": "new pupil"},
    "after_last_contact": {
        "nl": "jaren na het laatste contact",
        "fr": "ans après le dernier contact",
        "en": "years after the last contact",
    },
    "school_year_after_leaving": {
        "nl": "jaren na het schooljaar van vertrek",
        "fr": "ans après l'année scolaire du départ",
        "en": "years after the school year the pupil left",
    },
}
# Values that are themselves ids of a kind named elsewhere in this catalogue.
_WORD_VALUES = frozenset({"receiver", "sender_role", "language", "copy", "matched_by", "rule"})
_MOMENTS = frozenset({"first", "last", "backup_made_at", "made_at", "exported_at"})
_DAYS = frozenset({"day", "exported_on"})


def action_name(action: str, language: str) -> str:
    names = ACTIONS.get(action)
    return (names.get(language) or names["nl"]) if names else action


def detail_name(key: str, language: str) -> str:
    names = DETAILS.get(key)
    return (names.get(language) or names["nl"]) if names else key


def _value_word(value: str, language: str) -> str:
    names = VALUES.get(value)
    return (names.get(language) or names["nl"]) if names else value


def _moment(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    local = moment.astimezone() if moment.tzinfo else moment
    return local.strftime("%d/%m/%Y %H:%M")


def detail_value(key: str, value: Any, language: str) -> str:
    """One detail's value in words: yes/no, dates in the Belgian way, steps and signals named."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return _value_word("yes" if value else "no", language)
    if key in _MOMENTS and isinstance(value, str):
        return _moment(value)
    if key in _DAYS and isinstance(value, str):
        try:
            return date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    if key in _WORD_VALUES and isinstance(value, str):
        return _value_word(value, language)
    if key == "states" and isinstance(value, list):
        names = [step_name(None if v == "none" else str(v), language) for v in value]
        return ", ".join(names) or _value_word("all", language)
    if key in ("sections", "withheld") and isinstance(value, list):
        return ", ".join(
            (SECTIONS[str(v)].get(language) or SECTIONS[str(v)]["nl"])
            if str(v) in SECTIONS
            else str(v)
            for v in value
        )
    if key == "signals" and isinstance(value, list):
        return ", ".join(signal_name(str(v), language) for v in value)
    if key == "classes" and isinstance(value, list):
        return ", ".join(str(v) for v in value) or _value_word("all", language)
    if key == "size" and isinstance(value, int):
        size = f"{value / (1024 * 1024):.1f} MB" if value >= 1024 * 1024 else f"{value // 1024} kB"
        return size.replace(".", ",") if language != "en" else size
    if isinstance(value, dict):
        return ", ".join(
            f"{detail_name(str(k), language)} {detail_value(str(k), v, language)}"
            for k, v in value.items()
            if v
        )
    if isinstance(value, list):
        return ", ".join(detail_value(key, v, language) for v in value)
    return str(value)


def details_text(details: dict[str, Any], language: str) -> str:
    """Every detail of an entry as "name: value; …", in a stable order."""
    return "; ".join(
        f"{detail_name(k, language)}: {detail_value(k, v, language)}"
        for k, v in sorted(details.items(), key=lambda kv: detail_name(kv[0], language))
    )
