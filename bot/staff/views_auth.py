"""Sign-in and sign-out pages."""
from __future__ import annotations

import asyncio

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starsessions import get_session_id, regenerate_session_id

from bot.staff.auth import client_ip, requires, safe_next, signed_in_user, start_session

GENERIC_FAILURE = "That username and password do not match an active account."


async def login_page(request: Request) -> Response:
    if signed_in_user(request, touch=False) is not None:
        return RedirectResponse("/staff/", status_code=303)
    return request.app.state.console.render(request, "login.html", {
        "next": safe_next(request.query_params.get("next", ""))})


#: The audit log's actor for a failed sign-in with a name that is no account's.
UNKNOWN_NAME = "(no such account)"


async def login(request: Request) -> Response:
    console = request.app.state.console
    form = await request.form()
    username = str(form.get("username", ""))[:100]
    password = str(form.get("password", ""))[:200]
    next_path = safe_next(str(form.get("next", "")))
    ip = client_ip(request)
    keys = console.sign_in_guard.keys(username, ip)
    # The audit log is append-only: a password typed into the name box by mistake would stay there for good, so a
    # name that is no account's is recorded as such, never as typed.
    account = console.accounts.by_username(username) if username else None
    audited_name = account.username if account is not None else UNKNOWN_NAME

    locked_until = console.sign_in_guard.locked_until(keys)
    if locked_until is not None:
        console.audit.record(audited_name, "login_locked", ip=ip)
        minutes = max(1, int((locked_until - console.now()).total_seconds() // 60) + 1)
        return console.render(request, "login.html", {
            "next": next_path, "username": username,
            "error": f"Too many failed attempts. Try again in about {minutes} minutes."}, status_code=429)

    user = console.accounts.authenticate(username, password)
    if user is None:
        delay = console.sign_in_guard.record_failure(keys)
        console.audit.record(audited_name, "login_failed", ip=ip)
        await asyncio.sleep(delay)  # back-off: each failure in a row waits longer
        return console.render(request, "login.html", {"next": next_path, "username": username,
                                                      "error": GENERIC_FAILURE}, status_code=401)

    console.sign_in_guard.record_success(username)
    # A new session id at sign-in (session fixation): drop the old server-side session and issue a new id.
    old_id = get_session_id(request)
    if old_id:
        await console.session_store.remove(old_id)
    regenerate_session_id(request)
    start_session(request, user)
    console.audit.record(user.username, "login", ip=ip)
    return RedirectResponse(next_path, status_code=303)


@requires()
async def logout(request: Request) -> Response:
    request.app.state.console.audit.record(request.state.user.username, "logout", ip=client_ip(request))
    request.session.clear()
    return RedirectResponse("/staff/login", status_code=303)
