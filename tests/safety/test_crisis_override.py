"""nlu_components/crisis_override.py, the last step of Rasa's NLU pipeline: how the rules, the crisis layer and the
intent classifier's own crisis intents become the message's intent. The layer is a stand-in with a fixed score
here, so each band is tested on purpose; the real layer is exercised end to end in tests/e2e/test_crisis.py."""
from __future__ import annotations

from typing import List, Optional, Tuple

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.safety.classifier import CHECK_IN_FLOOR, SECOND_OPINION_FLOOR, THRESHOLD, ModelVerdict
from nlu_components.crisis_override import CrisisOverride

SAFE = "can my sister come to the sessions with us"


class FixedLayer:
    """Scores every message the same, with the production threshold."""

    threshold = THRESHOLD

    def __init__(self, score: float, category: str = "domestic_violence") -> None:
        self.verdict = ModelVerdict(score, category)

    def score(self, text: str) -> ModelVerdict:
        return self.verdict


def parsed(text: str, ranking: List[Tuple[str, float]], layer: Optional[FixedLayer]) -> Message:
    message = Message(data={"text": text})
    message.set("intent", {"name": ranking[0][0], "confidence": ranking[0][1]})
    message.set("intent_ranking", [{"name": n, "confidence": c} for n, c in ranking])
    CrisisOverride(classifier=layer).process([message])  # type: ignore[arg-type]
    return message


def entities(message: Message) -> dict:
    return {e["entity"]: e["value"] for e in message.get("entities") or []}


INTENT_SAYS_CRISIS = [("crisis_domestic_violence", 0.7), ("faq", 0.5), ("greet", 0.1)]


def test_an_intent_only_crisis_without_the_layers_backing_goes_on_as_the_best_other_intent() -> None:
    message = parsed(SAFE, [("crisis_domestic_violence", 0.9), ("faq", 0.08), ("greet", 0.02)],
                     FixedLayer(SECOND_OPINION_FLOOR - 0.01))
    # Its confidence is renormalised over the intents left: 0.08 of the 0.1 the crisis intent did not take.
    assert message.get("intent") == {"name": "faq", "confidence": pytest.approx(0.8)}
    assert [r["name"] for r in message.get("intent_ranking")] == ["faq", "greet"]
    assert "crisis_category" not in entities(message)


def test_without_a_clear_other_intent_it_goes_to_the_fallback_and_no_crisis_intent_is_left() -> None:
    message = parsed(SAFE, [("crisis_child_abuse", 0.5), ("crisis_check_in", 0.2), ("faq", 0.1), ("greet", 0.1),
                      ("thank", 0.1)],
                     FixedLayer(0.1))
    assert message.get("intent")["name"] == "nlu_fallback"
    assert not [r for r in message.get("intent_ranking") if r["name"].startswith("crisis_")]


def test_the_rules_hyperbole_always_asks_in_the_rules_category_whatever_the_intent_and_layer() -> None:
    """'i want to die lol': the rules ask; an intent classifier sure of a crisis and a layer that is not must
    neither silence the question nor move it to another category (the gateway asks in the rules' one)."""
    text = "i want to die lol"
    from bot.safety.detector import get_detector

    assert get_detector().detect(text).kind == "check_in"
    for ranking in ([("crisis_domestic_violence", 0.71), ("faq", 0.2)], [("crisis_check_in", 0.8)], [("faq", 0.9)]):
        message = parsed(text, ranking, FixedLayer(0.14, "child_abuse"))
        assert message.get("intent")["name"] == "crisis_check_in"
        assert entities(message)["crisis_category"] == get_detector().detect(text).category


@pytest.mark.parametrize("score", sorted({SECOND_OPINION_FLOOR - 0.01, SECOND_OPINION_FLOOR, CHECK_IN_FLOOR - 0.01,
                                          CHECK_IN_FLOOR}))
