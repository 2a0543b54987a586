"""The dates and texts PA Desktop works with, bounded: anything outside is bad input, refused
with a clear message instead of overflowing somewhere deep (year 1, year 9999, a lone surrogate
from a badly decoded file name).

School years run from 2000-2001 to 2099-2100; every date the program stores (absences, measures,
steps, birth dates, enrolment) lies between 1 January 1900 and 31 December 2100, and the dates
of school life (absences, measures, steps) from 1 January 2000.
"""

from __future__ import annotations

from datetime import date

FIRST_SCHOOL_YEAR = 2000
LAST_SCHOOL_YEAR = 2099  # 2099-2100
FIRST_DAY = date(1900, 1, 1)  # birth dates of the oldest staff or guardians, never earlier
FIRST_SCHOOL_DAY = date(FIRST_SCHOOL_YEAR, 1, 1)
LAST_DAY = date(2100, 12, 31)


def school_year_supported(start_year: int) -> bool:
    return FIRST_SCHOOL_YEAR <= start_year <= LAST_SCHOOL_YEAR


def date_supported(day: date, school_life: bool = True) -> bool:
    """Whether `day` lies in the range the program works with (`school_life`: from 2000)."""
    return (FIRST_SCHOOL_DAY if school_life else FIRST_DAY) <= day <= LAST_DAY


def text_storable(text: str) -> bool:
    """Whether `text` can be stored as UTF-8: no lone surrogate (a half of a UTF-16 pair that
    a badly decoded argument or file leaves behind)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
