"""Numbers that are not figures: dates, times, years, names, phone numbers, list numbers.

Each rule looks at the text around an amount; `not_a_figure` says why an
amount is not a figure (a short reason code), or ``None`` when it is one.
News text is full of numbers that count nothing: "April 12, 2022", "01:09
IST", "Russia 24", "G7", "COVID-19", "the S&P 500", "Section 427", "+44 20
7946 0958", the "3." of a numbered list, a byline's "Jane Roe, 34".
"""

from __future__ import annotations

import re

from newstrace.analyze.figures.numbers import Amount
from newstrace.analyze.figures.units import unit_after


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


__all__ = ["not_a_figure"]

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_BEFORE = re.compile(rf"\b{_MONTH}\s*$|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*$")
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}(?!\w)")
_NUMERIC_DATE = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$|^\d{1,2}/\d{1,2}$")
_TIME_AFTER = re.compile(
    r"^(?:[:.]\d{2}(?:[:.]\d{2})?)?\s*(?:[ap]\.?m\.?|o'clock|GMT|UTC|IST|CET|CEST|EST|EDT|PST"
    r"|PDT|BST|hrs|h\d\d)(?![A-Za-z])",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"^\d{1,2}[:]\d{2}")
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z][\w&/.'’-]*?)(?P<gap>\s?-\s?|\s|)$")
_NOT_NAME_WORDS = _words(
    "USD EUR GBP AUD CAD INR JPY CNY HKD SGD CHF NZD "
    "US U.S. C A AU HK S NZ R RM Rs PS Y I A The In On At By For From To About Around Some "
    "Nearly Almost Over Under Up More Less Only Just Roughly Approximately Between And Of With "
    "Than Additionally Meanwhile But Yet Since After Before Until Every Each Another Exactly "
    "Precisely Fewer Those These All Estimated Still Then Now Today Yesterday While When If "
    "Overall Altogether Total Below Above Last Next First Another Another Almost Only Just "
    "Nearly Some Barely Its It Their His Her Our We They He She You Those At Least Most Top"
)
_PHONE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){2,4}"
    r"|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}-\d{4}\b"
)
_VERSION = re.compile(r"^\.\d+\.\d+|^\.\d+[a-z]")
_FURNITURE = re.compile(
    r"^\s*(?:\d+\s+(?:comments?|shares?|views?|likes?|replies|reactions|photos|images|videos)"
    r"|\d+\s+min(?:ute)?s?\s+read|(?:page|photo|image|slide|part)\s+\d+\s+of\s+\d+|\d+\s*/\s*\d+)\s*$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^\s*By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\b", re.MULTILINE)


_ADDRESS_AFTER = re.compile(
    r"\s+(?:[A-Z][\w.]*\s+){1,3}(?:St|Street|Road|Rd|Ave|Avenue|Way|Lane|Ln|Boulevard|Blvd"
    r"|Drive|Dr|Place|Pl|Square|Sq)\b"
)


