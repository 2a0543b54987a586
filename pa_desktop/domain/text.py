"""Text folding for search and matching: "yilmaz" must find "Yılmaz", "lukasz" "Łukasz".

Care teachers type names on whatever keyboard the school laptop has; a search that needs the
exact diacritics finds nobody. Folding drops accents and maps letters that Unicode does not
decompose (ı, ł, ø, đ, ß) to their plain Latin neighbours.
"""

from __future__ import annotations

import re
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


_NOT_WORD = re.compile(r"[\W_]+")
_NUMBER_OR_TEXT = re.compile(r"\d+|\D+")


def class_sort_key(name: str) -> str:
    """The one order of school classes (overview, insight, lists): numbers as numbers ("2A"
    before "10A"), letters folded, spaces and dashes ignored ("3 B", "3B" and "3-b" are one
    class, as the import matches them); names without a number ("Onthaal") after the numbered
    ones. A plain string, so Qt's proxy model sorts the overview's column in C++."""
    plain = _NOT_WORD.sub("", fold(name))
    return "".join(
        f"{int(part):08d}" if part.isdigit() else part for part in _NUMBER_OR_TEXT.findall(plain)
    )
