"""Human handoff over Telegram: staff replies reach the chat from the outbox exactly once, across a restart."""
from __future__ import annotations

import json
import sqlite3

import pytest

from bot.content import cached_content
from tests.servers import Stack
from tests.telegram.conftest import TOKEN, app_db_execute, app_db_rows, staff
from tests.telegram.stub_api import Call, StubTelegramApi

pytestmark = pytest.mark.e2e
CONTENT = cached_content()


def texts(api: StubTelegramApi, chat_id: int) -> list:
    return [call.text for call in api.sent(chat_id)]


def test_staff_messages_reach_telegram_exactly_once_across_a_gateway_restart(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    conversation = f"telegram-{chat_id}"
    telegram_api.send_text(chat_id, "/human")
    telegram_api.wait_sent(chat_id, 1)
    telegram_api.send_text(chat_id, "my son has nightmares every night since the fire")
    telegram_api.wait_for(lambda: staff(telegram_stack, "GET", f"/handoffs/{conversation}/messages").json()["messages"],
                          15, "the caregiver's message to reach staff")

    assert staff(telegram_stack, "POST", f"/handoffs/{conversation}/join", json={"staff_name": "Maria"}).is_success
    assert staff(telegram_stack, "POST", f"/handoffs/{conversation}/reply",
                 json={"text": "Hi, I'm Maria. I'm here."}).is_success
    sent = telegram_api.wait_sent(chat_id, 3)
    assert texts(telegram_api, chat_id)[1:] == ["Maria from the clinic has joined the chat.",
                                               "Maria from the clinic:\nHi, I'm Maria. I'm here."]
    assert sent[0].text.startswith("I've asked a person"), "held: the nightmare message got no bot answer"
    rows = app_db_rows(telegram_stack, "select delivered_at from outbox where conversation_id = ?", conversation)
    assert len(rows) == 2 and all(r["delivered_at"] for r in rows)

    # Written while the gateway is down (say by the staff console in another process): sent once it is back.
    polls = len(telegram_api.calls_of("getUpdates", token=TOKEN))
    telegram_stack.stop("gateway")
    app_db_execute(telegram_stack, "insert into outbox (conversation_id, payload, created_at, delivery_attempts) "
                   "values (?, ?, datetime('now'), 0)", conversation,
                   json.dumps({"text": "Are you still there?", "custom": {"type": "staff", "staff_name": "Maria"}}))
    telegram_stack.start_gateway()
    telegram_api.wait_for(lambda: len(telegram_api.calls_of("getUpdates", token=TOKEN)) > polls + 1, 60,
                          "polling after the restart")
    telegram_api.wait_sent(chat_id, 4)
    assert staff(telegram_stack, "POST", f"/handoffs/{conversation}/release").is_success
    telegram_api.wait_sent(chat_id, 5)
    telegram_api.send_text(chat_id, "how long does one session last")
    telegram_api.wait_sent(chat_id, 6)
    assert texts(telegram_api, chat_id)[1:5] == [
        "Maria from the clinic has joined the chat.", "Maria from the clinic:\nHi, I'm Maria. I'm here.",
        "Maria from the clinic:\nAre you still there?", CONTENT.handoff["returned_to_bot"].strip()]
    assert "session" in texts(telegram_api, chat_id)[5].lower(), "the bot answers again"


def test_a_long_message_is_split_and_a_long_button_payload_survives_the_64_byte_limit(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    paragraph = "Here is one more paragraph of a long message from the clinic, so it needs several parts. " * 8
    long_text = "\n\n".join(f"{i}. {paragraph.strip()}" for i in range(14))
    assert len(long_text) > 2 * 4096
    payload = '/request_human{"referral_field": "' + "a-payload-far-longer-than-telegram-allows-" * 2 + '"}'
    assert len(payload.encode()) > 64
    app_db_execute(telegram_stack, "insert into outbox (conversation_id, payload, created_at, delivery_attempts) "
                   "values (?, ?, datetime('now'), 0)", f"telegram-{chat_id}",
                   json.dumps({"text": long_text, "buttons": [{"title": "Talk to a person", "payload": payload}]}))
    parts = telegram_api.wait_sent(chat_id, 3)
    assert len(parts) == 3 and all(len(p.text) <= 4096 for p in parts)
    assert "\n\n".join(p.text for p in parts) == long_text, "split at paragraph breaks, nothing lost"
    assert [bool(p.buttons) for p in parts] == [False, False, True], "the button sits under the last part"
    [button] = parts[-1].buttons
    assert button["callback_data"].startswith("k:") and len(button["callback_data"].encode()) <= 64

    telegram_api.press(chat_id, parts[-1], "Talk to a person")
    reply = telegram_api.wait_sent(chat_id, 4)[3]
    assert reply.text.startswith("I've asked a person")
    with sqlite3.connect(telegram_stack.tracker_db) as db:
        said = [json.loads(row[0])["text"] for row in db.execute(
            "select data from events where sender_id = ? and type_name = 'user'", (f"telegram-{chat_id}",))]
    assert said == [payload], "Rasa got the whole payload back from the short key"


def test_an_unknown_key_falls_back_to_the_buttons_title(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    # A long payload's key from before a gateway restart: the gateway no longer knows it.
    old = Call(TOKEN, "sendMessage", {"chat_id": chat_id, "text": "Earlier message", "reply_markup": {
        "inline_keyboard": [[{"text": "What CPP is", "callback_data": "k:AAAAAAAAAAAAAAAAAAAA"}]]}},
        result={"message_id": 7})
    telegram_api.press(chat_id, old, "What CPP is")
    reply = telegram_api.wait_sent(chat_id, 1)[0]
    assert reply.text.startswith(CONTENT.topics["what_is_cpp"].answer[:60])
