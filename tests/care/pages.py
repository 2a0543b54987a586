"""Reading a SQLCipher 4 file's pages in clear with the raw key, free pages and WAL frames
included, to prove that deleted bytes are gone (SQLite's own reads skip free pages)."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # 16-byte IV + 64-byte HMAC-SHA512, SQLCipher 4 defaults
WAL_HEADER, FRAME_HEADER = 32, 24


def _page(key: bytes, page: bytes, first: bool) -> bytes:
    start = 16 if first else 0  # page 1 begins with the file's salt
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE - RESERVE]) + decryptor.finalize()


def plaintext(path: Path, key: bytes) -> bytes:
    """Every page of a database file, decrypted."""
    data = path.read_bytes() if path.exists() else b""
    pages = [data[i : i + PAGE] for i in range(0, len(data) - PAGE + 1, PAGE)]
    return b"".join(_page(key, page, n == 0) for n, page in enumerate(pages))


def wal_plaintext(path: Path, key: bytes) -> bytes:
    """Every frame of a WAL file, decrypted (frames of page 1 included)."""
    data = path.read_bytes() if path.exists() else b""
    out = []
    offset = WAL_HEADER
    while offset + FRAME_HEADER + PAGE <= len(data):
        number = int.from_bytes(data[offset : offset + 4], "big")
        frame = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
        out.append(_page(key, frame, number == 1))
        offset += FRAME_HEADER + PAGE
    return b"".join(out)


def folder_plaintext(folder: Path, key: bytes) -> bytes:
    """Every file of the vault folder: the database and its WAL decrypted, the rest raw."""
    parts = []
    for path in sorted(folder.iterdir()):
        if not path.is_file():
            continue
        if path.name.endswith(".db"):
            parts.append(plaintext(path, key))
        elif path.name.endswith(".db-wal"):
            parts.append(wal_plaintext(path, key))
        parts.append(path.read_bytes())
    return b"".join(parts)
