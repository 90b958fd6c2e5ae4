"""Retries for Bot API calls: flood control (429 with `retry_after`) and transient server or network errors.

It plugs into python-telegram-bot as its rate limiter, the hook PTB calls around every request except
getUpdates (whose polling loop retries on its own), so every send, chat action and callback answer is covered
without wrapping each call. A 429 pauses all sends, not just the one that got it, because Telegram's flood
control counts the whole bot. Client errors (400 bad request, 403 blocked by the user) are not retried: the
same request would fail the same way.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
import warnings
from typing import Any, Callable, Coroutine, Dict, Optional, Union

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt
from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter

logger = logging.getLogger(__name__)
JSONResult = Union[bool, Dict[str, Any], list]
BEST_EFFORT = {"sendChatAction"}  # a late "typing..." is worthless: one try, no waiting


def retry_after_seconds(error: RetryAfter) -> float:
    """`retry_after` in seconds; PTB 22 gives an int or a timedelta depending on its settings."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = error.retry_after
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)


class RetryingRateLimiter(BaseRateLimiter[None]):
    """Reacts to flood control and server errors with waits and retries, up to `attempts` tries a request."""

    def __init__(self, attempts: int = 6, max_backoff_seconds: float = 8.0, max_flood_wait_seconds: float = 120.0):
        self._attempts = attempts
        self._max_backoff = max_backoff_seconds
        self._max_flood_wait = max_flood_wait_seconds
        self._paused_until = 0.0  # loop time before which no request goes out (flood control)

    async def initialize(self) -> None:
        self._paused_until = 0.0

    async def shutdown(self) -> None:
        """Nothing to free."""

    def _retryable(self, error: BaseException) -> bool:
        if isinstance(error, RetryAfter):
            return retry_after_seconds(error) <= self._max_flood_wait
        return isinstance(error, NetworkError) and not isinstance(error, BadRequest)

    def _wait(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome else None
        if isinstance(error, RetryAfter):
            seconds = retry_after_seconds(error) + 0.1
            loop_time = asyncio.get_running_loop().time()
            self._paused_until = max(self._paused_until, loop_time + seconds)
            return seconds
        backoff = min(self._max_backoff, 0.5 * 2 ** (state.attempt_number - 1))
        return backoff + random.uniform(0, backoff / 4)

    async def _respect_flood_pause(self) -> None:
        delay = self._paused_until - asyncio.get_running_loop().time()
        if delay > 0:
            await asyncio.sleep(delay)

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, JSONResult]], args: Any,
                              kwargs: Dict[str, Any], endpoint: str, data: Dict[str, Any],
                              rate_limit_args: Optional[None]) -> JSONResult:
        attempts = 1 if endpoint in BEST_EFFORT else self._attempts
        retrying = AsyncRetrying(stop=stop_after_attempt(attempts), wait=self._wait,
                                 retry=retry_if_exception(self._retryable), reraise=True,
                                 before_sleep=lambda state: self._log_retry_for(endpoint, state))
        async for attempt in retrying:
            with attempt:
                await self._respect_flood_pause()
                return await callback(*args, **kwargs)
        raise AssertionError("unreachable: tenacity re-raises the last error")

    def _log_retry_for(self, endpoint: str, state: RetryCallState) -> None:
        error = state.outcome.exception() if state.outcome else None
        logger.warning("telegram: %s failed (%s); retry %d of %d", endpoint, type(error).__name__,
                       state.attempt_number, self._attempts - 1)
