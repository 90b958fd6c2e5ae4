"""The staff console as an ASGI app the gateway mounts at /staff, with its own middleware:
security headers -> CSRF (asgi-csrf) -> server-side session (starsessions) -> routes."""
from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from asgi_csrf import asgi_csrf
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates
from starlette.types import ASGIApp, Receive, Scope, Send
from starsessions import SessionAutoloadMiddleware, SessionMiddleware

from bot.content import cached_content
from bot.crypto import FieldCipher
from bot.db.models import utcnow
from bot.db.tracker_events import tracker_engine
from bot.handoff import HandoffService, nobody_listens
from bot.settings import Settings
from bot.staff import views_admin, views_auth, views_cases, views_queue
from bot.staff.accounts import Accounts
from bot.staff.audit import AuditLog
from bot.staff.cases import CaseBook
from bot.staff.headers import SecurityHeaders
from bot.staff.session_store import SqlSessionStore
from bot.staff.throttle import SignInGuard

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "staff_session"
CSRF_COOKIE = "staff_csrftoken"


@dataclass
class StaffConsole:
    """Everything the console's pages use, built once per gateway process."""
    settings: Settings
    app_sessions: sessionmaker
    tracker: Engine
    cipher: FieldCipher
    accounts: Accounts
    sign_in_guard: SignInGuard
    audit: AuditLog
    cases: CaseBook
    handoffs: HandoffService
    session_store: SqlSessionStore
    templates: Jinja2Templates

    def render(self, request: Request, template: str, context: dict, status_code: int = 200) -> Response:
        return self.templates.TemplateResponse(request, template, context, status_code=status_code)

    @staticmethod
    def now() -> dt.datetime:
        return utcnow()


def _template_context(request: Request) -> dict:
    token = request.scope.get("csrftoken")
    return {"csrftoken": token if callable(token) else (lambda: ""),
            "user": getattr(request.state, "user", None)}


async def _csrf_refused(scope: Scope, send: Send, message_id: object) -> None:
    await send({"type": "http.response.start", "status": 403,
                "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
    await send({"type": "http.response.body",
                "body": b"This form has expired or did not come from the staff console. Go back, reload and try again."})


class _Csrf:
    """asgi-csrf as Starlette middleware. Sign-in is protected even before any cookie exists (login CSRF)."""

    def __init__(self, app: ASGIApp, secret: str, https: bool):
        self.app = asgi_csrf(app, cookie_name=CSRF_COOKIE, signing_secret=secret, cookie_path="/staff",
                             cookie_secure=https, cookie_samesite="Strict", always_protect={"/staff/login"},
                             send_csrf_failed=_csrf_refused)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


def _routes() -> list:
    case = "/cases/{kind}/{case_id:int}"
    return [
        Route("/", views_queue.queue_page),
        Route("/queue.json", views_queue.queue_json),
        Route("/login", views_auth.login_page, methods=["GET"]),
        Route("/login", views_auth.login, methods=["POST"]),
        Route("/logout", views_auth.logout, methods=["POST"]),
        Route(case, views_cases.case_page),
        Route(case + "/transcript.json", views_cases.transcript_json),
        Route(case + "/status", views_cases.change_status, methods=["POST"]),
        Route(case + "/assign", views_cases.assign, methods=["POST"]),
        Route(case + "/note", views_cases.add_note, methods=["POST"]),
        Route(case + "/takeover", views_cases.take_over, methods=["POST"]),
        Route(case + "/reply", views_cases.reply, methods=["POST"]),
        Route(case + "/release", views_cases.hand_back, methods=["POST"]),
        Route("/admin/accounts", views_admin.accounts_page, methods=["GET"]),
        Route("/admin/accounts", views_admin.create_account, methods=["POST"]),
        Route("/admin/accounts/{username}", views_admin.change_account, methods=["POST"]),
        Route("/admin/audit", views_admin.audit_page),
        Route("/admin/referrals.csv", views_admin.export_referrals),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]


def build_staff_app(settings: Settings, app_sessions: sessionmaker, cipher: FieldCipher,
                    outbox_written: Callable[[str], None] = nobody_listens) -> Starlette:
    idle_seconds = settings.staff_session_idle_minutes * 60
    store = SqlSessionStore(app_sessions, max_ttl_seconds=settings.staff_session_absolute_hours * 3600)
    console = StaffConsole(
        settings=settings, app_sessions=app_sessions, tracker=tracker_engine(settings.tracker_database_url),
        cipher=cipher, accounts=Accounts(app_sessions), sign_in_guard=SignInGuard(app_sessions),
        audit=AuditLog(app_sessions), cases=CaseBook(app_sessions),
        handoffs=HandoffService(app_sessions, cached_content(), outbox_written), session_store=store,
        templates=Jinja2Templates(directory=str(HERE / "templates"), context_processors=[_template_context]))
    # The CSRF signing secret: from the environment when several gateway processes must agree, else per process.
    csrf_secret = settings.staff_csrf_secret or secrets.token_urlsafe(48)
    app = Starlette(routes=_routes(), middleware=[
        Middleware(SecurityHeaders, https=settings.staff_cookie_secure),
        Middleware(_Csrf, secret=csrf_secret, https=settings.staff_cookie_secure),
        Middleware(SessionMiddleware, store=store, lifetime=idle_seconds, rolling=True, cookie_name=SESSION_COOKIE,
                   cookie_same_site="strict", cookie_https_only=settings.staff_cookie_secure, cookie_path="/staff"),
        Middleware(SessionAutoloadMiddleware),
    ])
    app.state.console = console
    return app
