"""Text folding for search and matching: "yilmaz" must find "Yılmaz", "lukasz" "Łukasz".

Care teachers type names on whatever keyboard the school laptop has; a search that needs the
exact diacritics finds nobody. Folding drops accents and maps letters that Unicode does not
decompose (ı, ł, ø, đ, ß) to their plain Latin neighbours.
"""

from __future__ import annotations

import unicodedata

_NOT_DECOMPOSED = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "’": "'",
        "‘": "'",
    }
)


def fold(text: str) -> str:
    """Lower-case, accent-free form of `text` for comparisons (never for display)."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_NOT_DECOMPOSED))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.casefold()
