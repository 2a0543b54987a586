"""Opening the SQLCipher 4 database through SQLAlchemy, with the key checked before any use.

SQLCipher accepts any key at `PRAGMA key` and only fails at the first read, so every open reads
the schema at once and turns "file is not a database" into a clear wrong-key error.

Connections: one per unit of work, borrowed from a pool that never closes a connection while it
is lent out (`VaultPool`). Any thread may borrow any connection (`check_same_thread=False`), but
only one unit of work holds it at a time, so background tasks on recycled threads are safe all day.
Each new connection is keyed by the driver from the URL and configured on connect (WAL,
synchronous=FULL, secure_delete). Disposing the pool (the lock) closes idle connections at once
and a lent-out one the moment it comes back, so no keyed connection outlives a lock.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

DATABASE_FILE = "vault.db"
KEY_FILE = "vault.keys"


class WrongKeyError(Exception):
    """The database does not open with this key (or is not a PA Desktop vault)."""


class DatabaseDamagedError(Exception):
    """The file opened but failed an integrity check."""


class VaultSealedError(Exception):
    """The vault is locked or closed: its connections are closed and its key is forgotten."""


def _refuse(*_args: object) -> None:
    raise VaultSealedError("the vault is locked")


def seal_engine(engine: Engine) -> None:
    """Close every connection (one still lent out: when it comes back) and make any later
    connect attempt fail: a closed or locked vault never quietly reconnects (its URL still
    carries the key)."""
    engine.dispose()
    # asked of the dialect's own listeners: `event.contains` keys its registry by `id(engine)`,
    # and an entry outlives its engine while the dialect lives on (a connection still lent out
    # holds it), so a new engine at a reused address was taken for sealed and never sealed
    if _refuse not in list(engine.dialect.dispatch.do_connect):
        event.listen(engine, "do_connect", _refuse)


def restrict_permissions(path: Path, directory: bool = False) -> None:
    """Owner-only access where the operating system has POSIX permissions."""
    if sys.platform.startswith("win"):
        return
    with contextlib.suppress(OSError):
        os.chmod(path, 0o700 if directory else 0o600)


def prepare_database_file(path: Path) -> None:
    """Create an empty owner-only file, so SQLite's WAL and SHM files inherit the same rights."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(descriptor)


# connections kept open between units of work; more are opened (and closed on return) when more
# threads work at once, so a unit of work never waits for another to finish
POOL_SIZE = 4
# a writer waits this long for another connection's write transaction before "database is locked"
BUSY_TIMEOUT_S = 30.0


class VaultPool(QueuePool):
    """A queue of connections, each lent to one unit of work at a time and never closed while lent.

    Unlike SQLAlchemy's `SingletonThreadPool` (one connection per thread, and past its size it
    closes an arbitrary connection, possibly one in use on another thread), a connection here is
    only ever closed while idle. After `dispose()` a connection still lent out is closed when it
    is returned instead of going back into a queue nobody reads (where it would stay open, keyed,
    after the vault was locked).
    """

    _disposed = False

    def dispose(self) -> None:
        self._disposed = True
        super().dispose()

    def _do_return_conn(self, record: ConnectionPoolEntry) -> None:
        if self._disposed:
            record.close()
            return
        super()._do_return_conn(record)


def open_engine(
    path: Path, key: bytes, must_exist: bool = False, read_only: bool = False
) -> Engine:
    """An engine whose every connection is keyed, in WAL mode with synchronous=FULL.

    `must_exist`: a missing or empty file is damage (DatabaseDamagedError), not a place where
    SQLite may quietly start a new, empty database. `read_only`: a vault on a medium that cannot
    be written (a write-protected stick, a read-only share) is opened as an immutable file,
    without WAL: reading and backing it up work, any write is refused."""
    if must_exist:
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            raise DatabaseDamagedError("the vault's database file is missing") from None
        if size == 0:
            raise DatabaseDamagedError("the vault's database file is empty")
    url = URL.create(
        drivername="sqlite+pysqlcipher",
        password=f"x'{key.hex()}'",
        database=f"file:{path}" if read_only else str(path),
        query={"mode": "ro", "immutable": "1", "uri": "true"} if read_only else {},
    )
    engine = create_engine(
        url,
        poolclass=VaultPool,
        pool_size=POOL_SIZE,
        max_overflow=-1,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_S},
        hide_parameters=True,
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        cursor = dbapi_connection.cursor()
        try:
            # SQLCipher's own log would print "ERROR CORE hmac check failed" lines on stderr:
            # damage is reported in words by the checks instead
            cursor.execute("PRAGMA cipher_log_level = NONE")
            cursor.execute("PRAGMA foreign_keys = ON")
            if read_only:  # mode=ro: SQLite itself refuses every write to the file
                return
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = FULL")
            cursor.execute("PRAGMA secure_delete = ON")
            cursor.execute("PRAGMA temp_store = MEMORY")
            # decrypted pages stay cached: a school's year is read again at every refresh
            cursor.execute("PRAGMA cache_size = -32768")
        finally:
            cursor.close()

    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
    except (DatabaseError, OperationalError) as error:
        engine.dispose()
        if "not a database" in str(error.orig) or "encrypted" in str(error.orig):
            raise WrongKeyError("the database key does not open this vault") from None
        raise
    for suffix in ("", "-wal", "-shm"):
        sibling = path.with_name(path.name + suffix)
        if sibling.exists() and not read_only:
            restrict_permissions(sibling)
    return engine


def integrity_problems(engine: Engine) -> list[str]:
    """SQLite's and SQLCipher's own checks; an empty list means the file is sound."""
    problems: list[str] = []
    with engine.connect() as connection:
        # each check on its own: a page too damaged to read stops one check, not the others
        try:
            rows = connection.exec_driver_sql("PRAGMA integrity_check").scalars().all()
            problems.extend(str(row) for row in rows if str(row) != "ok")
        except DatabaseError as error:
            problems.append(f"integrity check stopped: {error.orig}")
        try:
            cipher = connection.exec_driver_sql("PRAGMA cipher_integrity_check").scalars().all()
            problems.extend(str(row) for row in cipher)
        except DatabaseError as error:
            problems.append(f"cipher integrity check stopped: {error.orig}")
        try:
            fk_rows = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
            problems.extend(f"foreign key: {tuple(row)}" for row in fk_rows)
        except DatabaseError as error:
            problems.append(f"foreign key check stopped: {error.orig}")
    return problems
