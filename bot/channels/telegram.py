"""Telegram bridge (python-telegram-bot 22). Placeholder until the Telegram channel lands."""
from __future__ import annotations

import contextlib
from typing import AsyncIterator, List

from starlette.applications import Starlette
from starlette.routing import BaseRoute


def routes() -> List[BaseRoute]:
    return []


@contextlib.asynccontextmanager
async def running(app: Starlette) -> AsyncIterator[None]:
    yield
