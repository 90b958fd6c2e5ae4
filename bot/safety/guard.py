"""The gateway's crisis guard: every caregiver message passes here, in every state, whatever Rasa does.

It decides from the deterministic detector, then the trained crisis layer for what the rules miss
(bot/safety/classifier.py: it escalates when confident and asks the check-in question when unsure), and a
pending check-in; it makes sure the whole fixed safety answer
leads the replies even when Rasa is down or busy with a form or a handoff (Rasa's own copy, which its REST
channel splits into paragraphs, is replaced), records one escalation per crisis message, and alerts staff.
A check-in that Rasa asked because only its trained model saw a possible crisis is remembered, so a yes escalates;
so is the "are you safe right now?" that ends every crisis answer, so a no (or not knowing) brings the answer again
with 911 first and alerts staff again.
"""
from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import List, Optional, Tuple

from sqlalchemy.orm import sessionmaker

from bot.alerts import StaffAlerter
from bot.content import Content
from bot.crypto import FieldCipher
from bot.db.models import CHECK_IN_QUESTION, SAFE_NOW_QUESTION, Escalation, PendingCheckIn, utcnow
from bot.safety.answers import all_answers, check_in_replies, check_in_texts, crisis_answer
from bot.safety.check_in import Answer, Safety, read_answer, read_safety_answer
from bot.safety.classifier import CrisisClassifier, load_classifier
from bot.safety.detector import get_detector
from bot.safety.layers import beyond_the_rules, needs_911

logger = logging.getLogger(__name__)
#: How long a question of the bot's waits for its answer: a "no" a day later answers something else.
QUESTION_STANDS_FOR = dt.timedelta(minutes=30)


@dataclass(frozen=True)
class Decision:
    kind: str                 # "crisis" | "check_in" | "none"
    category: Optional[str] = None
    imminent: bool = False
    lang: str = "en"
    detected_by: str = "rules"

    @property
    def is_crisis(self) -> bool:
        return self.kind == "crisis"


NOTHING = Decision("none")


def _custom(reply: dict) -> dict:
    custom = reply.get("custom")
    return custom if isinstance(custom, dict) else {}


