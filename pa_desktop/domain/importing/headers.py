"""The fields an import needs, and the column headers that name them in Dutch, French, English.

A header is compared in its compact form (folded, letters and digits only), so `Prénom`,
`PRENOM` and `pré-nom` are the same header. An exact name wins; otherwise a known name of at least
four letters that starts the header (`Datum afwezigheid`, `Klasgroep 2025`) is taken.
"""

from __future__ import annotations

from enum import StrEnum

from pa_desktop.domain.importing.values import compact


class Field(StrEnum):
    """What a column can hold. `code_am`/`code_pm`: one code column per half day (a grid)."""

    NUMBER = "number"
    LAST_NAME = "last_name"
    FIRST_NAME = "first_name"
    CLASS = "class"
    DATE = "date"
    HALF = "half"
    HOUR = "hour"
    CODE = "code"
    CODE_AM = "code_am"
    CODE_PM = "code_pm"
    SCHOOL = "school"  # name or institution number (a CLB worker's export of several schools)


HEADER_NAMES: dict[Field, tuple[str, ...]] = {
    Field.NUMBER: (
        "leerlingnummer",
        "leerlingnr",
        "llnr",
        "stamboeknummer",
        "stamboeknr",
        "stamnummer",
        "stamnr",
        "schoolnummer",
        "nummer",
        "nr",
        "numero",
        "numeroeleve",
        "numerodeleve",
        "matricule",
        "n",
        "no",
        "number",
        "pupilnumber",
        "studentnumber",
        "studentid",
        "pupilid",
    ),
    Field.LAST_NAME: (
        "familienaam",
        "achternaam",
        "naam",
        "naamleerling",
        "leerling",
        "nom",
        "nomdefamille",
        "eleve",
        "lastname",
        "surname",
        "familyname",
        "name",
        "pupil",
        "student",
    ),
    Field.FIRST_NAME: ("voornaam", "roepnaam", "prenom", "firstname", "givenname", "forename"),
    Field.CLASS: ("klas", "klasgroep", "klasnaam", "klascode", "classe", "class", "groupeclasse"),
    Field.DATE: (
        "datum",
        "afwezigheidsdatum",
        "datumafwezigheid",
        "date",
        "datedabsence",
        "datedelabsence",
        "dateabsence",
        "absencedate",
    ),
    Field.HALF: (
        "halvedag",
        "halfdag",
        "vmnm",
        "ampm",
        "moment",
        "dagdeel",
        "tijdstip",
        "demijournee",
        "half",
        "halfday",
    ),
    Field.HOUR: ("lesuur", "uur", "heure", "heuredecours", "periode", "lessonhour", "hour"),
    Field.CODE: (
        "code",
        "afwezigheidscode",
        "codeafwezigheid",
        "codedabsence",
        "codeabsence",
        "absencecode",
    ),
    Field.CODE_AM: ("vm", "voormiddag", "codevm", "am", "matin", "codeam", "morning"),
    Field.CODE_PM: ("nm", "namiddag", "codenm", "pm", "apresmidi", "codepm", "afternoon"),
    Field.SCHOOL: (
        "school",
        "schoolnaam",
        "naamschool",
        "schoolname",
        "instelling",
        "instellingsnaam",
        "instellingsnummer",
        "instellingsnr",
        "ecole",
        "nomecole",
        "etablissement",
        "numeroetablissement",
        "institution",
        "institutionnumber",
    ),
}

_EXACT: dict[str, Field] = {name: field for field, names in HEADER_NAMES.items() for name in names}
# a school column is only taken by its exact name: "Schooljaar" or "Schoolnummer" (a pupil's
# number) must not become the school
_PREFIXES: list[tuple[str, Field]] = sorted(
    ((name, field) for name, field in _EXACT.items() if len(name) >= 4 and field != Field.SCHOOL),
    key=lambda pair: -len(pair[0]),
)


def recognise_field(header: str) -> Field | None:
    """The field a column header names, or None when it is not a known name."""
    key = compact(header)
    if not key:
        return None
    exact = _EXACT.get(key)
    if exact is not None:
        return exact
    for name, field in _PREFIXES:
        if key.startswith(name):
            return field
    return None
