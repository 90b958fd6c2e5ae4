from __future__ import annotations

import datetime as dt

import pytest

from bot.staff_hours import is_staffed

NY = "America/New_York"


@pytest.mark.parametrize("when, expected", [
    (dt.datetime(2026, 11, 23, 14, 0, tzinfo=dt.timezone.utc), True),    # Monday 09:00 New York
    (dt.datetime(2026, 11, 23, 13, 59, tzinfo=dt.timezone.utc), False),  # Monday 08:59
    (dt.datetime(2026, 11, 23, 22, 0, tzinfo=dt.timezone.utc), False),   # Monday 17:00: closed
    (dt.datetime(2026, 11, 22, 15, 0, tzinfo=dt.timezone.utc), False),   # Sunday
    (dt.datetime(2026, 11, 28, 16, 0, tzinfo=dt.timezone.utc), True),    # Saturday 11:00
])
def test_schedule_in_the_staff_time_zone(when: dt.datetime, expected: bool) -> None:
    assert is_staffed("Mon-Fri 09:00-17:00; Sat 10:00-13:00", NY, when) is expected


def test_a_malformed_schedule_fails_loudly() -> None:
    with pytest.raises(ValueError):
        is_staffed("weekdays 9 to 5", NY, dt.datetime.now(dt.timezone.utc))
