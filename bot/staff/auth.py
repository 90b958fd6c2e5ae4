"""Who is signed in: the server-side session, its idle and absolute timeouts, and the role a page needs."""
from __future__ import annotations

import functools
import time
from typing import Awaitable, Callable, Optional
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from bot.db.models import StaffUser

Handler = Callable[[Request], Awaitable[Response]]


def start_session(request: Request, user: StaffUser) -> None:
    """Fill a fresh session for `user` (the caller has already rotated the session id)."""
    now = time.time()
    request.session.clear()
    request.session.update({"uid": user.id, "signed_in_at": now, "seen_at": now})


def signed_in_user(request: Request, touch: bool = True) -> Optional[StaffUser]:
    """The active account behind this request's session, or None when there is none or it has timed out.

    `touch=False` is for the pages' own background polling: it must not keep an idle session alive.
    """
    console = request.app.state.console
    session = request.session
    uid = session.get("uid")
    if not isinstance(uid, int):
        return None
    now = time.time()
    settings = console.settings
    if (now - float(session.get("signed_in_at", 0)) > settings.staff_session_absolute_hours * 3600
            or now - float(session.get("seen_at", 0)) > settings.staff_session_idle_minutes * 60):
        session.clear()
        return None
    user = console.accounts.get(uid)
    if user is None or not user.active:
        session.clear()
        return None
    if touch:
        session["seen_at"] = now
    return user


def wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json") or "application/json" in request.headers.get("accept", "")


def requires(role: str = "staff", touch: bool = True) -> Callable[[Handler], Handler]:
    """Refuse anonymous requests (sign-in page for a browser, 401 otherwise) and requests without the role."""
    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def guarded(request: Request) -> Response:
            user = signed_in_user(request, touch=touch)
            if user is None:
                if request.method == "GET" and not wants_json(request):
                    return RedirectResponse(f"/staff/login?next={quote(request.url.path)}", status_code=303)
                return JSONResponse({"error": "sign in first"}, status_code=401)
            if role == "admin" and user.role != "admin":
                request.app.state.console.audit.record(user.username, "denied", request.url.path,
                                                       ip=client_ip(request))
                return request.app.state.console.render(request, "error.html", {
                    "title": "Not allowed", "message": "This page is for administrators."}, status_code=403)
            request.state.user = user
            return await handler(request)
        return guarded
    return decorate


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def safe_next(target: str, default: str = "/staff/") -> str:
    """Only a path inside the console: never an absolute URL or a scheme-relative one (open redirects)."""
    if target.startswith("/staff/") and not target.startswith("//") and "\\" not in target and "://" not in target:
        return target
    return default
