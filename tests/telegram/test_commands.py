"""Commands, topic buttons, questions and crisis messages over Telegram, through the real gateway and Rasa."""
from __future__ import annotations

import pytest

from bot.content import cached_content, menu_topics
from bot.safety.answers import crisis_answer
from tests.servers import Stack
from tests.telegram.stub_api import StubTelegramApi

pytestmark = pytest.mark.e2e
CONTENT = cached_content()
MENU_TITLES = [t.title for t in menu_topics(CONTENT)]


def test_start_says_what_the_bot_is_gives_crisis_numbers_and_topics(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    telegram_api.send_text(chat_id, "/start")
    [welcome] = telegram_api.wait_sent(chat_id, 1)
    assert welcome.text == CONTENT.conversation["greet"].strip()
    assert "not a person" in welcome.text and "911" in welcome.text and "988" in welcome.text
    assert [b["text"] for b in welcome.buttons] == MENU_TITLES
