"""Engines and sessions for the app database (SQLite by default, PostgreSQL by URL)."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker


def make_engine(url: str) -> Engine:
    """A 2.0-style engine. SQLite gets WAL and a busy timeout so the gateway's writers wait instead of failing."""
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, future=True, connect_args={"timeout": 15})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(connection, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=15000")
            cursor.close()

        return engine
    return create_engine(url, future=True, pool_pre_ping=True)


def make_sessionmaker(engine: Engine) -> sessionmaker:
    return sessionmaker(bind=engine, future=True, expire_on_commit=False)


_SESSIONMAKERS: dict = {}


def shared_sessionmaker(url: str) -> sessionmaker:
    """One engine per URL per process, created on first use. The schema is migrated at start-up
    (scripts/run.sh and the gateway run `bot.db.migrate`), never in the middle of a caregiver's request."""
    if url not in _SESSIONMAKERS:
        _SESSIONMAKERS[url] = make_sessionmaker(make_engine(url))
    return _SESSIONMAKERS[url]
