"""The scale-out set-up on one machine: real PostgreSQL and Redis (scripts/scale_deps.sh), two Rasa servers on
endpoints.scale.yml, one action server, two gateways, all sharing the two databases and Redis.

These tests are never skipped: when the servers are not running, the fixture starts them with
scripts/scale_deps.sh (which installs Debian's packages if needed), and fails if that does not work.
"""
from __future__ import annotations

import os
import subprocess
import uuid
from typing import Iterator

import psycopg2
import pytest
import redis
from cryptography.fernet import Fernet

from tests.servers import ROOT, Stack

PG_PORT = int(os.environ.get("SCALE_PG_PORT", "25432"))
REDIS_PORT = int(os.environ.get("SCALE_REDIS_PORT", "26379"))
PG_ADMIN_DSN = f"host=127.0.0.1 port={PG_PORT} user=postgres dbname=postgres"
ENCRYPTION_KEY = Fernet.generate_key().decode()
STAFF_TOKEN = "scale-staff-token"
WIDGET_POLL_SECONDS = 60
FLOOD_MAX = 8  # small, so one test can cross it through both gateways; other tests stay below it per sender


def _servers_up() -> bool:
    try:
        psycopg2.connect(PG_ADMIN_DSN, connect_timeout=2).close()
        return bool(redis.Redis(port=REDIS_PORT, socket_timeout=2).ping())
    except (psycopg2.Error, redis.RedisError):
        return False


@pytest.fixture(scope="session")
def scale_services() -> None:
    """PostgreSQL and Redis on their private ports, started by scripts/scale_deps.sh when not yet running."""
    if not _servers_up():
        result = subprocess.run(["bash", str(ROOT / "scripts" / "scale_deps.sh")], capture_output=True, text=True,
                                timeout=600)
        assert result.returncode == 0, f"scripts/scale_deps.sh failed:\n{result.stdout}\n{result.stderr}"
    assert _servers_up(), "PostgreSQL or Redis is not answering after scripts/scale_deps.sh"


def create_database(prefix: str) -> str:
    """A new, empty PostgreSQL database; returns its name."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    connection = psycopg2.connect(PG_ADMIN_DSN)
    connection.autocommit = True  # CREATE DATABASE cannot run in a transaction
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()
    return name


def pg_url(database: str, driver: str = "postgresql+psycopg2") -> str:
    return f"{driver}://postgres@127.0.0.1:{PG_PORT}/{database}"


@pytest.fixture
def fresh_database(scale_services: None) -> str:
    return create_database("app_test")


@pytest.fixture(scope="session")
def scale_stack(tmp_path_factory: pytest.TempPathFactory, scale_services: None) -> Iterator[Stack]:
    """Two Rasa servers and two gateways over one PostgreSQL (app + tracker databases) and one Redis."""
    app_db, tracker_db = create_database("caregiver_app"), create_database("caregiver_tracker")
    prefix = f"t{uuid.uuid4().hex[:8]}"  # this stack's own Redis keys (Rasa's lock store wants alphanumerics)
    running = Stack(workdir=tmp_path_factory.mktemp("scale"), endpoints="endpoints.scale.yml", rasa_servers=2,
                    app_database=pg_url(app_db), extra_env={
                        "RASA_TRACKER_STORE_URL": pg_url(tracker_db, "postgresql"),
                        "TRACKER_DATABASE_URL": pg_url(tracker_db),
                        "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
                        "REDIS_HOST": "127.0.0.1", "REDIS_PORT": str(REDIS_PORT), "REDIS_PASSWORD": "",
                        "RASA_LOCK_STORE_PREFIX": prefix,
                        "FLOOD_MAX_MESSAGES": str(FLOOD_MAX), "FLOOD_WINDOW_SECONDS": "600",
                        "STAFF_API_TOKEN": STAFF_TOKEN, "STAFF_HOURS": "Mon-Sun 00:00-24:00",
                        "APP_ENCRYPTION_KEY": ENCRYPTION_KEY, "STAFF_CSRF_SECRET": "scale-csrf-secret",
                        # Long, so a staff reply that reaches the other gateway's web chat in seconds can only
                        # have come through Redis (bot/outbox_signal.py), not through polling.
                        "WIDGET_POLL_SECONDS": str(WIDGET_POLL_SECONDS),
                    })
    running.tracker_database = tracker_db  # type: ignore[attr-defined]
    try:
        running.start_all()
        running.start_extra_gateway()
        yield running
    finally:
        running.stop_all()


@pytest.fixture
def sender() -> str:
    return f"scale-{uuid.uuid4().hex[:12]}"
