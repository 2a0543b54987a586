"""The `.padossier` container: one pupil's dossier, encrypted under a transfer passphrase.

No home-made cryptography: AES-256-GCM (authenticated encryption) and Argon2id from the
`cryptography` package, the same pair that wraps the vault key (store/keyfile.py).

Layout (every byte before the ciphertext is authenticated as GCM's associated data, so a changed
header is refused just like a changed ciphertext):

    MAGIC             10 bytes  b"PADOSSIER\\x00"
    container version  1 byte   (1); a newer one is refused as too new
    header length      4 bytes  big-endian
    header             JSON, UTF-8, not secret and without personal data:
                       {"cipher": "aes-256-gcm", "kdf": "argon2id", "memory_kib", "iterations",
                        "lanes", "salt", "nonce", "check"} (binary values base64)
    ciphertext         AES-256-GCM of the JSON payload (domain/transfer_schema.py), tag included

Argon2id derives 48 bytes from the passphrase: 32 are the AES key, 16 a check value kept in the
header (as WinZip AES keeps a password verifier), so a wrong passphrase is told apart from a
damaged file. The payload is padded with spaces to a multiple of 1 KiB so the file size says
little about how long the dossier is. KDF parameters are bounded before use: a forged header
cannot make the reader spend gigabytes of memory.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import secrets
import struct
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pa_desktop.services.errors import ServiceError
from pa_desktop.store.keyfile import KdfParameters

MAGIC = b"PADOSSIER\x00"
CONTAINER_VERSION = 1
SUFFIX = ".padossier"
MAX_HEADER = 4096
MAX_FILE = 64 * 1024 * 1024
PAD = 1024
_PREFIX = struct.Struct(">BI")


class TransferFileError(ServiceError):
    """Not a transfer file this version can open. `reason`: not_a_transfer_file, damaged (cut
    short or changed: the authentication failed), too_new, bad_content, too_large, unreadable."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason} {detail}".strip())
        self.reason = reason
        self.detail = detail


class WrongTransferPassphraseError(ServiceError):
    """The transfer passphrase does not open this file. Nothing was read or written."""


@dataclass(frozen=True)
class TransferKdf:
    """Argon2id, RFC 9106's second recommended setting (as for the vault key)."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    def check_bounds(self) -> None:
        """Refuse parameters no PA Desktop writes (a forged header must not exhaust memory or
        keep the laptop busy for a minute before saying "wrong passphrase"): never more than
        the defaults above."""
        if not (
            8 * 1024 <= self.memory_kib <= 64 * 1024
            and 1 <= self.iterations <= 3
            and 1 <= self.lanes <= 4
        ):
            raise TransferFileError("damaged", "kdf")

    def derive(self, passphrase: str, salt: bytes) -> tuple[bytes, bytes]:
        """(AES key, check value)."""
        argon2 = KdfParameters(self.memory_kib, self.iterations, self.lanes)
        material = argon2.derive(passphrase, salt, length=48)
        return material[:32], material[32:]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any) -> bytes:
    if not isinstance(value, str):
        raise TransferFileError("damaged", "header")
    try:
        return base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise TransferFileError("damaged", "header") from None


def seal(payload: dict[str, Any], passphrase: str, kdf: TransferKdf | None = None) -> bytes:
    """The file's bytes for `payload` (JSON-ready), encrypted under `passphrase`."""
    parameters = kdf or TransferKdf()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    key, check = parameters.derive(passphrase, salt)
    header = json.dumps(
        {
            "cipher": "aes-256-gcm",
            "kdf": "argon2id",
            "memory_kib": parameters.memory_kib,
            "iterations": parameters.iterations,
            "lanes": parameters.lanes,
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "check": _b64(check),
        },
        sort_keys=True,
        separators=(",", ":"),
    ).encode("ascii")
    prefix = MAGIC + _PREFIX.pack(CONTAINER_VERSION, len(header)) + header
    plain = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    plain += b" " * (-len(plain) % PAD)
    return prefix + AESGCM(key).encrypt(nonce, plain, prefix)


@dataclass(frozen=True)
class _Parsed:
    prefix: bytes
    header: dict[str, Any]
    ciphertext: bytes


def _parse(data: bytes) -> _Parsed:
    if len(data) > MAX_FILE:
        raise TransferFileError("too_large")
    if not data.startswith(MAGIC):
        raise TransferFileError("not_a_transfer_file")
    start = len(MAGIC) + _PREFIX.size
    if len(data) < start:
        raise TransferFileError("damaged", "short")
    version, length = _PREFIX.unpack_from(data, len(MAGIC))
    if version > CONTAINER_VERSION:
        raise TransferFileError("too_new", str(version))
    if version < 1 or length > MAX_HEADER or len(data) < start + length + 16:
        raise TransferFileError("damaged", "header")
    try:
        header = json.loads(data[start : start + length].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise TransferFileError("damaged", "header") from None
    if not isinstance(header, dict):
        raise TransferFileError("damaged", "header")
    if header.get("cipher") != "aes-256-gcm" or header.get("kdf") != "argon2id":
        raise TransferFileError("too_new", "cipher")
    return _Parsed(data[: start + length], header, data[start + length :])


def _kdf(header: dict[str, Any]) -> TransferKdf:
    values = [header.get(k) for k in ("memory_kib", "iterations", "lanes")]
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        raise TransferFileError("damaged", "kdf")
    kdf = TransferKdf(int(values[0] or 0), int(values[1] or 0), int(values[2] or 0))
    kdf.check_bounds()
    return kdf


def open_sealed(data: bytes, passphrase: str) -> dict[str, Any]:
    """The payload of a file; raises TransferFileError or WrongTransferPassphraseError."""
    parsed = _parse(data)
    kdf = _kdf(parsed.header)
    salt = _unb64(parsed.header.get("salt"))
    nonce = _unb64(parsed.header.get("nonce"))
    stored_check = _unb64(parsed.header.get("check"))
    if len(salt) < 16 or len(nonce) != 12 or len(stored_check) != 16:
        raise TransferFileError("damaged", "header")
    key, check = kdf.derive(passphrase, salt)
    if not hmac.compare_digest(check, stored_check):
        raise WrongTransferPassphraseError()
    try:
        plain = AESGCM(key).decrypt(nonce, parsed.ciphertext, parsed.prefix)
    except InvalidTag:
        raise TransferFileError("damaged", "authentication") from None
    try:
        payload = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # deep nesting: refused, not a crash
        raise TransferFileError("bad_content", "json") from None
    if not isinstance(payload, dict):
        raise TransferFileError("bad_content", "json")
    return payload
