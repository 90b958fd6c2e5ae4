"""The work queue page and its JSON feed (which the page polls, so new cases appear without reloading)."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from bot.staff.auth import requires
from bot.staff.cases import KINDS, STATUSES, QueueFilter


def _date(value: str) -> Optional[dt.date]:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def queue_filter(request: Request) -> QueueFilter:
    params = request.query_params
    kind = params.get("kind", "")
    status = params.get("status", "")
    return QueueFilter(kind=kind if kind in KINDS else "",
                       status=status if status in STATUSES or status == "all" else "",
                       channel=params.get("channel", "")[:32], since=_date(params.get("since", "")),
                       until=_date(params.get("until", "")))


@requires()
async def queue_page(request: Request) -> Response:
    console = request.app.state.console
    where = queue_filter(request)
    cases, counts = console.cases.queue(where)
    return console.render(request, "queue.html", {
        "cases": cases, "counts": counts, "where": where, "kinds": KINDS, "statuses": STATUSES,
        "channels": console.cases.channels(), "query": request.url.query})


@requires(touch=False)
async def queue_json(request: Request) -> Response:
    cases, counts = request.app.state.console.cases.queue(queue_filter(request))
    return JSONResponse({"cases": [case.as_json() for case in cases], "counts": counts})
