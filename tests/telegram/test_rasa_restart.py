"""Rasa stops and comes back: the Telegram bridge keeps answering, crisis messages included, and recovers."""
from __future__ import annotations

import pytest

from bot.content import cached_content
from bot.safety.answers import crisis_answer
from tests.servers import Stack
from tests.telegram.stub_api import StubTelegramApi

pytestmark = pytest.mark.e2e
CONTENT = cached_content()


def test_the_bridge_answers_while_rasa_is_down_and_after_it_restarts(
        telegram_stack: Stack, telegram_api: StubTelegramApi, chat_id: int) -> None:
    gateway = telegram_stack.processes["gateway"]
    telegram_stack.stop("rasa")
    try:
        telegram_api.send_text(chat_id, "what is cpp")
        assert telegram_api.wait_sent(chat_id, 1)[0].text == CONTENT.conversation["unavailable"].strip()
        telegram_api.send_text(chat_id, "i have the pills in my hand rn and im taking all of them tonight")
        crisis = telegram_api.wait_sent(chat_id, 2)[1]
        assert crisis.text == crisis_answer(CONTENT, "suicide_self_harm", True).text, "crisis answered without Rasa"
    finally:
        telegram_stack.start_rasa()
    telegram_api.send_text(chat_id, "what is cpp")
    reply = telegram_api.wait_for(lambda: telegram_api.sent(chat_id)[2:], 60, "an answer after the restart")[0]
    assert reply.text.startswith(CONTENT.topics["what_is_cpp"].answer[:60])
    assert gateway.poll() is None and telegram_stack.processes["gateway"] is gateway, "same gateway process throughout"
