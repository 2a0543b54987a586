"""The words of exported documents (referral, signalling list) in Dutch, French and English.

The language of a document is chosen when it is exported, independent of the interface language
(a Dutch-speaking care teacher may write to a French-speaking CLB worker), so these words live
here as data rather than in the Qt translations.
"""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, dict[str, str]] = {
    "referral_title": {
        "nl": "Aanmelding bij het CLB",
        "fr": "Inscription au CLB",
        "en": "Registration with the CLB",
    },
    "school": {"nl": "School", "fr": "École", "en": "School"},
    "recipient": {"nl": "Aan", "fr": "Destinataire", "en": "To"},
    "date": {"nl": "Datum", "fr": "Date", "en": "Date"},
    "contact": {
        "nl": "Contactpersoon school",
        "fr": "Personne de contact à l'école",
        "en": "Contact person at school",
    },
    "pupil": {"nl": "Leerling", "fr": "Élève", "en": "Pupil"},
    "class": {"nl": "Klas", "fr": "Classe", "en": "Class"},
    "school_year": {"nl": "Schooljaar", "fr": "Année scolaire", "en": "School year"},
    "birth_date": {"nl": "Geboortedatum", "fr": "Date de naissance", "en": "Birth date"},
    "pseudonym_note": {
        "nl": "Gepseudonimiseerd: de school bezorgt de naam bij de referentie apart.",
        "fr": "Pseudonymisé : l'école communique séparément le nom lié à la référence.",
        "en": "Pseudonymised: the school gives the name behind the reference separately.",
    },
    "figures": {
        "nl": "Cijfers van het schooljaar",
        "fr": "Chiffres de l'année scolaire",
        "en": "Figures of the school year",
    },
    "lesson_half_days": {
        "nl": "Lesgevende halve dagen tot nu",
        "fr": "Demi-journées de cours",
        "en": "Lesson half days so far",
    },
    "absent_total": {
        "nl": "Afwezige halve dagen (alle codes)",
        "fr": "Demi-journées d'absence (tous codes)",
        "en": "Absent half days (all codes)",
    },
    "rate": {"nl": "Afwezigheidsgraad", "fr": "Taux d'absence", "en": "Absence rate"},
    "last_weeks": {"nl": "Laatste 6 weken", "fr": "6 dernières semaines", "en": "Last 6 weeks"},
    "fifth_b": {"nl": "{n}e B-halve dag", "fr": "{n}e demi-journée B", "en": "B half day no. {n}"},
    "carried_b": {
        "nl": "B-halve dagen in de vorige school (dit schooljaar)",
        "fr": "Demi-journées B dans l'école précédente (cette année)",
        "en": "B half days at the previous school (this school year)",
    },
    "doubtful_certificates": {
        "nl": "Twijfelachtige medische attesten",
        "fr": "Certificats médicaux douteux",
        "en": "Doubtful medical certificates",
    },
    "calendar": {
        "nl": "Overzicht van de afwezigheden per halve dag",
        "fr": "Aperçu des absences par demi-journée",
        "en": "Absences per half day",
    },
    "calendar_note": {
        "nl": "Elke dag: voormiddag links, namiddag rechts. Grijs: weekend, vakantie of geen les.",
        "fr": "Chaque jour : matin à gauche, après-midi à droite. Gris : week-end, vacances ou pas "
        "de cours.",
        "en": "Each day: morning left, afternoon right. Grey: weekend, holiday or no lessons.",
    },
    "signals": {
        "nl": "Knipperlichten (signalen)",
        "fr": "Signaux d'alerte",
        "en": "Warning signals",
    },
    "no_signals": {"nl": "Geen signalen.", "fr": "Aucun signal.", "en": "No signals."},
    "measures": {
        "nl": "Begeleidende maatregelen",
        "fr": "Mesures d'accompagnement",
        "en": "Guidance measures",
    },
    "no_measures": {
        "nl": "Geen maatregelen geregistreerd.",
        "fr": "Aucune mesure consignée.",
        "en": "No measures logged.",
    },
    "help_question": {
        "nl": "Constructieve hulpvraag",
        "fr": "Demande d'aide constructive",
        "en": "Constructive help question",
    },
    "informed": {
        "nl": "Op de hoogte gebracht van de aanmelding",
        "fr": "Informés de l'inscription",
        "en": "Told about the registration",
    },
    "informed_pupil": {"nl": "leerling", "fr": "élève", "en": "pupil"},
    "informed_parents": {"nl": "ouders", "fr": "parents", "en": "parents"},
    "yes": {"nl": "ja", "fr": "oui", "en": "yes"},
    "no": {"nl": "nee", "fr": "non", "en": "no"},
    "not_answered": {"nl": "niet beantwoord", "fr": "sans réponse", "en": "not answered"},
    "none_chosen": {"nl": "geen", "fr": "aucune", "en": "none"},
    "printout_calendar": {
        "nl": "de kalender per halve dag in dit document",
        "fr": "le calendrier par demi-journée dans ce document",
        "en": "the half-day calendar in this document",
    },
    "printout_import": {
        "nl": "(afwezigheden uit {format}, geïmporteerd op {day})",
        "fr": "(absences issues de {format}, importées le {day})",
        "en": "(absences from {format}, imported on {day})",
    },
    "from_data": {"nl": "uit de gegevens", "fr": "d'après les données", "en": "from the data"},
    "user_answer": {
        "nl": "antwoord van {author}",
        "fr": "réponse de {author}",
        "en": "answer by {author}",
    },
    "notes": {"nl": "Notities", "fr": "Notes", "en": "Notes"},
    "footer": {
        "nl": "VERTROUWELIJK — gegevens over een minderjarige. Doel: begeleiding bij "
        "problematische afwezigheden (leerplicht). Bestemd voor: {recipient}. Niet "
        "doorsturen. Bewaren zolang de begeleiding het vraagt, daarna vernietigen.",
        "fr": "CONFIDENTIEL — données concernant un mineur. Finalité : accompagnement des "
        "absences problématiques (obligation scolaire). Destinataire : {recipient}. Ne pas "
        "transférer. Conserver le temps de l'accompagnement, puis détruire.",
        "en": "CONFIDENTIAL — data about a minor. Purpose: guidance on problematic absences "
        "(compulsory education). For: {recipient}. Do not forward. Keep only as long as "
        "the guidance needs it, then destroy.",
    },
    "page": {
        "nl": "Pagina {n} van {total} · export {export_id}",
        "fr": "Page {n} sur {total} · export {export_id}",
        "en": "Page {n} of {total} · export {export_id}",
    },
    "signal_list_title": {
        "nl": "Signaleringslijst voor het CLB",
        "fr": "Liste de signalement au CLB",
        "en": "Signalling list for the CLB",
    },
    "signal_list_intro": {
        "nl": "Leerlingen met {n} of meer B-halve dagen in schooljaar {year}{which}.",
        "fr": "Élèves avec {n} demi-journées B ou plus pendant l'année scolaire {year}{which}.",
        "en": "Pupils with {n} or more B half days in school year {year}{which}.",
    },
    "not_yet_signalled": {
        "nl": ", nog niet gesignaleerd",
        "fr": ", pas encore signalés",
        "en": ", not yet signalled",
    },
    "b_count": {"nl": "B", "fr": "B", "en": "B"},
    "state": {"nl": "Stand", "fr": "État", "en": "State"},
    "none": {"nl": "—", "fr": "—", "en": "—"},
}

