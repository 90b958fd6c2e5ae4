"""Telegram bridge (python-telegram-bot 22): long polling by default, a webhook when TELEGRAM_WEBHOOK_URL is set.

Off unless TELEGRAM_TOKEN is set. The bridge starts in the background and keeps trying (with back-off) while
Telegram cannot be reached, so the gateway, its web widget and its crisis answers never wait on Telegram.
The pieces, one job each:
- telegram_handlers.py  commands, text, buttons, other updates -> ConversationService (the one message path)
- telegram_format.py    replies -> Telegram messages (keyboards, crisis resources, 4096-character split)
- telegram_callbacks.py button payloads within Telegram's 64-byte callback data
- telegram_send.py      sending, with the typing indicator
- telegram_order.py     replies in order per chat, chats in parallel
- telegram_retry.py     429 flood control and server errors: wait and retry
- telegram_outbox.py    staff replies from the handoff outbox, delivered exactly once
"""
from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import secrets
from typing import AsyncIterator, List, Optional

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route
from telegram import Update
from telegram.error import InvalidToken, TelegramError
from telegram.ext import Application

from bot.channels.telegram_callbacks import CallbackPayloads
from bot.channels.telegram_handlers import TelegramHandlers
from bot.channels.telegram_order import ChatLocks, PerChatUpdateProcessor
from bot.channels.telegram_outbox import OutboxDelivery
from bot.channels.telegram_retry import RetryingRateLimiter
from bot.channels.telegram_send import TelegramReplies
from bot.content import Content, cached_content, menu_topics
from bot.db.session import shared_sessionmaker
from bot.settings import Settings

logger = logging.getLogger(__name__)
WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = [Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY]
MAX_UPDATE_BYTES = 1_000_000
START_BACKOFF_MAX_SECONDS = 60.0


class _RedactToken(logging.Filter):
    """httpx logs every request URL at INFO, and a Bot API URL carries the bot token: never let it out."""

    def __init__(self, token: str):
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self._token in message:
            record.msg, record.args = message.replace(self._token, "<TELEGRAM_TOKEN>"), ()
        return True


def _known_payloads(content: Content) -> List[str]:
    """Button payloads the gateway can name without Rasa, registered up front (only long ones need it)."""
    payloads = [t.payload for t in menu_topics(content)] + [t.payload for t in content.topics.values()]
    for button in content.handoff.get("out_of_hours_buttons") or []:
        payloads.append(str(button["payload"]))
    for button in (content.crisis.get("check_in") or {}).get("buttons") or []:
        payloads.append(str(button["payload"]))
    return payloads


