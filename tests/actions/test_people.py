"""Actions, unit-tested against tracker fixtures (the financial-demo style)."""
from __future__ import annotations

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.people import ActionRequestHuman, ActionRequestReferral


@pytest.fixture
def tracker() -> Tracker:
    return Tracker(sender_id="caregiver-1", slots={}, latest_message={"text": "talk to a person", "intent": {}},
                   events=[], paused=False, followup_action=None, active_loop={}, latest_action_name=None)


@pytest.mark.parametrize("action", [ActionRequestHuman(), ActionRequestReferral()])
def test_clinic_phone_comes_from_the_environment(action, tracker: Tracker, monkeypatch) -> None:
    monkeypatch.setenv("CLINIC_PHONE", "(212) 555-0199")
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, tracker, {})
    assert events == []
    [message] = dispatcher.messages
    assert "(212) 555-0199" in message["text"] and "{clinic_phone}" not in message["text"]


def test_referral_points_to_the_provider_directory_and_pediatrician(tracker: Tracker) -> None:
    dispatcher = CollectingDispatcher()
    ActionRequestReferral().run(dispatcher, tracker, {})
    text = dispatcher.messages[0]["text"]
    assert "childparentpsychotherapy.com" in text and "pediatrician" in text


def test_action_names_match_the_domain() -> None:
    import yaml
    from pathlib import Path
    domain = yaml.safe_load((Path(__file__).resolve().parents[2] / "domain.yml").read_text())
    assert {ActionRequestHuman().name(), ActionRequestReferral().name()} <= set(domain["actions"])