def _line_at(text: str, start: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return line_start, len(text) if line_end < 0 else line_end


def _is_year(text: str, amount: Amount) -> bool:
    written = text[amount.start : amount.end]
    if not re.fullmatch(r"1[5-9]\d\d|20\d\d|'\d\d", written):
        return False
    after = text[amount.end : amount.end + 12]
    unit = unit_after(text, amount.end)
    if unit is not None and len(text[amount.end : unit[1]].strip()) > 1:
        return False  # "1800 sq m", "2000 metres": a measure, not a year
    counts = re.match(r"\s*(?:[a-z]+s\b|%|per|km|kg|mph|rpm|feet|people)", after)
    return not counts or bool(re.match(_FUNCTION_WORDS_IN_S, after))


_FUNCTION_WORDS_IN_S = re.compile(
    r"\s*(?:as|was|is|has|his|this|its|us|yes|plus|thus|less|unless|whereas|versus|across"
    r"|towards|afterwards|upwards|was|does|goes)\b"
)


def _is_year_range(text: str, amount: Amount) -> bool:
    """ "between 2014 and 2017", "2015-16", "A.D. 1066 and 1087": a span of years."""
    assert amount.low is not None and amount.high is not None
    if amount.scale != 1.0 or not re.search(r"\d\s*$", text[amount.start : amount.end]):
        return False  # "1 to 2 thousand", "$1,500 to $2,000"
    if _COUNTS_AFTER.match(text, amount.end) or unit_after(text, amount.end) is not None:
        return False  # "from 1500 to 2000 workers"
    low, high = amount.low, amount.high
    if (
        low != int(low)
        or high != int(high)
        or re.search(r"[$€£¥,]", text[amount.start : amount.end])
    ):
        return False
    return (1000 <= low <= 2100 and 1000 <= high <= 2100) or (1000 <= low <= 2100 and high < 100)


_COUNTS_AFTER = re.compile(r"\s*(?:[a-z]+s\b|people)")


def _is_name_number(text: str, amount: Amount) -> bool:
    """A number that is part of a name: "Russia 24", "G7", "COVID-19", "S&P 500"."""
    before = text[max(0, amount.start - 30) : amount.start]
    match = _WORD_BEFORE.search(before)
    if not match:
        return False
    word, gap = match["word"], match["gap"]
    if word in _NOT_NAME_WORDS or word.rstrip(".") in _NOT_NAME_WORDS:
        return False
    if re.match(r"\s*(?:%|per\s?cent|percent)", text[amount.end : amount.end + 12]):
        return False
    if word.lower() in ("sub", "over", "under", "about", "around", "minus", "mid", "top"):
        return False
    if gap in ("", "-", " -"):
        return True  # "G7", "COVID-19", "last-16", "XR-7"
    unit = unit_after(text, amount.end)
    if unit is not None and len(text[amount.end : unit[1]].strip()) > 1:
        return False  # "Aspirin 300mg", "Solar 400 megawatt plant"
    return any(c.isupper() for c in word)


def not_a_figure(text: str, amount: Amount) -> str | None:
    """Why `amount` is not a figure (``date``, ``time``, ``year``, ``name``, ...), or None."""
    start, end = amount.start, amount.end
    written = text[start:end]
    if amount.low is not None and amount.high is not None and _is_year_range(text, amount):
        return "year"
    before = text[max(0, start - 30) : start]
    after = text[end : end + 30]
    if amount.low is not None and _TIME_AFTER.match(after):
        return "time"  # "from 9.30am to 5pm"
    if amount.value is not None and not amount.in_words:
        if _ORDINAL_AFTER.match(after) or re.match(r"\s*(?:st|nd|rd|th)\b", after):
            return "ordinal"
        if _DATE_BEFORE.search(before) or _DATE_AFTER.match(after):
            return "date"
        if re.search(r"\d[/.-]$", before) or re.match(r"[/.-]\d", after):
            token = re.search(r"[\d/.-]*$", before)
            tail = re.match(r"(?:[/.-]\d+)*", after)
            whole = (token.group() if token else "") + written + (tail.group() if tail else "")
            if _NUMERIC_DATE.match(whole) or _VERSION.match(after):
                return "date"
        if _TIME_AFTER.match(after) or _CLOCK.match(text[start : start + 5]):
            return "time"
        if re.search(r"\d[:.]$", before) and _TIME_AFTER.match(after):
            return "time"
        if _is_year(text, amount):
            return "year"
        if re.match(r"s\b", after) and re.fullmatch(r"\d{2,4}", written):
            return "decade"
    if _is_name_number(text, amount):
        return "name"
    if re.search(r"[A-Z][a-z]+\s\($", before) and after.startswith(")"):
        return "name"  # "Jane Roe (7)": a shirt number
    if amount.low is None and (re.match(r"[-–]\d", after) or re.search(r"\d[-–]$", before)):
        return "score"  # "won 2-1", "tied 3-3", "ISO 1234-5"; ranges were joined already
    if _ADDRESS_AFTER.match(after):
        return "address"
    line_start, line_end = _line_at(text, start)
    if text[line_start:start].strip() in ("", "No.") and re.match(r"[.)]\s", after):
        return "list-number"
    if _FURNITURE.match(text[line_start:line_end]):
        return "page-furniture"
    byline = _BYLINE.match(text, line_start, line_end)
    if byline and line_end - line_start < 100:
        return "byline"
    for phone in _PHONE.finditer(text, max(0, start - 20), min(len(text), end + 20)):
        digits = sum(c.isdigit() for c in phone.group())
        inside = phone.start() <= start and end <= phone.end()
        if inside and digits >= 7 and not re.search(r"\d,\d{3}", phone.group()):
            return "phone"
    return None
