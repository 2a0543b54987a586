"""Rotating the database key: a new random key, the database re-encrypted into a new file, the
new key wrapped under a (new) passphrase and a new recovery code, and the two files switched as
one crash-safe step.

After a passphrase or a recovery code leaked, re-wrapping is not enough: an old copy of the key
file and the leaked secret would still unwrap today's key. Rotation makes a new key, so old key
files (and old backups) open only the old data they came with.

The steps, each durable (fsync) before the next:

1. `vault.db.rotating`: the database exported under the new key (`sqlcipher_export`), its audit
   chain verified under the old key and re-keyed under the new one, its integrity checked.
2. `vault.keys.rotating`: the new key file (same vault id, new wraps, the re-keyed audit head).
3. `vault.rotation`: the journal. Its appearance is the commit point.
4. `vault.db.rotating` -> `vault.db` (the old WAL and SHM removed first), then
   `vault.keys.rotating` -> `vault.keys`, then the journal is removed.

Every open first calls `finish_interrupted_rotation`: with a journal, the switch is completed
(roll forward); without one, left-over `.rotating` files are removed (roll back). So a crash at
any moment leaves a vault that opens with either the old secrets or the new ones, never neither.
The whole rotation holds the key-file lock, so no other process changes or recovers meanwhile.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pa_desktop.store.audit import KEYED_PREFIX, AuditKeys, _mac
from pa_desktop.store.database import DATABASE_FILE, KEY_FILE, DatabaseDamagedError
from pa_desktop.store.durable import fsync_file, fsync_folder
from pa_desktop.store.keyfile import (
    KdfParameters,
    KeyFile,
    new_database_key,
    new_recovery_code,
)
from pa_desktop.store.locks import key_file_lock
from pa_desktop.store.raw import autocommit_cursor, connect_keyed
from pa_desktop.store.rotation_journal import (
    JOURNAL,
    ROTATING,
    paths_of,
    roll_back,
    switch,
)
from pa_desktop.store.vault import (
    AUDIT_HEAD,
    PASSPHRASE_SLOT,
    RECOVERY_SLOT,
    OpenVault,
    _open_with_key,
)

Step = Callable[[str], None]


# rotation -------------------------------------------------------------------------------------
def _export(opened: OpenVault, target: Path, new_key: bytes) -> int:
    """Re-encrypt the whole database into `target` under `new_key`; returns its schema
    version."""
    with autocommit_cursor(opened.engine) as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = int(cursor.execute("PRAGMA user_version").fetchone()[0])
        cursor.execute(f"ATTACH DATABASE ? AS rotated KEY \"x'{new_key.hex()}'\"", (str(target),))
        try:
            cursor.execute("SELECT sqlcipher_export('rotated')")
            cursor.execute(f"PRAGMA rotated.user_version = {version}")
        finally:
            cursor.execute("DETACH DATABASE rotated")
    return version


def _rekey_audit(connection: Any, keys: AuditKeys) -> tuple[int, str]:
    """Re-compute every keyed MAC under the new key (the chain was verified under the old one);
    returns the new head (count, last MAC)."""
    triggers = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
    ).fetchall()
    rows = connection.execute(
        "SELECT id, at, actor, action, pupil_id, details, hash FROM audit_log ORDER BY id"
    ).fetchall()
    connection.execute("BEGIN IMMEDIATE")
    try:
        for name, _sql in triggers:
            connection.execute(f'DROP TRIGGER "{name}"')
        previous = "0" * 64
        for entry_id, at, actor, action, pupil_id, details, stored in rows:
            at_text = at if isinstance(at, str) else str(at)
            if str(stored).startswith(KEYED_PREFIX):
                stored = _mac(keys.mac, previous, at_text, actor, action, pupil_id, details)
            connection.execute(
                "UPDATE audit_log SET previous_hash = ?, hash = ? WHERE id = ?",
                (previous, stored, entry_id),
            )
            previous = str(stored)
        for _name, sql in triggers:
            connection.execute(sql)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return len(rows), previous


def rotate_key(
    opened: OpenVault,
    new_passphrase: str,
    kdf: KdfParameters,
    step: Step | None = None,
) -> tuple[bytes, str]:
    """Rotate the key of the open vault; returns the new key and the new recovery code. The
    open vault's connections are closed on the way; after a success it points at a file that
    is gone: close it and open with the new key. Raises DatabaseDamagedError when the audit
    chain or the new copy fails its check (the old files are then untouched and the open vault
    carries on)."""
    folder = opened.folder
    paths = paths_of(folder)
    step = step or (lambda _name: None)
    with key_file_lock(folder):
        roll_back(folder)
        step("started")
        problems = opened.verify_audit()
        if problems:
            raise DatabaseDamagedError("the audit log failed its check: " + problems[0])
        new_key = new_database_key()
        new_keys = AuditKeys.derive(new_key)
        try:
            _export(opened, paths["new_db"], new_key)
            step("exported")
            connection = connect_keyed(paths["new_db"], new_key, autocommit=True)
            try:
                count, mac = _rekey_audit(connection, new_keys)
                step("audit_rekeyed")
                bad = [
                    str(r[0])
                    for r in connection.execute("PRAGMA integrity_check").fetchall()
                    if str(r[0]) != "ok"
                ]
                if bad:
                    raise DatabaseDamagedError("the re-encrypted copy failed its check")
                connection.execute("PRAGMA journal_mode = WAL")
            finally:
                connection.close()
            for suffix in ("-wal", "-shm"):
                (folder / (DATABASE_FILE + ROTATING + suffix)).unlink(missing_ok=True)
            fsync_file(paths["new_db"])
            step("database_written")
            code = new_recovery_code()
            key_file = KeyFile(vault_id=opened.vault_id)
            key_file.wrap(PASSPHRASE_SLOT, new_passphrase, new_key, kdf)
            key_file.wrap(RECOVERY_SLOT, code, new_key, kdf)
            if count:
                key_file.seal(AUDIT_HEAD, new_keys.seal, {"count": count, "mac": mac})
            key_file.save(paths["new_keys"])
            fsync_folder(folder)
            step("keys_written")
            opened.engine.dispose()  # no connection may write into the old file any more
            step("closed")
            journal = folder / (JOURNAL + ".tmp")
            journal.write_text(json.dumps({"format": 1, "switch": True}), encoding="utf-8")
            fsync_file(journal)
            step("journal_written")
        except BaseException:
            if not paths["journal"].exists():
                roll_back(folder)
            raise
        os.replace(journal, paths["journal"])  # the commit point
        fsync_folder(folder)
        step("committed")
        switch(folder, step)
    return new_key, code


def reopen(folder: Path, key: bytes) -> OpenVault:
    """Open the vault with the key a rotation returned."""
    return _open_with_key(folder, KeyFile.load(folder / KEY_FILE), key)


def check_current(opened: OpenVault, current: str) -> None:
    """`current` (passphrase or recovery code) must open the key file as it is on disk now and
    give this vault's key; WrongSecretError or KeyFileError otherwise."""
    opened._check_current(KeyFile.load(opened.folder / KEY_FILE), current)
