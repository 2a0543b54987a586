"""One name per signal, per trajectory step and per part of a referral or transfer, in Dutch,
French and English.

The ids (DOMAIN.md, DESIGN.md) are for machines: the CLI's JSON, the audit details, the database.
People read names, and one thing must have one name everywhere: the overview badge, the dossier,
the referral PDF, the signalling list, the audit log window and the command line's tables all
take it from here (before, one signal was "Toeslag verloren" on screen, "Schooltoeslag vervalt"
in the PDF and "Allowance lost" in English). Documents choose their language when they are
exported; the GUI asks with its interface language.
"""

from __future__ import annotations

LANGUAGES = ("nl", "fr", "en")

SIGNAL_NAMES: dict[str, dict[str, str]] = {
    "clb_signal_due": {
        "nl": "Signaleren aan het CLB",
        "fr": "À signaler au CLB",
        "en": "Signal to the CLB",
    },
    "early_year_b": {"nl": "Vroege B-codes", "fr": "Codes B précoces", "en": "Early B codes"},
    "fast_accumulation": {
        "nl": "Snelle opstapeling",
        "fr": "Accumulation rapide",
        "en": "Fast accumulation",
    },
    "same_moment": {
        "nl": "Vaak hetzelfde moment",
        "fr": "Souvent au même moment",
        "en": "Often the same moment",
    },
    "unknown_code": {"nl": "Code onbekend", "fr": "Code inconnu", "en": "Code unknown"},
    "sick_note_limit": {
        "nl": "Ziektebriefjes ouders",
        "fr": "Mots de maladie des parents",
        "en": "Parents' sick notes",
    },
    "parents_unreachable": {
        "nl": "Ouders onbereikbaar",
        "fr": "Parents injoignables",
        "en": "Parents unreachable",
    },
    "known_problem": {
        "nl": "Gekende problematiek",
        "fr": "Problématique connue",
        "en": "Known problem",
    },
    "allowance_at_risk": {
        "nl": "Schooltoeslag in gevaar",
        "fr": "Allocation scolaire menacée",
        "en": "School allowance at risk",
    },
    "allowance_lost": {
        "nl": "Schooltoeslag verloren",
        "fr": "Allocation scolaire perdue",
        "en": "School allowance lost",
    },
    "relapse_after_closure": {
        "nl": "Herval na afsluiting",
        "fr": "Rechute après clôture",
        "en": "Relapse after closure",
    },
    "no_contact_after_b": {
        "nl": "Geen contact na B-code",
        "fr": "Pas de contact après un code B",
        "en": "No contact after a B code",
    },
}

STEP_NAMES: dict[str, dict[str, str]] = {
    "school_follow_up": {
        "nl": "Opvolging door de school",
        "fr": "Suivi par l'école",
        "en": "School follow-up",
    },
    "signalled_clb": {
        "nl": "Gesignaleerd aan het CLB",
        "fr": "Signalé au CLB",
        "en": "Signalled to the CLB",
    },
    "registered_clb": {
        "nl": "Aangemeld voor CLB-begeleiding",
        "fr": "Inscrit pour un accompagnement CLB",
        "en": "Registered for CLB guidance",
    },
    "clb_guidance": {"nl": "CLB-begeleiding", "fr": "Accompagnement CLB", "en": "CLB guidance"},
    "clb_closed": {
        "nl": "CLB-traject afgesloten",
        "fr": "Trajet CLB clôturé",
        "en": "CLB trajectory closed",
    },
    "kans": {"nl": "Aangemeld bij KANS", "fr": "Orienté vers KANS", "en": "Referred to KANS"},
    "external_referral": {
        "nl": "Doorverwezen naar externe hulp",
        "fr": "Orienté vers une aide externe",
        "en": "Referred to external help",
    },
    "roma_foyer": {
        "nl": "Roma-dienst Foyer",
        "fr": "Service Roms de Foyer",
        "en": "Roma service Foyer",
    },
    "police_unwillingness": {
        "nl": "Politie: onwil",
        "fr": "Police : mauvaise volonté",
        "en": "Police: unwillingness",
    },
    "police_unreachable": {
        "nl": "Politie: gezin onbereikbaar",
        "fr": "Police : famille injoignable",
        "en": "Police: family unreachable",
    },
    "ocj": {"nl": "OCJ (verontrusting)", "fr": "OCJ (inquiétude)", "en": "OCJ (concern)"},
    "agodi_concern": {
        "nl": "AGODI: zorgwekkend dossier",
        "fr": "AGODI : dossier préoccupant",
        "en": "AGODI: concerning dossier",
    },
    "school_change": {"nl": "Schoolverandering", "fr": "Changement d'école", "en": "School change"},
    "closed": {
        "nl": "Afgesloten, met opvolgafspraken",
        "fr": "Clôturé, avec accords de suivi",
        "en": "Closed, with follow-up agreements",
    },
}
NO_STEP = {"nl": "Nog geen traject", "fr": "Pas encore de trajet", "en": "No trajectory yet"}


