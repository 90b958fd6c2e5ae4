"""The app database on real PostgreSQL: every Alembic migration up and down, the append-only audit log trigger
(0006), gateways migrating at the same moment, and connections that survive a server restart."""
from __future__ import annotations

import subprocess
import sys

import psycopg2
import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from bot.db.migrate import alembic_config, upgrade
from bot.db.models import AuditEntry, Escalation, utcnow
from bot.db.session import make_engine, make_sessionmaker
from tests.scale.conftest import PG_ADMIN_DSN, pg_url
from tests.servers import ROOT



def tables(database: str) -> set:
    with psycopg2.connect(f"{PG_ADMIN_DSN.replace('dbname=postgres', 'dbname=' + database)}") as connection:
        with connection.cursor() as cursor:
            cursor.execute("select tablename from pg_tables where schemaname = 'public'")
            return {row[0] for row in cursor.fetchall()}


def test_every_migration_runs_up_down_and_up_again_on_postgresql(fresh_database: str) -> None:
    url = pg_url(fresh_database)
    upgrade(url)
    assert {"escalations", "referrals", "handoffs", "outbox", "audit_log", "staff_users"} <= tables(fresh_database)
    command.downgrade(alembic_config(url), "base")
    assert tables(fresh_database) == {"alembic_version"}
    upgrade(url)
    upgrade(url)  # a second start finds nothing to do
    engine = make_engine(url)
    with engine.connect() as connection:
        assert connection.execute(text("select version_num from alembic_version")).scalar() == "0006"
    engine.dispose()


def test_postgresql_refuses_to_change_or_delete_audit_entries(fresh_database: str) -> None:
    url = pg_url(fresh_database)
    upgrade(url)
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    with sessions() as session, session.begin():
        session.add(AuditEntry(actor="alex", action="sign_in", at=utcnow()))
    for statement in ("update audit_log set actor = 'mallory'", "delete from audit_log"):
        with pytest.raises(DBAPIError, match="append-only"):
            with engine.begin() as connection:
                connection.execute(text(statement))
    with sessions() as session:
        assert [entry.actor for entry in session.scalars(select(AuditEntry))] == ["alex"]
    engine.dispose()


def test_gateways_starting_together_migrate_once_without_failing(fresh_database: str) -> None:
    # Without the advisory lock in migrations/env.py two of these fail with "relation already exists".
    code = "import sys; from bot.db.migrate import upgrade; upgrade(sys.argv[1])"
    processes = [subprocess.Popen([sys.executable, "-c", code, pg_url(fresh_database)], cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for _ in range(3)]
    outputs = [(process.wait(timeout=120), process.stdout.read()) for process in processes]  # type: ignore[union-attr]
    assert [code for code, _ in outputs] == [0, 0, 0], "\n".join(output for _, output in outputs)
    assert "escalations" in tables(fresh_database)


def test_a_pooled_connection_broken_by_a_server_restart_is_replaced(fresh_database: str) -> None:
    """What a PostgreSQL restart or fail-over looks like to the gateway: its pooled connections are dead.
    `pool_pre_ping` notices at checkout and a new connection is made, so the next write is not lost."""
    url = pg_url(fresh_database)
    upgrade(url)
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    with sessions() as session:
        session.execute(text("select 1"))  # one connection now waits in the pool
    with psycopg2.connect(PG_ADMIN_DSN) as admin, admin.cursor() as cursor:
        cursor.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = %s", (fresh_database,))
    with sessions() as session, session.begin():
        session.add(Escalation(conversation_id="restart", channel="rest", category="suicide_self_harm",
                               severity="urgent", detected_by="rules", message_enc="x"))
    with sessions() as session:
        assert session.scalars(select(Escalation.conversation_id)).all() == ["restart"]
    engine.dispose()
