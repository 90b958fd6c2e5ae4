"""What keeps the Telegram bridge standing: order per chat, typing, odd updates, flood control, server errors."""
from __future__ import annotations

import time

import pytest

from bot.content import cached_content
from bot.safety.answers import crisis_answer
from tests.servers import Stack
from tests.telegram.stub_api import StubTelegramApi

pytestmark = pytest.mark.e2e
CONTENT = cached_content()
TEXT_ONLY = CONTENT.conversation["telegram_text_only"].strip()
EDITED = CONTENT.conversation["telegram_edited"].strip()


def answer_start(topic: str) -> str:
    return CONTENT.topics[topic].answer[:60]


def test_a_typing_indicator_shows_before_the_answer(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    telegram_api.send_text(chat_id, "how often are the sessions")
    telegram_api.wait_sent(chat_id, 1)
    calls = [c for c in telegram_api.calls if c.chat_id == chat_id]
    assert calls[0].method == "sendChatAction" and calls[0].params["action"] == "typing"
    assert calls[1].method == "sendMessage"


def test_replies_keep_the_order_of_the_messages_in_each_chat(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    topics = ["what_is_cpp", "session_length", "who_is_cpp_for", "first_sessions"]
    other_chat = chat_id + 1
    for topic in topics:  # queued together: they arrive in one getUpdates batch
        telegram_api.send_text(chat_id, f"faq:{topic}")
        telegram_api.send_text(other_chat, f"faq:{topics[0]}")
    telegram_api.wait_for(lambda: sum(any(c.text.startswith(answer_start(t)) for c in telegram_api.sent(chat_id))
                                      for t in topics) == len(topics), 60, "every answer")
    answers = [next(t for t in topics if c.text.startswith(answer_start(t)))
               for c in telegram_api.sent(chat_id) if any(c.text.startswith(answer_start(t)) for t in topics)]
    assert answers == topics
    assert len(telegram_api.wait_sent(other_chat, 4)) >= 4, "the other chat is answered too"


def test_photos_stickers_and_voice_get_a_kind_text_only_note(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    telegram_api.send_photo(chat_id)
    telegram_api.send_sticker(chat_id)
    telegram_api.send_voice(chat_id)
    assert [c.text for c in telegram_api.wait_sent(chat_id, 3)] == [TEXT_ONLY] * 3
    telegram_api.send_text(chat_id, "what is cpp")
    assert telegram_api.wait_sent(chat_id, 4)[3].text.startswith(answer_start("what_is_cpp")), "still answering"


def test_a_photo_caption_is_read_for_crisis_words(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    telegram_api.send_photo(chat_id, caption="honestly i think everyone would be better off if i was dead")
    sent = telegram_api.wait_sent(chat_id, 2)
    assert sent[0].text == TEXT_ONLY
    assert sent[1].text == crisis_answer(CONTENT, "suicide_self_harm", False).text


def test_an_edit_gets_a_note_unless_it_says_something_worrying(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    telegram_api.edit_text(chat_id, "what is cpp, i meant")
    assert telegram_api.wait_sent(chat_id, 1)[0].text == EDITED
    telegram_api.edit_text(chat_id, "my husband choked me last night and said he'd kill me if i leave")
    crisis = telegram_api.wait_sent(chat_id, 2)[1]
    assert crisis.text.startswith("Please call the National Domestic Violence Hotline at +1-800-799-7233")


def test_group_chats_are_not_served(telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    body = telegram_api.message_body(-chat_id, "what is cpp")
    body["chat"] = {"id": -chat_id, "type": "group", "title": "Parents"}
    telegram_api.push("message", body)
    telegram_api.send_text(chat_id, "/help")  # a marker: once this is answered, the group message was processed
    telegram_api.wait_sent(chat_id, 1)
    time.sleep(0.5)
    assert telegram_api.sent(-chat_id) == []


def test_flood_control_429_is_waited_out_then_retried(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    telegram_api.fail_next("sendMessage", 429, retry_after=1)
    telegram_api.send_text(chat_id, "/help")
    telegram_api.wait_for(lambda: len(telegram_api.calls_of("sendMessage", chat_id)) == 2, 30, "the retry")
    refused, delivered = telegram_api.calls_of("sendMessage", chat_id)
    assert delivered.at - refused.at >= 1.0, "waited retry_after before trying again"
    assert delivered.text == refused.text == CONTENT.conversation["help"].strip()


def test_server_errors_are_retried_with_back_off(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    telegram_api.fail_next("sendMessage", 502)
    telegram_api.fail_next("sendMessage", 500)
    telegram_api.send_text(chat_id, "/start")
    telegram_api.wait_for(lambda: len(telegram_api.calls_of("sendMessage", chat_id)) == 3, 30, "two retries")
    first, second, third = telegram_api.calls_of("sendMessage", chat_id)
    assert third.at - second.at > second.at - first.at > 0.4, "the wait grows"
    assert third.text == CONTENT.conversation["greet"].strip()


def test_polling_goes_on_after_get_updates_fails(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    telegram_api.fail_next("getUpdates", 502, times=2)
    telegram_api.fail_next("getUpdates", 429, retry_after=1)
    telegram_api.send_text(chat_id, "what is cpp")
    assert telegram_api.wait_sent(chat_id, 1, timeout=60)[0].text.startswith(answer_start("what_is_cpp"))
