"""Why a signal fired, in the words of an exported document (Dutch, French, English).

Each template names the pupil's figures and the vault's own thresholds, never the signal's name
(which stands before it); the other document words are in services/document_texts.py.
"""

from __future__ import annotations

from typing import Any

from pa_desktop.domain.figures import Thresholds
from pa_desktop.services.document_texts import HALVES, WEEKDAYS, day_text

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
