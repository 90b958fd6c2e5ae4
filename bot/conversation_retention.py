"""Delete idle conversations from Rasa's tracker store after RETENTION_DAYS.

Rasa's tracker store keeps every turn of every conversation in plain text, for good: the caregiver's own words, and
the name, phone number or email typed into the referral form (the referral itself is stored encrypted, and purged
once resolved: bot/referrals.py). A conversation whose last event is older than the retention period is deleted
whole, unless staff still have an open case on it: an escalation or a referral not resolved, or a handoff not ended
(its transcript is what they work from). Deleting whole conversations, never their oldest events only, leaves no
tracker with half its history (slots set by events that are gone).
"""
from __future__ import annotations

import datetime as dt
from typing import List, Optional, Set

from sqlalchemy import delete, exists, func, inspect, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.db.models import Escalation, Handoff, Referral, utcnow
from bot.db.tracker_events import EVENTS

#: Conversations deleted per statement: SQLite allows at most 999 bound parameters in one.
BATCH = 500
#: The shortest retention the purge accepts: 0 would delete conversations that are under way.
MIN_RETENTION_DAYS = 1


def open_case_conversations(app_sessions: sessionmaker) -> Set[str]:
    """Conversations staff still work on: an escalation or referral not resolved, a handoff not ended."""
    with app_sessions() as session:
        found = set(session.scalars(select(Escalation.conversation_id).where(Escalation.status != "resolved")))
        found |= set(session.scalars(select(Referral.conversation_id).where(Referral.status != "resolved")))
        found |= set(session.scalars(select(Handoff.conversation_id).where(Handoff.status != "ended")))
    return found


def idle_conversations(tracker: Engine, before: dt.datetime) -> List[str]:
    """Conversations whose last event is older than ``before``; none when Rasa has not made its table yet."""
    if not inspect(tracker).has_table(EVENTS.name):
        return []
    query = (select(EVENTS.c.sender_id).group_by(EVENTS.c.sender_id)
             .having(func.max(EVENTS.c.timestamp) < before.timestamp()))
    with tracker.connect() as connection:
        return list(connection.scalars(query))


def purge_idle_conversations(tracker: Engine, app_sessions: sessionmaker, retention_days: int,
                             now: Optional[dt.datetime] = None) -> int:
    """Delete every event of the conversations idle longer than ``retention_days`` with no open case; returns how
    many conversations went."""
    if retention_days < MIN_RETENTION_DAYS:
        raise ValueError(f"retention must be at least {MIN_RETENTION_DAYS} day(s), not {retention_days}: a shorter one "
                         "would delete conversations under way")
    cutoff = (now or utcnow()) - dt.timedelta(days=retention_days)
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
