"""The words of exported documents (referral, signalling list) in Dutch, French and English.

The language of a document is chosen when it is exported, independent of the interface language
(a Dutch-speaking care teacher may write to a French-speaking CLB worker), so these words live
here as data rather than in the Qt translations.
"""

from __future__ import annotations

from typing import Any

from pa_desktop.domain.figures import Thresholds

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

# Why a signal fired, after its name ("Snelle opstapeling: 15 afwezige halve dagen …"): the text
# never repeats the name, and where it names a limit it takes the vault's own threshold.
SIGNALS: dict[str, dict[str, str]] = {
    "clb_signal_due": {
        "nl": "{b} B-halve dagen (de {limit}e op {fifth}), nog niet gesignaleerd dit schooljaar.",
        "fr": "{b} demi-journées B (la {limit}e le {fifth}), pas encore signalé cette année "
        "scolaire.",
        "en": "{b} B half days (number {limit} on {fifth}), not yet signalled this school year.",
    },
    "early_year_b": {
        "nl": "{count} B-halve dag(en) in september-oktober, de eerste op {first}.",
        "fr": "{count} demi-journée(s) B en septembre-octobre, la première le {first}.",
        "en": "{count} B half day(s) in September-October, the first on {first}.",
    },
    "fast_accumulation": {
        "nl": "{count} afwezige halve dagen (alle codes) in de laatste {days} dagen "
        "(grens: {limit}).",
        "fr": "{count} demi-journées d'absence (tous codes) au cours des {days} derniers jours "
        "(seuil : {limit}).",
        "en": "{count} absent half days (all codes) in the last {days} days (limit: {limit}).",
    },
    "same_moment": {
        "nl": "{count} van de {total} afwezige halve dagen op {weekday} {half}.",
        "fr": "{count} des {total} demi-journées d'absence le {weekday} {half}.",
        "en": "{count} of {total} absent half days on a {weekday} {half}.",
    },
    "unknown_code": {
        "nl": "{count} afwezigheid/afwezigheden met code '-' ouder dan {days} lesdagen.",
        "fr": "{count} absence(s) au code « - » datant de plus de {days} jours de cours.",
        "en": "{count} absence(s) with code '-' older than {days} lesson days.",
    },
    "sick_note_limit": {
        "nl": "{periods} ziekteperiode(s) zonder medisch attest, de langste {longest_days} "
        "dag(en); een briefje dekt hoogstens {max_days} dagen, {max_periods} keer per schooljaar.",
        "fr": "{periods} période(s) de maladie sans certificat médical, la plus longue "
        "{longest_days} jour(s) ; un mot couvre au plus {max_days} jours, {max_periods} fois par "
        "année scolaire.",
        "en": "{periods} sickness period(s) without a medical certificate, the longest {longest_days} "
        "day(s); a note covers at most {max_days} days, {max_periods} times a school year.",
    },
    "parents_unreachable": {
        "nl": "Niet bereikt bij de laatste {attempts} contactpogingen.",
        "fr": "Non joints lors des {attempts} dernières tentatives de contact.",
        "en": "Not reached in the last {attempts} contact attempts.",
    },
    "known_problem": {
        "nl": "{year_b} B-halve dagen in schooljaar {year}.",
        "fr": "{year_b} demi-journées B en {year}.",
        "en": "{year_b} B half days in school year {year}.",
    },
    "allowance_at_risk": {
        "nl": "{previous_b} B-halve dagen vorig schooljaar en {b} dit jaar; bij {lost} in twee "
        "opeenvolgende schooljaren vervalt de schooltoeslag.",
        "fr": "{previous_b} demi-journées B l'an dernier et {b} cette année ; à {lost} sur deux "
        "années scolaires consécutives, l'allocation scolaire est perdue.",
        "en": "{previous_b} B half days last school year and {b} this year; at {lost} in two "
        "consecutive school years the school allowance is lost.",
    },
    "allowance_lost": {
        "nl": "{b} B-halve dagen dit schooljaar en {previous_b} vorig schooljaar (grens: {lost} "
        "in beide).",
        "fr": "{b} demi-journées B cette année scolaire et {previous_b} l'an dernier (seuil : "
        "{lost} pour chacune).",
        "en": "{b} B half days this school year and {previous_b} last year (limit: {lost} in "
        "both).",
    },
    "relapse_after_closure": {
        "nl": "{count} afwezige halve dag(en) na het afsluiten op {closed_on}.",
        "fr": "{count} demi-journée(s) d'absence après la clôture du {closed_on}.",
        "en": "{count} absent half day(s) after the closure on {closed_on}.",
    },
    "no_contact_after_b": {
        "nl": "Laatste B-halve dag op {last_b}, {lesson_days} lesdagen geleden, en sindsdien geen "
        "contact met leerling of ouders gelogd.",
        "fr": "Dernière demi-journée B le {last_b}, il y a {lesson_days} jours de classe, et aucun "
        "contact avec l'élève ou les parents consigné depuis.",
        "en": "Last B half day on {last_b}, {lesson_days} lesson days ago, and no contact with the "
        "pupil or the parents logged since.",
    },
}
# Said instead when the signal was set by hand (no figures behind it), or when its facts do not
# fit the template (a signal newer than this file): still a sentence, never the name again.
SIGNALS_PLAIN: dict[str, dict[str, str]] = {
    "manual": {
        "nl": "Aangeduid door de school.",
        "fr": "Indiqué par l'école.",
        "en": "Marked by the school.",
    },
    "no_contact_after_b": {
        "nl": "Na de laatste B-halve dag werd geen contact met de leerling of de ouders "
        "geregistreerd.",
        "fr": "Aucun contact avec l'élève ou les parents n'a été consigné après la dernière "
        "demi-journée B.",
        "en": "No contact with the pupil or the parents was logged after the last B half day.",
    },
    "contacts_checked": {
        "nl": "De contactgegevens werden sindsdien nagekeken.",
        "fr": "Les coordonnées ont été vérifiées depuis.",
        "en": "The contact details were checked since.",
    },
    "contacts_not_checked": {
        "nl": "De contactgegevens werden sindsdien niet nagekeken.",
        "fr": "Les coordonnées n'ont pas été vérifiées depuis.",
        "en": "The contact details were not checked since.",
    },
    "other": {
        "nl": "Zie de cijfers hierboven.",
        "fr": "Voir les chiffres ci-dessus.",
        "en": "See the figures above.",
    },
}


