"""The operating system's credential store, used only as a convenience to open a vault.

On a school laptop it may be missing (headless Linux), locked, or forbidden by policy. Every call
here swallows those failures and reports "not available": the passphrase always remains the way in,
and a failure here can never lead to a new key for an existing vault.
"""

from __future__ import annotations

import logging
from typing import Protocol

SERVICE_NAME = "pa-desktop-vault"
_log = logging.getLogger(__name__)


class CredentialStore(Protocol):
    def get(self, vault_id: str) -> bytes | None: ...

    def put(self, vault_id: str, key: bytes) -> bool: ...

    def delete(self, vault_id: str) -> None: ...


class SystemKeychain:
    """`keyring` behind a failure-proof face; the secret is the vault's database key."""

    def available(self) -> bool:
        return self._backend_usable()

    def _backend_usable(self) -> bool:
        try:
            import keyring
            from keyring.backends import fail

            backend = keyring.get_keyring()
            if isinstance(backend, fail.Keyring):
                return False
            priority = getattr(backend, "priority", 1)
            return bool(priority and priority > 0)
        except Exception:  # any import or backend discovery failure means "not available"
            return False

    def get(self, vault_id: str) -> bytes | None:
        if not self._backend_usable():
            return None
        try:
            import keyring

            stored = keyring.get_password(SERVICE_NAME, vault_id)
        except Exception as error:
            _log.info("credential store not readable: %s", type(error).__name__)
            return None
        if not stored:
            return None
        try:
            return bytes.fromhex(stored)
        except ValueError:
            return None

    def put(self, vault_id: str, key: bytes) -> bool:
        if not self._backend_usable():
            return False
        try:
            import keyring

            keyring.set_password(SERVICE_NAME, vault_id, key.hex())
            return True
        except Exception as error:
            _log.info("credential store not writable: %s", type(error).__name__)
            return False

    def delete(self, vault_id: str) -> None:
        if not self._backend_usable():
            return
        try:
            import keyring

            keyring.delete_password(SERVICE_NAME, vault_id)
        except Exception as error:
            _log.info("credential store entry not removed: %s", type(error).__name__)


class MemoryKeychain:
    """An in-process credential store for tests and the demo (never touches the disk)."""

    def __init__(self, broken: bool = False) -> None:
        self._entries: dict[str, bytes] = {}
        self.broken = broken

    def get(self, vault_id: str) -> bytes | None:
        return None if self.broken else self._entries.get(vault_id)

    def put(self, vault_id: str, key: bytes) -> bool:
        if self.broken:
            return False
        self._entries[vault_id] = key
        return True

    def delete(self, vault_id: str) -> None:
        self._entries.pop(vault_id, None)
