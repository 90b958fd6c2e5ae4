"""Bad input through the real gateway and Rasa: every message gets a clear answer or a clean refusal, nothing
crashes, and nothing the caregiver typed reaches the logs."""
from __future__ import annotations

import uuid

import httpx
import pytest

from bot.content import cached_content
from tests.e2e.test_conversation import gateway_say
from tests.servers import Stack

pytestmark = pytest.mark.e2e
CONTENT = cached_content()
EMPTY = str(CONTENT.conversation["empty_message"]).strip()
SLOW_DOWN = str(CONTENT.conversation["slow_down"]).strip()


def _new_sender() -> str:
    return f"bad-{uuid.uuid4().hex[:12]}"


@pytest.mark.parametrize("message", ["", "   ", "\n\t \n", "\x00\x01\x1b", "\x7f\x7f"])
def test_a_message_with_no_words_gets_a_kind_answer(stack: Stack, message: str) -> None:
    assert gateway_say(stack, _new_sender(), message) == [{"text": EMPTY}]


@pytest.mark.parametrize("message", [
    "<script>alert('x')</script> what is cpp",
    "<img src=x onerror=alert(1)>",
    "'; DROP TABLE events; --",
    "1 OR 1=1; SELECT * FROM referrals",
    "😭😭😭",
    "🙏",
    "what\x00 is\x1b[31m cpp",
    "{{7*7}} ${jndi:ldap://x}",
    "a" * 5000,
])
def test_odd_messages_get_an_ordinary_answer_and_never_an_echo(stack: Stack, message: str) -> None:
    sender = _new_sender()
    replies = gateway_say(stack, sender, message)
    assert replies and all(isinstance(r, dict) for r in replies)
    texts = " ".join(r.get("text") or "" for r in replies)
    assert texts.strip()
    assert "<script" not in texts and "onerror" not in texts and "DROP TABLE" not in texts and "{{7*7}}" not in texts
    # The conversation (and the databases) still work afterwards.
    assert any("CPP" in (r.get("text") or "") for r in gateway_say(stack, sender, "what is cpp"))


def test_a_100_kb_message_is_answered_not_crashed_on(stack: Stack) -> None:
    marker = f"marker{uuid.uuid4().hex[:8]}"
    message = (marker + " how long is cpp ") * (100_000 // (len(marker) + 16))
    assert len(message.encode()) >= 99_000
    replies = gateway_say(stack, _new_sender(), message)
    assert replies and (replies[0].get("text") or "").strip()
    assert marker not in stack.log("gateway") and marker not in stack.log("rasa") and marker not in stack.log("actions")


def test_a_body_over_the_limit_or_not_utf8_is_refused_cleanly(stack: Stack) -> None:
    url = f"{stack.gateway_url}/api/chat"
    invalid = httpx.post(url, content=b'{"sender": "x", "message": "\xff\xfe bad"}',
                         headers={"content-type": "application/json"}, timeout=10)
    assert invalid.status_code == 400 and "error" in invalid.json()
    not_json = httpx.post(url, content=b"<html>", headers={"content-type": "application/json"}, timeout=10)
    assert not_json.status_code == 400
    wrong_type = httpx.post(url, json={"sender": "x", "message": ["a"]}, timeout=10)
    assert wrong_type.status_code == 400
    long_sender = httpx.post(url, json={"sender": "x" * 500, "message": "hi"}, timeout=10)
    assert long_sender.status_code == 400
    assert httpx.get(f"{stack.gateway_url}/health", timeout=10).status_code == 200


def test_one_sender_flooding_is_slowed_down_but_crisis_still_answered(stack: Stack) -> None:
    sender = _new_sender()
    answers = [gateway_say(stack, sender, f"what is cpp {n}") for n in range(36)]
    slowed = [a for a in answers if a == [{"text": SLOW_DOWN}]]
    assert len(slowed) == 6   # the default allows 30 a minute
    crisis = gateway_say(stack, sender, "i want to kill myself tonight")
    assert any((r.get("custom") or {}).get("type") == "crisis" for r in crisis)
    # Someone else is not slowed down by it.
    assert gateway_say(stack, _new_sender(), "what is cpp") != [{"text": SLOW_DOWN}]


@pytest.mark.parametrize("sender", ["telegram-424242", "web-abcdefghijklmnopqrstuv", " Telegram-1", "WEB-x"])
def test_the_json_api_cannot_post_as_or_read_a_channels_conversation(stack: Stack, sender: str) -> None:
    """A Telegram conversation id is the guessable chat id: through the JSON API anyone could have read what staff
    wrote to that caregiver, or written as them (and raised escalations in their name)."""
    posted = httpx.post(f"{stack.gateway_url}/api/chat", json={"sender": sender, "message": "i want to die"},
                        timeout=10)
    assert posted.status_code == 400 and "belong to those channels" in posted.json()["error"]
    read = httpx.get(f"{stack.gateway_url}/api/chat/{sender.strip()}/updates", timeout=10)
    assert read.status_code == 404


@pytest.mark.parametrize("after", ["99999999999999999999999", "-1"])
def test_an_updates_cursor_out_of_range_is_refused_not_a_server_error(stack: Stack, after: str) -> None:
    response = httpx.get(f"{stack.gateway_url}/api/chat/{_new_sender()}/updates", params={"after": after}, timeout=10)
    assert response.status_code == 400 and "after must be between" in response.json()["error"]


def test_a_crisis_at_the_end_of_a_very_long_message_is_still_answered(stack: Stack) -> None:
    """Over the gateway's 100,000-character bound, the message was cut at its end, and so was the crisis."""
    message = "blah " * 25_000 + "honestly i want to kill myself tonight"
    replies = gateway_say(stack, _new_sender(), message)
    assert (replies[1].get("custom") or {}).get("type") == "crisis"
    assert not any("That's fine" in (r.get("text") or "") for r in replies)
