"""Pseudonyms for documents that leave the vault: a stable reference code per pupil, and the
pupil's names scrubbed from typed free text, so a pseudonymised referral gives no name away.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from collections.abc import Callable

from pa_desktop.domain.text import fold
from pa_desktop.services.session import VaultSession


def reference_code(session: VaultSession, pupil_id: int) -> str:
    """A stable pseudonym per vault and pupil: the same reference on every page and export.

    Keyed with a secret kept inside the (encrypted) vault, so the reference cannot be traced
    back to a pupil from the vault's id, which is readable beside the vault.
    """
    secret = session.pseudonym_secret()
    digest = hmac.new(secret, f"pupil:{pupil_id}".encode(), hashlib.sha256).hexdigest()
    return f"REF-{digest[:6].upper()}"


_WORD = re.compile(r"[^\W_]+")  # letters and digits; "_" and "-" separate words too


def name_scrubber(names: list[str], reference: str) -> Callable[[str], str]:
    """Replace the pupil's names in free text by the reference code, so a pseudonymised
    document does not give the name away in a typed note.

    Words are compared in folded form (case, accents, ı/ł/ø and Unicode composition do not
    matter), so "Ayse", "AYŞE" and a decomposed "Ayşe" are all caught, as are "Lukasz" for
    Łukasz and "Nguyen" for Nguyễn.
    """
    wanted = {
        fold(part)
        for name in names
        for part in _WORD.findall(unicodedata.normalize("NFC", name))
        if len(part) >= 2
    }
    if not wanted:
        return lambda text: text

    def replace(match: re.Match[str]) -> str:
        return reference if fold(match.group(0)) in wanted else match.group(0)

    def scrub(text: str) -> str:
        return _WORD.sub(replace, unicodedata.normalize("NFC", text))

    return scrub
