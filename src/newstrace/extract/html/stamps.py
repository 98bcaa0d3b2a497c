"""Reading one date value (ISO 8601 or printed) into an ISO 8601 stamp, and comparing stamps.

Values keep what the page says: ``2022-04-12T01:09:52+05:30`` when the time
and offset are given, ``2022-04-12T01:09:52`` when the offset is not, and
``2022-04-12`` for a day alone.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from newstrace.extract.dates import find_dates

__all__ = ["DAY_CHARS", "earliest", "parse_stamp", "plausible", "utc_day"]

DAY_CHARS = 10
"""The length of the day part (``YYYY-MM-DD``) of a stamp."""
_ISO = re.compile(
    r"\s*(\d{4})-?(\d{2})-?(\d{2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?",
    re.IGNORECASE,
)
_EARLIEST_YEAR = 1990


def parse_stamp(value: Any) -> str | None:
    """An ISO 8601 time from a machine-readable or printed date, or None when there is none."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    match = _ISO.match(value)
    if match:
        return _from_iso(match)
    mentions = find_dates(value[:200])
    return mentions[0].iso(value) if mentions and plausible(mentions[0].day) else None


def plausible(day: date) -> bool:
    """Whether `day` can be a web page's date (not a birth date, not far ahead)."""
    return _EARLIEST_YEAR <= day.year <= datetime.now().year + 1


def utc_day(stamp: str) -> str:
    """The UTC day of `stamp` where it carries an offset, else its own day."""
    if len(stamp) > DAY_CHARS:
        try:
            moment = datetime.fromisoformat(stamp)
        except ValueError:
            return stamp[:DAY_CHARS]
        if moment.tzinfo is not None:
            return moment.astimezone(UTC).date().isoformat()
    return stamp[:DAY_CHARS]


def earliest(stamps: list[str]) -> str | None:
    """The earliest of `stamps` (given most trusted first), compared as UTC days where
    they carry an offset; of several on that day, the most precise, most trusted."""
    if not stamps:
        return None
    keyed = [(utc_day(stamp), stamp) for stamp in stamps]
    first_day = min(day for day, _ in keyed)
    same_day = [stamp for day, stamp in keyed if day == first_day]
    return max(same_day, key=len)  # max keeps the first of equal length


def _from_iso(match: re.Match[str]) -> str | None:
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        moment = date(int(year), int(month), int(day))
    except ValueError:
        return None
    if not plausible(moment):
        return None
    if hour is None:
        return moment.isoformat()
    if not (int(hour) < 24 and int(minute) < 60 and int(second or 0) < 60):
        return moment.isoformat()
    stamp = f"{moment.isoformat()}T{int(hour):02d}:{minute}:{second or '00'}"
    return stamp + _offset(zone)


def _offset(zone: str | None) -> str:
    if zone is None:
        return ""
    if zone.upper() in {"Z", "UTC", "GMT"}:
        return "+00:00"
    digits = zone[1:].replace(":", "")
    hours, minutes = digits[:2], digits[2:4] or "00"
    return f"{zone[0]}{hours}:{minutes}"