class CrisisGuard:
    def __init__(self, content: Content, sessions: sessionmaker, alerter: StaffAlerter, cipher: FieldCipher,
                 classifier: Optional[CrisisClassifier] = None):
        self._content = content
        self._cipher = cipher
        self._sessions = sessions
        self._alerter = alerter
        self._detector = get_detector()
        self._classifier = classifier if classifier is not None else load_classifier()
        # Every fixed safety text and each of its paragraphs: Rasa's REST channel sends a text without buttons
        # as one message per paragraph, and the gateway must recognise those pieces as its own answer.
        texts = [a.text for a in all_answers(content)] + check_in_texts(content)
        self._safety_texts = set(texts) | {p.strip() for t in texts for p in t.split("\n\n")}

    @property
    def has_trained_layer(self) -> bool:
        return self._classifier is not None

    # ------------------------------------------------------------------ deciding
    def _take_pending_question(self, conversation_id: str) -> Optional[Tuple[str, str, str]]:
        """The question the bot asked last in this conversation, as (question, category, lang), now answered; None
        when there is none, or when it was asked too long ago to be what this message answers."""
        with self._sessions() as session, session.begin():
            pending = session.get(PendingCheckIn, conversation_id)
            if pending is None:
                return None
            asked = (pending.question, pending.category, pending.lang)
            asked_at = pending.asked_at if pending.asked_at.tzinfo else pending.asked_at.replace(tzinfo=dt.timezone.utc)
            session.delete(pending)
            return asked if utcnow() - asked_at <= QUESTION_STANDS_FOR else None

    def assess(self, conversation_id: str, text: str, answers_questions: bool = True) -> Decision:
        """What this message is, from the rules and from any question of the bot's it answers. While staff hold
        the conversation (``answers_questions`` False) a reply is meant for them, so no pending question is read."""
        detection = self._detector.detect(text)
        # Any message answers (and so ends) the pending question; one sent to staff ends it unread.
        pending = self._take_pending_question(conversation_id)
        if not answers_questions:
            pending = None
        if detection.kind == "crisis":
            imminent = needs_911(text, detection.imminent, self._classifier)
            return Decision("crisis", detection.category, imminent, detection.lang, "rules")
        if pending is not None:
            question, category, lang = pending
            if question == SAFE_NOW_QUESTION and read_safety_answer(text) is Safety.UNSAFE:
                # "Are you safe right now?" "no": the same answer again, 911 first, and staff alerted again.
                return Decision("crisis", category, True, lang, "safety_answer")
            if question == CHECK_IN_QUESTION and read_answer(text) is Answer.YES:
                return Decision("crisis", category, False, detection.lang, "check_in")
        layered = beyond_the_rules(text, detection, self._classifier, self._detector)
        if layered.kind == "none":
            return NOTHING
        return Decision(layered.kind, layered.category, layered.imminent, detection.lang, layered.detected_by)

    # ------------------------------------------------------------------ replying
    def _without_safety_replies(self, replies: List[dict]) -> List[dict]:
        return [r for r in replies if _custom(r).get("type") not in ("crisis", "check_in")
                and r.get("text") not in self._safety_texts]

    def compose(self, decision: Decision, rasa_replies: Optional[List[dict]], unavailable: dict) -> List[dict]:
        """The replies the caregiver sees: the whole fixed safety answer first whenever there is one (Rasa's own
        copy, which it may send split into paragraphs, is replaced by it), then Rasa's other replies."""
        replies = list(rasa_replies or [])
        if decision.is_crisis:
            answer = crisis_answer(self._content, decision.category, decision.imminent, decision.lang)
            return answer.replies() + self._without_safety_replies(replies)
        if decision.kind == "check_in":
            return check_in_replies(self._content, decision.category) + self._without_safety_replies(replies)
        return replies if rasa_replies is not None else [unavailable]

    # ------------------------------------------------------------------ recording
    def nlu_decision(self, replies: List[dict]) -> Decision:
        """What Rasa's own answer says when the gateway's rules saw nothing: a crisis (its copy of the rules
        saw more context) or a check-in (its trained model saw a possible crisis)."""
        for reply in replies:
            custom = _custom(reply)
            if custom.get("type") == "crisis":
                return Decision("crisis", custom.get("category"), custom.get("severity") == "imminent",
                                custom.get("lang", "en"), "nlu")
            if custom.get("type") == "check_in":
                return Decision("check_in", custom.get("category") or "suicide_self_harm", False,
                                custom.get("lang", "en"), "nlu")
        return NOTHING

    def _remember_question(self, conversation_id: str, question: str, category: str, lang: str = "en") -> None:
        with self._sessions() as session, session.begin():
            session.merge(PendingCheckIn(conversation_id=conversation_id, category=category, question=question,
                                         lang=lang))

    def remember_check_in(self, conversation_id: str, category: str) -> None:
        self._remember_question(conversation_id, CHECK_IN_QUESTION, category)

    def remember_safety_question(self, decision: Decision, conversation_id: str) -> None:
        """A crisis answer ends by asking whether the caregiver (or the child) is safe right now."""
        self._remember_question(conversation_id, SAFE_NOW_QUESTION, decision.category, decision.lang)

    def record(self, decision: Decision, conversation_id: str, channel: str, text: str) -> Escalation:
        """Store the escalation (status `new`). Runs in a worker thread; `alert` then tells staff."""
        answer = crisis_answer(self._content, decision.category, decision.imminent, decision.lang)
        escalation = Escalation(conversation_id=conversation_id, channel=channel, category=answer.category,
                                severity=answer.severity, lang=decision.lang, detected_by=decision.detected_by,
                                message_enc=self._cipher.encrypt(text), status="new")
        with self._sessions() as session, session.begin():
            session.add(escalation)
        logger.warning("escalation %s recorded: category=%s severity=%s channel=%s detected_by=%s",
                       escalation.id, escalation.category, escalation.severity, channel, decision.detected_by)
        return escalation

    async def alert(self, escalation: Escalation) -> bool:
        return await self._alerter.notify(escalation)
