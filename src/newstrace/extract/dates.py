"""Dates and times as news pages print them, read into ISO 8601.

One precompiled pattern finds the usual forms in a stretch of page text:
"April 12, 2022 01:09:52 IST", "12 Apr 2022", "12th February 2025",
"2022-04-12T01:09:52Z", "Nov 19, 2019, 10:31 pm CST", "10:19am 19 December
2025", "12.04.2022", "12/19/2025", and day-first forms in a few European
languages ("12. März 2022", "12 de abril de 2022"). A word just before a date
("Published", "Updated", "Posted on") is kept as its cue, so callers can prefer
the publication date. Relative times ("2 hours ago") have no anchor and are
only recognised, never turned into a date.

Dates are read with regular expressions rather than a general date parser:
a header has a handful of candidate strings, and a parser per line costs
more than the whole page extraction is allowed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from newstrace.extract.timezones import ABBREVIATIONS, resolve_zone

__all__ = ["RELATIVE", "DateMention", "find_dates"]

_MONTHS: Final[dict[str, int]] = {}
for _number, _names in enumerate(
    (
        "january jan januar jänner janvier janv enero gennaio janeiro januari",
        "february feb februar février fevrier févr fevr febrero febbraio fevereiro februari",
        "march mar märz mär mars marzo março maart",
        "april apr avril avr abril aprile",
        "may mai mayo maggio maio mei",
        "june jun juni juin junio giugno junho",
        "july jul juli juillet juil julio luglio julho",
        "august aug août aout agosto augustus",
        "september sept sep septembre septiembre setiembre settembre setembro",
        "october oct oktober okt octobre octubre ottobre outubro",
        "november nov novembre noviembre novembro",
        "december dec dezember dez décembre decembre déc diciembre dicembre dezembro",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS[_name] = _number

# Any word of a month name's length; `_month` checks it is one (an alternation
# of a hundred names is slow to try at every offset).
_MONTH = r"[^\W\d_]{3,10}"
_ZONE = "|".join(sorted(ABBREVIATIONS.keys() - {"Z"}, key=len, reverse=True))
# Zone names are matched case-sensitively ("at" is a word, "AT" a zone).
# A zone glued to the next word counts only before a capital ("12.00 CETLast modified").
_ZONE_PART = (
    rf"(?-i:(?:GMT|UTC)\s?[+−-]\s?\d{{1,2}}(?::?\d\d)?|[+−-]\d\d:?\d\d|{_ZONE})(?![A-Za-z\d])"
    rf"|(?-i:{_ZONE})(?=[A-Z][a-z])"
)
_AMPM = r"[ap]\.?\s?m\b\.?"
_YEAR = r"(?:19|20)\d\d"
_DAY = r"[0-3]?\d(?!\d)(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+"
_WEEKDAY_ENDS: Final = frozenset(
    {"day", "mon", "tue", "ues", "wed", "thu", "urs", "fri", "sat", "sun"}
)


def _clock(tag: str) -> str:
    """A time of day with optional seconds, am/pm and zone; groups suffixed by `tag`."""
    return (
        rf"(?:(?P<h{tag}>[0-2]?\d)[:.](?P<mi{tag}>[0-5]\d)(?::(?P<s{tag}>[0-5]\d))?"
        rf"|(?P<hh{tag}>1[0-2]|0?[1-9])(?=\s?[ap]\.?\s?m\b))"
        rf"\s?(?P<ap{tag}>{_AMPM})?(?:\s?\(?(?P<z{tag}>{_ZONE_PART})\)?)?"
    )


# A date is found from its four-digit year, which every form holds: the year
# is quick to find, and the parts around it are then matched where they can
# only be. (One pattern tried at every offset of a page is slow in Python.)
_YEARS: Final = (re.compile(r"20\d\d"), re.compile(r"19\d\d"))
# Year first: "2022-04-12", "2022/04/12", "2022.04.12".
_YEAR_FIRST: Final = re.compile(
    rf"(?P<y>{_YEAR})(?:(?P<sep>[-./])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?!\d)"
    rf"|\s(?P<mn>{_MONTH})\.?\s(?P<dn>[0-3]?\d)(?!\d))",
    re.IGNORECASE,
)
_ISO_TIME: Final = re.compile(
    r"[T ](?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d)(?:[.,]\d+)?)?"
    r"\s?(?P<z>Z|[+-][01]\d:?[0-5]\d)?"
)
# A month name starts a word, or is glued to one by the page dump: "KristenMarch 11",
# "2025April 24".
_WORD_START = r"(?:(?<![^\W\d_])|(?-i:(?<=[a-z])(?=[A-Z])))"
# Year last: "April 12, 2022", "12th of April 2022", "12 de abril de 2022", "12.04.2022".
# Searched in a short stretch that ends at the year (`$` is the end of the stretch).
_BEFORE_YEAR: Final = re.compile(
    rf"""(?:
        {_WORD_START}(?P<m1>{_MONTH})\b\.?\s+(?P<d1>{_DAY})[.,]?\s+
      | (?<!\d)(?P<d2>{_DAY})\.?(?:\s+|-)(?:de\s+|of\s+)?
        (?P<m2>{_MONTH})\b\.?(?:,\s*|\s+|-)(?:de\s+)?
      | (?<!\d)(?P<a>\d{{1,2}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep)
    )$""",
    re.IGNORECASE | re.VERBOSE,
)
_CLOCK_AFTER: Final = re.compile(
    rf"\s*(?:,|\bat\b|@|-|–|—|\||·|•|/)?\s*{_clock('')}", re.IGNORECASE
)
# A time or a weekday before the date: "10:19am 19 December 2025", "Monday, 12 April 2022".
_BEFORE_DATE: Final = re.compile(
    rf"(?:{_clock('')}\s*(?:,|\bon\b|\||·|•|-|–)?\s*(?:{_WEEKDAY})?|{_WEEKDAY})$",
    re.IGNORECASE,
)
_GLUED_TIME: Final = re.compile(r"\d{1,2}:\d\d(?!\d)")
_DIGIT: Final = re.compile(r"\d")
_REACH: Final = 24
# A stretch full of numbers (a table, a hostile input) is read no further than this.
_MAX_YEARS: Final = 100
_SEPARATORS: Final = " ,|·•-–\u00a0"

_CUE: Final = re.compile(
    r"(?:\b|(?<=\d)|(?-i:(?<=[a-z])(?=[A-Z])))(?P<cue>first\s+published|originally\s+published|date\s+published|published|posted"
    r"|released|issued|created|veröffentlicht|publié|publicado|pubblicato|gepubliceerd"
    r"|last\s+updated|updated|last\s+modified|modified|edited|revised|reviewed"
    r"|aktualisiert|mis\s+à\s+jour|actualizado|aggiornato|bijgewerkt)"
    r"\b[^\w\n]{0,4}(?:(?:on|at|am|le|el|il)\b[^\w\n]{0,3}(?:the\s+)?)?[^\w\n]{0,3}$",
    re.IGNORECASE,
)
_CUE_HINT: Final = re.compile(
    r"(?i:publi|post|releas|issu|creat|veröff|gepubl|updat|modif|edit|revis|review|aktual|mis à"
    r"|actual|aggior|bijgew)"
)
_UPDATE_CUES: Final = frozenset(
    {"updated", "modified", "edited", "revised", "reviewed", "aktualisiert", "actualizado"}
    | {"aggiornato", "bijgewerkt", "mis à jour", "last updated", "last modified"}
)

RELATIVE: Final = re.compile(
    r"\b(?:\d+|an?|one)\s+(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in the text: where, what day, the time and zone if shown, its cue.

    `cue` is ``"published"``, ``"updated"`` or None (no cue word before it).
    """

    start: int
    end: int
    day: date
    clock: tuple[int, int, int] | None = None
    zone: str | None = None
    cue: str | None = None

    def iso(self, context: str = "") -> str:
        """ISO 8601: the day, or the time with its UTC offset when the zone is known.

        `context` (the page text) resolves ambiguous zone abbreviations.
        """
        if self.clock is None:
            return self.day.isoformat()
        local = datetime(self.day.year, self.day.month, self.day.day, *self.clock)
        zone = resolve_zone(self.zone, local, context) if self.zone else None
        return local.replace(tzinfo=zone).isoformat()


def _month(name: str) -> int:
    """The number of month `name`; 0 (no such month, the date is invalid) for other words."""
    return _MONTHS.get(name.lower(), 0)


def _int_day(text: str) -> int:
    """12 from "12", "12th", "2nd"."""
    digits = text[:2] if text[:2].isdigit() else text[:1]
    return int(digits)


@dataclass(frozen=True, slots=True)
class _Core:
    """A date's day part as matched: where it is and its numbers (day and month unresolved)."""

    start: int
    end: int
    year: int
    first: int  # month, or the first number of "12/04/2022"
    second: int  # day, or the second number
    numeric_sep: str | None = None  # "/" "." "-" for day-month-ambiguous forms


def _year_spans(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The first `_MAX_YEARS` four-digit years 19xx and 20xx in ``text[start:stop]``
    that are not inside longer numbers, in order."""
    # One pattern per century: a literal start is found much faster than "(?:19|20)".
    # Sorting the two lists of spans is cheaper than merging the matches in Python.
    found = sorted(
        [match.span() for pattern in _YEARS for match in pattern.finditer(text, start, stop)]
    )
    spans = []
    for at, end in found:
        # Digits glued after a year ("20228:23 PM", "20255 mins") are checked by the
        # date form around it.
        if at == 0 or not text[at - 1].isdigit():
            spans.append((at, end))
            if len(spans) == _MAX_YEARS:
                break
    return spans


def _year_last(text: str, year_start: int, year_end: int, floor: int) -> _Core | None:
    """A date ending at the year: "April 12, 2022", "12 Apr 2022", "12/04/2022"."""
    reach = max(floor, year_start - _REACH)
    # Every such date holds a day before its year: most years in a text ("in 2019",
    # "© 2025") have no digit before them, and need no search of the slower pattern.
    if _DIGIT.search(text, reach, year_start) is None:
        return None
    before = _BEFORE_YEAR.search(text, reach, year_start)
    # "DoeMarch 11, 2024": the word taken for a month may start too early; try later.
    while (
        before is not None
        and (before["m1"] or before["m2"])
        and not _month(before["m1"] or before["m2"])
    ):
        before = _BEFORE_YEAR.search(text, before.start() + 1, year_start)
    if before is None:
        return None
    year = int(text[year_start:year_end])
    if before["m1"] or before["m2"]:
        month = _month(before["m1"] or before["m2"])
        return _Core(before.start(), year_end, year, month, _int_day(before["d1"] or before["d2"]))
    glued = year_end < len(text) and text[year_end].isdigit()
    if glued and not _GLUED_TIME.match(text, year_end):
        return None  # "12/04/20225" is no date; "April 10, 20175 Tips" is one, glued
    first, second = int(before["a"]), int(before["b"])
    return _Core(before.start(), year_end, year, first, second, before["sep"])


def _year_first(text: str, year_start: int, year_end: int) -> _Core | None:
    """A date starting with the year: "2022-04-12", "2022/04/12", "2024 Jun 30"."""
    if year_end < len(text) and text[year_end].isdigit():
        return None
    match = _YEAR_FIRST.match(text, year_start, min(len(text), year_end + 12))
    if match is None:
        return None
    year = int(match["y"])
    if match["mn"]:
        month = _month(match["mn"])
        return _Core(year_start, match.end(), year, month, int(match["dn"])) if month else None
    return _Core(year_start, match.end(), year, int(match["m"]), int(match["d"]))


def _core_at(text: str, year_start: int, year_end: int, floor: int) -> _Core | None:
    """The date whose year is ``text[year_start:year_end]``, if the year belongs to one."""
    core = _year_last(text, year_start, year_end, floor)
    if core is not None and core.first:
        return core
    return _year_first(text, year_start, year_end)


def _clock_of(match: re.Match[str]) -> tuple[int, int, int] | None:
    """(hour, minute, second) of a `_clock` match, None when it is no time of day."""
    hour_text = match["h"] or match["hh"]
    if hour_text is None:
        return None
    hour, minute, second = int(hour_text), int(match["mi"] or 0), int(match["s"] or 0)
    meridiem = (match["ap"] or "").lower()
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem.startswith("p") else 0)
    return (hour, minute, second) if hour < 24 else None


def _time_after(text: str, core: _Core) -> tuple[int, tuple[int, int, int] | None, str | None]:
    """(end, clock, zone) of the time printed right after the date, if any."""
    limit = min(len(text), core.end + 40)
    iso = _ISO_TIME.match(text, core.end, limit) if core.numeric_sep is None else None
    if iso and text[core.start : core.start + 4].isdigit() and int(iso["h"]) < 24:
        return iso.end(), (int(iso["h"]), int(iso["mi"]), int(iso["s"] or 0)), iso["z"]
    after = _CLOCK_AFTER.match(text, core.end, limit)
    clock = _clock_of(after) if after else None
    if after and clock is not None:
        return core.end + len(text[core.end : after.end()].rstrip()), clock, after["z"]
    return core.end, None, None


def _time_before(
    text: str, start: int, floor: int
) -> tuple[int, tuple[int, int, int] | None, str | None]:
    """(start, clock, zone) of a time or weekday printed just before the date, if any."""
    tail = text[max(floor, start - 40) : start].rstrip(_SEPARATORS)
    if not tail or not (
        tail[-1].isdigit()
        or tail[-1] in "mM."
        or tail[-1].isupper()
        or tail[-3:].lower() in _WEEKDAY_ENDS
    ):
        return start, None, None
    before = _BEFORE_DATE.search(text, max(floor, start - 40), start)
    if before is None or before.start() == start:
        return start, None, None
    return before.start(), _clock_of(before), before["z"]


def _cue_before(text: str, start: int) -> str | None:
    line_start = text.rfind("\n", max(0, start - 40), start) + 1
    lo = max(line_start, start - 40)
    if not _CUE_HINT.search(text, lo, start):
        return None
    found = _CUE.search(text, lo, start)
    if not found:
        return None
    cue = " ".join(found["cue"].lower().split())
    return "updated" if cue in _UPDATE_CUES else "published"


def _resolve(core: _Core, day_first: bool) -> date | None:
    first, second = core.first, core.second
    # Slashes are month first unless the page shows otherwise; dots and dashes day first.
    day_first = day_first or core.numeric_sep in (".", "-")
    if core.numeric_sep is not None and (first > 12 or (second <= 12 and day_first)):
        first, second = second, first
    try:
        return date(core.year, first, second)
    except ValueError:
        return None


def _cores(text: str, start: int, stop: int) -> list[_Core]:
    cores: list[_Core] = []
    floor = start
    for year_start, year_end in _year_spans(text, start, stop):
        if year_start < floor:
            continue
        core = _core_at(text, year_start, year_end, floor)
        if core is not None and core.end <= stop:
            cores.append(core)
            floor = core.end
    return cores


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """The dates in ``text[start:end]``, in order, with offsets into `text`."""
    stop = len(text) if end is None else end
    cores = _cores(text, start, stop)
    # "19/12/2025" on the page says its "03/04/2025" is April 3, not March 4.
    day_first = any(c.numeric_sep == "/" and c.first > 12 for c in cores)
    mentions: list[DateMention] = []
    floor = start
    for core in cores:
        day = _resolve(core, day_first)
        if day is None:
            continue
        end_at, clock, zone = _time_after(text, core)
        begin, before_clock, before_zone = _time_before(text, core.start, floor)
        if clock is None and before_clock is not None:
            clock, zone = before_clock, before_zone
        mentions.append(DateMention(begin, end_at, day, clock, zone, _cue_before(text, begin)))
        floor = end_at
    return mentions
