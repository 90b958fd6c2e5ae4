"""Talk to the Rasa server's REST channel (DESIGN.md § Contracts), on one Rasa server or several.

Several servers (RASA_URL="http://a:5005,http://b:5005") share one tracker store (PostgreSQL) and one lock store
(Redis). Each conversation goes to the server its id hashes to, and to the next one only when that server cannot
be reached at all. Why a hash and not round-robin:

- Rasa's Redis lock store issues its tickets with a read-then-write (not atomic across servers), so two servers
  taking messages of one conversation at the same moment could both go ahead. Keeping a conversation on one
  server makes its messages queue behind each other in that server's own lock, as with one server; the Redis
  lock store then covers the moments when a conversation moves (a server down, a gateway added).
- With many conversations a hash spreads them as evenly as round-robin does, and every gateway replica picks
  the same server for a conversation (a stable hash, not Python's per-process `hash()`).

A message moves to another server only after a *connection* failure, when the request cannot have reached
Rasa. After a timeout or an error answer, Rasa may have processed it, and sending it again would answer it twice.
"""
from __future__ import annotations

import asyncio
import logging
import time
import zlib
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple, Union

import httpx

logger = logging.getLogger(__name__)
RESTART = "/restart"  # Rasa's built-in intent (channels' restart commands send it)


class RasaUnavailable(RuntimeError):
    """Rasa did not answer in time or answered with an error; the caller decides what the caregiver sees."""


@dataclass(frozen=True)
class ServiceStatus:
    up: bool
    latency_ms: Optional[float]
    detail: str = ""


def parse_rasa_urls(urls: Union[str, Sequence[str]]) -> Tuple[str, ...]:
    """RASA_URL as written in the environment ("http://a:5005, http://b:5005") -> base URLs without a slash."""
    items = urls.split(",") if isinstance(urls, str) else list(urls)
    parsed = tuple(item.strip().rstrip("/") for item in items if item.strip())
    if not parsed:
        raise ValueError("RASA_URL names no Rasa server")
    return parsed


class RasaClient:
    def __init__(self, base_url: Union[str, Sequence[str]], timeout_seconds: float,
                 http: Optional[httpx.AsyncClient] = None):
        self.base_urls = parse_rasa_urls(base_url)
        self._timeout = timeout_seconds
        # One pooled client: a new TCP connection per message would add latency on every reply.
        self._http = http or httpx.AsyncClient(timeout=timeout_seconds)

    def servers_for(self, sender: str) -> Tuple[str, ...]:
        """The servers to try for this conversation, in order: its own first, then the others."""
        count = len(self.base_urls)
        if count == 1:
            return self.base_urls
        first = zlib.crc32(sender.encode("utf-8", "surrogatepass")) % count
        return self.base_urls[first:] + self.base_urls[:first]

    async def send(self, sender: str, message: str) -> List[dict]:
        """Send one caregiver message; return Rasa's replies (text, buttons, custom payloads)."""
        servers = self.servers_for(sender)
        for attempt, base_url in enumerate(servers):
            try:
                response = await self._http.post(
                    f"{base_url}/webhooks/rest/webhook",
                    json={"sender": sender, "message": message},
                    timeout=self._timeout,
                )
                response.raise_for_status()
                replies = response.json()
            except (httpx.ConnectError, httpx.ConnectTimeout) as error:
                # Never reached Rasa: safe to try the next server, which reads the same stored conversation.
                logger.warning("Rasa server %d unreachable: %s", self.base_urls.index(base_url), type(error).__name__)
                if attempt + 1 < len(servers):
                    continue
                raise RasaUnavailable(str(error)) from error
            except (httpx.HTTPError, ValueError) as error:
                # Log the failure, never the message text.
                logger.warning("Rasa unavailable: %s", type(error).__name__)
                raise RasaUnavailable(str(error)) from error
            if not isinstance(replies, list):
                raise RasaUnavailable("unexpected reply shape")
            if not replies and message.strip() == RESTART:
                return []  # Rasa's built-in restart resets the conversation and rightly says nothing
            if not replies:
                # Every other message gets an answer in this assistant (RulePolicy's core fallback), so no answer at all
                # means Rasa could not run an action: the action server is down or failing. The caregiver gets the
                # "can't answer right now" reply instead of silence; the message stays in the tracker.
                logger.warning("Rasa answered with no reply (is the action server up?)")
                raise RasaUnavailable("no reply")
            return replies
        raise RasaUnavailable("no Rasa server")  # unreachable: parse_rasa_urls never returns an empty tuple

    async def probe_all(self, timeout_seconds: float = 2.0) -> List[ServiceStatus]:
        """Each server's root URL, probed at once; in RASA_URL's order."""
        return list(await asyncio.gather(*(probe(self._http, f"{url}/", timeout_seconds) for url in self.base_urls)))

    async def aclose(self) -> None:
        await self._http.aclose()


async def probe(http: httpx.AsyncClient, url: str, timeout_seconds: float = 2.0) -> ServiceStatus:
    """GET `url` and report whether it answered 200, and how fast."""
    started = time.perf_counter()
    try:
        response = await http.get(url, timeout=timeout_seconds)
    except httpx.HTTPError as error:
        return ServiceStatus(up=False, latency_ms=None, detail=type(error).__name__)
    latency = round((time.perf_counter() - started) * 1000, 1)
    return ServiceStatus(up=response.status_code == 200, latency_ms=latency, detail=f"HTTP {response.status_code}")
