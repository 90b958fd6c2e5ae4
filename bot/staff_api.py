"""Staff API for handoffs: list held conversations, join, reply, read messages, hand back to the bot.

Bearer-token protected (STAFF_API_TOKEN) for scripts and integrations; with no token configured it is off.
The staff console (signed-in staff, issue #5) uses the same HandoffService underneath. Every call that reads a
transcript or acts on a conversation is written to the audit log as the console's are (actor "api", or "api:<name>"
for a join), never with caregiver or staff words; so is an act refused because no handoff is in the state it needs
("refused_reply", ...).
"""
from __future__ import annotations

import hmac

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bot.handoff import HandoffError, HandoffService
from bot.staff.audit import AuditLog
from bot.staff.auth import client_ip


def _audit(request: Request, action: str, actor: str = "api") -> None:
    audit: AuditLog = request.app.state.audit
    audit.record(actor, action, f"conversation:{request.path_params['conversation_id']}", ip=client_ip(request))


#: What each handler's act is called in the audit log, so a refused act pairs with the one that went through.
ACTS = {"join": "takeover", "reply": "reply", "release": "hand_back", "messages": "view_transcript"}


def _authorised(request: Request) -> bool:
    token = request.app.state.settings.staff_api_token
    given = request.headers.get("authorization", "")
    return bool(token) and hmac.compare_digest(given.encode(), f"Bearer {token}".encode())


def _guarded(handler):  # type: ignore[no-untyped-def]
    async def wrapper(request: Request) -> JSONResponse:
        if not request.app.state.settings.staff_api_token:
            return JSONResponse({"error": "staff API is off: set STAFF_API_TOKEN"}, status_code=503)
        if not _authorised(request):
            return JSONResponse({"error": "unauthorised"}, status_code=401)
        try:
            return await handler(request, request.app.state.handoffs)
        except HandoffError as error:
            # A refused act is recorded too: a script that keeps replying to conversations nobody holds (probing
            # conversation ids) should show in the log, not only the acts that went through.
            _audit(request, f"refused_{ACTS.get(handler.__name__, handler.__name__)}")
            return JSONResponse({"error": str(error)}, status_code=409)
    return wrapper


async def _json(request: Request) -> dict:
    try:
        body = await request.json()
    except ValueError:
        body = {}
    return body if isinstance(body, dict) else {}


async def list_handoffs(request: Request, handoffs: HandoffService) -> JSONResponse:
    audit: AuditLog = request.app.state.audit
    audit.record("api", "view_queue", "handoffs", ip=client_ip(request))  # it names conversations
    return JSONResponse({"handoffs": [{"id": h.id, "conversation_id": h.conversation_id, "channel": h.channel,
                                       "status": h.status, "staff_name": h.staff_name,
                                       "created_at": h.created_at.isoformat()} for h in handoffs.waiting_and_active()]})


async def join(request: Request, handoffs: HandoffService) -> JSONResponse:
    name = str((await _json(request)).get("staff_name") or "A staff member")[:80]
    handoffs.join(request.path_params["conversation_id"], name)
    _audit(request, "takeover", f"api:{name}")
    return JSONResponse({"status": "active"})


async def reply(request: Request, handoffs: HandoffService) -> JSONResponse:
    text = str((await _json(request)).get("text") or "").strip()
    if not text:
        return JSONResponse({"error": "text is required"}, status_code=400)
    handoffs.staff_reply(request.path_params["conversation_id"], text[:4000])
    _audit(request, "reply")
    return JSONResponse({"status": "sent"})


async def release(request: Request, handoffs: HandoffService) -> JSONResponse:
    handoffs.release(request.path_params["conversation_id"])
    _audit(request, "hand_back")
    return JSONResponse({"status": "ended"})


async def messages(request: Request, handoffs: HandoffService) -> JSONResponse:
    rows = handoffs.messages(request.path_params["conversation_id"])
    _audit(request, "view_transcript")
    return JSONResponse({"messages": [{"author": m.author, "text": m.text, "created_at": m.created_at.isoformat()}
                                      for m in rows]})


routes = [
    Route("/staff/api/handoffs", _guarded(list_handoffs)),
    Route("/staff/api/handoffs/{conversation_id}/join", _guarded(join), methods=["POST"]),
    Route("/staff/api/handoffs/{conversation_id}/reply", _guarded(reply), methods=["POST"]),
    Route("/staff/api/handoffs/{conversation_id}/release", _guarded(release), methods=["POST"]),
    Route("/staff/api/handoffs/{conversation_id}/messages", _guarded(messages)),
]