def test_an_intent_only_crisis_is_asked_about_in_the_intents_category_only_with_the_layers_backing(score: float) -> None:
    """Under the second opinion the intent classifier's crisis is dropped; from it up to the layer's own check-in
    floor the check-in is asked in the intent's category (a band that is empty while both floors are 0.4); from
    the floor up the layer asks in its own category, whatever the intent said."""
    message = parsed(SAFE, INTENT_SAYS_CRISIS, FixedLayer(score, "child_abuse"))
    if score < SECOND_OPINION_FLOOR:
        assert message.get("intent")["name"] == "faq" and "crisis_category" not in entities(message)
        return
    assert message.get("intent")["name"] == "crisis_check_in"
    expected = "domestic_violence" if score < CHECK_IN_FLOOR else "child_abuse"
    assert entities(message)["crisis_category"] == expected


def test_without_the_layer_file_the_intent_classifier_alone_still_asks(monkeypatch: pytest.MonkeyPatch) -> None:
    import nlu_components.crisis_override as module

    monkeypatch.setattr(module, "load_classifier", lambda: None)  # as when models/crisis_classifier.joblib is missing
    override = CrisisOverride()
    assert override._classifier is None
    message = Message(data={"text": SAFE})
    message.set("intent", {"name": "crisis_domestic_violence", "confidence": 0.7})
    message.set("intent_ranking", [{"name": "crisis_domestic_violence", "confidence": 0.7}])
    override.process([message])
    assert message.get("intent")["name"] == "crisis_check_in"


def test_the_layers_doubt_asks_and_its_confidence_escalates_whatever_the_intent() -> None:
    asked = parsed(SAFE, [("faq", 0.9)], FixedLayer(CHECK_IN_FLOOR, "suicide_self_harm"))
    assert asked.get("intent")["name"] == "crisis_check_in"
    assert entities(asked)["crisis_category"] == "suicide_self_harm"
    escalated = parsed(SAFE, [("faq", 0.9)], FixedLayer(THRESHOLD, "domestic_violence"))
    assert escalated.get("intent")["name"] == "crisis_domestic_violence"
    assert entities(escalated)["crisis_severity"] == "urgent"


@pytest.mark.parametrize("text, category, imminent", [
    ("he is standing in the kitchen with a knife", "domestic_violence", True),   # a weapon
    ("her arm is bleeding", "child_abuse", True),                                # a child hurt
    ("got the bottle of pills in my lap", "suicide_self_harm", True),            # means at hand
    ("he said he hates himself and is holding a knife", "child_suicidal", True),
    ("can my sister come to the sessions with us", "child_medical", True),       # always 911
    ("he is so drunk right now and yelling", "domestic_violence", False),        # broad danger-now cues: not alone
    ("i feel like disappearing today", "suicide_self_harm", False),             # a time word alone is no plan
    ("i feel like disappearing", "suicide_self_harm", False),
    ("i do not have a gun and there are no pills in the house, i just feel like giving up", "suicide_self_harm",
     False),                                                                     # negated means
    ("he used to scream at me, years ago. please help me figure out custody", "domestic_violence", False),
    ("she said she is sad all the time. she was in the hospital last year for asthma", "child_suicidal", False),
    ("he keeps saying he hates himself. i've tried to talk to him about it", "child_suicidal", False),
])
def test_what_only_the_layer_escalates_leads_with_911_when_the_rules_cues_show_danger_now(
        text: str, category: str, imminent: bool) -> None:
    from bot.safety.detector import get_detector
    from bot.safety.imminence import imminent_without_a_rule

    assert imminent_without_a_rule(text, category) is imminent
    if get_detector().detect(text).kind == "crisis":
        return  # the rules answer these themselves; the override's own path is shown on the others
    message = parsed(text, [("faq", 0.9)], FixedLayer(THRESHOLD, category))
    assert entities(message)["crisis_severity"] == ("imminent" if imminent else "urgent")


def test_the_rules_win_over_a_doubtful_layer_and_any_intent() -> None:
    message = parsed("i have the pills in my hand and im taking them all tonight", [("faq", 0.9)], FixedLayer(0.0))
    assert message.get("intent")["name"] == "crisis_suicide_self_harm"
    assert entities(message)["crisis_severity"] == "imminent"


def test_an_everyday_question_is_left_alone() -> None:
    message = parsed(SAFE, [("faq", 0.8), ("greet", 0.1)], FixedLayer(0.05))
    assert message.get("intent") == {"name": "faq", "confidence": 0.8}
