"""The command line's words in Dutch (default), French and English.

The language comes from PA_DESKTOP_LANG (nl, fr, en); the vault's language setting is unknown
before the vault is unlocked, and a script must get the same words every time.
"""

from __future__ import annotations

import os

MESSAGES: dict[str, dict[str, str]] = {
    "vault_not_found": {
        "nl": "Geen kluis gevonden in {path}. Maak er een met 'pa-desktop-cli init'.",
        "fr": "Aucun coffre trouvé dans {path}. Créez-en un avec 'pa-desktop-cli init'.",
        "en": "No vault found in {path}. Create one with 'pa-desktop-cli init'.",
    },
    "vault_exists": {
        "nl": "Er staat al een kluis in {path}; er is niets veranderd.",
        "fr": "Un coffre existe déjà dans {path} ; rien n'a été modifié.",
        "en": "There is already a vault in {path}; nothing was changed.",
    },
    "wrong_passphrase": {
        "nl": "Het wachtwoord klopt niet. De kluis blijft vergrendeld; er is niets veranderd.",
        "fr": "La phrase secrète est incorrecte. Le coffre reste verrouillé ; rien n'a été modifié.",
        "en": "The passphrase is wrong. The vault stays locked; nothing was changed.",
    },
    "no_passphrase": {
        "nl": "De kluis is vergrendeld: zet PA_DESKTOP_PASSPHRASE of start vanuit een terminal.",
        "fr": "Le coffre est verrouillé : définissez PA_DESKTOP_PASSPHRASE ou lancez depuis un terminal.",
        "en": "The vault is locked: set PA_DESKTOP_PASSPHRASE or run from a terminal.",
    },
    "vault_damaged": {
        "nl": "De kluis is beschadigd of onleesbaar ({what}). Herstel een back-up.",
        "fr": "Le coffre est endommagé ou illisible ({what}). Restaurez une sauvegarde.",
        "en": "The vault is damaged or unreadable ({what}). Restore a backup.",
    },
    "vault_too_new": {
        "nl": "Deze kluis werd gemaakt met een nieuwere versie van PA Desktop. Werk het programma bij.",
        "fr": "Ce coffre a été créé par une version plus récente de PA Desktop. Mettez le programme à jour.",
        "en": "This vault was made by a newer version of PA Desktop. Update the program.",
    },
    "passphrase_prompt": {"nl": "Wachtwoord: ", "fr": "Phrase secrète : ", "en": "Passphrase: "},
    "passphrase_again": {
        "nl": "Wachtwoord (nogmaals): ",
        "fr": "Phrase secrète (encore) : ",
        "en": "Passphrase (again): ",
    },
    "passphrases_differ": {
        "nl": "De twee wachtwoorden verschillen; er is niets aangemaakt.",
        "fr": "Les deux phrases secrètes diffèrent ; rien n'a été créé.",
        "en": "The two passphrases differ; nothing was created.",
    },
    "created": {
        "nl": "Kluis aangemaakt in {path}.",
        "fr": "Coffre créé dans {path}.",
        "en": "Vault created in {path}.",
    },
    "recovery_code": {
        "nl": "Herstelcode (schrijf ze op en bewaar ze veilig; ze wordt niet opnieuw getoond):",
        "fr": "Code de récupération (notez-le et gardez-le en lieu sûr ; il ne sera plus affiché) :",
        "en": "Recovery code (write it down and keep it safe; it is not shown again):",
    },
    "remembered": {
        "nl": "De kluis opent voortaan op dit toestel zonder wachtwoord.",
        "fr": "Le coffre s'ouvrira désormais sur cet appareil sans phrase secrète.",
        "en": "The vault now opens on this device without a passphrase.",
    },
    "not_remembered": {
        "nl": "De sleutelbos van het systeem is niet beschikbaar; gebruik het wachtwoord.",
        "fr": "Le trousseau du système n'est pas disponible ; utilisez la phrase secrète.",
        "en": "The system's credential store is not available; use the passphrase.",
    },
    "check_ok": {
        "nl": "Kluis in orde: {pupils} leerlingen, {absences} afwezigheden.",
        "fr": "Coffre en ordre : {pupils} élèves, {absences} absences.",
        "en": "Vault is sound: {pupils} pupils, {absences} absences.",
    },
    "check_failed": {
        "nl": "De kluis heeft fouten:",
        "fr": "Le coffre contient des erreurs :",
        "en": "The vault has errors:",
    },
    "absences_set": {
        "nl": "{count} halve dagen geregistreerd.",
        "fr": "{count} demi-journées enregistrées.",
        "en": "{count} half days registered.",
    },
    "bad_date": {
        "nl": "Ongeldige datum {value!r}: gebruik JJJJ-MM-DD.",
        "fr": "Date invalide {value!r} : utilisez AAAA-MM-JJ.",
        "en": "Invalid date {value!r}: use YYYY-MM-DD.",
    },
    "bad_year": {
        "nl": "Ongeldig schooljaar {value!r}: gebruik bijvoorbeeld 2026-2027.",
        "fr": "Année scolaire invalide {value!r} : utilisez par exemple 2026-2027.",
        "en": "Invalid school year {value!r}: use e.g. 2026-2027.",
    },
    "pupil_not_found": {
        "nl": "Geen leerling met nummer {ident}.",
        "fr": "Aucun élève avec le numéro {ident}.",
        "en": "No pupil with id {ident}.",
    },
}

