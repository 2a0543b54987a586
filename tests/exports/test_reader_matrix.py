"""Every kind of exported PDF, opened by the readers CLB staff and schools really use.

poppler (pdfinfo, pdftoppm: the engine of Evince, Okular and many viewers), qpdf, PDFium (Chrome,
Edge; pypdfium2), pypdf and MuPDF (mutool, SumatraPDF). A protected document must render (not
blank) with its password, say AES-256 revision 6, and open nowhere without it or with a wrong one.

The command-line readers come from the system (.ci/run installs poppler-utils, qpdf and
mupdf-tools). Where one is missing the cell is skipped, unless PA_DESKTOP_READERS_REQUIRED=1
(CI sets it): then a missing reader fails the matrix instead of hiding it.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from pa_desktop.domain.calendar import SchoolYear
from pa_desktop.services.access import Vaults
from pa_desktop.services.demo import fill_demo_vault
from pa_desktop.services.referral import ReferralOptions, build_referral
from pa_desktop.services.session import Profile
from pa_desktop.services.signal_list import signal_list, to_pdf

YEAR = SchoolYear(2026)
PASSWORD = "Wachtwoord voor het CLB 2026"
WRONG = "wachtwoord voor het clb 2026"
KINDS = (
    "referral-extended",
    "referral-brief",
    "referral-pseudonymised",
    "referral-french",
    "signal-list",
)
DOCUMENTS = [(kind, protected) for kind in KINDS for protected in (False, True)]
REQUIRED = os.environ.get("PA_DESKTOP_READERS_REQUIRED") == "1"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if REQUIRED:
            pytest.fail(f"{name} is not installed (PA_DESKTOP_READERS_REQUIRED=1)")
        pytest.skip(f"{name} is not installed")
    return found


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, bool], Path]:
    """The demo vault's exports, written to files as a user would send them."""
    folder = tmp_path_factory.mktemp("matrix")
    session, _code = Vaults.for_tests().create(
        folder / "demo", "matrix passphrase", Profile("Demo-school", "CLB Brussel", "Demo")
    )
    try:
        fill_demo_vault(session, today=date(2026, 11, 28))
        pupil = session.overview(YEAR)[0].pupil.id
        options = {
            "referral-extended": ReferralOptions(include_measure_list=True),
            "referral-brief": ReferralOptions(brief=True),
            "referral-pseudonymised": ReferralOptions(pseudonymise=True),
            "referral-french": ReferralOptions(language="fr"),
        }
        files: dict[tuple[str, bool], Path] = {}
        for kind, protected in DOCUMENTS:
            password = PASSWORD if protected else None
            if kind == "signal-list":
                data, _id = to_pdf(session, signal_list(session, YEAR), "nl", password)
            else:
                chosen = options[kind]
                data = build_referral(
                    session,
                    pupil,
                    YEAR,
                    ReferralOptions(**{**chosen.__dict__, "password": password}),
                ).data
            path = folder / f"{kind}{'-protected' if protected else ''}.pdf"
            path.write_bytes(data)
            files[kind, protected] = path
        return files
    finally:
        session.close()


def _ink(pgm: bytes) -> float:
    """The share of darker-than-paper pixels in a binary PGM (P5) image."""
    parts = pgm.split(maxsplit=4)
    assert parts[0] == b"P5", parts[0]
    width, height = int(parts[1]), int(parts[2])
    pixels = parts[4][: width * height]
    assert len(pixels) == width * height
    return sum(1 for value in pixels if value < 200) / len(pixels)


def _assert_not_blank(pgm: bytes, reader: str) -> None:
    # a referral's first page carries a title, two tables and a calendar: well above 1 % ink;
    # the blank pages of the old revision-5 files had none
    assert _ink(pgm) > 0.01, f"{reader} rendered a blank first page"


# --- poppler ---------------------------------------------------------------------------------


def _poppler_render(
    path: Path, password: str | None, out: Path
) -> subprocess.CompletedProcess[str]:
    args = [_tool("pdftoppm"), "-gray", "-r", "36", "-f", "1", "-l", "1", "-singlefile"]
    if password is not None:
        args += ["-upw", password]
    return _run(*args, str(path), str(out))


def poppler_opens(path: Path, password: str | None, tmp: Path) -> None:
    info = _run(_tool("pdfinfo"), *(["-upw", password] if password else []), str(path))
    assert info.returncode == 0, info.stderr
    encrypted = next(line for line in info.stdout.splitlines() if line.startswith("Encrypted:"))
    if password:
        assert "yes" in encrypted and "AES-256" in encrypted and "change:no" in encrypted
        assert "print:yes" in encrypted
    else:
        assert "no" in encrypted
    assert _poppler_render(path, password, tmp / "poppler").returncode == 0
    _assert_not_blank((tmp / "poppler.pgm").read_bytes(), "poppler")


def poppler_refuses(path: Path, password: str | None, tmp: Path) -> None:
    args = ["-upw", password] if password is not None else []
    assert _run(_tool("pdfinfo"), *args, str(path)).returncode != 0
    assert _poppler_render(path, password, tmp / "refused").returncode != 0
    assert not (tmp / "refused.pgm").exists()


# --- qpdf ------------------------------------------------------------------------------------


