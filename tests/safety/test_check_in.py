"""Reading the answer to a check-in question: when in doubt, it counts as yes."""
from __future__ import annotations

import pytest

from bot.safety.check_in import Answer, read_answer


@pytest.mark.parametrize("text", [
    "yes", "Yeah", "yea kinda", "sometimes tbh", "maybe?", "idk", "i dont know anymore", "not sure",
    "a little", "i think so", "sí", "nah but sometimes", "no... well maybe", "every day lately", "please help",
    "yes.", "ya", "sort of",
])
def test_yes_or_unsure_escalates(text: str) -> None:
    assert read_answer(text) is Answer.YES


@pytest.mark.parametrize("text", [
    "no", "No, I'm okay", "nope", "nah im good", "no lol", "noo just tired", "not really", "never",
    "im fine", "i'm ok just venting", "jk", "just joking", "all good", "we're fine",
])
def test_a_clear_no_carries_on(text: str) -> None:
    assert read_answer(text) is Answer.NO


@pytest.mark.parametrize("text", ["how long are the sessions", "what is cpp", "ok thanks"])
def test_other_messages_are_not_answers(text: str) -> None:
    assert read_answer(text) is Answer.OTHER
