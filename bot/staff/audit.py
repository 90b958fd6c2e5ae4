"""The append-only audit log: sign-ins, transcript views, status changes, takeovers, replies, exports.

Entries name the actor, the action and the target; never caregiver words or contact details. The database refuses
UPDATE and DELETE on the table (migration 0005), so this module only inserts and reads.
"""
from __future__ import annotations

from typing import List, Optional

from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from bot.db.models import AuditEntry, utcnow

PAGE_SIZE = 100


class AuditLog:
    def __init__(self, sessions: sessionmaker):
        self._sessions = sessions

    def record(self, actor: str, action: str, target: Optional[str] = None, detail: Optional[str] = None,
               ip: Optional[str] = None) -> None:
        with self._sessions() as session, session.begin():
            session.add(AuditEntry(at=utcnow(), actor=actor[:64], action=action[:40],
                                   target=(target or None) and target[:200], detail=(detail or None) and detail[:500],
                                   ip=(ip or None) and ip[:64]))

    def page(self, page: int = 1, action: str = "", actor: str = "") -> tuple[List[AuditEntry], int]:
        """Newest first; returns the page's entries and the total number that match."""
        query = select(AuditEntry)
        if action:
            query = query.where(AuditEntry.action == action)
        if actor:
            query = query.where(AuditEntry.actor == actor)
        with self._sessions() as session:
            total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
            rows = session.scalars(query.order_by(AuditEntry.id.desc())
                                   .offset((max(page, 1) - 1) * PAGE_SIZE).limit(PAGE_SIZE)).all()
        return list(rows), int(total)
