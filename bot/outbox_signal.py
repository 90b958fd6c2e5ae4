"""Wake the channels' outbox readers the moment a staff message is written, in this gateway and in every other.

Staff messages ("a staff member has joined", replies, "you're back with the bot") are rows in the outbox table;
the web chat and Telegram read it. Polling alone delivers them within WIDGET_POLL_SECONDS. With this signal a
reader waiting on a conversation wakes at once when a row for it is committed:

- in-process (`OutboxSignal`): the writer, which runs in a worker thread, wakes waiters on the event loop;
- across gateway replicas (`RedisOutboxSignal`, when REDIS_URL is set): the writer also publishes the
  conversation id on a Redis channel, and every gateway's subscriber wakes its own waiters. The staff member's
  reply may be written by one replica while the caregiver's websocket is held by another.

Polling stays as the safety net: a lost notification (Redis down, a restart) costs at most one poll interval,
never a message, because the outbox in the database is what is delivered.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import AsyncIterator, Dict, Optional, Set

import redis
import redis.asyncio as redis_async

logger = logging.getLogger(__name__)
ANY = "*"  # waiters on every conversation (Telegram delivers for all chats at once)


class OutboxSignal:
    def __init__(self) -> None:
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._waiters: Dict[str, Set[asyncio.Event]] = {}

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop

    def notify(self, conversation_id: str) -> None:
        """A row for this conversation was committed. Safe from any thread; never raises."""
        self._wake_soon(conversation_id)

    def _wake_soon(self, conversation_id: str) -> None:
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._wake, conversation_id)

    def _wake(self, conversation_id: str) -> None:
        for key in (conversation_id, ANY):
            for event in self._waiters.get(key, ()):
                event.set()

    async def wait(self, conversation_id: str, timeout: float) -> bool:
        """Until a notification for this conversation (or ANY) arrives or `timeout` passes; True if notified."""
        event = asyncio.Event()
        self._waiters.setdefault(conversation_id, set()).add(event)
        try:
            await asyncio.wait_for(event.wait(), timeout)
            return True
        except asyncio.TimeoutError:
            return False
        finally:
            waiters = self._waiters.get(conversation_id)
            if waiters is not None:
                waiters.discard(event)
                if not waiters:
                    del self._waiters[conversation_id]

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        self.bind(asyncio.get_running_loop())
        yield


class RedisOutboxSignal(OutboxSignal):
    """The same, shared by every gateway through Redis publish/subscribe."""

    def __init__(self, redis_url: str, channel_prefix: str = "caregiver:outbox:"):
        super().__init__()
        self._url = redis_url
        self._prefix = channel_prefix
        # Short timeouts: publishing runs in the writer's thread right after its commit.
        self._publisher = redis.Redis.from_url(redis_url, socket_timeout=0.5, socket_connect_timeout=0.5)

    def notify(self, conversation_id: str) -> None:
        self._wake_soon(conversation_id)  # this gateway's own waiters need no round trip
        try:
            self._publisher.publish(self._prefix + conversation_id, b"1")
        except redis.RedisError as error:  # other replicas fall back to their poll interval
            logger.warning("outbox signal: Redis publish failed (%s)", type(error).__name__)

    async def _listen(self) -> None:
        while True:
            client = redis_async.Redis.from_url(self._url)
            try:
                async with client.pubsub() as pubsub:
                    await pubsub.psubscribe(self._prefix + "*")
                    async for message in pubsub.listen():
                        if message.get("type") == "pmessage":
                            channel = message["channel"]
                            channel = channel.decode() if isinstance(channel, bytes) else str(channel)
                            self._wake(channel[len(self._prefix):])
            except asyncio.CancelledError:
                raise
            except Exception as error:  # Redis gone: polling covers it; try again shortly
                logger.warning("outbox signal: Redis subscription lost (%s); retrying", type(error).__name__)
                await asyncio.sleep(2.0)
            finally:
                with contextlib.suppress(Exception):
                    await client.close()

    @contextlib.asynccontextmanager
    async def running(self) -> AsyncIterator[None]:
        self.bind(asyncio.get_running_loop())
        listener = asyncio.get_running_loop().create_task(self._listen())
        try:
            yield
        finally:
            listener.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await listener
            self._publisher.close()


def make_outbox_signal(redis_url: str = "") -> OutboxSignal:
    """Shared through Redis when REDIS_URL is set, else within this process only."""
    return RedisOutboxSignal(redis_url) if redis_url else OutboxSignal()
