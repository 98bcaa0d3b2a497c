"""Time-zone abbreviations and numeric offsets as printed on news pages.

An abbreviation can name several zones: "IST" is India, Israel or Irish
Standard Time, "CST" US Central or China, "PST" US Pacific or the
Philippines, "BST" British Summer Time or Bangladesh, "AST" Atlantic or
Arabia. Each abbreviation lists its readings, the usual one first. A reading
is kept only where it can be true on the page's date (tzdata says Dublin
writes "IST" in summer only, London "BST" likewise), and the page's own words
choose among those left: "IST" on a page about Lok Sabha votes and rupees is
India. Readings with an IANA zone take the offset the zone had on that date,
which is how "ET" becomes EST or EDT.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Final
from zoneinfo import ZoneInfo

__all__ = ["ABBREVIATIONS", "OFFSET", "Reading", "resolve_zone"]


@dataclass(frozen=True, slots=True)
class Reading:
    """One meaning of a zone abbreviation.

    `iana` names a zone whose offset depends on the date; otherwise `minutes`
    is a fixed offset east of UTC. `region` names the context words
    (`_REGION_WORDS`) that speak for this reading when there is a choice.
    """

    iana: str | None = None
    minutes: int = 0
    region: str | None = None


def _fixed(hours: float, region: str | None = None) -> Reading:
    return Reading(minutes=round(hours * 60), region=region)


def _iana(name: str, region: str | None = None) -> Reading:
    return Reading(iana=name, region=region)


# The usual reading first: it wins when the page gives no clue.
ABBREVIATIONS: Final[dict[str, tuple[Reading, ...]]] = {
    "UTC": (_fixed(0),),
    "GMT": (_fixed(0),),
    "UT": (_fixed(0),),
    "Z": (_fixed(0),),
    "IST": (
        _iana("Asia/Kolkata", "india"),
        _iana("Asia/Jerusalem", "israel"),
        _iana("Europe/Dublin", "ireland"),
    ),
    "IDT": (_fixed(3, "israel"),),
    "ET": (_iana("America/New_York"),),
    "EST": (_fixed(-5),),
    "EDT": (_fixed(-4),),
    "CT": (_iana("America/Chicago"),),
    "CST": (_fixed(-6), _fixed(8, "china")),
    "CDT": (_fixed(-5),),
    "MT": (_iana("America/Denver"),),
    "MST": (_fixed(-7),),
    "MDT": (_fixed(-6),),
    "PT": (_iana("America/Los_Angeles"),),
    "PST": (_fixed(-8), _fixed(8, "philippines")),
    "PDT": (_fixed(-7),),
    "AKST": (_fixed(-9),),
    "AKDT": (_fixed(-8),),
    "HST": (_fixed(-10),),
    "AT": (_iana("America/Halifax"),),
    "AST": (_fixed(-4, "atlantic"), _fixed(3, "arabia")),
    "ADT": (_fixed(-3),),
    "NST": (_fixed(-3.5),),
    "NDT": (_fixed(-2.5),),
    "BST": (_iana("Europe/London", "britain"), _fixed(6, "bangladesh")),
    "WET": (_fixed(0),),
    "WEST": (_fixed(1),),
    "CET": (_fixed(1),),
    "CEST": (_fixed(2),),
    "MEZ": (_fixed(1),),
    "MESZ": (_fixed(2),),
    "EET": (_fixed(2),),
    "EEST": (_fixed(3),),
    "MSK": (_fixed(3),),
    "WAT": (_fixed(1),),
    "CAT": (_fixed(2),),
    "SAST": (_fixed(2),),
    "EAT": (_fixed(3),),
    "GST": (_fixed(4),),
    "PKT": (_fixed(5),),
    "NPT": (_fixed(5.75),),
    "BDT": (_fixed(6),),
    "ICT": (_fixed(7),),
    "WIB": (_fixed(7),),
    "WITA": (_fixed(8),),
    "SGT": (_fixed(8),),
    "MYT": (_fixed(8),),
    "HKT": (_fixed(8),),
    "PHT": (_fixed(8),),
    "AWST": (_fixed(8),),
    "JST": (_fixed(9),),
    "KST": (_fixed(9),),
    "ACST": (_fixed(9.5),),
    "ACDT": (_fixed(10.5),),
    "AEST": (_fixed(10),),
    "AEDT": (_fixed(11),),
    "AET": (_iana("Australia/Sydney"),),
    "NZST": (_fixed(12),),
    "NZDT": (_fixed(13),),
    "NZT": (_iana("Pacific/Auckland"),),
    "BRT": (_fixed(-3),),
    "ART": (_fixed(-3),),
}

# Words that place a page in a region; counted only when a choice is needed.
_REGION_WORDS: Final[dict[str, re.Pattern[str]]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "india": r"\b(?:India|Indian|Indians|New Delhi|Delhi|Mumbai|Bengaluru|Bangalore|Kolkata"
        r"|Chennai|Hyderabad|Pune|Lucknow|Ahmedabad|Kerala|Punjab|Bihar|Gujarat|Maharashtra"
        r"|rupees?|crores?|lakhs?|Lok Sabha|Rajya Sabha|BJP|Bollywood|IPL|Modi|PTI|IANS)\b|₹",
        "israel": r"\b(?:Israel|Israeli|Israelis|Jerusalem|Tel Aviv|Haifa|shekels?|Knesset"
        r"|Netanyahu|IDF)\b",
        "ireland": r"\b(?:Ireland|Irish|Dublin|Cork|Galway|Limerick|Taoiseach|Dáil|Gardaí|Garda"
        r"|RTÉ)\b",
        "china": r"\b(?:China|Chinese|Beijing|Shanghai|Shenzhen|Guangzhou|yuan|renminbi|RMB"
        r"|Xinhua|Xi Jinping)\b",
        "philippines": r"\b(?:Philippines|Philippine|Filipinos?|Manila|Quezon City|Cebu|Davao"
        r"|pesos?|Marcos|Duterte)\b",
        "britain": r"\b(?:Britain|British|UK|England|English|London|Scotland|Wales"
        r"|Westminster|pounds?)\b|£",
        "bangladesh": r"\b(?:Bangladesh|Bangladeshi|Dhaka|Chattogram|Chittagong|taka)\b|৳",
        "atlantic": r"\b(?:Halifax|Nova Scotia|New Brunswick|Prince Edward Island|Puerto Rico"
        r"|San Juan|Bermuda|Caribbean)\b",
        "arabia": r"\b(?:Saudi|Riyadh|Jeddah|Mecca|Kuwait|Bahrain|Qatar|Doha|Iraq|Baghdad"
        r"|riyals?|dinars?)\b",
    }.items()
}

# The context read on a long page: its first and last characters.
_CONTEXT_HEAD: Final = 40_000
_CONTEXT_TAIL: Final = 20_000

# "+05:30", "+0530", "GMT+5:30", "UTC-4", "GMT +05:30".
OFFSET: Final = re.compile(
    r"(?:(?:GMT|UTC)\s?)?(?P<sign>[+-−])\s?(?P<hours>[01]?\d)(?::?(?P<minutes>[0-5]\d))?"
)


def _offset_zone(text: str) -> tzinfo | None:
    """The fixed zone of a numeric offset such as "+05:30" or "GMT-4"."""
    match = OFFSET.fullmatch(text.strip())
    if not match:
        return None
    minutes = int(match["hours"]) * 60 + int(match["minutes"] or 0)
    if minutes > 14 * 60:
        return None
    sign = -1 if match["sign"] in "-−" else 1
    return timezone(timedelta(minutes=sign * minutes))


@lru_cache(maxsize=64)
def _zoneinfo(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _zone_of(reading: Reading) -> tzinfo:
    if reading.iana:
        return _zoneinfo(reading.iana)
    return timezone(timedelta(minutes=reading.minutes))


def _possible(reading: Reading, abbreviation: str, local: datetime) -> bool:
    """Whether `reading` can be meant on `local`'s date (Dublin's "IST" is summer only)."""
    if reading.iana is None or len(ABBREVIATIONS[abbreviation]) == 1:
        return True
    return local.replace(tzinfo=_zoneinfo(reading.iana)).tzname() == abbreviation


def _region_score(region: str | None, context: str) -> int:
    """How many of `region`'s words the context holds (its head and tail, on a long page)."""
    if region is None:
        return 0
    words = _REGION_WORDS[region]
    head = sum(1 for _ in words.finditer(context, 0, _CONTEXT_HEAD))
    tail_start = max(_CONTEXT_HEAD, len(context) - _CONTEXT_TAIL)
    return head + sum(1 for _ in words.finditer(context, tail_start))


def resolve_zone(name: str, local: datetime, context: str = "") -> tzinfo | None:
    """The zone that `name` ("IST", "ET", "+05:30", "GMT+1") means on `local`'s date.

    `context` is the page text; its words choose between the readings of an
    ambiguous abbreviation. None when `name` is not a zone we know.
    """
    key = name.strip().upper().strip("()")
    readings = ABBREVIATIONS.get(key)
    if readings is None:
        return _offset_zone(key)
    possible = [reading for reading in readings if _possible(reading, key, local)] or list(readings)
    if len(possible) == 1 or not context:
        return _zone_of(possible[0])
    scores = [_region_score(reading.region, context) for reading in possible]
    best = max(range(len(possible)), key=lambda index: (scores[index], -index))
    return _zone_of(possible[best])
