"""Commands, topic buttons, questions and crisis messages over Telegram, through the real gateway and Rasa."""
from __future__ import annotations

import sqlite3

import pytest

from bot.content import cached_content, menu_topics
from bot.safety.answers import crisis_answer
from tests.servers import Stack
from tests.telegram.conftest import app_db_rows
from tests.telegram.stub_api import StubTelegramApi

pytestmark = pytest.mark.e2e
CONTENT = cached_content()
MENU_TITLES = [t.title for t in menu_topics(CONTENT)] + ["Talk to a person"]


def test_start_says_what_the_bot_is_gives_crisis_numbers_and_topics(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    telegram_api.send_text(chat_id, "/start")
    [welcome] = telegram_api.wait_sent(chat_id, 1)
    assert welcome.text == CONTENT.conversation["greet"].strip()
    assert "not a person" in welcome.text and "911" in welcome.text and "988" in welcome.text
    assert [b["text"] for b in welcome.buttons] == MENU_TITLES


def answer_start(topic: str) -> str:
    return CONTENT.topics[topic].answer[:60]


def test_help_shows_topic_buttons_and_a_press_answers_that_topic(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    telegram_api.send_text(chat_id, "/help")
    [menu] = telegram_api.wait_sent(chat_id, 1)
    assert menu.text == CONTENT.conversation["help"].strip()
    assert [b["text"] for b in menu.buttons] == MENU_TITLES
    assert all(len(b["callback_data"].encode()) <= 64 for b in menu.buttons)

    telegram_api.press(chat_id, menu, CONTENT.topics["first_sessions"].title)
    sent = telegram_api.wait_sent(chat_id, 2)
    assert sent[1].text.startswith(answer_start("first_sessions"))
    assert telegram_api.calls_of("answerCallbackQuery"), "the button's spinner is stopped"


def test_a_question_gets_its_content_answer_with_related_topic_buttons(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    telegram_api.send_text(chat_id, "what is cpp exactly")
    sent = telegram_api.wait_sent(chat_id, 1)
    assert sent[0].text.startswith(answer_start("what_is_cpp"))
    related = {CONTENT.topics[t].title for t in CONTENT.topics["what_is_cpp"].related}
    telegram_api.wait_for(lambda: related <= {b["text"] for c in telegram_api.sent(chat_id) for b in c.buttons},
                          10, "the related topic buttons")


def test_restart_resets_the_conversation_in_rasa_and_says_so_kindly(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    telegram_api.send_text(chat_id, "hi")
    telegram_api.wait_sent(chat_id, 1)
    before = len(telegram_api.sent(chat_id))
    telegram_api.send_text(chat_id, "/restart")
    reply = telegram_api.wait_sent(chat_id, before + 1)[before]
    assert reply.text == CONTENT.conversation["telegram_restarted"].strip()
    assert [b["text"] for b in reply.buttons] == MENU_TITLES
    with sqlite3.connect(telegram_stack.tracker_db) as db:
        restarts = db.execute("select count(*) from events where sender_id = ? and type_name = 'restart'",
                              (f"telegram-{chat_id}",)).fetchone()[0]
    assert restarts == 1, "Rasa's tracker was reset by the /restart payload"


def test_human_asks_for_a_person_like_typing_it_would(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    telegram_api.send_text(chat_id, "/human")
    [reply] = telegram_api.wait_sent(chat_id, 1)
    assert reply.text.startswith("I've asked a person from the clinic to join this chat.")
    rows = app_db_rows(telegram_stack, "select status from handoffs where conversation_id = ?", f"telegram-{chat_id}")
    assert [r["status"] for r in rows] == ["waiting"]
    telegram_api.send_text(chat_id, "/restart")  # held for staff: the bot does not pretend to start over
    assert telegram_api.wait_sent(chat_id, 2)[1].text == CONTENT.handoff["already_waiting"].strip()


def test_a_crisis_message_leads_with_its_answer_tappable_numbers_and_url_buttons(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    telegram_api.send_text(chat_id, "honestly i think everyone would be better off if i was dead")
    first = telegram_api.wait_sent(chat_id, 1)[0]
    answer = crisis_answer(CONTENT, "suicide_self_harm", False)
    assert first.text == answer.text
    url_buttons = [(b["text"], b.get("url")) for b in first.buttons]
    assert url_buttons == [(r["label"], r["url"]) for r in answer.resources if "url" in r]
    escalations = app_db_rows(telegram_stack, "select channel, category from escalations where conversation_id = ?",
                              f"telegram-{chat_id}")
    assert [(e["channel"], e["category"]) for e in escalations] == [("telegram", "suicide_self_harm")]


def test_hotline_numbers_are_written_so_telegram_makes_them_tappable(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    telegram_api.send_text(chat_id, "my daughter told me her stepdad touches her private parts")
    first = telegram_api.wait_sent(chat_id, 1)[0]
    assert first.text.startswith("Please call the Childhelp National Child Abuse Hotline at +1-800-422-4453")
    assert "1-800-422-4453" in crisis_answer(CONTENT, "child_abuse", False).text


def test_typed_slash_words_never_reach_rasa_as_an_intent_payload(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    telegram_api.send_text(chat_id, "/request_referral")  # an unknown command: the menu, not the referral form
    [reply] = telegram_api.wait_sent(chat_id, 1)
    assert reply.text == CONTENT.conversation["help"].strip()