def qpdf_opens(path: Path, password: str | None, tmp: Path) -> None:
    pw = [f"--password={password}"] if password else []
    check = _run(_tool("qpdf"), "--check", *pw, str(path))
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No syntax or stream encoding errors" in check.stdout
    shown = _run(_tool("qpdf"), "--show-encryption", *pw, str(path)).stdout
    if password:
        assert "R = 6" in shown
        assert "modify other: not allowed" in shown and "print high resolution: allowed" in shown
        assert "Supplied password is user password" in shown
    else:
        assert "File is not encrypted" in shown


def qpdf_refuses(path: Path, password: str | None, tmp: Path) -> None:
    pw = [f"--password={password}"] if password is not None else []
    check = _run(_tool("qpdf"), "--check", *pw, str(path))
    assert check.returncode == 2 and "invalid password" in check.stderr


# --- PDFium ----------------------------------------------------------------------------------


def _pdfium_gray(path: Path, password: str | None) -> bytes:
    document = pdfium.PdfDocument(path.read_bytes(), password=password)
    try:
        image = document[0].render(scale=0.5, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    header = f"P5 {image.width} {image.height} 255\n".encode()
    return header + image.tobytes()


def pdfium_opens(path: Path, password: str | None, tmp: Path) -> None:
    _assert_not_blank(_pdfium_gray(path, password), "PDFium")


def pdfium_refuses(path: Path, password: str | None, tmp: Path) -> None:
    with pytest.raises(pdfium.PdfiumError):
        _pdfium_gray(path, password)


# --- pypdf -----------------------------------------------------------------------------------


def pypdf_opens(path: Path, password: str | None, tmp: Path) -> None:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    assert reader.is_encrypted is bool(password)
    if password:
        assert reader.decrypt(password) == 1  # the user password, not the owner's
        assert reader._encryption is not None
        assert (reader._encryption.V, reader._encryption.R) == (5, 6)
    text = reader.pages[0].extract_text()
    assert "CLB" in text


def pypdf_refuses(path: Path, password: str | None, tmp: Path) -> None:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    assert reader.is_encrypted
    if password is not None:
        assert reader.decrypt(password) == 0
    with pytest.raises(Exception, match=r"(?i)decrypt|password|not been decrypted"):
        reader.pages[0].extract_text()


# --- MuPDF -----------------------------------------------------------------------------------


def _mutool_draw(path: Path, password: str | None, out: Path) -> subprocess.CompletedProcess[str]:
    args = [_tool("mutool"), "draw", "-q", "-r", "36", "-c", "gray", "-o", str(out)]
    if password is not None:
        args += ["-p", password]
    return _run(*args, str(path), "1")


def mupdf_opens(path: Path, password: str | None, tmp: Path) -> None:
    drawn = _mutool_draw(path, password, tmp / "mupdf.pgm")
    assert drawn.returncode == 0, drawn.stderr
    _assert_not_blank((tmp / "mupdf.pgm").read_bytes(), "MuPDF")


def mupdf_refuses(path: Path, password: str | None, tmp: Path) -> None:
    drawn = _mutool_draw(path, password, tmp / "refused.pgm")
    assert drawn.returncode != 0
    assert not (tmp / "refused.pgm").exists() or (tmp / "refused.pgm").stat().st_size == 0


Reader = Callable[[Path, str | None, Path], None]
READERS: dict[str, tuple[Reader, Reader]] = {
    "poppler": (poppler_opens, poppler_refuses),
    "qpdf": (qpdf_opens, qpdf_refuses),
    "pdfium": (pdfium_opens, pdfium_refuses),
    "pypdf": (pypdf_opens, pypdf_refuses),
    "mupdf": (mupdf_opens, mupdf_refuses),
}


@pytest.mark.parametrize("reader", list(READERS))
@pytest.mark.parametrize(("kind", "protected"), DOCUMENTS)
def test_every_reader_opens_every_export(
    documents: dict[tuple[str, bool], Path], kind: str, protected: bool, reader: str, tmp_path: Path
) -> None:
    opens, _refuses = READERS[reader]
    opens(documents[kind, protected], PASSWORD if protected else None, tmp_path)


@pytest.mark.parametrize("reader", list(READERS))
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("password", [None, WRONG, ""], ids=["no-password", "wrong", "empty"])
def test_a_protected_export_opens_nowhere_without_its_password(
    documents: dict[tuple[str, bool], Path],
    kind: str,
    password: str | None,
    reader: str,
    tmp_path: Path,
) -> None:
    _opens, refuses = READERS[reader]
    refuses(documents[kind, True], password, tmp_path)


def test_the_owner_password_is_not_the_users(documents: dict[tuple[str, bool], Path]) -> None:
    """Opening with the user's password must not grant the owner's rights (changes)."""
    reader = PdfReader(io.BytesIO(documents["referral-extended", True].read_bytes()))
    # pypdf tries the owner password first: 2 would mean the user's password is also the owner's
    assert reader.decrypt(PASSWORD) == 1


def test_the_header_declares_aes_256(documents: dict[tuple[str, bool], Path]) -> None:
    data = documents["signal-list", True].read_bytes()
    assert data.startswith(b"%PDF-1.7")
    reader = PdfReader(io.BytesIO(data))
    reader.decrypt(PASSWORD)
    extension = reader.trailer["/Root"]["/Extensions"]["/ADBE"]
    assert (extension["/BaseVersion"], extension["/ExtensionLevel"]) == ("/1.7", 8)
