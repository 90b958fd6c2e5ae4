"""Alembic environment: migrates the database named by the config's sqlalchemy.url."""
from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool, text

from bot.db.models import Base

config = context.config
# Any fixed number: the PostgreSQL advisory lock every migrating process takes (see below).
_MIGRATION_LOCK_ID = 720_050_001
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connectable = engine_from_config(config.get_section(config.config_ini_section) or {},
                                     prefix="sqlalchemy.", poolclass=pool.NullPool, future=True)
    with connectable.connect() as connection:
        # render_as_batch: SQLite can only alter tables by copying them; batch mode does that for us.
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # Several gateways starting at once against one PostgreSQL: one migrates, the others wait here
                # and then find the schema current (without it they fail on "relation already exists").
                # The lock is released when this transaction ends. SQLite serialises writers by itself.
                connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _MIGRATION_LOCK_ID})
            context.run_migrations()


run_migrations_online()
