"""The staff work queue: escalations, referrals and handoff requests as one list of cases.

Every kind keeps its own table; this module gives them one shape, one status vocabulary (new -> in progress ->
resolved) and the operations staff perform on them (assign, change status, note).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Dict, List, Optional

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.db.models import Escalation, Handoff, Referral, StaffNote, utcnow

KINDS = ("escalation", "referral", "handoff")
STATUSES = ("new", "in_progress", "resolved")
_MODELS = {"escalation": Escalation, "referral": Referral, "handoff": Handoff}
# Handoffs have their own life cycle (bot/handoff.py); the queue shows it in the common words.
_HANDOFF_STATUS = {"waiting": "new", "active": "in_progress", "ended": "resolved"}
# Which moves staff may make: forward, or reopen a resolved case.
_ALLOWED = {("new", "in_progress"), ("new", "resolved"), ("in_progress", "resolved"), ("resolved", "in_progress")}


class CaseError(ValueError):
    """A request the case cannot take (unknown case, a status move that is not allowed)."""


@dataclass(frozen=True)
class Case:
    kind: str
    id: int
    conversation_id: str
    channel: str
    status: str
    created_at: dt.datetime
    assigned_to: Optional[str]
    summary: str          # category and severity, or the handoff state; never caregiver words

    @property
    def crisis(self) -> bool:
        return self.kind == "escalation"

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"

    def as_json(self) -> dict:
        return {"kind": self.kind, "id": self.id, "conversation_id": self.conversation_id, "channel": self.channel,
                "status": self.status, "created_at": self.created_at.isoformat(), "assigned_to": self.assigned_to,
                "summary": self.summary, "crisis": self.crisis, "url": f"/staff/cases/{self.kind}/{self.id}"}


@dataclass(frozen=True)
class QueueFilter:
    kind: str = ""
    status: str = ""        # "" = every open case (new and in progress); "all" = resolved too
    channel: str = ""
    since: Optional[dt.date] = None
    until: Optional[dt.date] = None


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def _case(kind: str, row) -> Case:  # type: ignore[no-untyped-def]
    if kind == "escalation":
        status, summary = row.status, f"{row.category.replace('_', ' ')} ({row.severity})"
    elif kind == "referral":
        status, summary = row.status, f"referral, {row.contact_method}"
    else:
        status = _HANDOFF_STATUS.get(row.status, row.status)
        summary = f"wants a person ({row.status}{', ' + row.staff_name if row.staff_name else ''})"
    return Case(kind, row.id, row.conversation_id, row.channel, status, _aware(row.created_at), row.assigned_to,
                summary)


def _order(case: Case) -> tuple:
    # Crisis first, then the longest waiting; resolved cases after every open one.
    return (case.status == "resolved", not case.crisis, case.created_at)


class CaseBook:
    def __init__(self, sessions: sessionmaker):
        self._sessions = sessions

    def _all(self) -> List[Case]:
        with self._sessions() as session:
            return [_case(kind, row) for kind, model in _MODELS.items() for row in session.scalars(select(model))]

    def queue(self, where: QueueFilter) -> tuple[List[Case], Dict[str, int]]:
        """The filtered queue in working order, and counts per status over the other filters."""
        cases = self._all()
        if where.kind:
            cases = [c for c in cases if c.kind == where.kind]
        if where.channel:
            cases = [c for c in cases if c.channel == where.channel]
        if where.since:
            cases = [c for c in cases if c.created_at.date() >= where.since]
        if where.until:
            cases = [c for c in cases if c.created_at.date() <= where.until]
        counts = {status: sum(1 for c in cases if c.status == status) for status in STATUSES}
        if where.status in STATUSES:
            cases = [c for c in cases if c.status == where.status]
        elif where.status != "all":
            cases = [c for c in cases if c.status != "resolved"]
        return sorted(cases, key=_order), counts

    def channels(self) -> List[str]:
        return sorted({case.channel for case in self._all()})

    def get(self, kind: str, case_id: int) -> Case:
        return _case(kind, self.row(kind, case_id))

    def row(self, kind: str, case_id: int):  # type: ignore[no-untyped-def]
        if kind not in _MODELS:
            raise CaseError(f"unknown kind {kind}")
        with self._sessions() as session:
            row = session.get(_MODELS[kind], case_id)
        if row is None:
            raise CaseError(f"no {kind} {case_id}")
        return row

    def for_conversation(self, conversation_id: str) -> List[Case]:
        with self._sessions() as session:
            return sorted((_case(kind, row) for kind, model in _MODELS.items()
                           for row in session.scalars(select(model).where(model.conversation_id == conversation_id))),
                          key=lambda c: c.created_at)

    def set_status(self, kind: str, case_id: int, status: str) -> tuple[str, str]:
        """Move a case to `status`; returns (old, new). Handoffs change state by takeover and hand-back instead."""
        if kind == "handoff":
            raise CaseError("a handoff changes state when staff take it over or hand it back")
        if status not in STATUSES:
            raise CaseError(f"unknown status {status}")
        with self._sessions() as session, session.begin():
            row = session.get(_MODELS[kind], case_id)
            if row is None:
                raise CaseError(f"no {kind} {case_id}")
            old = row.status
            if (old, status) not in _ALLOWED:
                raise CaseError(f"a case cannot go from {old} to {status}")
            row.status, row.updated_at = status, utcnow()
            if kind == "referral":
                row.resolved_at = utcnow() if status == "resolved" else None
        return old, status

    def assign(self, kind: str, case_id: int, username: Optional[str]) -> None:
        with self._sessions() as session, session.begin():
            row = session.get(_MODELS.get(kind, Escalation), case_id) if kind in _MODELS else None
            if row is None:
                raise CaseError(f"no {kind} {case_id}")
            row.assigned_to, row.updated_at = username, utcnow()

    def add_note(self, kind: str, case_id: int, author: str, text_enc: str) -> None:
        self.row(kind, case_id)
        with self._sessions() as session, session.begin():
            session.add(StaffNote(kind=kind, item_id=case_id, author=author, text_enc=text_enc, created_at=utcnow()))

    def notes(self, kind: str, case_id: int) -> List[StaffNote]:
        with self._sessions() as session:
            return list(session.scalars(select(StaffNote).where(StaffNote.kind == kind, StaffNote.item_id == case_id)
                                        .order_by(StaffNote.id)))
