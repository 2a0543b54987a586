"""Password protection of an exported PDF with the standard AES-256 security handler.

ISO 32000-2 defines AES-256 as revision 6 of the standard security handler (`/V 5 /R 6`). The
revision 5 that reportlab writes was a pre-standard Adobe extension that poppler (Evince, Okular
and many other viewers) refuses: they showed blank pages. The encryption is therefore done by
pypdf, whose AES comes from `cryptography` (OpenSSL), on the finished document: reportlab lays it
out, pypdf encrypts it. Why pypdf and not pikepdf: see the README ("Password-protected PDFs").

The owner password is random and thrown away: nobody can lift the restrictions with the user's
password. Printing (also in high quality), copying and extraction for screen readers are
allowed; changing the document, its annotations, forms or page assembly is not.
"""

from __future__ import annotations

import io
import secrets

from pypdf import PdfReader, PdfWriter
from pypdf.constants import UserAccessPermissions
from pypdf.generic import DictionaryObject, NameObject, NumberObject

# What the reader of a protected document may do (ISO 32000-2 table 22): print, print faithfully,
# copy text and let assistive technology read it. Everything that changes the document is off.
ALLOWED = (
    UserAccessPermissions.PRINT
    | UserAccessPermissions.PRINT_TO_REPRESENTATION
    | UserAccessPermissions.EXTRACT
    | UserAccessPermissions.EXTRACT_TEXT_AND_GRAPHICS
)
ALGORITHM = "AES-256"  # pypdf's name for revision 6 (its "AES-256-R5" is the old extension)


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """`data` (an unencrypted PDF) encrypted under `password` with AES-256 revision 6.

    The header says PDF 1.7 with Adobe's extension level 8, the way qpdf and Acrobat declare
    AES-256 in a 1.7 file, so that readers older than PDF 2.0 know what they are looking at.
    """
    if not password:
        raise ValueError("an empty password protects nothing")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.pdf_header = b"%PDF-1.7"
    writer._root_object[NameObject("/Extensions")] = DictionaryObject(
        {
            NameObject("/ADBE"): DictionaryObject(
                {
                    NameObject("/BaseVersion"): NameObject("/1.7"),
                    NameObject("/ExtensionLevel"): NumberObject(8),
                }
            )
        }
    )
    writer.encrypt(
        user_password=password,
        owner_password=secrets.token_urlsafe(32),
        permissions_flag=ALLOWED,
        algorithm=ALGORITHM,
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
