"""Delete idle conversations from Rasa's tracker store, and the texts of ended handoffs, after RETENTION_DAYS.

Rasa's tracker store keeps every turn of every conversation in plain text, for good: the caregiver's own words, and
the name, phone number or email typed into the referral form (the referral itself is stored encrypted, and purged
once resolved: bot/referrals.py). A conversation whose last event is older than the retention period is deleted
whole, unless staff still have an open case on it: an escalation or a referral not resolved, or a handoff not ended
(its transcript is what they work from). Deleting whole conversations, never their oldest events only, leaves no
tracker with half its history (slots set by events that are gone).

A handoff keeps what the caregiver and staff wrote while staff held the conversation, and the outbox keeps staff's
replies on their way to the caregiver; both go once the handoff has been over for the retention period.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, List, Optional, Set, Tuple

from sqlalchemy import delete, exists, func, inspect, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy.sql import Select

from bot.db.models import Escalation, Handoff, HandoffMessage, OutboxMessage, Referral, utcnow
from bot.db.tracker_events import EVENTS

#: Conversations deleted per statement: SQLite allows at most 999 bound parameters in one.
BATCH = 500
#: The shortest retention the purge accepts: 0 would delete conversations that are under way.
MIN_RETENTION_DAYS = 1


def _open_case_queries() -> List[Select]:
    """The conversations staff still work on, one query per kind of case: an escalation or a referral not resolved,
    a handoff not ended."""
    return [select(Escalation.conversation_id).where(Escalation.status != "resolved"),
            select(Referral.conversation_id).where(Referral.status != "resolved"),
            select(Handoff.conversation_id).where(Handoff.status != "ended")]


def open_case_conversations(app_sessions: sessionmaker) -> Set[str]:
    """Conversations staff still work on (``_open_case_queries``)."""
    with app_sessions() as session:
        return {conversation for query in _open_case_queries() for conversation in session.scalars(query)}


def idle_conversations(tracker: Engine, before: dt.datetime) -> List[str]:
    """Conversations whose last event is older than ``before``; none when Rasa has not made its table yet."""
    if not inspect(tracker).has_table(EVENTS.name):
        return []
    query = (select(EVENTS.c.sender_id).group_by(EVENTS.c.sender_id)
             .having(func.max(EVENTS.c.timestamp) < before.timestamp()))
    with tracker.connect() as connection:
        return list(connection.scalars(query))


def _no_open_case(conversation_id: Any) -> List[Any]:
    """SQL conditions: the conversation has no open case (``_open_case_queries``), as subqueries, so no list of ids
    meets SQLite's limit on bound parameters. An open escalation or referral keeps the whole conversation, handoff
    lines included: staff work from it."""
    return [conversation_id.not_in(query) for query in _open_case_queries()]


def _cutoff(retention_days: int, now: Optional[dt.datetime]) -> dt.datetime:
    if retention_days < MIN_RETENTION_DAYS:
        raise ValueError(f"retention must be at least {MIN_RETENTION_DAYS} day(s), not {retention_days}: a shorter one "
                         "would delete conversations under way")
    return (now or utcnow()) - dt.timedelta(days=retention_days)


def purge_handoff_texts(app_sessions: sessionmaker, retention_days: int,
                        now: Optional[dt.datetime] = None) -> Tuple[int, int]:
    """Delete the messages of handoffs ended more than ``retention_days`` ago, and outbox replies older than that,
    for conversations with no open case (no handoff under way, no escalation or referral unresolved); returns
    (messages, outbox replies) deleted. The handoff rows stay: who held which conversation, and when, is the clinic's
    record, and it holds no caregiver's words."""
    cutoff = _cutoff(retention_days, now)
    ended_long_ago = select(Handoff.id).where(Handoff.status == "ended", Handoff.ended_at < cutoff,
                                              *_no_open_case(Handoff.conversation_id))
    # The newest outbox row always stays: SQLite gives a new row the highest id + 1, so emptying the table would
    # hand out ids again, and a poller waiting "after" an old id would never see the new reply.
    newest = select(func.max(OutboxMessage.id)).scalar_subquery()
    with app_sessions() as session, session.begin():
        # No objects of these tables are loaded in this session, so there is nothing to synchronise.
        messages = session.execute(delete(HandoffMessage).where(HandoffMessage.handoff_id.in_(ended_long_ago))
                                   .execution_options(synchronize_session=False))
        outbox = session.execute(delete(OutboxMessage).where(OutboxMessage.created_at < cutoff,
                                                             *_no_open_case(OutboxMessage.conversation_id),
                                                             OutboxMessage.id < newest)
                                 .execution_options(synchronize_session=False))
    return messages.rowcount or 0, outbox.rowcount or 0


def purge_idle_conversations(tracker: Engine, app_sessions: sessionmaker, retention_days: int,
                             now: Optional[dt.datetime] = None) -> int:
    """Delete every event of the conversations idle longer than ``retention_days`` with no open case; returns how
    many conversations went."""
    cutoff = _cutoff(retention_days, now)
    keep = open_case_conversations(app_sessions)
    gone = [c for c in idle_conversations(tracker, cutoff) if c not in keep]
    # A conversation that came back between the look and the delete keeps every event: the DELETE itself checks
    # that it still has none since the cutoff.
    newer = EVENTS.alias("newer")
    came_back = exists().where(newer.c.sender_id == EVENTS.c.sender_id, newer.c.timestamp >= cutoff.timestamp())
    removed = 0
    with tracker.begin() as connection:
        for start in range(0, len(gone), BATCH):
            batch = gone[start:start + BATCH]
            connection.execute(delete(EVENTS).where(EVENTS.c.sender_id.in_(batch), ~came_back))
            kept = connection.scalars(select(EVENTS.c.sender_id).where(EVENTS.c.sender_id.in_(batch)).distinct())
            removed += len(batch) - len(list(kept))
    return removed
