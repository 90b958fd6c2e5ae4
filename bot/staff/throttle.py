"""Back-off and lock-out after failed sign-ins, kept in the database so every gateway process sees the same count.

Keys are per username (`user:<name>`, whether or not the account exists, so the answer reveals nothing) and per
client address (`ip:<address>`, with a higher limit), so neither guessing one account's password nor spraying
many accounts from one address gets far.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Iterable, Optional

from sqlalchemy.orm import sessionmaker

from bot.db.models import SignInThrottle, utcnow


@dataclass(frozen=True)
class ThrottlePolicy:
    user_limit: int = 5              # failures before an account name is locked
    ip_limit: int = 20               # failures before an address is locked
    window: dt.timedelta = dt.timedelta(minutes=15)   # failures older than this are forgotten
    lockout: dt.timedelta = dt.timedelta(minutes=15)
    base_delay_seconds: float = 0.25  # back-off: the answer to the n-th failure waits base * 2^(n-1), capped
    max_delay_seconds: float = 4.0


def _aware(value: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes even for timezone=True columns.
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


class SignInGuard:
    def __init__(self, sessions: sessionmaker, policy: ThrottlePolicy = ThrottlePolicy()):
        self._sessions = sessions
        self.policy = policy

    @staticmethod
    def keys(username: str, ip: str) -> list[str]:
        return [f"user:{username.strip().lower()[:150]}", f"ip:{ip}"]

    def locked_until(self, keys: Iterable[str]) -> Optional[dt.datetime]:
        now = utcnow()
        with self._sessions() as session:
            ends = [_aware(row.locked_until) for key in keys
                    if (row := session.get(SignInThrottle, key)) is not None and row.locked_until is not None]
        later = [end for end in ends if end > now]
        return max(later) if later else None

    def record_failure(self, keys: Iterable[str]) -> float:
        """Count a failure; lock keys over their limit. Returns how long to wait before answering (back-off)."""
        now, worst = utcnow(), 0
        with self._sessions() as session, session.begin():
            for key in keys:
                row = session.get(SignInThrottle, key)
                if row is None or now - _aware(row.last_failure_at) > self.policy.window:
                    row = row or SignInThrottle(key=key)
                    row.failures, row.locked_until = 0, None
                    session.add(row)
                row.failures += 1
                row.last_failure_at = now
                limit = self.policy.user_limit if key.startswith("user:") else self.policy.ip_limit
                if row.failures >= limit:
                    row.locked_until = now + self.policy.lockout
                worst = max(worst, row.failures)
        return min(self.policy.base_delay_seconds * 2 ** (worst - 1), self.policy.max_delay_seconds)

    def record_success(self, username: str) -> None:
        with self._sessions() as session, session.begin():
            row = session.get(SignInThrottle, self.keys(username, "")[0])
            if row is not None:
                session.delete(row)