PROBLEMS: dict[str, dict[str, str]] = {
    "last_name_empty": {
        "nl": "de familienaam is leeg",
        "fr": "le nom est vide",
        "en": "the last name is empty",
    },
    "first_name_empty": {
        "nl": "de voornaam is leeg",
        "fr": "le prénom est vide",
        "en": "the first name is empty",
    },
    "class_empty": {
        "nl": "de klas is leeg",
        "fr": "la classe est vide",
        "en": "the class is empty",
    },
    "birth_date_future": {
        "nl": "de geboortedatum ligt in de toekomst",
        "fr": "la date de naissance est dans le futur",
        "en": "the birth date is in the future",
    },
    "enrolment_reversed": {
        "nl": "de uitschrijving ligt voor de inschrijving",
        "fr": "la désinscription précède l'inscription",
        "en": "the pupil leaves before arriving",
    },
    "unknown_code": {
        "nl": "onbekende afwezigheidscode",
        "fr": "code d'absence inconnu",
        "en": "unknown absence code",
    },
    "range_reversed": {
        "nl": "de einddatum ligt voor de begindatum",
        "fr": "la date de fin précède la date de début",
        "en": "the end date is before the start date",
    },
    "range_spans_years": {
        "nl": "de periode loopt over twee schooljaren",
        "fr": "la période couvre deux années scolaires",
        "en": "the range spans two school years",
    },
    "no_lesson_half_day": {
        "nl": "er valt geen lesdag in die periode (vakantie, weekend of vrije dag)",
        "fr": "aucun jour de classe dans cette période (vacances, week-end ou congé)",
        "en": "there is no lesson half day in that range (holiday, weekend or free day)",
    },
    "unknown_half_day": {
        "nl": "onbekende halve dag (VM, NM of day)",
        "fr": "demi-journée inconnue (VM, NM ou day)",
        "en": "unknown half day (VM, NM or day)",
    },
    "passphrase_too_short": {
        "nl": "het wachtwoord moet minstens 10 tekens lang zijn",
        "fr": "la phrase secrète doit compter au moins 10 caractères",
        "en": "the passphrase must be at least 10 characters long",
    },
    "user_name_empty": {
        "nl": "je naam is leeg",
        "fr": "votre nom est vide",
        "en": "your name is empty",
    },
    "role_unknown": {
        "nl": "onbekende rol (school of clb)",
        "fr": "rôle inconnu (school ou clb)",
        "en": "unknown role (school or clb)",
    },
}

REFUSED = {
    "nl": "Geweigerd: {problems}. Er is niets veranderd.",
    "fr": "Refusé : {problems}. Rien n'a été modifié.",
    "en": "Refused: {problems}. Nothing was changed.",
}


def language() -> str:
    chosen = os.environ.get("PA_DESKTOP_LANG", "nl").lower()[:2]
    return chosen if chosen in ("nl", "fr", "en") else "nl"


def say(key: str, **values: object) -> str:
    return MESSAGES[key][language()].format(**values)


def refused(problems: list[str]) -> str:
    lang = language()
    words = [PROBLEMS.get(p, {}).get(lang, p) for p in problems]
    return REFUSED[lang].format(problems="; ".join(words))