def word(key: str, language: str, **values: Any) -> str:
    text = TEXTS[key].get(language) or TEXTS[key]["nl"]
    return text.format(**values) if values else text


def day_text(value: Any) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def _fill(signal_id: str, facts: dict[str, Any], language: str, limits: Thresholds) -> str:
    """The signal's template with its facts and the thresholds it names; a plain sentence when
    the facts do not fit (never the signal's name a second time)."""
    plain = SIGNALS_PLAIN.get(signal_id) or SIGNALS_PLAIN["other"]
    template = SIGNALS.get(signal_id, {}).get(language)
    if template is None:
        return plain[language]
    values: dict[str, Any] = {
        "limit": limits.clb_signal_b,
        "max_days": limits.sick_note_max_days,
        "max_periods": limits.sick_note_max_periods,
        "lost": limits.allowance_lost_b,
    }
    if signal_id == "fast_accumulation":
        values["limit"] = limits.fast_accumulation
    if signal_id == "unknown_code":
        values["days"] = limits.unknown_code_lesson_days
    values.update({k: day_text(v) if hasattr(v, "strftime") else v for k, v in facts.items()})
    if signal_id == "same_moment":
        values["weekday"] = WEEKDAYS[language][int(facts["weekday"])]
        values["half"] = HALVES[language][str(facts["half"])]
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return plain[language]


def signal_text(
    signal_id: str, facts: dict[str, Any], language: str, limits: Thresholds | None = None
) -> str:
    """Why the signal fired, with the pupil's figures and the vault's thresholds `limits`.

    Set by hand, a signal has no figures: it says the school marked it. Unreachable parents also
    say whether the contact details were checked since ("mits zekerheid over de
    contactgegevens")."""
    limit = limits or Thresholds()
    manual = bool(facts.get("manual"))
    if signal_id == "known_problem" and manual and "year" not in facts:
        return SIGNALS_PLAIN["manual"][language]
    if signal_id != "parents_unreachable":
        return _fill(signal_id, facts, language, limit)
    text = SIGNALS_PLAIN["manual"][language] if manual else _fill(signal_id, facts, language, limit)
    if "checked_since" in facts:
        checked = "contacts_checked" if facts["checked_since"] else "contacts_not_checked"
        text += " " + SIGNALS_PLAIN[checked][language]
    return text


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
