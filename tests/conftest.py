"""Shared fixtures: one real stack (Rasa + action server + gateway) per test session, started on demand."""
from __future__ import annotations

import uuid
from typing import Iterator

import pytest

from cryptography.fernet import Fernet

from tests.servers import Stack
from tests.webhook_receiver import WebhookReceiver


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
