"""A starsessions store in the app database, so sessions live server-side on the default SQLite set-up and are
shared by every gateway process. (starsessions' own RedisStore fits a Redis deployment just as well.)"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import delete
from sqlalchemy.orm import sessionmaker
from starsessions.stores.base import SessionStore

from bot.db.models import StaffSession, utcnow


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


class SqlSessionStore(SessionStore):
    def __init__(self, sessions: sessionmaker, max_ttl_seconds: int):
        self._sessions = sessions
        self._max_ttl = max_ttl_seconds

    async def read(self, session_id: str, lifetime: int) -> bytes:
        with self._sessions() as session:
            row = session.get(StaffSession, session_id[:64])
            if row is None or _aware(row.expires_at) <= utcnow():
                return b""
            return bytes(row.data)

    async def write(self, session_id: str, data: bytes, lifetime: int, ttl: int) -> str:
        seconds = ttl if ttl > 0 else self._max_ttl
        expires = utcnow() + dt.timedelta(seconds=min(seconds, self._max_ttl))
        with self._sessions() as session, session.begin():
            row = session.get(StaffSession, session_id)
            if row is None:
                session.add(StaffSession(id=session_id, data=data, expires_at=expires))
            else:
                row.data, row.expires_at = data, expires
            # Expired sessions are swept as others are written: nothing else needs to run for it.
            session.execute(delete(StaffSession).where(StaffSession.expires_at < utcnow()))
        return session_id

    async def remove(self, session_id: str) -> None:
        with self._sessions() as session, session.begin():
            session.execute(delete(StaffSession).where(StaffSession.id == session_id))

    async def exists(self, session_id: str) -> bool:
        return bool(await self.read(session_id, 0))
