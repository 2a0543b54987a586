"""The care commands' words (passphrase, backup, restore, audit) in Dutch, French and English,
and the words for the care errors (storage, backup file, locked vault) that main's table lacks.
"""

from __future__ import annotations

from pa_desktop.cli import messages
from pa_desktop.cli.messages import language
from pa_desktop.services.errors import (
    BackupFileError,
    RestoreTargetError,
    ServiceError,
    StorageError,
    VaultLockedError,
)

MESSAGES: dict[str, dict[str, str]] = {
    "current_prompt": {
        "nl": "Huidig wachtwoord: ",
        "fr": "Phrase secrète actuelle : ",
        "en": "Current passphrase: ",
    },
    "recovery_prompt": {
        "nl": "Herstelcode: ",
        "fr": "Code de récupération : ",
        "en": "Recovery code: ",
    },
    "new_prompt": {
        "nl": "Nieuw wachtwoord: ",
        "fr": "Nouvelle phrase secrète : ",
        "en": "New passphrase: ",
    },
    "new_again": {
        "nl": "Nieuw wachtwoord (nogmaals): ",
        "fr": "Nouvelle phrase secrète (encore) : ",
        "en": "New passphrase (again): ",
    },
    "new_differ": {
        "nl": "De twee nieuwe wachtwoorden verschillen; er is niets veranderd.",
        "fr": "Les deux nouvelles phrases secrètes diffèrent ; rien n'a été modifié.",
        "en": "The two new passphrases differ; nothing was changed.",
    },
    "no_secret": {
        "nl": "Geef het wachtwoord in {env} of start vanuit een terminal.",
        "fr": "Indiquez la phrase secrète dans {env} ou lancez depuis un terminal.",
        "en": "Give the passphrase in {env} or run from a terminal.",
    },
    "passphrase_changed": {
        "nl": "Het wachtwoord is veranderd. De herstelcode blijft geldig; oude back-ups openen "
        "met het wachtwoord van toen.",
        "fr": "La phrase secrète a été modifiée. Le code de récupération reste valable ; les "
        "anciennes sauvegardes s'ouvrent avec la phrase secrète de l'époque.",
        "en": "The passphrase was changed. The recovery code stays valid; older backups open "
        "with the passphrase of their time.",
    },
    "recovery_renewed": {
        "nl": "Nieuwe herstelcode (schrijf ze op; de vorige werkt niet meer):",
        "fr": "Nouveau code de récupération (notez-le ; l'ancien ne fonctionne plus) :",
        "en": "New recovery code (write it down; the previous one no longer works):",
    },
    "key_rotated": {
        "nl": "De sleutel van de kluis is vernieuwd en alle gegevens zijn opnieuw versleuteld "
        "(re-encrypted). Oude sleutelbestanden en oude wachtwoorden openen de kluis niet meer; "
        "oude back-ups openen met de geheimen van toen. Nieuwe herstelcode (schrijf ze op; de "
        "vorige werkt niet meer):",
        "fr": "La clé du coffre a été renouvelée et toutes les données ont été chiffrées à "
        "nouveau (re-encrypted). Les anciens fichiers de clés et phrases secrètes n'ouvrent "
        "plus le coffre ; les anciennes sauvegardes s'ouvrent avec les secrets de l'époque. "
        "Nouveau code de récupération (notez-le ; l'ancien ne fonctionne plus) :",
        "en": "The vault's key was renewed and all data re-encrypted. Old key files and old "
        "passphrases no longer open the vault; old backups open with the secrets of their "
        "time. New recovery code (write it down; the previous one no longer works):",
    },
    "forgotten": {
        "nl": "Dit toestel onthoudt de kluis niet meer; het wachtwoord is nodig.",
        "fr": "Cet appareil ne retient plus le coffre ; la phrase secrète sera demandée.",
        "en": "This device no longer remembers the vault; the passphrase is needed.",
    },
    "backup_made": {
        "nl": "Back-up gemaakt: {path} ({size} kB in {seconds} s).",
        "fr": "Sauvegarde créée : {path} ({size} ko en {seconds} s).",
        "en": "Backup made: {path} ({size} kB in {seconds} s).",
    },
    "restored": {
        "nl": "Back-up van {made_at} teruggezet in {path} en nagekeken. Open ze met het "
        "wachtwoord of de herstelcode van toen.",
        "fr": "Sauvegarde du {made_at} restaurée dans {path} et vérifiée. Ouvrez-la avec la "
        "phrase secrète ou le code de récupération de l'époque.",
        "en": "Backup of {made_at} restored into {path} and checked. Open it with the "
        "passphrase or recovery code of that time.",
    },
    "audit_intact": {
        "nl": "Auditlog intact: {count} regels.",
        "fr": "Journal d'audit intact : {count} entrées.",
        "en": "Audit log intact: {count} entries.",
    },
    "audit_broken": {
        "nl": "Het auditlog werd gewijzigd of ingekort:",
        "fr": "Le journal d'audit a été modifié ou raccourci :",
        "en": "The audit log was altered or shortened:",
    },
    "storage_full": {
        "nl": "De schijf is vol ({where}). Er is niets half opgeslagen; maak ruimte en probeer "
        "opnieuw.",
        "fr": "Le disque est plein ({where}). Rien n'a été enregistré à moitié ; libérez de la "
        "place et réessayez.",
        "en": "The disk is full ({where}). Nothing was half saved; free some space and try again.",
    },
    "storage_read_only": {
        "nl": "Op deze plaats kan niet geschreven worden ({where}): alleen-lezen of geen toegang.",
        "fr": "Impossible d'écrire à cet endroit ({where}) : lecture seule ou accès refusé.",
        "en": "This place cannot be written ({where}): read-only or no access.",
    },
    "storage_gone": {
        "nl": "De map is er niet meer ({where}): is de USB-stick uitgetrokken?",
        "fr": "Le dossier n'existe plus ({where}) : la clé USB a-t-elle été retirée ?",
        "en": "The folder is gone ({where}): was the USB stick pulled out?",
    },
    "storage_other": {
        "nl": "Lezen of schrijven mislukte ({kind}, {where}). Er is niets half opgeslagen.",
        "fr": "La lecture ou l'écriture a échoué ({kind}, {where}). Rien n'a été enregistré à "
        "moitié.",
        "en": "Reading or writing failed ({kind}, {where}). Nothing was half saved.",
    },
    "backup_not_a_backup": {
        "nl": "Dit is geen back-up van PA Desktop.",
        "fr": "Ce fichier n'est pas une sauvegarde de PA Desktop.",
        "en": "This is not a PA Desktop backup.",
    },
    "backup_damaged": {
        "nl": "Deze back-up is beschadigd of onvolledig; er is niets teruggezet.",
        "fr": "Cette sauvegarde est endommagée ou incomplète ; rien n'a été restauré.",
        "en": "This backup is damaged or incomplete; nothing was restored.",
    },
    "backup_too_new": {
        "nl": "Deze back-up komt van een nieuwere PA Desktop. Werk het programma bij.",
        "fr": "Cette sauvegarde vient d'une version plus récente de PA Desktop. Mettez le "
        "programme à jour.",
        "en": "This backup comes from a newer PA Desktop. Update the program.",
    },
    "backup_check_failed": {
        "nl": "De controle van de kopie faalde; er is niets vervangen:",
        "fr": "La vérification de la copie a échoué ; rien n'a été remplacé :",
        "en": "The copy failed its check; nothing was replaced:",
    },
    "backup_other_vault": {
        "nl": "Deze back-up hoort bij een andere kluis.",
        "fr": "Cette sauvegarde appartient à un autre coffre.",
        "en": "This backup belongs to another vault.",
    },
    "target_not_empty": {
        "nl": "{path} bestaat al en is niet leeg. Terugzetten gebeurt altijd in een nieuwe map.",
        "fr": "{path} existe déjà et n'est pas vide. La restauration se fait toujours dans un "
        "nouveau dossier.",
        "en": "{path} exists and is not empty. A restore always goes into a new folder.",
    },
    "vault_locked": {
        "nl": "De kluis is vergrendeld.",
        "fr": "Le coffre est verrouillé.",
        "en": "The vault is locked.",
    },
    "where_vault": {"nl": "kluis", "fr": "coffre", "en": "vault"},
    "where_backup": {"nl": "back-up", "fr": "sauvegarde", "en": "backup"},
    "where_restore": {"nl": "terugzetten", "fr": "restauration", "en": "restore"},
}


def say(key: str, **values: object) -> str:
    """The care commands' own words, else the command line's common ones (`remembered`...)."""
    if key not in MESSAGES:
        return messages.say(key, **values)
    return MESSAGES[key][language()].format(**values)


def error_message(error: ServiceError) -> str | None:
    """Words for the care errors that the main error table does not know."""
    if isinstance(error, StorageError):
        where = say(f"where_{error.where}") if f"where_{error.where}" in MESSAGES else error.where
        key = {"full": "storage_full", "read_only": "storage_read_only", "gone": "storage_gone"}
        if error.kind in key:
            return say(key[error.kind], where=where)
        return say("storage_other", kind=error.kind, where=where)
    if isinstance(error, BackupFileError):
        text = say(f"backup_{error.reason}")
        if error.problems:
            text += "\n" + "\n".join(f"  {p}" for p in error.problems[:20])
        return text
    if isinstance(error, RestoreTargetError):
        return None
    if isinstance(error, VaultLockedError):
        return say("vault_locked")
    return None
