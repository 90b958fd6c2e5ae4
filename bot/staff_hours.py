"""When staff can take a conversation over: a schedule like "Mon-Fri 09:00-17:00; Sat 10:00-13:00"."""
from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_PART = re.compile(r"^\s*(?P<first>[a-z]{3})(?:\s*-\s*(?P<last>[a-z]{3}))?\s+"
                   r"(?P<start>\d{1,2}:\d{2})\s*-\s*(?P<end>\d{1,2}:\d{2})\s*$", re.I)


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def is_staffed(schedule: str, timezone: str, now: dt.datetime) -> bool:
    """True when `now` falls inside one of the schedule's day ranges and hours (in the staff's time zone).

    A malformed schedule raises ValueError, so a typo in configuration fails loudly at the first check.
    """
    local = now.astimezone(ZoneInfo(timezone))
    minute = local.hour * 60 + local.minute
    for part in filter(None, (p.strip() for p in schedule.split(";"))):
        match = _PART.match(part)
        if not match:
            raise ValueError(f"STAFF_HOURS part {part!r} is not like 'Mon-Fri 09:00-17:00'")
        first = DAYS.index(match["first"].lower())
        last = DAYS.index((match["last"] or match["first"]).lower())
        days = range(first, last + 1) if first <= last else [*range(first, 7), *range(0, last + 1)]
        if local.weekday() in days and _minutes(match["start"]) <= minute < _minutes(match["end"]):
            return True
    return False
