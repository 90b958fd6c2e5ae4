"""What happens to one caregiver message in the gateway, whatever channel it came from.

Channels (REST API, web widget, Telegram) call `ConversationService.handle`; it returns the replies to show, in
Rasa's REST reply shape (`text`, `buttons`, `custom`), so every channel renders the same thing. The crisis
guard runs first and last on every message, so a crisis answer never waits on Rasa being up.
"""
from __future__ import annotations

import asyncio
import logging
import re
from typing import Callable, List, Optional

from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from bot.content import Content
from bot.flood import FloodLimit
from bot.handoff import HandoffService
from bot.rasa_client import RasaClient, RasaUnavailable
from bot.safety.guard import NOTHING, CrisisGuard, Decision

logger = logging.getLogger(__name__)
RASA_MAX_CHARS = 4000  # Rasa and the escalation record get at most this much; the crisis check reads it all
# C0/C1 control characters (but not tab or newline) and lone surrogates: never useful, sometimes harmful to logs
# and terminals; they are removed before anything reads the message.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(text: str) -> str:
    return _CONTROL.sub("", text)


#: What a cut keeps of a long message's end: the crisis words often come last ("...anyway. i want to die").
KEEP_TAIL_CHARS = 1000


def head_and_tail(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters by dropping its middle, not its end."""
    if len(text) <= limit:
        return text
    tail = min(KEEP_TAIL_CHARS, limit // 2)
    return text[:limit - tail - 1] + "\n" + text[-tail:]


class ConversationService:
    def __init__(self, rasa: RasaClient, content: Content, guard: CrisisGuard, handoffs: HandoffService,
                 crisis_timeout_seconds: float = 3.0, flood: Optional[FloodLimit] = None):
        self._rasa = rasa
        self._flood = flood or FloodLimit(max_messages=30, per_seconds=60)
        self._content = content
        self._guard = guard
        self._handoffs = handoffs
        self._background: set = set()  # alert tasks, kept referenced until done so they are not collected
        # A caregiver in crisis gets the fixed answer after at most this long, even if Rasa hangs.
        self._crisis_timeout = crisis_timeout_seconds

    def unavailable_reply(self) -> dict:
        return {"text": str(self._content.conversation["unavailable"]).strip()}

    async def _ask_rasa(self, sender: str, text: str, decision: Decision) -> Optional[List[dict]]:
        try:
            if decision.kind == "none":
                return await self._rasa.send(sender, text)
            return await asyncio.wait_for(self._rasa.send(sender, text), self._crisis_timeout)
        except (RasaUnavailable, asyncio.TimeoutError):
            return None

    async def handle(self, sender: str, text: str, channel: str = "rest") -> List[dict]:
        text = clean_text(text)
        if not text.strip():
            return [{"text": str(self._content.conversation["empty_message"]).strip()}]
        kept = head_and_tail(text, RASA_MAX_CHARS)  # what Rasa, the handoff transcript and a record get
        held = await run_in_threadpool(self._handoffs.held, sender)
        # Once a staff member has joined, a reply is meant for them ("no" to "did he leave?"), not an answer to the
        # bot's last question, and the bot puts no check-in of its own in between; the crisis check still reads
        # every message. While the caregiver waits for staff, the bot's questions stand.
        staff_present = held is not None and held.status == "active"
        decision = await run_in_threadpool(self._guard.assess, sender, text, not staff_present)
        if staff_present and decision.kind == "check_in":
            decision = NOTHING
        if decision.kind == "none" and not self._flood.allow(sender):
            logger.info("flood limit: a message from one conversation was not sent on (channel %s)", channel)
            return [{"text": str(self._content.conversation["slow_down"]).strip()}]
        if held is not None:
            # Staff hold the conversation: the message is theirs, not the bot's; the crisis check still ran.
            await run_in_threadpool(self._handoffs.record_caregiver_message, held, kept)
            rasa_replies: Optional[List[dict]] = []
        elif decision.detected_by == "safety_answer":
            rasa_replies = []  # "no" to "are you safe?": Rasa would read a bare no as declining an offer
        else:
            rasa_replies = await self._ask_rasa(sender, kept, decision)
        if not decision.is_crisis and rasa_replies:
            # Rasa's answer may carry a check-in or a crisis; a crisis wins over the gateway's own check-in
            # (the two can differ for a moment, e.g. while one has a newer model than the other).
            said = self._guard.nlu_decision(rasa_replies)
            if said.is_crisis or decision.kind == "none":
                decision = said
        replies = self._guard.compose(decision, rasa_replies, self.unavailable_reply())
        if decision.is_crisis:
            escalation = await run_in_threadpool(self._guard.record, decision, sender, channel, kept)
            task = asyncio.get_running_loop().create_task(self._guard.alert(escalation))
            self._background.add(task)
            task.add_done_callback(self._background.discard)
            if not staff_present:
                await self._remember(self._guard.remember_safety_question, decision, sender)
        elif decision.kind == "check_in":
            await self._remember(self._guard.remember_check_in, sender, decision.category)
        return replies

    async def _remember(self, remember: Callable[..., None], *args: object) -> None:
        """Keep the question the answer asked. A failure here (two crisis messages of one conversation racing to
        write it) must never cost the caregiver the answer already made, so it is logged, not raised."""
        try:
            await run_in_threadpool(remember, *args)
        except SQLAlchemyError as error:
            logger.warning("could not remember the question asked (%s)", type(error).__name__)
