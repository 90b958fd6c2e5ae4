"""Actions, unit-tested against tracker fixtures (the financial-demo style)."""
from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import people
from bot.db.migrate import upgrade
from actions.people import ActionRequestHuman

ROOT = Path(__file__).resolve().parents[2]


def tracker(sender: str = "caregiver-1") -> Tracker:
    return Tracker(sender_id=sender, slots={}, latest_message={"text": "talk to a person", "intent": {}},
                   events=[{"event": "user", "input_channel": "rest"}], paused=False, followup_action=None,
                   active_loop={}, latest_action_name=None)


@pytest.fixture
def app_db(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'app.db'}"
    upgrade(url)
    monkeypatch.setenv("APP_DATABASE_URL", url)
    monkeypatch.setenv("STAFF_HOURS", "Mon-Fri 09:00-17:00")
    monkeypatch.setenv("STAFF_TIMEZONE", "America/New_York")
    return url


def at(monkeypatch, when: dt.datetime) -> None:
    monkeypatch.setattr(people, "utcnow", lambda: when)


MONDAY_10_NY = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.timezone.utc)
SUNDAY_10_NY = dt.datetime(2026, 11, 22, 15, 0, tzinfo=dt.timezone.utc)


def test_in_staffed_hours_the_conversation_is_held_for_staff(app_db, monkeypatch) -> None:
    at(monkeypatch, MONDAY_10_NY)
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionRequestHuman().run(dispatcher, tracker("held-1"), {}))
    assert "join this chat" in dispatcher.messages[0]["text"]
    from bot.content import cached_content
    from bot.db.session import shared_sessionmaker
    from bot.handoff import HandoffService
    held = HandoffService(shared_sessionmaker(app_db), cached_content()).held("held-1")
    assert held is not None and held.status == "waiting"
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionRequestHuman().run(dispatcher, tracker("held-1"), {}))
    assert "will be with you soon" in dispatcher.messages[0]["text"], "a second request does not queue twice"


def test_out_of_hours_says_so_and_offers_a_call_back_and_crisis_lines(app_db, monkeypatch) -> None:
    at(monkeypatch, SUNDAY_10_NY)
    monkeypatch.setenv("CLINIC_PHONE", "(212) 555-0199")
    dispatcher = CollectingDispatcher()
    asyncio.run(ActionRequestHuman().run(dispatcher, tracker("ooh-1"), {}))
    [message] = dispatcher.messages
    assert "not available right now" in message["text"] and "(212) 555-0199" in message["text"]
    assert "988" in message["text"] and "911" in message["text"]
    assert message["buttons"][0]["payload"] == "/request_referral"


def test_every_custom_action_is_in_the_domain() -> None:
    from rasa_sdk.executor import ActionExecutor
    executor = ActionExecutor()
    executor.register_package("actions")
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    assert set(executor.actions) == set(domain["actions"])


@pytest.mark.parametrize("sender, channel", [("telegram-424242", "telegram"), ("web-abcdefghijklmnopqrstuv", "web"),
                                             ("caregiver-1", "rest")])
def test_the_channel_comes_from_the_conversation_id(sender: str, channel: str) -> None:
    """Rasa's input channel is always "rest" (the gateway talks to it over REST), so referrals and handoffs all said
    "rest"; the channels' conversation ids say where the caregiver is, as the gateway's own records do."""
    assert people.channel_of(tracker(sender)) == channel
