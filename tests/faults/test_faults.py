"""Faults on the one-machine (SQLite) stack: a locked database, the action server killed, Rasa restarted.

The caregiver always gets an answer (a graceful one when part of the system is down, the crisis answer always),
and the conversation goes on from the stored tracker once the part is back. Own stack: these tests stop servers.
"""
from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from typing import Iterator, List

import httpx
import pytest

from bot.content import cached_content
from tests.servers import Stack, wait_until

pytestmark = pytest.mark.e2e
CONTENT = cached_content()
REFERRAL = {k: str(v).strip() for k, v in CONTENT.referral.items() if isinstance(v, str)}
UNAVAILABLE = str(CONTENT.conversation["unavailable"]).strip()
CRISIS = "my husband choked me last night and said he'd kill me if i leave"


@pytest.fixture(scope="module")
def fault_stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    running = Stack(workdir=tmp_path_factory.mktemp("faults"), extra_env={
        "RASA_TIMEOUT_SECONDS": "20", "STAFF_HOURS": "Mon-Sun 00:00-24:00"})
    try:
        running.start_all()
        yield running
    finally:
        running.stop_all()


@pytest.fixture
def sender() -> str:
    return f"fault-{uuid.uuid4().hex[:12]}"


def say(stack: Stack, sender: str, message: str) -> List[dict]:
    response = httpx.post(f"{stack.gateway_url}/api/chat", json={"sender": sender, "message": message}, timeout=60)
    assert response.status_code == 200, response.text
    return response.json()["replies"]


def texts(replies: List[dict]) -> List[str]:
    return [r.get("text", "") for r in replies]


def is_crisis(replies: List[dict], category: str = "domestic_violence") -> bool:
    return any(r.get("custom", {}).get("type") == "crisis" and r["custom"]["category"] == category for r in replies)


def escalations(stack: Stack, sender: str) -> int:
    with sqlite3.connect(stack.app_database_url[len("sqlite:///"):]) as db:
        return db.execute("select count(*) from escalations where conversation_id = ?", (sender,)).fetchone()[0]


def user_events(stack: Stack, sender: str) -> int:
    with sqlite3.connect(stack.tracker_db, timeout=30) as db:
        return db.execute("select count(*) from events where sender_id = ? and type_name = 'user'",
                          (sender,)).fetchone()[0]


def start_referral(stack: Stack, sender: str) -> None:
    assert texts(say(stack, sender, "i want to sign my family up for cpp, can you refer us"))[1] \
        .startswith(REFERRAL["consent"][:40])
    assert texts(say(stack, sender, "/affirm")) == [REFERRAL["ask_caregiver_name"]]


def hold_write_lock(path: str, seconds: float, locked: threading.Event) -> None:
    """Another writer holding the SQLite database (a backup, a migration, a slow staff export)."""
    db = sqlite3.connect(path, timeout=5, isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    locked.set()
    time.sleep(seconds)
    db.execute("ROLLBACK")
    db.close()


@pytest.mark.parametrize("database", ["app", "tracker"])
def test_a_briefly_locked_database_delays_answers_but_loses_nothing(fault_stack: Stack, sender: str,
                                                                    database: str) -> None:
    path = fault_stack.app_database_url[len("sqlite:///"):] if database == "app" else str(fault_stack.tracker_db)
    say(fault_stack, sender, "what is cpp")  # the conversation exists before the lock
    locked = threading.Event()
    holder = threading.Thread(target=hold_write_lock, args=(path, 2.0, locked))
    holder.start()
    assert locked.wait(5)
    try:
        crisis = say(fault_stack, sender, CRISIS)  # a write in each database: an escalation, tracker events
        faq = say(fault_stack, sender, "how long does one session last")
    finally:
        holder.join()
    assert is_crisis(crisis)
    assert faq and UNAVAILABLE not in texts(faq)
    assert escalations(fault_stack, sender) == 1
    assert user_events(fault_stack, sender) == 3


def test_action_server_killed_mid_form_then_back_the_form_goes_on(fault_stack: Stack, sender: str) -> None:
    start_referral(fault_stack, sender)
    fault_stack.stop("actions")
    try:
        assert texts(say(fault_stack, sender, "Jane")) == [UNAVAILABLE], "a graceful answer, not silence"
        assert is_crisis(say(fault_stack, sender, CRISIS)), "crisis answers do not need the action server"
        assert escalations(fault_stack, sender) == 1
    finally:
        fault_stack.start_actions()
    assert texts(say(fault_stack, sender, "Jane")) == [REFERRAL["ask_contact_method"]]
    assert texts(say(fault_stack, sender, "text message")) == [REFERRAL["ask_phone"]]


def test_rasa_restarted_mid_form_the_conversation_goes_on_from_the_stored_tracker(
    fault_stack: Stack, sender: str
) -> None:
    start_referral(fault_stack, sender)
    assert texts(say(fault_stack, sender, "Jane")) == [REFERRAL["ask_contact_method"]]
    fault_stack.stop("rasa")
    try:
        assert texts(say(fault_stack, sender, "text message")) == [UNAVAILABLE]
        assert is_crisis(say(fault_stack, sender, CRISIS)), "the gateway answers a crisis while Rasa is down"
        assert escalations(fault_stack, sender) == 1
    finally:
        process = fault_stack.spawn_rasa()
        wait_until(f"{fault_stack.rasa_url}/", 180, process)
    assert texts(say(fault_stack, sender, "text message")) == [REFERRAL["ask_phone"]]
    assert texts(say(fault_stack, sender, "its (212) 555-0199 thx")) == [REFERRAL["ask_best_time"]]
