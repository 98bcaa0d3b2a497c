"""Dates a statement refers to, resolved against the article's publish date.

Only the forms news uses to date speech are resolved: weekday names ("on
Monday" is the latest Monday on or before the publish day), "today",
"yesterday", "last week/month/year", and explicit dates (through
``dateparser``, with the publish date as the base for missing parts).
Anything else keeps its text and a ``None`` date.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

__all__ = ["resolve_when"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_LEAD = re.compile(r"^(?:on|in|at|during|since|by|this|earlier|late|early)\s+", re.IGNORECASE)
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": 1, "the day before yesterday": 2}
_EXPLICIT = re.compile(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.IGNORECASE)


def _base_day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _weekday(words: str, base: date) -> date | None:
    for number, name in enumerate(_WEEKDAYS):
        if words.startswith(name) or words.startswith(f"last {name}"):
            back = (base.weekday() - number) % 7
            if words.startswith("last ") and back == 0:
                back = 7
            return base - timedelta(days=back)
    return None


def _explicit(words: str, base: date) -> date | None:
    if not _EXPLICIT.search(words):
        return None
    import dateparser  # slow to import; only explicit dates need it

    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "REQUIRE_PARTS": ["day", "month"],
    }
    found = dateparser.parse(words, languages=["en"], settings=settings)
    return None if found is None else found.date()


def resolve_when(text: str, published: str | None) -> str | None:
    """The ISO day `text` ("on Monday", "last week") means, or None when it cannot tell.

    Periods ("last week") resolve to their first day.
    """
    base = _base_day(published)
    if base is None:
        return None
    words = _LEAD.sub("", " ".join(text.lower().split())).strip(" ,.")
    if words in _RELATIVE_DAYS:
        return (base - timedelta(days=_RELATIVE_DAYS[words])).isoformat()
    if words.endswith(("morning", "afternoon", "evening", "night")):
        words = words.rsplit(" ", 1)[0]
        if words in ("", "this", "last"):
            return base.isoformat() if words != "last" else (base - timedelta(1)).isoformat()
    day = _weekday(words, base)
    if day is not None:
        return day.isoformat()
    if words == "last week":
        monday = base - timedelta(days=base.weekday())
        return (monday - timedelta(days=7)).isoformat()
    if words == "last month":
        first = base.replace(day=1) - timedelta(days=1)
        return first.replace(day=1).isoformat()
    if words == "last year":
        return date(base.year - 1, 1, 1).isoformat()
    found = _explicit(words, base)
    return None if found is None else found.isoformat()
