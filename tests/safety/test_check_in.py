"""Reading the answer to a check-in question: when in doubt, it counts as yes."""
from __future__ import annotations

import pytest

from bot.safety.check_in import Answer, Safety, read_answer, read_safety_answer


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


def test_a_check_in_about_a_childs_health_names_poison_control_and_the_others_do_not_change() -> None:
    from bot.content import cached_content
    from bot.safety.answers import check_in_replies, check_in_texts
    from bot.safety.policy import CATEGORIES

    content = cached_content()
    medical = check_in_replies(content, "child_medical")
    assert "1-800-222-1222" in medical[0]["text"] and "911" in medical[0]["text"]
    assert medical[1]["custom"] == {"type": "check_in", "category": "child_medical"}
    general = check_in_replies(content)[0]["text"]
    assert "988" in general and "1-800-222-1222" not in general
    assert all(check_in_replies(content, c)[0]["text"] == general for c in CATEGORIES if c != "child_medical")
    assert set(check_in_texts(content)) == {general, medical[0]["text"]}


# Answers to "Are you safe right now?" / "Is your child breathing and awake right now?" after a crisis answer.
@pytest.mark.parametrize("text", ["no", "No.", "nope", "nah", "not really", "not safe", "im not safe", "idk",
                                  "i dont know", "not sure", "hes here", "he's back", "help", "please hurry",
                                  "no estoy bien", "no, he is not breathing", "scared", "he is here", "not at all",
                                  "I'm in danger", "I don't think so", "No I am not safe he is still in the house",
                                  "no, not safe at all, he just left the room but he will be back",
                                  "yes but hes coming back tonight"])
def test_not_safe_or_not_knowing_brings_the_answer_again(text: str) -> None:
    assert read_safety_answer(text) is Safety.UNSAFE


@pytest.mark.parametrize("text", ["yes", "Yes.", "yeah im safe", "im safe now", "we are ok", "i am fine", "ok",
                                  "si", "estoy bien", "shes breathing", "no worries im safe", "no, we are fine"])
def test_a_clear_yes_is_safe(text: str) -> None:
    assert read_safety_answer(text) is Safety.SAFE


@pytest.mark.parametrize("text", ["what is cpp", "thank you", "can i talk to someone at the clinic about this please "
                                                                "because i have a lot of questions"])
def test_other_messages_are_not_answers_to_the_safety_question(text: str) -> None:
    assert read_safety_answer(text) is Safety.OTHER