class TelegramBridge:
    """The PTB Application, the outbox delivery, and their start and stop."""

    def __init__(self, settings: Settings, app: Starlette):
        self.settings = settings
        self.webhook_mode = bool(settings.telegram_webhook_url)
        self.secret = settings.telegram_webhook_secret
        if self.webhook_mode and not self.secret:
            # Without a configured secret this process makes one up: fine for one gateway, but several
            # gateways behind one webhook URL must share TELEGRAM_WEBHOOK_SECRET.
            self.secret = secrets.token_urlsafe(32)
            logger.warning("telegram: TELEGRAM_WEBHOOK_SECRET is not set; using a secret made up for this process")
        content = cached_content()
        locks = ChatLocks()
        replies = TelegramReplies(content, CallbackPayloads(_known_payloads(content)))
        self.handlers = TelegramHandlers(app.state.conversations, app.state.handoffs, content, replies)
        builder = (Application.builder().token(settings.telegram_token)
                   .base_url(settings.telegram_api_base_url)
                   .concurrent_updates(PerChatUpdateProcessor(locks))
                   .rate_limiter(RetryingRateLimiter()))
        if self.webhook_mode:
            builder = builder.updater(None)
        self.application = builder.build()
        self.handlers.register(self.application)
        self.outbox = OutboxDelivery(shared_sessionmaker(settings.app_database_url), replies, locks,
                                     signal=app.state.outbox_signal)
        self.ready = asyncio.Event()

    async def _start(self) -> bool:
        """Initialise (getMe), start, then poll or set the webhook; keep trying while Telegram is unreachable.
        Returns False when Telegram refuses the token: retrying would not help."""
        delay = 1.0
        while True:
            try:
                await self.application.initialize()  # a no-op once it has succeeded
                await self._announce_commands()
                if self.webhook_mode:
                    await self.application.bot.set_webhook(self.settings.telegram_webhook_url, secret_token=self.secret,
                                                           allowed_updates=ALLOWED_UPDATES)
                if not self.application.running:
                    await self.application.start()
                if not self.webhook_mode:
                    await self.application.updater.start_polling(  # type: ignore[union-attr]
                        allowed_updates=ALLOWED_UPDATES, bootstrap_retries=-1, error_callback=_polling_error)
                return True
            except InvalidToken:
                logger.error("telegram: Telegram refused TELEGRAM_TOKEN; the Telegram bridge is off")
                return False
            except TelegramError as error:
                logger.warning("telegram: cannot reach the Bot API yet (%s); retrying in %.0f s",
                               type(error).__name__, delay)
                await asyncio.sleep(delay)
                delay = min(START_BACKOFF_MAX_SECONDS, delay * 2)

    async def _announce_commands(self) -> None:
        with contextlib.suppress(TelegramError):  # nice to have: the bot works without its command menu
            await self.application.bot.set_my_commands(self.handlers.commands())

    async def run(self) -> None:
        if not await self._start():
            return
        logger.info("telegram: bridge running (%s)", "webhook" if self.webhook_mode else "long polling")
        self.ready.set()
        await self.outbox.run(self.application.bot)

    async def stop(self) -> None:
        self.ready.clear()
        updater = self.application.updater
        if updater is not None and updater.running:
            await updater.stop()
        if self.application.running:
            await self.application.stop()
        await self.application.shutdown()  # a no-op when it never initialised


def _polling_error(error: TelegramError) -> None:
    # PTB retries getUpdates itself, with back-off; say what happened without the request (it holds the token).
    logger.warning("telegram: getUpdates failed (%s); PTB retries", type(error).__name__)


async def webhook(request: Request) -> Response:
    """POST /telegram/webhook: an update from Telegram, accepted only with the secret token set at setWebhook."""
    bridge: Optional[TelegramBridge] = getattr(request.app.state, "telegram", None)
    if bridge is None or not bridge.webhook_mode:
        return JSONResponse({"error": "the Telegram webhook is off"}, status_code=404)
    given = request.headers.get(SECRET_HEADER, "")
    if not hmac.compare_digest(given.encode(), bridge.secret.encode()):
        logger.warning("telegram: webhook request with a wrong or missing secret token refused")
        return JSONResponse({"error": "forbidden"}, status_code=403)
    if not bridge.ready.is_set():
        return JSONResponse({"error": "starting"}, status_code=503)  # Telegram sends it again later
    if int(request.headers.get("content-length") or 0) > MAX_UPDATE_BYTES:
        return JSONResponse({"error": "too large"}, status_code=413)
    try:
        update = Update.de_json(await request.json(), bridge.application.bot)
    except (ValueError, TypeError, KeyError):
        return JSONResponse({"error": "not an update"}, status_code=400)
    await bridge.application.update_queue.put(update)
    return Response(status_code=200)


def routes() -> List[BaseRoute]:
    return [Route(WEBHOOK_PATH, webhook, methods=["POST"])]


@contextlib.asynccontextmanager
async def running(app: Starlette) -> AsyncIterator[None]:
    """Run the bridge for the gateway's lifetime when TELEGRAM_TOKEN is set; stop it cleanly on exit."""
    settings: Settings = app.state.settings
    if not settings.telegram_token:
        yield
        return
    redact = _RedactToken(settings.telegram_token)
    for name in ("httpx", "telegram", "telegram.ext"):
        logging.getLogger(name).addFilter(redact)
    bridge = TelegramBridge(settings, app)
    app.state.telegram = bridge
    task = asyncio.get_running_loop().create_task(bridge.run(), name="telegram-bridge")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
        try:
            await bridge.stop()
        except Exception:  # noqa: BLE001 - shutting down anyway
            logger.exception("telegram: stopping the bridge failed")
        for name in ("httpx", "telegram", "telegram.ext"):
            logging.getLogger(name).removeFilter(redact)
