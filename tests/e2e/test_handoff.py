"""Handoff round trip through the gateway: caregiver -> staff -> caregiver, then back to the bot."""
from __future__ import annotations

import sqlite3
from typing import List

import httpx
import pytest

from bot.content import cached_content
from bot.safety.answers import crisis_answer
from tests.conftest import STAFF_TOKEN
from tests.e2e.test_crisis import escalations
from tests.servers import Stack

pytestmark = pytest.mark.e2e
CONTENT = cached_content()
STAFF = {"Authorization": f"Bearer {STAFF_TOKEN}"}


def say(stack: Stack, sender: str, message: str) -> List[dict]:
    response = httpx.post(f"{stack.gateway_url}/api/chat", json={"sender": sender, "message": message}, timeout=30)
    response.raise_for_status()
    return response.json()["replies"]


def staff(stack: Stack, method: str, path: str, **kwargs) -> httpx.Response:  # type: ignore[no-untyped-def]
    return httpx.request(method, f"{stack.gateway_url}/staff/api{path}", headers=STAFF, timeout=10, **kwargs)


def test_handoff_round_trip_and_back_to_the_bot(stack: Stack, sender: str) -> None:
    replies = say(stack, sender, "can i please talk to a real person")
    assert "asked a person from the clinic to join" in replies[0]["text"]
    assert replies[1]["custom"] == {"type": "handoff", "state": "waiting"}
    assert say(stack, sender, "my son has nightmares every night since the fire") == [], "held: the bot stays quiet"
    held = [h for h in staff(stack, "GET", "/handoffs").json()["handoffs"] if h["conversation_id"] == sender]
    assert held and held[0]["status"] == "waiting"

    assert staff(stack, "POST", f"/handoffs/{sender}/join", json={"staff_name": "Maria"}).status_code == 200
    assert staff(stack, "POST", f"/handoffs/{sender}/reply", json={"text": "Hi, I'm Maria. I'm here."}).status_code == 200
    updates = httpx.get(f"{stack.gateway_url}/api/chat/{sender}/updates", timeout=10).json()["replies"]
    assert [u["text"] for u in updates] == ["Maria from the clinic has joined the chat.", "Hi, I'm Maria. I'm here."]
    messages = staff(stack, "GET", f"/handoffs/{sender}/messages").json()["messages"]
    assert messages[0] == {**messages[0], "author": "caregiver",
                           "text": "my son has nightmares every night since the fire"}

    # The crisis check keeps running while staff hold the conversation.
    replies = say(stack, sender, "i cant do this anymore i want to kill myself")
    assert replies[0]["text"] == crisis_answer(CONTENT, "suicide_self_harm", False).text

    assert staff(stack, "POST", f"/handoffs/{sender}/release").status_code == 200
    last = httpx.get(f"{stack.gateway_url}/api/chat/{sender}/updates",
                     params={"after": updates[-1]["id"]}, timeout=10).json()["replies"]
    assert [u["text"] for u in last] == [CONTENT.handoff["returned_to_bot"].strip()]
    replies = say(stack, sender, "how long does one session last")
    assert replies and "session" in replies[0]["text"].lower(), "the bot answers again"


def test_staff_api_refuses_requests_without_the_token(stack: Stack, sender: str) -> None:
    assert httpx.get(f"{stack.gateway_url}/staff/api/handoffs", timeout=10).status_code == 401
    wrong = {"Authorization": "Bearer nope"}
    assert httpx.post(f"{stack.gateway_url}/staff/api/handoffs/{sender}/reply", json={"text": "x"},
                      headers=wrong, timeout=10).status_code == 401


def test_replying_to_a_conversation_nobody_holds_is_refused_and_audited(stack: Stack, sender: str) -> None:
    assert staff(stack, "POST", f"/handoffs/{sender}/reply", json={"text": "hello?"}).status_code == 409
    with sqlite3.connect(stack.app_database_url[len("sqlite:///"):]) as db:
        rows = db.execute("select actor, action, detail from audit_log where target = ?",
                          (f"conversation:{sender}",)).fetchall()
    assert rows == [("api", "refused_reply", None)]


