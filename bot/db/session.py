"""Engines and sessions for the app database (SQLite by default, PostgreSQL by URL).

A database that is briefly unavailable must not cost a caregiver's message or an escalation record:
- SQLite: WAL and a busy timeout, so a writer waits (SQLite retries for us) while another holds the lock.
  Connections are pooled (SQLAlchemy 2.0's default for a file; 1.4 opened a new one per session): opening one
  and setting its pragmas cost 3.3 ms against 1.1 ms for a pooled session, several times per message.
- PostgreSQL (or any server database): `pool_pre_ping` finds connections a restart broke, and new connections
  are retried with back-off for up to `CONNECT_RETRY_SECONDS` (tenacity), so a request that arrives while the
  server restarts waits for it instead of failing.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool
from tenacity import before_sleep_log, retry, retry_if_exception, stop_after_delay, wait_exponential

logger = logging.getLogger(__name__)
CONNECT_RETRY_SECONDS = 15.0  # about as long as SQLite's busy timeout: a restart, a fail-over, not an outage


def sqlite_pooling() -> dict:
    """`create_engine` arguments for a SQLite file: pooled connections. check_same_thread is off because the
    pool hands a connection to one thread at a time (the gateway's thread pool)."""
    return {"poolclass": QueuePool, "pool_size": 5, "max_overflow": 20,
            "connect_args": {"timeout": 15, "check_same_thread": False}}


def sqlite_pragmas(connection: Any, _record: Any = None) -> None:
    """For each new SQLite connection (a SQLAlchemy "connect" listener): WAL and a 15 s busy wait."""
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.close()


def make_engine(url: str) -> Engine:
    """A 2.0-style engine. SQLite gets WAL and a busy timeout so the gateway's writers wait instead of failing."""
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, future=True, **sqlite_pooling())
        event.listen(engine, "connect", sqlite_pragmas)
        return engine
    engine = create_engine(url, future=True, pool_pre_ping=True)
    retry_connections(engine)
    return engine


def retry_connections(engine: Engine, within_seconds: float = CONNECT_RETRY_SECONDS) -> None:
    """Retry opening a DB-API connection with back-off while the server refuses it (restarting, failing over)."""
    dbapi_error = getattr(engine.dialect.dbapi, "OperationalError", None)
    if dbapi_error is None:
        return

    @retry(retry=retry_if_exception(lambda error: isinstance(error, dbapi_error)),
           wait=wait_exponential(multiplier=0.1, max=2.0), stop=stop_after_delay(within_seconds),
           before_sleep=before_sleep_log(logger, logging.WARNING), reraise=True)
    def connect(cargs, cparams):  # type: ignore[no-untyped-def]
        return engine.dialect.connect(*cargs, **cparams)

    @event.listens_for(engine, "do_connect")
    def _connect_with_retry(_dialect, _record, cargs, cparams):  # type: ignore[no-untyped-def]
        return connect(cargs, cparams)


def make_sessionmaker(engine: Engine) -> sessionmaker:
    return sessionmaker(bind=engine, future=True, expire_on_commit=False)


_SESSIONMAKERS: dict = {}


def shared_sessionmaker(url: str) -> sessionmaker:
    """One engine per URL per process, created on first use. The schema is migrated at start-up
    (scripts/run.sh and the gateway run `bot.db.migrate`), never in the middle of a caregiver's request."""
    if url not in _SESSIONMAKERS:
        _SESSIONMAKERS[url] = make_sessionmaker(make_engine(url))
    return _SESSIONMAKERS[url]
