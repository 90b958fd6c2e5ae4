"""The Telegram stack: Rasa, the action server and a gateway whose Telegram bridge talks to a stub Bot API."""
from __future__ import annotations

import itertools
import random
import sqlite3
from typing import Iterator, List

import httpx
import pytest

from tests.conftest import ENCRYPTION_KEY, STAFF_TOKEN
from tests.servers import Stack
from tests.telegram.stub_api import StubTelegramApi

TOKEN = "123456:polling-test-token"
_CHATS = itertools.count(random.randint(10_000_000, 90_000_000), 10)  # room for chat_id + 1..


@pytest.fixture(scope="package")
def telegram_api() -> Iterator[StubTelegramApi]:
    with StubTelegramApi() as api:
        yield api


def telegram_env(api: StubTelegramApi, token: str) -> dict:
    return {
        "TELEGRAM_TOKEN": token,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "STAFF_API_TOKEN": STAFF_TOKEN,
        "STAFF_HOURS": "Mon-Sun 00:00-24:00",  # always staffed, so /human holds the conversation for staff
        "APP_ENCRYPTION_KEY": ENCRYPTION_KEY,
    }


def wait_for_polling(api: StubTelegramApi, token: str) -> None:
    """The bridge is up once it long-polls: it asked getMe, set its commands and called getUpdates."""
    api.wait_for(lambda: api.calls_of("getUpdates", token=token), 60, "the bridge to poll getUpdates")


@pytest.fixture(scope="package")
def telegram_stack(tmp_path_factory: pytest.TempPathFactory, telegram_api: StubTelegramApi) -> Iterator[Stack]:
    stack = Stack(workdir=tmp_path_factory.mktemp("telegram-stack"), extra_env=telegram_env(telegram_api, TOKEN))
    try:
        stack.start_all()
        wait_for_polling(telegram_api, TOKEN)
        yield stack
    finally:
        stack.stop_all()


@pytest.fixture
def chat_id() -> int:
    """A new private chat per test, so conversations never leak into each other."""
    return next(_CHATS)


def staff(stack: Stack, method: str, path: str, **kwargs) -> httpx.Response:  # type: ignore[no-untyped-def]
    return httpx.request(method, f"{stack.gateway_url}/staff/api{path}",
                         headers={"Authorization": f"Bearer {STAFF_TOKEN}"}, timeout=10, **kwargs)


def app_db_rows(stack: Stack, sql: str, *args: object) -> List[sqlite3.Row]:
    with sqlite3.connect(stack.app_database_url[len("sqlite:///"):]) as db:
        db.row_factory = sqlite3.Row
        return db.execute(sql, args).fetchall()


def app_db_execute(stack: Stack, sql: str, *args: object) -> None:
    with sqlite3.connect(stack.app_database_url[len("sqlite:///"):]) as db:
        db.execute(sql, args)
