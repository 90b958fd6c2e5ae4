"""Webhook mode: Telegram POSTs updates to the gateway, which accepts only those carrying the secret token."""
from __future__ import annotations

from typing import Iterator

import httpx
import pytest

from bot.content import cached_content
from tests.servers import Stack
from tests.telegram.conftest import telegram_env
from tests.telegram.stub_api import StubTelegramApi

pytestmark = pytest.mark.e2e
CONTENT = cached_content()
WEBHOOK_TOKEN = "654321:webhook-test-token"
SECRET = "a-webhook-secret_42"
PUBLIC_URL = "https://bot.clinic.example/telegram/webhook"


@pytest.fixture(scope="module")
def webhook_gateway(tmp_path_factory: pytest.TempPathFactory, telegram_stack: Stack,
                    telegram_api: StubTelegramApi) -> Iterator[Stack]:
    """A second gateway in webhook mode, using the Telegram stack's Rasa and action server."""
    env = dict(telegram_env(telegram_api, WEBHOOK_TOKEN), TELEGRAM_WEBHOOK_URL=PUBLIC_URL,
               TELEGRAM_WEBHOOK_SECRET=SECRET)
    gateway = Stack(workdir=tmp_path_factory.mktemp("telegram-webhook"), rasa_port=telegram_stack.rasa_port,
                    action_port=telegram_stack.action_port, extra_env=env)
    try:
        gateway.start_gateway()
        telegram_api.wait_for(lambda: telegram_api.calls_of("setWebhook", token=WEBHOOK_TOKEN), 60, "setWebhook")
        yield gateway
    finally:
        gateway.stop_all()


def post_update(gateway: Stack, update: dict, secret: str = SECRET) -> httpx.Response:
    headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
    return httpx.post(f"{gateway.gateway_url}/telegram/webhook", json=update, headers=headers, timeout=10)


def test_the_webhook_is_registered_with_its_secret_and_nothing_polls(
        webhook_gateway: Stack, telegram_api: StubTelegramApi) -> None:
    [registered] = telegram_api.calls_of("setWebhook", token=WEBHOOK_TOKEN)
    assert registered.params["url"] == PUBLIC_URL
    assert registered.params["secret_token"] == SECRET
    assert set(registered.params["allowed_updates"]) == {"message", "edited_message", "callback_query"}
    assert telegram_api.calls_of("getUpdates", token=WEBHOOK_TOKEN) == []


def test_an_update_with_the_right_secret_is_answered(
        webhook_gateway: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    update = telegram_api.update_json("message", telegram_api.message_body(chat_id, "what is cpp"))
    assert post_update(webhook_gateway, update).status_code == 200
    reply = telegram_api.wait_sent(chat_id, 1)[0]
    assert reply.token == WEBHOOK_TOKEN
    assert reply.text.startswith(CONTENT.topics["what_is_cpp"].answer[:60])


@pytest.mark.parametrize("secret", ["not-the-secret", ""], ids=["wrong secret", "no secret"])
def test_an_update_without_the_right_secret_is_refused_and_ignored(
        webhook_gateway: Stack, telegram_api: StubTelegramApi, chat_id: int, secret: str) -> None:
    update = telegram_api.update_json("message", telegram_api.message_body(chat_id, "/start"))
    assert post_update(webhook_gateway, update, secret).status_code == 403
    marker = chat_id + 1  # once a later, genuine update is answered, the refused one would have been too
    assert post_update(webhook_gateway, telegram_api.update_json(
        "message", telegram_api.message_body(marker, "/help"))).status_code == 200
    telegram_api.wait_sent(marker, 1)
    assert telegram_api.sent(chat_id) == []


def test_the_polling_gateway_has_no_webhook(telegram_stack: Stack, telegram_api: StubTelegramApi) -> None:
    response = post_update(telegram_stack, {"update_id": 1}, "anything")
    assert response.status_code == 404