MONTHS = {
    "nl": ["sep", "okt", "nov", "dec", "jan", "feb", "mrt", "apr", "mei", "jun"],
    "fr": ["sept", "oct", "nov", "déc", "janv", "févr", "mars", "avr", "mai", "juin"],
    "en": ["Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun"],
}
WEEKDAYS = {
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
HALVES = {
    "nl": {"VM": "voormiddag", "NM": "namiddag"},
    "fr": {"VM": "matin", "NM": "après-midi"},
    "en": {"VM": "morning", "NM": "afternoon"},
}


def word(key: str, language: str, **values: Any) -> str:
    text = TEXTS[key].get(language) or TEXTS[key]["nl"]
    return text.format(**values) if values else text


def day_text(value: Any) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


MEASURE_WORDS: dict[str, dict[str, str]] = {
    "pupil": {"nl": "leerling", "fr": "élève", "en": "pupil"},
    "parents": {"nl": "ouders", "fr": "parents", "en": "parents"},
    "both": {"nl": "leerling en ouders", "fr": "élève et parents", "en": "pupil and parents"},
    "partner": {"nl": "partner", "fr": "partenaire", "en": "partner"},
    "conversation": {"nl": "gesprek", "fr": "entretien", "en": "conversation"},
    "phone": {"nl": "telefoon", "fr": "téléphone", "en": "phone"},
    "text-message": {"nl": "sms", "fr": "sms", "en": "text message"},
    "letter": {"nl": "brief", "fr": "lettre", "en": "letter"},
    "email": {"nl": "e-mail", "fr": "e-mail", "en": "e-mail"},
    "home-visit": {"nl": "huisbezoek", "fr": "visite à domicile", "en": "home visit"},
    "class-diary": {
        "nl": "nota in de klasagenda",
        "fr": "note dans le journal de classe",
        "en": "note in the class diary",
    },
    "online-meeting": {"nl": "digitaal overleg", "fr": "réunion en ligne", "en": "online meeting"},
    "report-absence": {
        "nl": "melding van de afwezigheid",
        "fr": "signalement de l'absence",
        "en": "absence reported",
    },
    "ask-reason": {
        "nl": "reden bevraagd/besproken",
        "fr": "motif demandé/discuté",
        "en": "reason asked/discussed",
    },
    "agreements": {
        "nl": "afspraken rond opvolging",
        "fr": "accords de suivi",
        "en": "follow-up agreements",
    },
    "help-question": {
        "nl": "constructieve hulpvraag verwoord",
        "fr": "demande d'aide constructive formulée",
        "en": "constructive help question worded",
    },
    "clb-consultation": {
        "nl": "consultatieve leerlingenbegeleiding met het CLB",
        "fr": "accompagnement consultatif avec le CLB",
        "en": "consultative guidance with the CLB",
    },
    "youth-coach": {"nl": "jongerencoach", "fr": "coach jeunes", "en": "youth coach"},
    "referral": {"nl": "doorverwijzing", "fr": "orientation", "en": "referral"},
    "sanction": {"nl": "sanctie", "fr": "sanction", "en": "sanction"},
    "other": {"nl": "andere", "fr": "autre", "en": "other"},
    "reached": {"nl": "bereikt", "fr": "joint", "en": "reached"},
    "not-reached": {"nl": "niet bereikt", "fr": "non joint", "en": "not reached"},
    "refused": {"nl": "geweigerd", "fr": "refusé", "en": "refused"},
}
MEASURE_HEADINGS: dict[str, list[str]] = {
    "nl": ["Datum", "Naar", "Hoe", "Doel", "Resultaat"],
    "fr": ["Date", "Envers", "Comment", "But", "Résultat"],
    "en": ["Date", "Towards", "How", "Purpose", "Outcome"],
}


def measure_word(value: str, language: str) -> str:
    return MEASURE_WORDS.get(value, {}).get(language, value)


PATTERNS: dict[str, dict[str, str]] = {
    "spread": {
        "nl": "gespreid over een langere termijn",
        "fr": "étalées sur une période plus longue",
        "en": "spread over a longer term",
    },
    "concentrated": {
        "nl": "geconcentreerd op een kortere termijn",
        "fr": "concentrées sur une période plus courte",
        "en": "concentrated in a shorter term",
    },
    "same_moment": {
        "nl": "vaak op hetzelfde moment",
        "fr": "souvent au même moment",
        "en": "often at the same moment",
    },
}
PATTERN_DETAIL: dict[str, dict[str, str]] = {
    "same_moment": {
        "nl": "vooral op {weekday} {half}: {count} van de {total}",
        "fr": "surtout le {weekday} {half} : {count} sur {total}",
        "en": "mostly on {weekday} {half}: {count} of {total}",
    },
    "busiest": {
        "nl": "drukste moment: {weekday} {half} ({count} van de {total})",
        "fr": "moment le plus fréquent : {weekday} {half} ({count} sur {total})",
        "en": "busiest moment: {weekday} {half} ({count} of {total})",
    },
}
LABELS: dict[str, dict[str, str]] = {
    "pattern": {"nl": "Patroon", "fr": "Répartition", "en": "Pattern"},
    "other": {"nl": "Andere", "fr": "Autres", "en": "Other"},
    "total": {"nl": "Totaal", "fr": "Total", "en": "Total"},
}


def pattern_text(pattern: str | None, slot: Any, language: str) -> str:
    """The pattern in words, with the busiest weekday and half day as its evidence."""
    if pattern is None:
        return "—"
    text = PATTERNS[pattern][language]
    if slot is not None:
        key = "same_moment" if pattern == "same_moment" else "busiest"
        text += " — " + PATTERN_DETAIL[key][language].format(
            weekday=WEEKDAYS[language][slot.weekday],
            half=HALVES[language][slot.half.value],
            count=slot.count,
            total=slot.of_total,
        )
    return text
