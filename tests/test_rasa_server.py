"""The Rasa launcher's replacement for Rasa's action-reply validation accepts and refuses what Rasa's own does."""
from __future__ import annotations

from typing import Any, Dict

import pytest
from jsonschema import ValidationError, validate
from rasa.core.actions.action import RemoteAction

from bot.rasa_server import _validate_replies_with_a_checked_schema

VALID_REPLIES = [
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "caregiver_name", "value": "Ana"}],
     "responses": [{"text": "Thanks", "buttons": [{"title": "Yes", "payload": "/affirm"}]}]},
    {"events": [{"event": "active_loop", "name": None}, {"event": "slot", "name": "requested_slot", "value": None}]},
]
INVALID_REPLIES = [
    {"events": "not a list"},
    {"events": [{"event": "no_such_event"}]},
    {"events": [], "responses": "not a list"},
]


@pytest.fixture(scope="module")
def patched_validate() -> Any:
    original = RemoteAction._validate_action_result
    _validate_replies_with_a_checked_schema()
    yield RemoteAction._validate_action_result
    RemoteAction._validate_action_result = original


@pytest.mark.parametrize("reply", VALID_REPLIES)
def test_a_valid_action_reply_passes_as_it_does_in_rasa(patched_validate: Any, reply: Dict[str, Any]) -> None:
    validate(reply, RemoteAction.action_response_format_spec())  # Rasa's own check agrees
    assert patched_validate(None, reply) is True


@pytest.mark.parametrize("reply", INVALID_REPLIES)
def test_an_invalid_action_reply_is_refused_with_rasas_explanation(patched_validate: Any,
                                                                    reply: Dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        validate(reply, RemoteAction.action_response_format_spec())
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        patched_validate(None, reply)