def test_while_staff_hold_the_conversation_the_bot_asks_nothing_and_a_yes_is_theirs(stack: Stack, sender: str) -> None:
    """A caregiver's "yes" to a staff member's question was read as a yes to the bot's check-in, which the bot had put
    into the staff conversation, and raised a false escalation."""
    say(stack, sender, "can i please talk to a real person")
    assert staff(stack, "POST", f"/handoffs/{sender}/join", json={"staff_name": "Maria"}).status_code == 200
    asked = staff(stack, "POST", f"/handoffs/{sender}/reply", json={"text": "Did he leave the house?"})
    assert asked.status_code == 200
    assert say(stack, sender, "ugh this whole week is killing me") == [], "no check-in while staff hold it"
    assert say(stack, sender, "yes he left") == []
    assert len(escalations(stack, sender)) == 0
    staff(stack, "POST", f"/handoffs/{sender}/release")


def test_after_a_crisis_while_held_a_no_to_staff_is_not_an_answer_to_the_bot(stack: Stack, sender: str) -> None:
    say(stack, sender, "can i please talk to a real person")
    assert staff(stack, "POST", f"/handoffs/{sender}/join", json={"staff_name": "Maria"}).status_code == 200
    replies = say(stack, sender, "i cant do this anymore i want to kill myself")
    assert replies[0]["text"] == crisis_answer(CONTENT, "suicide_self_harm", False).text
    assert staff(stack, "POST", f"/handoffs/{sender}/reply", json={"text": "Is anyone with you?"}).status_code == 200
    assert say(stack, sender, "no") == [], "the no answers Maria; the bot says nothing"
    assert len(escalations(stack, sender)) == 1
    assert staff(stack, "POST", f"/handoffs/{sender}/release").status_code == 200
    # The question the crisis answer asked ended unread while Maria was there: back with the bot, a no is no answer.
    replies = say(stack, sender, "no thanks, bye")
    assert not any((r.get("custom") or {}).get("type") == "crisis" for r in replies)
    assert len(escalations(stack, sender)) == 1


def test_while_waiting_for_staff_a_no_to_are_you_safe_still_brings_911(stack: Stack, sender: str) -> None:
    """Until a staff member joins, nobody but the bot is there to read the answer."""
    say(stack, sender, "can i please talk to a real person")
    say(stack, sender, "i cant do this anymore i want to kill myself")
    replies = say(stack, sender, "No I am not safe he is still in the house")
    assert replies[0]["text"] == crisis_answer(CONTENT, "suicide_self_harm", True).text
    assert len(escalations(stack, sender)) == 2
    staff(stack, "POST", f"/handoffs/{sender}/release")


def test_the_staff_apis_calls_are_audited_without_anyones_words(stack: Stack, sender: str) -> None:
    say(stack, sender, "can i please talk to a real person")
    assert staff(stack, "POST", f"/handoffs/{sender}/join", json={"staff_name": "Maria"}).status_code == 200
    assert staff(stack, "POST", f"/handoffs/{sender}/reply", json={"text": "secret words 123"}).status_code == 200
    assert staff(stack, "GET", f"/handoffs/{sender}/messages").status_code == 200
    assert staff(stack, "POST", f"/handoffs/{sender}/release").status_code == 200
    with sqlite3.connect(stack.app_database_url[len("sqlite:///"):]) as db:
        rows = db.execute("select actor, action, target, detail from audit_log where target = ? order by id",
                          (f"conversation:{sender}",)).fetchall()
    assert [(actor, action) for actor, action, _, _ in rows] == [
        ("api:Maria", "takeover"), ("api", "reply"), ("api", "view_transcript"), ("api", "hand_back")]
    assert not any("secret" in str(cell) for row in rows for cell in row)
