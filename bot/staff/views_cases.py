"""A case page (transcript, details, notes) and what staff do there: assign, change status, note, take over,
reply, hand back. Every action is audited; none of them puts caregiver words in the audit log."""
from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response

from bot.handoff import HandoffError
from bot.staff.auth import client_ip, requires
from bot.staff.cases import CaseError
from bot.staff.transcript import transcript

MAX_TEXT = 4000


def _case_url(kind: str, case_id: int) -> str:
    return f"/staff/cases/{kind}/{case_id}"


def _not_found(request: Request, message: str) -> Response:
    return request.app.state.console.render(request, "error.html", {"title": "Not found", "message": message},
                                            status_code=404)


def _referral_details(console, row) -> dict:  # type: ignore[no-untyped-def]
    decrypt = console.cipher.decrypt
    return {"Name": decrypt(row.caregiver_name_enc), "Contact by": row.contact_method,
            "Contact": decrypt(row.contact_value_enc) or "this Telegram chat", "Best time": row.best_time,
            "Child's age (months)": row.child_age_months if row.child_age_months is not None else "not given",
            "Age note": row.age_note or "", "Reason": decrypt(row.reason_enc) or "",
            "Preferred language": row.preferred_language}


@requires()
async def case_page(request: Request) -> Response:
    console = request.app.state.console
    kind, case_id = request.path_params["kind"], request.path_params["case_id"]
    try:
        case = console.cases.get(kind, case_id)
        row = console.cases.row(kind, case_id)
    except CaseError as error:
        return _not_found(request, str(error))
    user = request.state.user
    console.audit.record(user.username, "view_transcript", f"{case.key} conversation:{case.conversation_id}",
                         ip=client_ip(request))
    details = _referral_details(console, row) if kind == "referral" else {}
    caregiver_words = console.cipher.decrypt(row.message_enc) if kind == "escalation" else ""
    notes = [(note, console.cipher.decrypt(note.text_enc)) for note in console.cases.notes(kind, case_id)]
    return console.render(request, "case.html", {
        "case": case, "details": details, "caregiver_words": caregiver_words, "notes": notes,
        "related": [c for c in console.cases.for_conversation(case.conversation_id) if c.key != case.key],
        "lines": transcript(console.app_sessions, console.tracker, case.conversation_id),
        "held": console.handoffs.held(case.conversation_id), "url": _case_url(kind, case_id)})


@requires(touch=False)
async def transcript_json(request: Request) -> Response:
    console = request.app.state.console
    try:
        case = console.cases.get(request.path_params["kind"], request.path_params["case_id"])
    except CaseError as error:
        return JSONResponse({"error": str(error)}, status_code=404)
    held = console.handoffs.held(case.conversation_id)
    lines = transcript(console.app_sessions, console.tracker, case.conversation_id)
    return JSONResponse({"lines": [line.as_json() for line in lines],
                         "handoff": held.status if held is not None else None})


async def _form_text(request: Request, name: str) -> str:
    form = await request.form()
    return str(form.get(name, "")).strip()[:MAX_TEXT]


@requires()
async def change_status(request: Request) -> Response:
    console, user = request.app.state.console, request.state.user
    kind, case_id = request.path_params["kind"], request.path_params["case_id"]
    try:
        old, new = console.cases.set_status(kind, case_id, await _form_text(request, "status"))
    except CaseError as error:
        return console.render(request, "error.html", {"title": "Not changed", "message": str(error)}, status_code=400)
    console.audit.record(user.username, "status_change", f"{kind}:{case_id}", f"{old} -> {new}", client_ip(request))
    return RedirectResponse(_case_url(kind, case_id), status_code=303)


@requires()
async def assign(request: Request) -> Response:
    console, user = request.app.state.console, request.state.user
    kind, case_id = request.path_params["kind"], request.path_params["case_id"]
    to_me = await _form_text(request, "to") == "me"
    try:
        console.cases.assign(kind, case_id, user.username if to_me else None)
    except CaseError as error:
        return _not_found(request, str(error))
    console.audit.record(user.username, "assign", f"{kind}:{case_id}", "to me" if to_me else "unassigned",
                         client_ip(request))
    return RedirectResponse(_case_url(kind, case_id), status_code=303)


@requires()
async def add_note(request: Request) -> Response:
    console, user = request.app.state.console, request.state.user
    kind, case_id = request.path_params["kind"], request.path_params["case_id"]
    text = await _form_text(request, "text")
    if text:
        try:
            console.cases.add_note(kind, case_id, user.username, console.cipher.encrypt(text))
        except CaseError as error:
            return _not_found(request, str(error))
        console.audit.record(user.username, "note", f"{kind}:{case_id}", ip=client_ip(request))
    return RedirectResponse(_case_url(kind, case_id), status_code=303)


@requires()
async def take_over(request: Request) -> Response:
    """Hold the conversation for this staff member: the bot stops answering and the caregiver is told who joined."""
    console, user = request.app.state.console, request.state.user
    kind, case_id = request.path_params["kind"], request.path_params["case_id"]
    try:
        case = console.cases.get(kind, case_id)
    except CaseError as error:
        return _not_found(request, str(error))
    console.handoffs.request(case.conversation_id, case.channel)
    console.handoffs.join(case.conversation_id, user.display_name)
    if kind != "handoff" and case.status == "new":
        console.cases.set_status(kind, case_id, "in_progress")
    console.cases.assign(kind, case_id, user.username)
    console.audit.record(user.username, "takeover", f"{case.key} conversation:{case.conversation_id}",
                         ip=client_ip(request))
    return RedirectResponse(_case_url(kind, case_id), status_code=303)


@requires()
async def reply(request: Request) -> Response:
    console, user = request.app.state.console, request.state.user
    kind, case_id = request.path_params["kind"], request.path_params["case_id"]
    text = await _form_text(request, "text")
    try:
        case = console.cases.get(kind, case_id)
        if text:
            console.handoffs.staff_reply(case.conversation_id, text)
            console.audit.record(user.username, "reply", f"{case.key} conversation:{case.conversation_id}",
                                 f"{len(text)} characters", client_ip(request))
    except (CaseError, HandoffError) as error:
        # Refused, like the staff API's 409s: a reply to a conversation nobody holds is worth a line in the log.
        console.audit.record(user.username, "refused_reply", f"{kind}:{case_id}", str(error), client_ip(request))
        return console.render(request, "error.html", {"title": "Not sent", "message": str(error)}, status_code=409)
    return RedirectResponse(_case_url(kind, case_id), status_code=303)


@requires()
async def hand_back(request: Request) -> Response:
    console, user = request.app.state.console, request.state.user
    kind, case_id = request.path_params["kind"], request.path_params["case_id"]
    try:
        case = console.cases.get(kind, case_id)
        console.handoffs.release(case.conversation_id)
    except (CaseError, HandoffError) as error:
        console.audit.record(user.username, "refused_hand_back", f"{kind}:{case_id}", str(error), client_ip(request))
        return console.render(request, "error.html", {"title": "Not handed back", "message": str(error)},
                              status_code=409)
    console.audit.record(user.username, "hand_back", f"{case.key} conversation:{case.conversation_id}",
                         ip=client_ip(request))
    return RedirectResponse(_case_url(kind, case_id), status_code=303)
