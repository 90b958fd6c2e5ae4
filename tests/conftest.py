"""Shared fixtures: one real stack (Rasa + action server + gateway) per test session, started on demand."""
from __future__ import annotations

import uuid
from typing import Iterator

import pytest

from tests.servers import Stack


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    running = Stack(workdir=tmp_path_factory.mktemp("stack"))
    try:
        running.start_all()
        yield running
    finally:
        running.stop_all()


@pytest.fixture
def sender() -> str:
    """A new conversation id per test, so conversations never leak into each other."""
    return f"test-{uuid.uuid4().hex[:12]}"
