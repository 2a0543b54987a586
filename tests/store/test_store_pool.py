"""The vault's connection pool: a connection is never closed while a unit of work holds it.

SQLAlchemy's SingletonThreadPool (used before) kept one connection per thread and, past its size,
closed an arbitrary one, possibly mid-transaction on another thread ("Cannot operate on a closed
database"). These tests fail on that pool.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from pa_desktop.store import care
from pa_desktop.store.database import VaultPool
from pa_desktop.store.keyfile import KdfParameters
from pa_desktop.store.vault import OpenVault, create_vault

LIGHT = KdfParameters(memory_kib=8 * 1024, iterations=1, lanes=1)


@pytest.fixture
def opened(tmp_path: Path) -> OpenVault:
    vault, _code = create_vault(tmp_path / "v", "pool passphrase", LIGHT)
    with vault.engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE tally (n INTEGER NOT NULL)")
    return vault


def test_the_engine_uses_the_vault_pool_with_its_pragmas(opened: OpenVault) -> None:
    assert isinstance(opened.engine.pool, VaultPool)
    with opened.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar_one() == 1
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
    opened.close()


def test_a_connection_mid_transaction_survives_many_threads_connecting(opened: OpenVault) -> None:
    engine = opened.engine
    holder = engine.connect()
    transaction = holder.begin()
    holder.execute(text("INSERT INTO tally (n) VALUES (1)"))
    errors: list[BaseException] = []

    def read() -> None:
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT count(*) FROM pupils")).scalar_one()
        except BaseException as error:  # pragma: no cover - the assertion below shows it
            errors.append(error)

    threads = [threading.Thread(target=read) for _ in range(24)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    holder.execute(text("INSERT INTO tally (n) VALUES (2)"))  # still open, still in its txn
    transaction.commit()
    holder.close()
    assert errors == []
    with engine.connect() as connection:
        assert connection.execute(text("SELECT sum(n) FROM tally")).scalar_one() == 3
    opened.close()


def test_concurrent_writers_on_many_threads_lose_no_write(opened: OpenVault) -> None:
    engine = opened.engine
    errors: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            for _ in range(25):
                with engine.begin() as connection:
                    connection.execute(text("SELECT count(*) FROM tally")).scalar_one()
                    connection.execute(text("INSERT INTO tally (n) VALUES (:n)"), {"n": worker})
        except BaseException as error:  # pragma: no cover - the assertion below shows it
            errors.append(error)

    threads = [threading.Thread(target=write, args=(i,)) for i in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM tally")).scalar_one() == 12 * 25
    opened.close()


def test_a_connection_lent_out_at_the_lock_is_closed_when_it_comes_back(
    opened: OpenVault,
) -> None:
    engine = opened.engine
    connection = engine.connect()
    raw = connection.connection.dbapi_connection
    assert raw is not None
    care.lock(opened)
    # the unit of work that held it finishes normally ...
    assert connection.execute(text("SELECT count(*) FROM tally")).scalar_one() == 0
    connection.close()
    # ... and then its keyed connection is closed, not kept in a queue nobody reads
    with pytest.raises(Exception, match="closed"):
        raw.execute("SELECT 1")
    with pytest.raises(care.VaultSealedError):
        engine.connect()


def test_a_closed_vault_never_reconnects(opened: OpenVault) -> None:
    engine = opened.engine
    opened.close()
    # a task that outlived its window must fail, not quietly reconnect with the key in the URL
    with pytest.raises(care.VaultSealedError):
        engine.connect()


def test_the_schools_tables_move_the_overview_revisions(opened: OpenVault) -> None:
    with opened.engine.begin() as connection:
        names = {
            str(name)
            for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            ).all()
        }
        assert {
            "overview_schools_update",
            "overview_enrolments_insert",
            "overview_carried_b_delete",
        } <= names
        before = connection.exec_driver_sql(
            "SELECT coalesce(max(revision), 0) FROM overview_revisions WHERE pupil_id = 0"
        ).scalar_one()
        connection.exec_driver_sql("UPDATE schools SET number = '123'")
        after = connection.exec_driver_sql(
            "SELECT revision FROM overview_revisions WHERE pupil_id = 0"
        ).scalar_one()
    assert after == before + 1  # a school's data concern every row
    opened.close()


def test_an_engine_at_the_address_of_a_sealed_one_is_still_sealed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SQLAlchemy's event registry keys a listener by `id(engine)`; while a sealed engine's
    dialect lives on (a connection lent out at the lock holds it), its entry stays after the
    engine is gone, and `event.contains` says yes for a new engine at the same address. Sealing
    used to trust that answer and left such an engine able to reconnect (CI failed this way
    once). The stale answer is given here on purpose, since address reuse cannot be forced."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    from pa_desktop.store.database import seal_engine

    monkeypatch.setattr(event, "contains", lambda *_args: True)
    engine = create_engine("sqlite://", poolclass=NullPool)
    seal_engine(engine)
    with pytest.raises(care.VaultSealedError):
        engine.connect()
    seal_engine(engine)  # sealing twice adds no second listener
    listeners = list(engine.dialect.dispatch.do_connect)
    assert len(listeners) == 1
