"""The gateway (bot/safety/guard.py) and Rasa's last NLU step (nlu_components/crisis_override.py) must reach the
same decision on every message: which kind (crisis, check-in, nothing), which category, and whether the answer
leads with 911. One table of messages and crisis-layer scores runs through both; the layer is a stand-in with a
fixed score so every band is reached on purpose. (What only Rasa's intent classifier sees is Rasa's by design;
the gateway takes it from Rasa's reply.) And where the two differ for a moment, a crisis in Rasa's reply wins."""
from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Optional, Tuple

import pytest
from cryptography.fernet import Fernet
from rasa.shared.nlu.training_data.message import Message
from sqlalchemy import select

from bot.alerts import StaffAlerter
from bot.content import cached_content
from bot.conversation import ConversationService
from bot.crypto import FieldCipher
from bot.db.migrate import upgrade
from bot.db.models import Escalation
from bot.db.session import make_engine, make_sessionmaker
from bot.safety.answers import crisis_answer
from bot.safety.classifier import CHECK_IN_FLOOR, SECOND_OPINION_FLOOR, THRESHOLD
from bot.safety.guard import CrisisGuard
from nlu_components.crisis_override import CrisisOverride
from tests.safety.test_crisis_override import FixedLayer

Verdict = Tuple[str, Optional[str], bool]

MESSAGES = [
    "i want to kill myself",                          # the rules: a crisis
    "i have the pills in my hand rn",                 # the rules: an imminent crisis
    "this potty training is gonna make me kms lol",   # the rules: hyperbole, a check-in
    "how long is one session",                        # nothing for the rules
    "he is standing in the kitchen with a knife",     # nothing for the rules, a weapon cue
]
SCORES = [0.05, SECOND_OPINION_FLOOR, CHECK_IN_FLOOR, THRESHOLD, 0.99]


@pytest.fixture(scope="module")
def guard(tmp_path_factory: pytest.TempPathFactory) -> CrisisGuard:
    url = f"sqlite:///{Path(tmp_path_factory.mktemp('parity')) / 'app.db'}"
    upgrade(url)
    return CrisisGuard(cached_content(), make_sessionmaker(make_engine(url)), StaffAlerter(""),
                       FieldCipher(Fernet.generate_key().decode()), classifier=FixedLayer(0.0))


def gateway(guard: CrisisGuard, text: str, layer: FixedLayer) -> Verdict:
    guard._classifier = layer  # type: ignore[assignment]
    decision = guard.assess(f"parity-{abs(hash((text, layer.verdict.score)))}", text)
    return decision.kind, decision.category, decision.imminent


def rasa(text: str, layer: FixedLayer, intent: str = "faq") -> Verdict:
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": 0.9})
    message.set("intent_ranking", [{"name": intent, "confidence": 0.9}, {"name": "greet", "confidence": 0.1}])
    CrisisOverride(classifier=layer).process([message])  # type: ignore[arg-type]
    intent = message.get("intent")["name"]  # as it leaves the pipeline
    entities = {e["entity"]: e["value"] for e in message.get("entities") or []}
    if intent == "crisis_check_in":
        return "check_in", entities["crisis_category"], False
    if intent.startswith("crisis_"):
        return "crisis", intent[len("crisis_"):], entities["crisis_severity"] == "imminent"
    return "none", None, False


@pytest.mark.parametrize("intent", ["faq", "crisis_child_abuse"])
@pytest.mark.parametrize("score", SCORES)
@pytest.mark.parametrize("text", MESSAGES)
def test_the_gateway_and_rasa_decide_alike(guard: CrisisGuard, text: str, score: float, intent: str) -> None:
    """Whatever Rasa's intent classifier predicted: where the rules or the layer decide, both decide alike."""
    layer = FixedLayer(score, "domestic_violence")
    at_the_gateway = gateway(guard, text, layer)
    if at_the_gateway[0] == "none" and intent != "faq":
        pytest.skip("only the intent classifier saw a crisis: Rasa's own path, which the gateway follows")
    assert at_the_gateway == rasa(text, layer, intent)


def test_the_table_reaches_every_kind_of_decision(guard: CrisisGuard) -> None:
    seen = {gateway(guard, text, FixedLayer(score, "domestic_violence"))[0::2]
            for text in MESSAGES for score in SCORES}
    assert {("crisis", True), ("crisis", False), ("check_in", False), ("none", False)} <= seen


class RasaThatSaysCrisis:
    """Stands in for a Rasa server whose copy of the crisis check saw a crisis where the gateway's did not
    (for a moment, e.g. while one process has a newer model): the point here is what the gateway does with it."""

    def __init__(self, answer: list) -> None:
        self.answer = answer

    async def send(self, sender: str, text: str) -> list:
        return self.answer


class NoHandoffs:
    def held(self, sender: str) -> None:
        return None


def test_a_crisis_in_rasas_reply_wins_over_the_gateways_own_check_in(guard: CrisisGuard) -> None:
    text = "this potty training is gonna make me kms lol"  # the gateway's rules: a check-in
    answer = crisis_answer(cached_content(), "suicide_self_harm", False)
    guard._classifier = FixedLayer(0.0)  # type: ignore[assignment]
    service = ConversationService(RasaThatSaysCrisis(answer.replies()), cached_content(), guard,  # type: ignore[arg-type]
                                  NoHandoffs())  # type: ignore[arg-type]
    replies = asyncio.run(service.handle("parity-rasa-crisis", text))
    assert replies[:len(answer.replies())] == answer.replies(), "the crisis answer leads, not the check-in"
    with guard._sessions() as session:
        [row] = session.scalars(select(Escalation).where(Escalation.conversation_id == "parity-rasa-crisis")).all()
    assert (row.category, row.detected_by) == ("suicide_self_harm", "nlu")
