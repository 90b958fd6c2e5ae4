"""The gateway's ASGI app: health, and the caregiver message API that every channel uses."""
from __future__ import annotations

import contextlib
import logging
from typing import AsyncIterator, Optional

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount, Route

from bot.alerts import StaffAlerter
from bot.content import cached_content
from bot.crypto import load_cipher
from bot.conversation import ConversationService, head_and_tail
from bot.conversation_ids import channel_of_conversation
from bot.db.migrate import upgrade
from bot.shared_flood import make_flood_limit
from bot.db.session import make_engine, make_sessionmaker
from bot.handoff import HandoffService
from bot.outbox_signal import make_outbox_signal
from bot import staff_api
from bot.staff.audit import AuditLog
from bot.channels import channel_routes, running_channels
from bot.rasa_client import RasaClient, probe
from bot.safety.guard import CrisisGuard
from bot.settings import Settings, load_settings
from bot.staff.web import build_staff_app

logger = logging.getLogger(__name__)
MAX_MESSAGE_CHARS = 100_000  # a bound on what one request may carry; Rasa gets a shorter cut (conversation.py)


async def health(request: Request) -> JSONResponse:
    """Whether Rasa and the action server answer (503 when either does not, so a load balancer can tell) and
    whether the crisis check has its trained layer ("degraded" without it: answers go on, with the rules alone)."""
    settings: Settings = request.app.state.settings
    http: httpx.AsyncClient = request.app.state.http
    servers = await request.app.state.rasa.probe_all()  # each server in RASA_URL (README § Scale-out)
    rasa = next((s for s in servers if s.up), servers[0])
    actions = await probe(http, settings.action_server_health_url)
    trained_layer = request.app.state.guard.has_trained_layer
    body = {
        "status": "ok" if all(s.up for s in servers) and actions.up and trained_layer else "degraded",
        "gateway": {"up": True},
        # The rules always run; without models/crisis_classifier.joblib the trained layer does not (scripts/train.py).
        "crisis": {"rules": True, "trained_layer": trained_layer},
        "rasa": {"up": rasa.up, "latency_ms": rasa.latency_ms, "detail": rasa.detail},
        "rasa_servers": [{"index": i, "up": s.up, "latency_ms": s.latency_ms, "detail": s.detail}
                         for i, s in enumerate(servers)],
        "action_server": {"up": actions.up, "latency_ms": actions.latency_ms, "detail": actions.detail},
    }
    # 503 only when no message could be answered; one Rasa server of several down is "degraded" but serving.
    return JSONResponse(body, status_code=200 if rasa.up and actions.up else 503)


#: The outbox's ids are 64-bit integers; a larger cursor is no cursor.
MAX_CURSOR = 2 ** 63 - 1


def _channel_owned(sender: str) -> bool:
    """A conversation id the channels make (bot/conversation_ids.py): the JSON API may neither post as one nor read
    its updates, or anyone who guessed a Telegram chat id could read what staff wrote to that caregiver, or write as
    them."""
    return channel_of_conversation(sender.strip().lower()) is not None


async def chat(request: Request) -> JSONResponse:
    """POST {"sender": str, "message": str} -> {"replies": [...]} in Rasa's REST reply shape."""
    try:
        payload = await request.json()
    except ValueError:
        return JSONResponse({"error": "body must be JSON"}, status_code=400)
    sender = payload.get("sender") if isinstance(payload, dict) else None
    message = payload.get("message") if isinstance(payload, dict) else None
    if not isinstance(sender, str) or not sender.strip() or len(sender) > 128:
        return JSONResponse({"error": "sender must be a non-empty string of at most 128 characters"}, status_code=400)
    if not isinstance(message, str):
        return JSONResponse({"error": "message must be a string"}, status_code=400)
    if _channel_owned(sender):
        return JSONResponse({"error": "senders starting telegram- or web- belong to those channels"}, status_code=400)
    service: ConversationService = request.app.state.conversations
    replies = await service.handle(sender.strip(), head_and_tail(message, MAX_MESSAGE_CHARS), channel="rest")
    return JSONResponse({"replies": replies})


async def updates(request: Request) -> JSONResponse:
    """GET /api/chat/{sender}/updates?after=<id>: replies that did not answer a message (staff, hand-back)."""
    try:
        after = int(request.query_params.get("after", "0"))
    except ValueError:
        return JSONResponse({"error": "after must be an integer"}, status_code=400)
    if not 0 <= after <= MAX_CURSOR:
        return JSONResponse({"error": f"after must be between 0 and {MAX_CURSOR}"}, status_code=400)
    sender = request.path_params["sender"]
    if _channel_owned(sender):
        # That channel delivers its own updates (the widget's websocket, the Telegram bridge).
        return JSONResponse({"error": "senders starting telegram- or web- belong to those channels"}, status_code=404)
    handoffs: HandoffService = request.app.state.handoffs
    return JSONResponse({"replies": handoffs.updates(sender, after)})


def create_app(settings: Optional[Settings] = None) -> Starlette:
    settings = settings or load_settings()
    upgrade(settings.app_database_url)
    engine = make_engine(settings.app_database_url)
    sessions = make_sessionmaker(engine)
    outbox_signal = make_outbox_signal(settings.redis_url)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        app.state.http = httpx.AsyncClient()
        app.state.rasa = rasa = RasaClient(settings.rasa_url, settings.rasa_timeout_seconds, app.state.http)
        app.state.guard = guard = CrisisGuard(cached_content(), sessions,
                                              StaffAlerter(settings.staff_alert_webhook_url, app.state.http),
                                              load_cipher(settings))
        app.state.handoffs = HandoffService(sessions, cached_content(), outbox_signal.notify)
        app.state.audit = AuditLog(sessions)  # the staff API's calls, as the console's (bot/staff_api.py)
        flood = make_flood_limit(settings.flood_max_messages, settings.flood_window_seconds, settings.redis_url)
        app.state.conversations = ConversationService(rasa, cached_content(), guard, app.state.handoffs, flood=flood)
        async with outbox_signal.running(), running_channels(app):
            yield
        await app.state.http.aclose()
        engine.dispose()

    app = Starlette(
        routes=[Route("/health", health), Route("/api/chat", chat, methods=["POST"]),
                Route("/api/chat/{sender}/updates", updates), *staff_api.routes, *channel_routes(),
                # After the bearer-token staff API, so /staff/api/... never reaches the signed-in console.
                Mount("/staff", app=build_staff_app(settings, sessions, load_cipher(settings), outbox_signal.notify))],
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.outbox_signal = outbox_signal
    return app
