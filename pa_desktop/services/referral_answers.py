"""The referral's checklist in words: each answer as the CLB worker should read it, and where
it comes from (the user, the data, or the printed calendar that stands in for the guideline's
"Uitprint Informat").
"""

from __future__ import annotations

from pa_desktop.domain.checklist import Answer, Item
from pa_desktop.services.document_texts import day_text, word
from pa_desktop.services.session import VaultSession
from pa_desktop.store.imports import ImportRepository


def answer_text(item: Item, answer: Answer, language: str) -> str:
    """The answer as the CLB worker should read it: "niet beantwoord" where nobody answered.

    A pre-filled "no" or an empty choice only means the data show nothing; nobody stated it,
    so it is not printed as the school's "nee". A "no" the user chose is printed as "nee".
    """
    value = answer.value
    if value is None or (answer.override is None and not value and item.kind != "counts"):
        return word("not_answered", language)
    if item.kind == "check":
        return word("yes" if value else "no", language)
    if item.kind == "counts":
        return ", ".join(f"{o.text[language]} {value.get(o.id, 0)}" for o in item.options)
    if item.kind == "choice":
        return next((o.text[language] for o in item.options if o.id == value), "—")
    chosen = [o for o in item.options if o.id in value]
    if not chosen:
        return word("none_chosen", language)
    evidence = answer.prefill.evidence if answer.prefill else {}
    parts = []
    for option in chosen:
        days = evidence.get(option.id) or []
        suffix = f" ({', '.join(day_text(d) for d in days)})" if days else ""
        parts.append(option.text[language] + suffix)
    return "; ".join(parts)


def answer_source(item: Item, answer: Answer, language: str, printout: str) -> str:
    """Where the answer comes from; "uit de gegevens" only where the data really say it."""
    if answer.override is not None:
        return word("user_answer", language, author=answer.override.author)
    # a silent pre-fill (the data cannot answer) is no answer "from the data"
    if not answer.from_data or answer.value is None:
        return ""
    if item.kind != "counts" and not answer.value:
        return ""  # the data show nothing: not an answer, so no source either
    if item.id == PRINTOUT_ITEM:
        return printout
    return word("from_data", language)


PRINTOUT_ITEM = "overview.printout"
IMPORT_FORMATS = {
    "informat-txt": "Informat",
    "smartschool-json": "Smartschool",
    "csv": "CSV",
    "xlsx": "Excel (XLSX)",
}


def printout_evidence(session: VaultSession, imported: bool, language: str) -> str:
    """What stands in for the guideline's "Uitprint Informat": this document's own printed
    calendar, and when the absences came from the school's software, which kind of file and
    when it was imported (never its file name, which may carry a name)."""
    text = word("printout_calendar", language)
    records = session.repository(ImportRepository).records() if imported else []
    if records:
        last = records[-1]
        text += " " + word(
            "printout_import",
            language,
            format=IMPORT_FORMATS.get(last.format, last.format),
            day=day_text(last.imported_at.astimezone().date()),
        )
    return text
