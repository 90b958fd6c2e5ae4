"""Fixtures for the staff console: a gateway app on a temporary SQLite database, driven in-process by Starlette's
TestClient (the console's security does not need Rasa), and accounts made the way an operator makes them."""
from __future__ import annotations

import io
import re
import sys
from pathlib import Path
from typing import Callable, Iterator

import pytest
from starlette.testclient import TestClient

from bot.app import create_app
from bot.settings import load_settings
from bot.staff.cli import main as staff_cli
from tests.conftest import ENCRYPTION_KEY

ADMIN_PASSWORD = "admin passphrase 42"
STAFF_PASSWORD = "staff passphrase 42"


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrftoken" value="([^"]+)"', html)
    assert match, "page has no CSRF field"
    return match.group(1)


def create_account(username: str, password: str, role: str) -> None:
    stdin = sys.stdin
    sys.stdin = io.StringIO(password + "\n")
    try:
        assert staff_cli(["create-user", username, "--role", role, "--name", username.title(),
                          "--password-stdin"]) == 0
    finally:
        sys.stdin = stdin


@pytest.fixture
def console_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("APP_DATABASE_URL", f"sqlite:///{tmp_path / 'app.db'}")
    monkeypatch.setenv("RASA_TRACKER_DB", str(tmp_path / "tracker.db"))
    monkeypatch.setenv("RASA_URL", "http://127.0.0.1:9")  # nothing there: the console must not need Rasa
    monkeypatch.setenv("APP_ENCRYPTION_KEY", ENCRYPTION_KEY)
    monkeypatch.setenv("STAFF_SESSION_IDLE_MINUTES", "30")
    monkeypatch.setenv("STAFF_SESSION_ABSOLUTE_HOURS", "12")
    create_account("ada", ADMIN_PASSWORD, "admin")
    create_account("sam", STAFF_PASSWORD, "staff")
    return tmp_path


@pytest.fixture
def client(console_env: Path) -> Iterator[TestClient]:
    with TestClient(create_app(load_settings()), base_url="http://testserver") as test_client:
        yield test_client


@pytest.fixture
def sign_in(client: TestClient) -> Callable[[str, str], TestClient]:
    def _sign_in(username: str, password: str) -> TestClient:
        token = csrf_token(client.get("/staff/login").text)
        response = client.post("/staff/login", data={"username": username, "password": password, "csrftoken": token},
                               follow_redirects=False)
        assert response.status_code == 303, response.text
        return client
    return _sign_in
