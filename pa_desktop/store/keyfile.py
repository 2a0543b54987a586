"""The vault's key file: the database key, wrapped once per way of unlocking.

The database is encrypted with a random 256-bit key that never changes (so a passphrase change
does not re-encrypt the data). That key is stored only wrapped: AES-256-GCM under a key derived
with Argon2id from the passphrase, and again under one derived from the recovery code. The vault
id and the slot name are authenticated with each wrap, so slots cannot be swapped between vaults.
The file holds no personal data: ids, salts, KDF parameters and ciphertext only.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_FILE_FORMAT = 1
DATABASE_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
# Ceilings for a key file read from disk: 1 GiB, 16 passes, 16 lanes is far above what any
# version writes (64 MiB, 3, 4) and still unlocks on a school laptop within a minute.
MAX_MEMORY_KIB = 1024 * 1024
MAX_ITERATIONS = 16
MAX_LANES = 16
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
RECOVERY_GROUPS = 6
RECOVERY_GROUP_SIZE = 4


class KeyFileError(Exception):
    """The key file is missing, damaged or from a newer version."""


class WrongSecretError(Exception):
    """The passphrase or recovery code does not unwrap the key (nothing was changed)."""


@dataclass(frozen=True)
class KdfParameters:
    """Argon2id, RFC 9106's second recommended setting: 64 MiB, 3 passes, 4 lanes."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    def derive(self, secret: str, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret.encode("utf-8"))


@dataclass
class WrappedKey:
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    kdf: KdfParameters

    def to_json(self) -> dict[str, Any]:
        return {
            "kdf": "argon2id",
            "memory_kib": self.kdf.memory_kib,
            "iterations": self.kdf.iterations,
            "lanes": self.kdf.lanes,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WrappedKey:
        if data.get("kdf") != "argon2id":
            raise KeyFileError("unsupported key derivation in key file")
        wrapped = cls(
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            ciphertext=_unb64(data["ciphertext"]),
            kdf=KdfParameters(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"])),
        )
        wrapped._check()
        return wrapped

    def _check(self) -> None:
        """Refuse a tampered slot before Argon2 runs: absurd parameters would freeze or exhaust
        a shared laptop at the unlock screen, and wrong lengths can never decrypt anyway."""
        kdf = self.kdf
        sizes_right = (
            len(self.salt) == SALT_BYTES
            and len(self.nonce) == NONCE_BYTES
            and len(self.ciphertext) == DATABASE_KEY_BYTES + TAG_BYTES
        )
        kdf_sane = (
            1 <= kdf.lanes <= MAX_LANES
            and 1 <= kdf.iterations <= MAX_ITERATIONS
            and 8 * kdf.lanes <= kdf.memory_kib <= MAX_MEMORY_KIB
        )
        if not (sizes_right and kdf_sane):
            raise KeyFileError("the vault's key file is damaged")


@dataclass
class KeyFile:
    """The parsed key file; `slots` maps "passphrase" and "recovery" to their wrapped key."""

    vault_id: str
    slots: dict[str, WrappedKey] = field(default_factory=dict)

    @classmethod
    def new(cls) -> KeyFile:
        return cls(vault_id=str(uuid.uuid4()))

    def wrap(self, slot: str, secret: str, database_key: bytes, kdf: KdfParameters) -> None:
        salt = secrets.token_bytes(SALT_BYTES)
        nonce = secrets.token_bytes(NONCE_BYTES)
        wrapping_key = kdf.derive(secret, salt)
        ciphertext = AESGCM(wrapping_key).encrypt(nonce, database_key, self._aad(slot))
        self.slots[slot] = WrappedKey(salt, nonce, ciphertext, kdf)

    def unwrap(self, slot: str, secret: str) -> bytes:
        wrapped = self.slots.get(slot)
        if wrapped is None:
            raise KeyFileError(f"the key file has no {slot} slot")
        wrapping_key = wrapped.kdf.derive(secret, wrapped.salt)
        try:
            return AESGCM(wrapping_key).decrypt(wrapped.nonce, wrapped.ciphertext, self._aad(slot))
        except InvalidTag:
            raise WrongSecretError(slot) from None

    def _aad(self, slot: str) -> bytes:
        return f"pa-desktop/{KEY_FILE_FORMAT}/{self.vault_id}/{slot}".encode()

    def save(self, path: Path) -> None:
        """Write atomically (temp file, fsync, rename) so a crash never leaves half a key file."""
        data = json.dumps(self.to_payload(), indent=2).encode("utf-8")
        temporary = path.with_name(path.name + ".tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(descriptor, data)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, path)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise KeyFileError("the vault's key file is missing") from None
        except (OSError, ValueError) as error:
            raise KeyFileError("the vault's key file cannot be read") from error
        return cls.from_payload(payload)

    def to_payload(self) -> dict[str, Any]:
        """The file's content as JSON-ready data (a backup carries it: wrapped keys only)."""
        return {
            "format": KEY_FILE_FORMAT,
            "vault_id": self.vault_id,
            "slots": {name: wrapped.to_json() for name, wrapped in self.slots.items()},
        }

    @classmethod
    def from_payload(cls, payload: Any) -> KeyFile:
        if not isinstance(payload, dict) or payload.get("format") != KEY_FILE_FORMAT:
            raise KeyFileError("the vault's key file has an unknown format")
        try:
            slots = {name: WrappedKey.from_json(raw) for name, raw in payload["slots"].items()}
            return cls(vault_id=str(payload["vault_id"]), slots=slots)
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise KeyFileError("the vault's key file is damaged") from error


def new_database_key() -> bytes:
    return secrets.token_bytes(DATABASE_KEY_BYTES)


def new_recovery_code() -> str:
    """24 Crockford-base32 characters (120 bits) in groups of four, easy to copy by hand."""
    characters = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * 4))
    groups = [characters[i : i + RECOVERY_GROUP_SIZE] for i in range(0, len(characters), 4)]
    return "-".join(groups)


def normalise_recovery_code(text: str) -> str:
    """Forgive what people get wrong when typing a code: case, spaces, dashes, O/0 and I/L/1."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    groups = [cleaned[i : i + RECOVERY_GROUP_SIZE] for i in range(0, len(cleaned), 4)]
    return "-".join(groups)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
