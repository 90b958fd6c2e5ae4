"""Run the gateway: `python -m bot` (port from GATEWAY_PORT, default 8000)."""
from __future__ import annotations

import logging

import uvicorn

from bot.app import create_app
from bot.settings import load_settings


def main() -> None:
    settings = load_settings()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    # httpx logs every request line at INFO (Rasa calls, Telegram's long poll every few seconds): noise, and a
    # URL is the one place a token or an identifier could show up.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # access_log off: request lines are noise here and URLs could one day carry identifiers.
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, access_log=False, log_level="info")


if __name__ == "__main__":
    main()