def _pick(table: dict[str, dict[str, str]], key: str, language: str) -> str:
    names = table.get(key)
    if names is None:
        return key  # a newer id than this catalogue: better its id than nothing
    return names.get(language) or names["nl"]


def signal_name(signal_id: str, language: str) -> str:
    """The one name of a signal in `language` (nl when the language is unknown)."""
    return _pick(SIGNAL_NAMES, signal_id, language)


def step_name(step: str | None, language: str) -> str:
    """The one name of a trajectory step; None (no step yet) is said too."""
    if step is None:
        return NO_STEP.get(language, NO_STEP["nl"])
    return _pick(STEP_NAMES, step, language)


# The parts of a referral (checklist sections) and of a warm transfer (dossier sections).
SECTIONS: dict[str, dict[str, str]] = {
    "vision": {"nl": "Visie", "fr": "Vision", "en": "Vision"},
    "internal": {"nl": "Interne opvolging", "fr": "Suivi interne", "en": "Internal follow-up"},
    "overview": {
        "nl": "Overzicht afwezigheden",
        "fr": "Aperçu des absences",
        "en": "Overview of absences",
    },
    "actions": {"nl": "Ondernomen acties", "fr": "Actions entreprises", "en": "Actions taken"},
    "signals": {
        "nl": "Specifieke knipperlichten",
        "fr": "Signaux d'alerte spécifiques",
        "en": "Specific warning signals",
    },
    "reason": {
        "nl": "Reden van aanmelding",
        "fr": "Motif de l'inscription",
        "en": "Reason for registration",
    },
    "pupil": {"nl": "leerling", "fr": "élève", "en": "pupil"},
    "b_counts": {"nl": "aantal B-codes", "fr": "nombre de codes B", "en": "number of B codes"},
    "measures": {"nl": "maatregelen", "fr": "mesures", "en": "measures"},
    "checklist": {"nl": "checklist", "fr": "check-list", "en": "checklist"},
    "trajectory": {"nl": "traject", "fr": "trajet", "en": "trajectory"},
    "flags": {"nl": "markeringen", "fr": "marquages", "en": "flags"},
    "absences": {"nl": "afwezigheden", "fr": "absences", "en": "absences"},
    "free_text": {"nl": "vrije tekst", "fr": "texte libre", "en": "free text"},
    "clb_notes": {"nl": "CLB-notities", "fr": "notes du CLB", "en": "CLB notes"},
    "partner_steps": {
        "nl": "stappen met partners",
        "fr": "étapes avec partenaires",
        "en": "partner steps",
    },
    "history": {"nl": "geschiedenis", "fr": "historique", "en": "history"},
    "admin": {"nl": "administratie", "fr": "administration", "en": "administration"},
}
