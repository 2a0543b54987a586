"""The import's words in Dutch, French and English: why a row or a whole file was refused.

Kept apart from cli/messages.py (the command line's other words) because they follow the
import's own vocabularies: `RowProblem` reasons, lesson-day details and mapping problems.
"""

from __future__ import annotations

from pa_desktop.cli.messages import language

IMPORT_REASONS: dict[str, dict[str, str]] = {
    "unknown_code": {
        "nl": "onbekende afwezigheidscode {detail!r}",
        "fr": "code d'absence inconnu {detail!r}",
        "en": "unknown absence code {detail!r}",
    },
    "outside_school_year": {
        "nl": "de datum valt buiten het schooljaar",
        "fr": "la date est en dehors de l'année scolaire",
        "en": "the date is outside the school year",
    },
    "not_a_lesson_day": {
        "nl": "geen lesdag ({detail})",
        "fr": "pas un jour de classe ({detail})",
        "en": "not a lesson day ({detail})",
    },
    "bad_date": {
        "nl": "onleesbare datum {detail!r}",
        "fr": "date illisible {detail!r}",
        "en": "unreadable date {detail!r}",
    },
    "missing_pupil": {
        "nl": "leerling niet gevonden ({detail})",
        "fr": "élève introuvable ({detail})",
        "en": "pupil not found ({detail})",
    },
    "ambiguous_pupil": {
        "nl": "meer dan één leerling past bij deze rij",
        "fr": "plusieurs élèves correspondent à cette ligne",
        "en": "more than one pupil matches this row",
    },
    "bad_half_day": {
        "nl": "onleesbare halve dag of lesuur {detail!r}",
        "fr": "demi-journée ou heure de cours illisible {detail!r}",
        "en": "unreadable half day or lesson hour {detail!r}",
    },
    "unknown_school": {
        "nl": "school niet gevonden in deze kluis (op naam of instellingsnummer): {detail}",
        "fr": "école introuvable dans ce coffre (par nom ou numéro d'établissement) : {detail}",
        "en": "school not found in this vault (by name or institution number): {detail}",
    },
    "outside_enrolment": {
        "nl": "de leerling was op {detail} niet ingeschreven in deze school",
        "fr": "l'élève n'était pas inscrit dans cette école le {detail}",
        "en": "the pupil was not enrolled at this school on {detail}",
    },
    "conflict_in_file": {
        "nl": "het bestand geeft deze halve dag twee verschillende codes",
        "fr": "le fichier donne deux codes différents pour cette demi-journée",
        "en": "the file gives this half day two different codes",
    },
}

IMPORT_DETAILS: dict[str, dict[str, str]] = {
    "weekend": {"nl": "weekend", "fr": "week-end", "en": "weekend"},
    "holiday": {"nl": "vakantie", "fr": "vacances", "en": "holiday"},
    "free_day": {"nl": "vrije dag", "fr": "jour de congé", "en": "free day"},
    "wednesday_afternoon": {
        "nl": "woensdagnamiddag",
        "fr": "mercredi après-midi",
        "en": "Wednesday afternoon",
    },
    "no_lessons": {"nl": "geen les", "fr": "pas de cours", "en": "no lessons"},
    "no_school": {
        "nl": "geen school vermeld",
        "fr": "aucune école indiquée",
        "en": "no school named",
    },
    "no_identity": {
        "nl": "geen nummer en geen naam",
        "fr": "ni numéro ni nom",
        "en": "no number and no name",
    },
    "not_in_vault": {
        "nl": "niet in de kluis",
        "fr": "pas dans le coffre",
        "en": "not in the vault",
    },
    "cannot_create": {
        "nl": "kan niet aangemaakt worden: naam, voornaam of klas ontbreekt",
        "fr": "impossible à créer : nom, prénom ou classe manquant",
        "en": "cannot be created: last name, first name or class missing",
    },
}

IMPORT_FILE_PROBLEMS: dict[str, dict[str, str]] = {
    "unreadable": {
        "nl": "Het bestand kan niet gelezen worden.",
        "fr": "Le fichier ne peut pas être lu.",
        "en": "The file cannot be read.",
    },
    "too_large": {
        "nl": "Het bestand is te groot (meer dan 100 MB).",
        "fr": "Le fichier est trop volumineux (plus de 100 Mo).",
        "en": "The file is too large (over 100 MB).",
    },
    "empty": {
        "nl": "Het bestand bevat geen afwezigheden.",
        "fr": "Le fichier ne contient aucune absence.",
        "en": "The file holds no absences.",
    },
    "bad_csv": {
        "nl": "Het CSV-bestand is onleesbaar (rond regel {line}).",
        "fr": "Le fichier CSV est illisible (vers la ligne {line}).",
        "en": "The CSV file cannot be read (near line {line}).",
    },
    "bad_json": {
        "nl": "Het bestand is geen geldige JSON.",
        "fr": "Le fichier n'est pas du JSON valide.",
        "en": "The file is not valid JSON.",
    },
    "bad_shape": {
        "nl": "Het JSON-bestand heeft niet de vorm van een Smartschool-export.",
        "fr": "Le fichier JSON n'a pas la forme d'un export Smartschool.",
        "en": "The JSON file does not have the shape of a Smartschool export.",
    },
    "bad_xlsx": {
        "nl": "Het Excel-bestand is onleesbaar of beschadigd.",
        "fr": "Le fichier Excel est illisible ou endommagé.",
        "en": "The Excel file cannot be read or is damaged.",
    },
    "mapping_incomplete": {
        "nl": "De kolommen zijn niet volledig toegewezen ({problems}). Geef --mapping mee.",
        "fr": "Les colonnes ne sont pas toutes attribuées ({problems}). Utilisez --mapping.",
        "en": "The columns are not all mapped ({problems}). Give --mapping.",
    },
}

MAPPING_PROBLEMS: dict[str, dict[str, str]] = {
    "no_pupil_column": {
        "nl": "geen kolom met leerlingnummer of naam",
        "fr": "aucune colonne de numéro ou de nom d'élève",
        "en": "no pupil number or name column",
    },
    "no_date_column": {
        "nl": "geen datumkolom",
        "fr": "aucune colonne de date",
        "en": "no date column",
    },
    "no_code_column": {
        "nl": "geen codekolom",
        "fr": "aucune colonne de code",
        "en": "no code column",
    },
    "no_half_day_column": {
        "nl": "geen kolom met halve dag of lesuur",
        "fr": "aucune colonne de demi-journée ou d'heure de cours",
        "en": "no half-day or lesson-hour column",
    },
}


def import_reason(problem: object) -> str:
    """A refused import row's reason (a `RowProblem`) in words."""
    lang = language()
    reason = str(getattr(problem, "reason", ""))
    detail = str(getattr(problem, "detail", ""))
    detail_words = IMPORT_DETAILS.get(detail, {}).get(lang, detail)
    words = IMPORT_REASONS.get(reason, {}).get(lang, reason)
    return words.format(detail=detail_words)


def import_file_problem(reason: str, details: dict[str, object]) -> str:
    """Why a file cannot be imported, in words; mapping problems are listed."""
    lang = language()
    text = IMPORT_FILE_PROBLEMS.get(reason, {}).get(lang, reason)
    missing = details.get("problems")
    listed = [
        MAPPING_PROBLEMS.get(str(p), {}).get(lang, str(p))
        for p in (missing if isinstance(missing, list) else [])
    ]
    return text.format(line=details.get("line") or "?", problems="; ".join(listed))
