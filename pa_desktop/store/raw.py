"""Raw SQLCipher access for the few steps SQLAlchemy cannot take inside a transaction: VACUUM,
a WAL checkpoint, `sqlcipher_export` under a new key, and checking a copy with its key.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlcipher3 import dbapi2 as sqlcipher


@contextmanager
def raw_cursor(engine: Engine, autocommit: bool = False) -> Iterator[Any]:
    """A DB-API cursor of one of the engine's connections. Bulk reads of a whole school take it
    to skip SQLAlchemy's per-row work; `autocommit`: outside any transaction (VACUUM and ATTACH
    refuse to run inside one, and a writer that must not wait begins its own). The connection's
    isolation level is restored after."""
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        previous = raw.isolation_level
        if autocommit:
            raw.isolation_level = None
        cursor = raw.cursor()
        try:
            yield cursor
        finally:
            cursor.close()
            raw.isolation_level = previous


@contextmanager
def autocommit_cursor(engine: Engine) -> Iterator[Any]:
    """`raw_cursor` outside any transaction."""
    with raw_cursor(engine, autocommit=True) as cursor:
        yield cursor


def connect_keyed(path: Path, key: bytes, read_only: bool = False, autocommit: bool = False) -> Any:
    """A plain SQLCipher connection to the database file at `path`, opened with `key`; damage is
    reported by the caller in words, so SQLCipher's own log stays silent."""
    uri = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    connection = sqlcipher.connect(uri, uri=read_only, check_same_thread=False)
    if autocommit:
        connection.isolation_level = None
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection
