"""Admin pages: accounts, the audit log, and the referral export (each export audited)."""
from __future__ import annotations

import csv
import io

from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.db.models import Referral
from bot.staff.accounts import ROLES, AccountError
from bot.staff.auth import client_ip, requires
from bot.staff.passwords import WeakPassword

EXPORT_COLUMNS = ["id", "created_at", "status", "channel", "conversation_id", "name", "contact_method", "contact",
                  "best_time", "child_age_months", "age_note", "reason", "preferred_language"]


def _accounts_page(request: Request, error: str = "", notice: str = "", status_code: int = 200) -> Response:
    console = request.app.state.console
    return console.render(request, "accounts.html", {"accounts": console.accounts.all(), "roles": ROLES,
                                                     "error": error, "notice": notice}, status_code=status_code)


@requires("admin")
async def accounts_page(request: Request) -> Response:
    return _accounts_page(request)


@requires("admin")
async def create_account(request: Request) -> Response:
    console, user = request.app.state.console, request.state.user
    form = await request.form()
    username = str(form.get("username", ""))[:64]
    try:
        created = console.accounts.create(username, str(form.get("display_name", "")),
                                          str(form.get("password", ""))[:200], str(form.get("role", "staff")))
    except (AccountError, WeakPassword) as error:
        return _accounts_page(request, error=str(error), status_code=400)
    console.audit.record(user.username, "account_create", f"account:{created.username}", f"role {created.role}",
                         client_ip(request))
    return _accounts_page(request, notice=f"Account {created.username} created.")


@requires("admin")
async def change_account(request: Request) -> Response:
    console, user = request.app.state.console, request.state.user
    username = request.path_params["username"]
    form = await request.form()
    change = str(form.get("change", ""))
    try:
        if change in ("disable", "enable"):
            if username == user.username:
                raise AccountError("you cannot disable your own account")
            console.accounts.set_active(username, change == "enable")
        elif change == "role":
            console.accounts.set_role(username, str(form.get("role", "")))
        elif change == "password":
            console.accounts.set_password(username, str(form.get("password", ""))[:200])
        else:
            raise AccountError("unknown change")
    except (AccountError, WeakPassword) as error:
        return _accounts_page(request, error=str(error), status_code=400)
    console.audit.record(user.username, f"account_{change}", f"account:{username}", ip=client_ip(request))
    return RedirectResponse("/staff/admin/accounts", status_code=303)


@requires("admin")
async def audit_page(request: Request) -> Response:
    console = request.app.state.console
    try:
        page = max(1, int(request.query_params.get("page", "1")))
    except ValueError:
        page = 1
    action = request.query_params.get("action", "")[:40]
    actor = request.query_params.get("actor", "")[:64]
    entries, total = console.audit.page(page, action=action, actor=actor)
    return console.render(request, "audit.html", {"entries": entries, "total": total, "page": page,
                                                  "action": action, "actor": actor})


def _cell(value: object) -> str:
    # A cell starting with = + - @ (or a tab/CR) would run as a formula in a spreadsheet: quote it.
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@requires("admin")
async def export_referrals(request: Request) -> Response:
    console, user = request.app.state.console, request.state.user
    decrypt = console.cipher.decrypt
    with console.app_sessions() as session:
        rows = list(session.scalars(select(Referral).order_by(Referral.id)))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_COLUMNS)
    for row in rows:
        writer.writerow([_cell(v) for v in (
            row.id, row.created_at.isoformat(), row.status, row.channel, row.conversation_id,
            decrypt(row.caregiver_name_enc), row.contact_method, decrypt(row.contact_value_enc), row.best_time,
            row.child_age_months, row.age_note, decrypt(row.reason_enc), row.preferred_language)])
    console.audit.record(user.username, "export_referrals", "referrals", f"{len(rows)} rows", client_ip(request))
    stamp = console.now().strftime("%Y%m%d-%H%M")
    return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="referrals-{stamp}.csv"'})
