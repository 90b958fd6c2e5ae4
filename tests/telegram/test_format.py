"""Rendering replies for Telegram, without a network: splitting, numbers, keyboards, callback data, greeting."""
from __future__ import annotations

import pytest
import yaml

from bot.channels.telegram_callbacks import MAX_CALLBACK_BYTES, CallbackPayloads
from bot.channels.telegram_format import MAX_MESSAGE_CHARS, render_replies, split_text, tappable_numbers
from bot.channels.telegram_handlers import TelegramHandlers
from bot.channels.telegram_send import TelegramReplies
from bot.content import cached_content
from bot.safety.answers import all_answers
from bot.settings import ROOT


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize("written, tappable", [
    ("Call 1-800-422-4453 now", "Call +1-800-422-4453 now"),
    ("the clinic at (555) 010-0100.", "the clinic at +1-555-010-0100."),
    ("800.799.7233", "+1-800-799-7233"),
    ("call or text 988, or 911", "call or text 988, or 911"),
    ("text START to 88788", "text START to 88788"),
    ("in 2024 and 2025 there were 1500 families", "in 2024 and 2025 there were 1500 families"),
])
def test_phone_numbers_are_written_the_way_telegram_links_them(written: str, tappable: str) -> None:
    assert tappable_numbers(written) == tappable


def test_split_keeps_every_word_cuts_at_boundaries_and_counts_emoji_twice() -> None:
    text = ("A sentence about play in therapy. " * 60 + "\n\n") * 6 + "🙂" * 5000
    pieces = split_text(text)
    assert all(utf16(p) <= MAX_MESSAGE_CHARS for p in pieces)
    assert "".join(pieces).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")
    assert pieces[0].endswith(".")
    assert split_text("short") == ["short"] and split_text("   ") == []


def test_long_payloads_get_a_short_key_and_come_back_whole() -> None:
    callbacks = CallbackPayloads()
    short, long = "faq:first_sessions", '/correct_referral{"referral_field": "' + "x" * 100 + '"}'
    assert callbacks.encode(short) == "p:faq:first_sessions"
    key = callbacks.encode(long)
    assert key.startswith("k:") and len(key.encode()) <= MAX_CALLBACK_BYTES
    assert key == callbacks.encode(long), "stable: the same payload, the same key"
    assert callbacks.decode(key) == long and callbacks.decode("p:faq:first_sessions") == short
    assert CallbackPayloads().decode(key) is None, "another process does not know it: the title is the fallback"
    assert callbacks.decode("something else") is None
    multibyte = "faq:" + "é" * 30  # 64 characters would fit, 64 bytes would not
    assert len(callbacks.encode(multibyte).encode()) <= MAX_CALLBACK_BYTES


def test_the_keyboard_is_bounded_so_old_long_payloads_are_forgotten() -> None:
    callbacks = CallbackPayloads(capacity=2)
    keys = [callbacks.encode("/x" + str(i) * 70) for i in range(3)]
    assert callbacks.decode(keys[0]) is None and callbacks.decode(keys[2]) is not None


def test_every_crisis_answer_renders_with_its_web_resources_as_buttons() -> None:
    content = cached_content()
    for answer in all_answers(content):
        [message] = render_replies(answer.replies(), CallbackPayloads())
        urls = [button.url for row in message.rows for button in row]
        assert urls == [r["url"] for r in answer.resources if "url" in r]
        for resource in answer.resources:
            digits = "".join(ch for ch in str(resource.get("tel") or "") if ch.isdigit())
            if len(digits) >= 10:
                assert f"+1-{digits[-10:-7]}-{digits[-7:-4]}-{digits[-4:]}" in message.text


def test_buttons_without_text_hang_under_the_message_before_and_staff_are_named() -> None:
    replies = [{"text": "Pick one"}, {"buttons": [{"title": "A", "payload": "/a"}]},
               {"text": "Hello", "custom": {"type": "staff", "staff_name": "Maria"}}]
    first, second = render_replies(replies, CallbackPayloads(), "{staff_name} from the clinic:")
    assert first.text == "Pick one" and first.rows[0][0].callback_data == "p:/a"
    assert second.text == "Maria from the clinic:\nHello" and second.reply_markup is None


def test_start_and_help_say_what_rasas_greeting_and_help_say() -> None:
    content = cached_content()
    handlers = TelegramHandlers(None, None, content, TelegramReplies(content, CallbackPayloads()))  # type: ignore[arg-type]
    responses = yaml.safe_load((ROOT / "data" / "responses" / "conversation.yml").read_text())["responses"]
    assert handlers.welcome() == responses["utter_greet"]
    assert handlers.menu() == responses["utter_help"]
