"""Talk to the Rasa server's REST channel (DESIGN.md § Contracts)."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import List, Optional

import httpx

logger = logging.getLogger(__name__)


class RasaUnavailable(RuntimeError):
    """Rasa did not answer in time or answered with an error; the caller decides what the caregiver sees."""


@dataclass(frozen=True)
class ServiceStatus:
    up: bool
    latency_ms: Optional[float]
    detail: str = ""


class RasaClient:
    def __init__(self, base_url: str, timeout_seconds: float, http: Optional[httpx.AsyncClient] = None):
        self._base_url = base_url
        self._timeout = timeout_seconds
        # One pooled client: a new TCP connection per message would add latency on every reply.
        self._http = http or httpx.AsyncClient(timeout=timeout_seconds)

    async def send(self, sender: str, message: str) -> List[dict]:
        """Send one caregiver message; return Rasa's replies (text, buttons, custom payloads)."""
        try:
            response = await self._http.post(
                f"{self._base_url}/webhooks/rest/webhook",
                json={"sender": sender, "message": message},
                timeout=self._timeout,
            )
            response.raise_for_status()
            replies = response.json()
        except (httpx.HTTPError, ValueError) as error:
            # Log the failure, never the message text.
            logger.warning("Rasa unavailable: %s", type(error).__name__)
            raise RasaUnavailable(str(error)) from error
        if not isinstance(replies, list):
            raise RasaUnavailable("unexpected reply shape")
        return replies

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
