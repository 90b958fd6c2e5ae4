"""Per-conversation flood limit: one sender typing hundreds of messages a minute must not tie up Rasa for
everyone else. The crisis guard still reads every message first, so a crisis is answered even over the limit.

Counts live in this process. With several gateway processes, set REDIS_URL: bot/shared_flood.py keeps one count
per conversation in Redis for all of them.
"""
from __future__ import annotations

import time
from collections import deque
from typing import Callable, Deque, Dict


class FloodLimit:
    def __init__(self, max_messages: int, per_seconds: float, clock: Callable[[], float] = time.monotonic,
                 max_tracked: int = 50_000):
        self.max_messages = max_messages
        self.per_seconds = per_seconds
        self._clock = clock
        self._recent: Dict[str, Deque[float]] = {}
        self._max_tracked = max_tracked  # a bound on memory when many senders come and go

    def allow(self, sender: str) -> bool:
        """Count one message from `sender`; False when it is over the limit in the current window."""
        now = self._clock()
        window = self._recent.get(sender)
        if window is None:
            if len(self._recent) >= self._max_tracked:
                self._forget_idle(now)
            window = self._recent[sender] = deque()
        while window and now - window[0] > self.per_seconds:
            window.popleft()
        if len(window) >= self.max_messages:
            return False
        window.append(now)
        return True

    def _forget_idle(self, now: float) -> None:
        for sender in [s for s, w in self._recent.items() if not w or now - w[-1] > self.per_seconds]:
            del self._recent[sender]
