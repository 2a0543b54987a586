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
import secrets
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from pa_desktop.store.durable import replace_atomically

KEY_FILE_FORMAT = 1
DATABASE_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
# Ceilings for a key file read from disk: exactly what PA Desktop itself writes (64 MiB, 3
# passes, 4 lanes). Anything above was not made by PA Desktop and is refused before Argon2 runs:
# a planted key file must not freeze a school laptop for a minute and then say "wrong passphrase".
MAX_MEMORY_KIB = 64 * 1024
MAX_ITERATIONS = 3
MAX_LANES = 4
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
RECOVERY_GROUPS = 6
RECOVERY_GROUP_SIZE = 4


class KeyFileError(Exception):
    """The key file is missing, damaged or from a newer version."""


class ForeignKeyFileError(KeyFileError):
    """The key file asks for more than PA Desktop ever writes: not made by PA Desktop."""


class WrongSecretError(Exception):
    """The passphrase or recovery code does not unwrap the key (nothing was changed)."""


@dataclass(frozen=True)
class KdfParameters:
    """Argon2id, RFC 9106's second recommended setting: 64 MiB, 3 passes, 4 lanes."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4

    def derive(self, secret: str, salt: bytes, length: int = 32) -> bytes:
        """`length` bytes from the secret: 32 for a wrapping key; a transfer file takes 48
        (its AES key and a check value)."""
        kdf = Argon2id(
            salt=salt,
            length=length,
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
        numbers = [data["memory_kib"], data["iterations"], data["lanes"]]
        if not all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
            raise KeyFileError("the vault's key file is damaged")
        wrapped = cls(
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            ciphertext=_unb64(data["ciphertext"]),
            kdf=KdfParameters(*numbers),
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
        kdf_sane = kdf.lanes >= 1 and kdf.iterations >= 1 and 8 * kdf.lanes <= kdf.memory_kib
        if not (sizes_right and kdf_sane):
            raise KeyFileError("the vault's key file is damaged")
        if (
            kdf.lanes > MAX_LANES
            or kdf.iterations > MAX_ITERATIONS
            or kdf.memory_kib > MAX_MEMORY_KIB
        ):
            raise ForeignKeyFileError("the key file was not made by PA Desktop")


@dataclass
class KeyFile:
    """The parsed key file; `slots` maps "passphrase" and "recovery" to their wrapped key."""

    vault_id: str
    slots: dict[str, WrappedKey] = field(default_factory=dict)
    # small values sealed with AES-GCM under keys derived from the database key (the audit
    # log's head): name -> {"nonce", "ciphertext"} in base64
    sealed: dict[str, dict[str, str]] = field(default_factory=dict)

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

    def seal(self, name: str, key: bytes, value: dict[str, Any]) -> None:
        """Keep `value` (JSON) sealed under `key`: readable and changeable only with it."""
        nonce = secrets.token_bytes(NONCE_BYTES)
        plain = json.dumps(value, sort_keys=True).encode("utf-8")
        ciphertext = AESGCM(key).encrypt(nonce, plain, self._aad(f"sealed/{name}"))
        self.sealed[name] = {"nonce": _b64(nonce), "ciphertext": _b64(ciphertext)}

    def unseal(self, name: str, key: bytes) -> dict[str, Any] | None:
        """The sealed value; None when there is none. Raises KeyFileError when it was altered
        or sealed under another key."""
        found = self.sealed.get(name)
        if found is None:
            return None
        try:
            plain = AESGCM(key).decrypt(
                _unb64(found["nonce"]), _unb64(found["ciphertext"]), self._aad(f"sealed/{name}")
            )
            value = json.loads(plain)
        except (InvalidTag, KeyError, ValueError, TypeError):
            raise KeyFileError(f"the sealed {name} in the key file was altered") from None
        if not isinstance(value, dict):
            raise KeyFileError(f"the sealed {name} in the key file was altered")
        return value

    def save(self, path: Path) -> None:
        """Write atomically (temp file, fsync, rename) so a crash never leaves half a key file."""
        replace_atomically(path, json.dumps(self.to_payload(), indent=2).encode("utf-8"))

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
        payload: dict[str, Any] = {
            "format": KEY_FILE_FORMAT,
            "vault_id": self.vault_id,
            "slots": {name: wrapped.to_json() for name, wrapped in self.slots.items()},
        }
        if self.sealed:
            payload["sealed"] = {name: dict(value) for name, value in self.sealed.items()}
        return payload

    @classmethod
    def from_payload(cls, payload: Any) -> KeyFile:
        if not isinstance(payload, dict) or payload.get("format") != KEY_FILE_FORMAT:
            raise KeyFileError("the vault's key file has an unknown format")
        try:
            slots = {name: WrappedKey.from_json(raw) for name, raw in payload["slots"].items()}
            sealed_raw = payload.get("sealed", {})
            sealed = {
                str(name): {"nonce": str(value["nonce"]), "ciphertext": str(value["ciphertext"])}
                for name, value in sealed_raw.items()
            }
            return cls(vault_id=str(payload["vault_id"]), slots=slots, sealed=sealed)
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as error:
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
