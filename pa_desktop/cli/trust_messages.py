"""The command line's words about trust and faults (nl default, fr, en): a vault in use by
another program, an output path inside the vault, damage, audit-log warnings at unlock."""

from __future__ import annotations

from pa_desktop.cli.messages import language

MESSAGES: dict[str, dict[str, str]] = {
    "vault_busy": {
        "nl": "De kluis is in gebruik door {program} (proces {pid}{user}{since}). Sluit het "
        "daar, of probeer het later opnieuw; er is niets veranderd.",
        "fr": "Le coffre est utilisé par {program} (processus {pid}{user}{since}). Fermez-le "
        "là-bas ou réessayez plus tard ; rien n'a été modifié.",
        "en": "The vault is in use by {program} (process {pid}{user}{since}). Close it there, "
        "or try again later; nothing was changed.",
    },
    "busy_user": {"nl": ", gebruiker {user}", "fr": ", utilisateur {user}", "en": ", user {user}"},
    "busy_since": {"nl": ", sinds {since}", "fr": ", depuis {since}", "en": ", since {since}"},
    "busy_unknown": {
        "nl": "een ander programma",
        "fr": "un autre programme",
        "en": "another program",
    },
    "output_in_vault": {
        "nl": "{path} ligt in de map van de kluis. Kies een plaats buiten de kluis; er is "
        "niets geschreven.",
        "fr": "{path} se trouve dans le dossier du coffre. Choisissez un endroit hors du "
        "coffre ; rien n'a été écrit.",
        "en": "{path} is inside the vault's folder. Choose a place outside the vault; nothing "
        "was written.",
    },
    "output_folder_missing": {
        "nl": "De map {path} bestaat niet; er is niets geschreven.",
        "fr": "Le dossier {path} n'existe pas ; rien n'a été écrit.",
        "en": "The folder {path} does not exist; nothing was written.",
    },
    "damaged_database": {
        "nl": "Het databasebestand van de kluis ontbreekt, is leeg of beschadigd. Er is niets "
        "aangemaakt of overschreven. Zet een back-up terug ('pa-desktop-cli restore').",
        "fr": "Le fichier de base de données du coffre manque, est vide ou endommagé. Rien n'a "
        "été créé ni écrasé. Restaurez une sauvegarde ('pa-desktop-cli restore').",
        "en": "The vault's database file is missing, empty or damaged. Nothing was created or "
        "overwritten. Restore a backup ('pa-desktop-cli restore').",
    },
    "damaged_key_file_foreign": {
        "nl": "Het sleutelbestand van deze kluis is niet door PA Desktop gemaakt (het vraagt "
        "meer rekenwerk dan PA Desktop ooit instelt). Er is niets geprobeerd.",
        "fr": "Le fichier de clés de ce coffre n'a pas été créé par PA Desktop (il demande plus "
        "de calcul que PA Desktop n'en règle jamais). Rien n'a été tenté.",
        "en": "This vault's key file was not made by PA Desktop (it asks for more work than "
        "PA Desktop ever sets). Nothing was tried.",
    },
    "damaged_key_file": {
        "nl": "Het sleutelbestand van de kluis ontbreekt of is beschadigd. Zet een back-up terug.",
        "fr": "Le fichier de clés du coffre manque ou est endommagé. Restaurez une sauvegarde.",
        "en": "The vault's key file is missing or damaged. Restore a backup.",
    },
    "damaged_key": {
        "nl": "De sleutel opent deze database niet (verkeerd sleutelbestand of beschadigde "
        "database). Zet een back-up terug.",
        "fr": "La clé n'ouvre pas cette base de données (mauvais fichier de clés ou base "
        "endommagée). Restaurez une sauvegarde.",
        "en": "The key does not open this database (a wrong key file or a damaged database). "
        "Restore a backup.",
    },
    "date_out_of_range": {
        "nl": "Datum {value!r} valt buiten wat PA Desktop bijhoudt (2000-2100); er is niets "
        "veranderd.",
        "fr": "La date {value!r} sort de ce que PA Desktop gère (2000-2100) ; rien n'a été "
        "modifié.",
        "en": "Date {value!r} lies outside what PA Desktop keeps (2000-2100); nothing was changed.",
    },
    "text_not_storable": {
        "nl": "Een tekst bevat een ongeldig teken (een half UTF-16-paar); er is niets veranderd.",
        "fr": "Un texte contient un caractère invalide (une moitié de paire UTF-16) ; rien n'a "
        "été modifié.",
        "en": "A text holds an invalid character (half of a UTF-16 pair); nothing was changed.",
    },
    "audit_warning": {
        "nl": "Let op: het auditlog klopt niet met het sleutelbestand:",
        "fr": "Attention : le journal d'audit ne correspond pas au fichier de clés :",
        "en": "Warning: the audit log does not match the key file:",
    },
}


def say(key: str, **values: object) -> str:
    return MESSAGES[key][language()].format(**values)


def busy(program: str, pid: int, user: str, since: str) -> str:
    """The vault-in-use message, with whatever the lock file told about its holder."""
    return say(
        "vault_busy",
        program=program or say("busy_unknown"),
        pid=pid or "?",
        user=say("busy_user", user=user) if user else "",
        since=say("busy_since", since=since) if since else "",
    )


def damaged(what: str) -> str | None:
    """Words for a damaged vault, by what is damaged; None for the general message."""
    key = f"damaged_{what}"
    return say(key) if key in MESSAGES else None
