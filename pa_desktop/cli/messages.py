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
    "school_not_found": {
        "nl": "Geen school {ident} in deze kluis. Scholen: {schools}.",
        "fr": "Pas d'école {ident} dans ce coffre. Écoles : {schools}.",
        "en": "No school {ident} in this vault. Schools: {schools}.",
    },
    "school_renamed": {
        "nl": "School {id} heet nu {new} (was {old}).",
        "fr": "L'école {id} s'appelle maintenant {new} (anciennement {old}).",
        "en": "School {id} is now called {new} (was {old}).",
    },
    "school_needed": {
        "nl": "Deze kluis heeft meerdere scholen: kies er een met --school. Scholen: {schools}.",
        "fr": "Ce coffre contient plusieurs écoles : choisissez-en une avec --school. Écoles : {schools}.",
        "en": "This vault holds several schools: choose one with --school. Schools: {schools}.",
    },
    "pupil_moved": {
        "nl": "Vanaf {date} ingeschreven in {school}; het dossier blijft één dossier.",
        "fr": "Inscrit à {school} à partir du {date} ; le dossier reste un seul dossier.",
        "en": "Enrolled at {school} from {date}; the dossier stays one dossier.",
    },
    "free_day_added": {
        "nl": "Geen les van {first} tot {last}: opgeslagen.",
        "fr": "Pas de cours du {first} au {last} : enregistré.",
        "en": "No lessons from {first} to {last}: saved.",
    },
    "code_added": {
        "nl": "Eigen code {code} telt als {official}.",
        "fr": "Le code propre {code} compte comme {official}.",
        "en": "Own code {code} counts as {official}.",
    },
    "pupil_not_found": {
        "nl": "Geen leerling met nummer {ident}.",
        "fr": "Aucun élève avec le numéro {ident}.",
        "en": "No pupil with id {ident}.",
    },
    # import ----------------------------------------------------------------------------------
    "import_summary": {
        "nl": "{file} ({format}): {rows} rijen gelezen. Nieuw: {new}, ongewijzigd: {unchanged}, "
        "conflicten: {conflicts} (vervangen: {replaced}), dubbel in het bestand: {duplicates}, "
        "geweigerd: {refused}.",
        "fr": "{file} ({format}) : {rows} lignes lues. Nouvelles : {new}, inchangées : {unchanged}, "
        "conflits : {conflicts} (remplacés : {replaced}), doublons dans le fichier : {duplicates}, "
        "refusées : {refused}.",
        "en": "{file} ({format}): {rows} rows read. New: {new}, unchanged: {unchanged}, "
        "conflicting: {conflicts} (replaced: {replaced}), duplicates in the file: {duplicates}, "
        "refused: {refused}.",
    },
    "import_seen_before": {
        "nl": "Dit bestand werd al eens ingelezen (laatst op {when}).",
        "fr": "Ce fichier a déjà été importé (la dernière fois le {when}).",
        "en": "This file was imported before (last on {when}).",
    },
    "import_problem": {
        "nl": "  regel {line}: {reason}",
        "fr": "  ligne {line} : {reason}",
        "en": "  line {line}: {reason}",
    },
    "import_more_problems": {
        "nl": "  ... en nog {count} rijen met een probleem (--json toont ze allemaal).",
        "fr": "  ... et encore {count} lignes avec un problème (--json les montre toutes).",
        "en": "  ... and {count} more rows with a problem (--json shows them all).",
    },
    "import_unknown_pupils": {
        "nl": "{count} leerlingen staan niet in de kluis (--create-pupils voegt ze toe):",
        "fr": "{count} élèves ne sont pas dans le coffre (--create-pupils les ajoute) :",
        "en": "{count} pupils are not in the vault (--create-pupils adds them):",
    },
    "import_pupils_to_create": {
        "nl": "{count} nieuwe leerlingen worden aangemaakt:",
        "fr": "{count} nouveaux élèves seront créés :",
        "en": "{count} new pupils are created:",
    },
    "import_dry_run": {
        "nl": "Proefdraai: er is niets weggeschreven.",
        "fr": "Essai à blanc : rien n'a été enregistré.",
        "en": "Dry run: nothing was written.",
    },
    "import_done": {
        "nl": "Ingelezen: {written} halve dagen weggeschreven, {pupils} leerlingen aangemaakt.",
        "fr": "Importé : {written} demi-journées enregistrées, {pupils} élèves créés.",
        "en": "Imported: {written} half days written, {pupils} pupils created.",
    },
    "import_refused": {
        "nl": "Geweigerd: {count} rijen hebben een probleem; er is niets weggeschreven. "
        "Met --skip-bad-rows worden de andere rijen ingelezen.",
        "fr": "Refusé : {count} lignes posent problème ; rien n'a été enregistré. "
        "Avec --skip-bad-rows, les autres lignes sont importées.",
        "en": "Refused: {count} rows have a problem; nothing was written. "
        "Use --skip-bad-rows to import the other rows.",
    },
    "import_would_refuse": {
        "nl": "{count} rijen hebben een probleem: zonder --skip-bad-rows wordt het bestand "
        "geweigerd.",
        "fr": "{count} lignes posent problème : sans --skip-bad-rows, le fichier sera refusé.",
        "en": "{count} rows have a problem: without --skip-bad-rows the file is refused.",
    },
    "import_mapping_bad": {
        "nl": "De kolomindeling in {path} is onleesbaar (verwacht: JSON zoals "
        '{{"columns": {{"date": "Datum"}}}}).',
        "fr": "Le mappage des colonnes dans {path} est illisible (attendu : du JSON comme "
        '{{"columns": {{"date": "Date"}}}}).',
        "en": "The column mapping in {path} cannot be read (expected JSON such as "
        '{{"columns": {{"date": "Date"}}}}).',
    },
    "import_mapping_missing": {
        "nl": "Geen bestand en geen bewaarde kolomindeling met de naam {name!r}.",
        "fr": "Aucun fichier ni mappage enregistré nommé {name!r}.",
        "en": "No file and no saved column mapping named {name!r}.",
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
        "nl": "er valt geen lesdag in die periode (vakantie, weekend of vrije dag) {reason}",
        "fr": "aucun jour de classe dans cette période (vacances, week-end ou congé) {reason}",
        "en": "there is no lesson half day in that range (holiday, weekend or free day) {reason}",
    },
    "same_school": {
        "nl": "de leerling zit al in die school",
        "fr": "l'élève est déjà dans cette école",
        "en": "the pupil already is at that school",
    },
    "outside_enrolment": {
        "nl": "de leerling was op {day} niet ingeschreven in deze school",
        "fr": "l'élève n'était pas inscrit dans cette école le {day}",
        "en": "the pupil was not enrolled at this school on {day}",
    },
    "school_name_empty": {
        "nl": "de naam van de school is leeg",
        "fr": "le nom de l'école est vide",
        "en": "the school's name is empty",
    },
    "school_name_is_number": {
        "nl": "de naam van een school mag geen getal zijn",
        "fr": "le nom d'une école ne peut pas être un nombre",
        "en": "a school's name cannot be a number",
    },
    "school_name_taken": {
        "nl": "er is al een school met de naam {name}",
        "fr": "une école s'appelle déjà {name}",
        "en": "there already is a school named {name}",
    },
    "code_invalid": {
        "nl": "een eigen code is 1 tot 8 letters of cijfers",
        "fr": "un code propre compte 1 à 8 lettres ou chiffres",
        "en": "an own code is 1 to 8 letters or digits",
    },
    "code_is_official": {
        "nl": "die code bestaat al in de officiële codetabel",
        "fr": "ce code existe déjà dans la table officielle",
        "en": "that code already is in the official code table",
    },
    "maps_to_unknown": {
        "nl": "de code moet naar een bestaande officiële code verwijzen (B, Z, R, P, ...)",
        "fr": "le code doit renvoyer à un code officiel existant (B, Z, R, P, ...)",
        "en": "the code must map to an existing official code (B, Z, R, P, ...)",
    },
    "threshold_invalid": {
        "nl": "een drempel moet een positief getal zijn",
        "fr": "un seuil doit être un nombre positif",
        "en": "a threshold must be a positive number",
    },
    "first_afternoon_hour_invalid": {
        "nl": "het lesuur waarop de namiddag begint ligt tussen 2 en 12",
        "fr": "l'heure de cours où commence l'après-midi est entre 2 et 12",
        "en": "the lesson hour where the afternoon starts lies between 2 and 12",
    },
    "reason_too_long": {
        "nl": "de reden is te lang (hoogstens 120 tekens)",
        "fr": "le motif est trop long (120 caractères au plus)",
        "en": "the reason is too long (120 characters at most)",
    },
    "mark_not_for_code": {
        "nl": "die markering hoort niet bij die code (luxeverzuim alleen bij B, een medisch of "
        "twijfelachtig attest alleen bij Z)",
        "fr": "cette marque ne va pas avec ce code (luxeverzuim seulement avec B, un certificat "
        "médical ou douteux seulement avec Z)",
        "en": "that mark does not go with that code (luxeverzuim only on B, a medical or "
        "doubtful certificate only on Z)",
    },
    "date_unreadable": {
        "nl": "onleesbare datum (verwacht: JJJJ-MM-DD)",
        "fr": "date illisible (attendu : AAAA-MM-JJ)",
        "en": "unreadable date (expected: YYYY-MM-DD)",
    },
    "contact_check_in_future": {
        "nl": "de datum van de controle ligt in de toekomst",
        "fr": "la date de la vérification est dans le futur",
        "en": "the date of the check lies in the future",
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


class _Blank(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return ""


def refused(problems: list[str], details: dict[str, object] | None = None) -> str:
    """The words for refused input; a problem's details (a date, a school's reason) fill it."""
    lang = language()
    values = _Blank(details or {})
    if values.get("reason"):
        values["reason"] = f"({values['reason']})"
    words = [PROBLEMS.get(p, {}).get(lang, p).format_map(values).rstrip() for p in problems]
    return REFUSED[lang].format(problems="; ".join(words))
