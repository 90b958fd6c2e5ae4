"""The per-conversation flood limit shared by every gateway replica through Redis (REDIS_URL; off when unset).

With one gateway, `bot.flood.FloodLimit` counts in memory. Behind a load balancer each replica would count only
its own share, so a flooding sender gets N times the limit; here the count lives in Redis and every replica
sees the same window. Same rule as `FloodLimit`: at most `max_messages` accepted per sliding `per_seconds`
window; refused messages are not counted.

The check is one Redis round trip (a Lua script registered through redis-py, so it is atomic across replicas)
with a short timeout. If Redis fails, the limit falls back to this process's in-memory count for a while rather
than refusing or delaying caregivers: a flood limit must never be the reason a message goes unanswered.
"""
from __future__ import annotations

import logging
import time
import uuid
from typing import Callable, Optional

import redis

from bot.flood import FloodLimit

logger = logging.getLogger(__name__)

# KEYS[1]: the conversation's window (a sorted set of accepted messages scored by Redis time in microseconds).
# ARGV: max messages, window in microseconds, a unique member for this message.
# Redis's own clock, so replicas with skewed clocks still share one window.
_SLIDING_WINDOW = """
local now_t = redis.call('TIME')
local now = now_t[1] * 1000000 + now_t[2]
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
  return 0
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], math.ceil(window / 1000))
return 1
"""


class RedisFloodLimit:
    """Same interface as `FloodLimit` (`allow(sender) -> bool`), counted in Redis."""

    def __init__(self, client: redis.Redis, max_messages: int, per_seconds: float,
                 key_prefix: str = "caregiver:flood:", fallback_seconds: float = 30.0,
                 clock: Callable[[], float] = time.monotonic):
        self.max_messages = max_messages
        self.per_seconds = per_seconds
        self._client = client
        self._script = client.register_script(_SLIDING_WINDOW)
        self._prefix = key_prefix
        self._local = FloodLimit(max_messages, per_seconds)
        self._fallback_seconds = fallback_seconds
        self._clock = clock
        self._redis_down_until = 0.0

    def allow(self, sender: str) -> bool:
        if self._clock() < self._redis_down_until:
            return self._local.allow(sender)
        try:
            accepted = self._script(keys=[self._prefix + sender],
                                    args=[self.max_messages, int(self.per_seconds * 1_000_000), uuid.uuid4().hex])
        except redis.RedisError as error:
            logger.warning("flood limit: Redis unavailable (%s); counting in this process for %.0f s",
                           type(error).__name__, self._fallback_seconds)
            self._redis_down_until = self._clock() + self._fallback_seconds
            return self._local.allow(sender)
        return bool(accepted)


def make_flood_limit(max_messages: int, per_seconds: float, redis_url: str = "",
                     client: Optional[redis.Redis] = None):  # type: ignore[no-untyped-def]
    """The shared limit when REDIS_URL is set, else today's in-process one."""
    if client is None and not redis_url:
        return FloodLimit(max_messages, per_seconds)
    # Short timeouts: this runs on the gateway's event loop, once per message.
    client = client or redis.Redis.from_url(redis_url, socket_timeout=0.25, socket_connect_timeout=0.25)
    return RedisFloodLimit(client, max_messages, per_seconds)
