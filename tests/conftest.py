"""Shared fixtures: one real stack (Rasa + action server + gateway) per test session, started on demand."""
from __future__ import annotations

import uuid
from pathlib import Path
from typing import Iterator, List

import pytest

from cryptography.fernet import Fernet

from tests.servers import Stack
from tests.webhook_receiver import WebhookReceiver


TESTS = Path(__file__).resolve().parent
#: Folders whose tests are many, short and independent (the crisis detector over thousands of lines): spread one by one
#: over the pytest-xdist workers. Every other folder (or top-level file) runs whole on one worker, so that its
#: package- and module-scoped servers start once and the scale-out tests never share their PostgreSQL with themselves.
SPREAD = frozenset({"safety"})

STAFF_TOKEN = "test-staff-token"
ENCRYPTION_KEY = Fernet.generate_key().decode()


@pytest.fixture(scope="session")
def alerts() -> Iterator[WebhookReceiver]:
    """Receives the staff alerts the stack's gateway sends."""
    with WebhookReceiver() as receiver:
        yield receiver


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory, alerts: WebhookReceiver) -> Iterator[Stack]:
    running = Stack(workdir=tmp_path_factory.mktemp("stack"), extra_env={
        "STAFF_ALERT_WEBHOOK_URL": alerts.url,
        "STAFF_API_TOKEN": STAFF_TOKEN,
        "STAFF_HOURS": "Mon-Sun 00:00-24:00",  # always staffed; out-of-hours is covered in tests/actions
        "APP_ENCRYPTION_KEY": ENCRYPTION_KEY,
    })
    try:
        running.start_all()
        yield running
    finally:
        running.stop_all()


@pytest.fixture(scope="session")
def gateway_without_rasa(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """A gateway whose Rasa server is down (nothing listens on its Rasa port)."""
    running = Stack(workdir=tmp_path_factory.mktemp("no-rasa"))
    try:
        running.start_gateway()
        yield running
    finally:
        running.stop_all()


@pytest.fixture
def sender() -> str:
    """A new conversation id per test, so conversations never leak into each other."""
    return f"test-{uuid.uuid4().hex[:12]}"


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook, which reads the groups into the test ids
def pytest_collection_modifyitems(config: pytest.Config, items: List[pytest.Item]) -> None:
    """Under pytest-xdist (`scripts/test.sh` runs `-n ... --dist loadgroup`), keep each folder's tests together."""
    if not config.pluginmanager.hasplugin("xdist"):
        return
    for item in items:
        parts = Path(str(item.fspath)).resolve().relative_to(TESTS).parts
        if parts[0] not in SPREAD:
            item.add_marker(pytest.mark.xdist_group(parts[0] if len(parts) > 1 else Path(parts[0]).stem))
