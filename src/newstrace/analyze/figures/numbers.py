"""Numbers as written in news text, found and normalised without a parse.

`find_amounts` scans a text for numerals ("4.5", "27,349.19", "1.2bn", "35m"),
number words ("twenty-five", "four to five thousand", "a dozen"), fractions
("half", "three-quarters", "one out of three") and vague amounts ("thousands",
"tens of thousands"), and joins two amounts into a range where the text says
so ("between 10 and 20", "10-20", "from $3bn to $5bn"). What the number counts,
its unit and its qualifier are found by the other modules of this package.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

__all__ = ["Amount", "find_amounts", "magnitude_bounds", "parse_number_words"]


@dataclass(frozen=True, slots=True)
class Amount:
    """One number in a text: `[start, end)` offsets and its normalised value.

    `scale` is the multiplier word's factor ("million" -> 1e6), so a range can
    share it ("four to five thousand"). `vague` amounts carry a `magnitude`
    ("thousands") and no value; ranges carry `low` and `high`.
    """

    start: int
    end: int
    value: float | None
    scale: float = 1.0
    low: float | None = None
    high: float | None = None
    magnitude: str | None = None
    in_words: bool = False


_SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
_ABBREVIATED_SCALES = {
    "k": 1e3,
    "mn": 1e6,
    "mln": 1e6,
    "mil": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "m": 1e6,
    "b": 1e9,
}
_VAGUE = {"dozens": 12.0, "scores": 20.0, "tens": 10.0, "hundreds": 1e2}
_VAGUE |= {"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}
_FRACTIONS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "tenth": 10,
    "tenths": 10,
}

_NUMBER_WORD = "|".join(sorted(_SMALL, key=len, reverse=True))
_SCALE_WORD = "|".join(_SCALES)
_WORD_SEQUENCE = re.compile(
    rf"\b(?:(?:{_NUMBER_WORD})(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD}|{_SCALE_WORD}))*"
    rf"|an?\s+(?:{_SCALE_WORD})(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD}|{_SCALE_WORD}))*)"
    r"(?:\s+and\s+a\s+half)?\b",
    re.IGNORECASE,
)
_DIGITS = re.compile(
    r"(?:(?<=PS)|(?<=RM)|(?<=\$US)|(?<=\$A)|(?<=Rs)|(?<=USD)|(?<=EUR)|(?<=GBP)|(?<=AUD)|(?<=CAD)|(?<=INR)|(?<=JPY)|(?<=CNY)|(?<=HKD)|(?<=SGD)|(?<=CHF)|(?<=NZD)|(?<![\w.,/:]))(?P<sign>(?:[-−]|\bminus[\s-]?)(?=\d))?(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?![\d,]\d)"
    r"(?:\s?[×x]\s?10\^?(?P<exponent>[−-]?\d+))?"
    r"(?P<scale>\s?(?:thousand|million|billion|trillion)\b|(?:k|mn|mln|mil|bn|bln|tn|trn|m|b)\b"
    r"|[MBK](?=\b|[^\w]))?",
)
_SCALE_AFTER_WORDS = re.compile(rf"(?:\s*(?:{_SCALE_WORD})\b)+", re.IGNORECASE)
_VAGUE_PHRASE = re.compile(
    r"\b(?:dozens|scores|tens|hundreds|thousands|millions|billions|trillions)"
    r"(?:\s+(?:of\s+)?(?:thousands|millions|billions|trillions))*\b(?=\s+(?:of|more|upon)\b)",
    re.IGNORECASE,
)
_DOZEN = re.compile(
    rf"\b(?:(?P<count>a|{_NUMBER_WORD}|\d+)\s+)?(?:baker'?s\s+)?dozen\b(?!s)", re.IGNORECASE
)
_FRACTION = re.compile(
    rf"\b(?P<top>a|one|{_NUMBER_WORD})[\s-]+(?P<bottom>halves|half|thirds?|quarters?|fourths?"
    r"|fifths?|tenths?)\b(?!-)"
    rf"|\b(?P<num>one|{_NUMBER_WORD}|\d+)\s+(?:out\s+of|in)\s+(?P<den>{_NUMBER_WORD}|\d+)\b"
    r"(?=\s+[A-Za-z])"
    r"|(?<!first\s)(?<!second\s)(?<!this\s)(?<!last\s)(?<!next\s)\b(?P<half>half)\b(?=\s+(?:of|the|a|an|their|its|his|her|our|all|them|which)\b)",
    re.IGNORECASE,
)
_CURRENCY_PREFIX = r"(?:(?:US|C|A|AU|HK|S|NZ)\s?[$€£¥]|[$€£¥](?:US|A|C)?|PS|RM|USD|EUR|GBP|AUD)?"
_RANGE_JOIN = re.compile(
    r"\s*(?P<unit>%|per\s?cent|percent|[A-Za-z]{1,3}(?:/[a-z]{1,2})?\s)?\s*(?:-|–|—|\bto\b|\band\b|\bor\b)\s*"
    rf"{_CURRENCY_PREFIX}\s*$",
    re.IGNORECASE,
)


def parse_number_words(words: str) -> float | None:
    """The value of a number written in words ("two hundred and fifty thousand")."""
    total, current = 0.0, 0.0
    seen = False
    half = False
    cleaned = words.lower()
    if cleaned.endswith("and a half"):
        half = True
        cleaned = cleaned[: -len("and a half")]
    for word in re.split(r"[\s-]+", cleaned):
        if not word or word == "and":
            continue
        if word in ("a", "an"):
            current = current or 1.0
            seen = True
        elif word in _SMALL:
            tens_then_unit = current % 10 == 0 and current % 100 >= 20 and _SMALL[word] < 10
            if current % 100 and not tens_then_unit:
                return None  # "one one", "nineteen ninety": not one number
            current += _SMALL[word]
            seen = True
        elif word in _SCALES:
            scale = _SCALES[word]
            if scale == 100:
                current = (current or 1.0) * scale
            else:
                total += (current or 1.0) * scale
                current = 0.0
            seen = True
        else:
            return None
    if not seen:
        return None
    value = total + current
    return value + 0.5 if half else value


def magnitude_bounds(magnitude: str) -> tuple[float, float] | None:
    """The range a vague amount spans: "thousands" -> (1e3, 1e4), "dozens" -> (12, 120)."""
    words = [w for w in magnitude.lower().split() if w != "of"]
    if not words or any(w not in _VAGUE for w in words):
        return None
    low = 1.0
    for word in words:
        low *= _VAGUE[word]
    return low, low * 10


def _scale_of(text: str) -> float:
    scale = 1.0
    for word in text.lower().split():
        scale *= _SCALES.get(word) or _ABBREVIATED_SCALES.get(word, 1.0)
    return scale


def _digit_amounts(text: str) -> list[Amount]:
    amounts = []
    for match in _DIGITS.finditer(text):
        number = float(match["number"].replace(",", ""))
        if match["sign"]:
            number = -number
        scale_text = match["scale"] or ""
        end = match.end()
        if scale_text.strip() == "m" and not _million_m(text, match.start(), end):
            scale_text, end = "", match.end("number")
        elif not scale_text:
            words = _SCALE_AFTER_WORDS.match(text, end)
            if words:
                scale_text, end = words.group(), words.end()
        scale = _scale_of(scale_text)
        if match["exponent"]:
            number = float(f"{number}e{match['exponent'].replace('−', '-')}")
        amounts.append(Amount(match.start(), end, number * scale, scale))
    for match in _SLASH_FRACTION.finditer(text):
        top, bottom = float(match["top"]), float(match["bottom"])
        if not bottom or (match["whole"] and top >= bottom):
            continue
        value = float(match["whole"] or 0) + top / bottom  # "10 1/2 miles"
        amounts.append(Amount(match.start(), match.end(), value))
    return amounts


_SLASH_FRACTION = re.compile(
    r"(?<![\w/])(?:(?P<whole>\d{1,4})\s+)?(?P<top>\d{1,2})\s?[/⁄](?P<bottom>\d{1,3})"
    r"(?=\s+of\b|\s*%|\s+(?:an?\s+)?(?:pound|pint|cup|teaspoon|tablespoon|mile|inch|litre|liter"
    r"|hour|gallon|kilo|point|percent|share|acre|cent)s?\b)"
)


_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:US|USD|EUR|GBP|RM|Rs)\s?)\s*$")


def _million_m(text: str, start: int, end: int) -> bool:
    """Whether the "m" after a numeral means million ("£35m", "35m of its") rather than metres."""
    before = text[max(0, start - 8) : start]
    if _CURRENCY_BEFORE.search(before) or re.search(r"\b(?:PS|p)$", before):
        return True
    # without a currency, "m" is million before what it counts ("35m of its phones",
    # "2m tonnes"), and metres otherwise ("the 100m", "a 30m tower")
    return bool(re.match(r"\s+(?:of\b|(?:[a-z]+\s+){0,2}[a-z]+s\b)", text[end : end + 40]))


def _word_amounts(text: str) -> list[Amount]:
    amounts = []
    for match in _WORD_SEQUENCE.finditer(text):
        written = match.group()
        # "and" joins parts of one number only after a scale ("two hundred and fifty");
        # "five- and six-cylinder" is two numbers
        loose_and = re.search(
            r"(?<!hundred)(?<!thousand)(?<!million)(?<!billion)-?\s+and\s", written
        )
        if loose_and and not written.lower().endswith("and a half"):
            written = written[: loose_and.start()]
        value = parse_number_words(written)
        if value is None:
            continue
        scale = 1.0
        last = re.split(r"[\s-]+", written.lower())[-1]
        if last in _SCALES and last != "hundred":
            scale = _SCALES[last]
        end = match.start() + len(written)
        amounts.append(Amount(match.start(), end, value, scale, in_words=True))
    return amounts


def _vague_amounts(text: str) -> list[Amount]:
    amounts = []
    for match in _VAGUE_PHRASE.finditer(text):
        magnitude = " ".join(match.group().lower().split())
        amounts.append(Amount(match.start(), match.end(), None, magnitude=magnitude))
    return amounts


def _dozens_and_fractions(text: str) -> list[Amount]:
    amounts = []
    for match in _DOZEN.finditer(text):
        count = (match["count"] or "a").lower()
        factor = float(count) if count.isdigit() else parse_number_words(count) or 1.0
        amounts.append(Amount(match.start(), match.end(), 12.0 * factor, in_words=True))
    for match in _FRACTION.finditer(text):
        if match["half"]:
            value = 0.5
        elif match["bottom"]:
            top = 1.0 if match["top"].lower() == "a" else parse_number_words(match["top"]) or 1.0
            value = top / _FRACTIONS[match["bottom"].lower()]
        else:
            num = _word_or_digits(match["num"])
            den = _word_or_digits(match["den"])
            if not den:
                continue
            value = num / den
        amounts.append(Amount(match.start(), match.end(), value, in_words=True))
    return amounts


def _word_or_digits(text: str) -> float:
    return float(text) if text.isdigit() else parse_number_words(text) or 0.0


def _without_overlaps(amounts: list[Amount]) -> list[Amount]:
    """Keep the longest amount where several overlap, in text order."""
    kept: list[Amount] = []
    for amount in sorted(amounts, key=lambda a: (a.start, -(a.end - a.start))):
        if kept and amount.start < kept[-1].end:
            continue
        kept.append(amount)
    return kept


def _join_ranges(text: str, amounts: list[Amount]) -> list[Amount]:
    """Join "A to B", "A-B", "between A and B", "from A to B" into one range."""
    joined: list[Amount] = []
    index = 0
    while index < len(amounts):
        first = amounts[index]
        second = amounts[index + 1] if index + 1 < len(amounts) else None
        if second is not None and _is_range(text, first, second):
            low, high = first.value, second.value
            assert low is not None and high is not None
            if first.scale == 1.0 and second.scale > 1.0 and low * second.scale <= high:
                low *= second.scale
            start = first.start
            window = text[max(0, start - 20) : start]
            before = re.search(rf"\b(?:between|from)\s+{_CURRENCY_PREFIX}\s*$", window, re.I)
            if before:
                start -= len(window) - before.start()
            joined.append(
                replace(first, start=start, end=second.end, value=None, low=low, high=high)
            )
            index += 2
            continue
        joined.append(first)
        index += 1
    return joined


def _is_range(text: str, first: Amount, second: Amount) -> bool:
    if first.value is None or second.value is None:
        return False
    if second.start - first.end > 30:
        return False
    between = text[first.end : second.start]
    join = _RANGE_JOIN.match(between)
    if not join:
        return False
    unit_between = (join["unit"] or "").strip()
    if unit_between and not text[second.end : second.end + 20].lstrip().startswith(unit_between):
        return False  # "up 5 per cent to $12": a change and a price, not a range
    if re.search(r"[$€£¥]", between) and not re.search(
        r"[$€£¥](?:US|A|C)?\s*$", text[max(0, first.start - 6) : first.start]
    ):
        return False
    words = re.sub(r"[$€£¥]", " ", between).lower().split()
    words = [w for w in words if w not in ("us", "c", "a", "au", "hk", "s", "nz", "ps", "rm")]
    word = words[-1] if words else ""
    before = text[max(0, first.start - 30) : first.start]
    low, high = first.value, second.value
    if first.scale == 1.0 and second.scale > 1.0 and low * second.scale <= high:
        low *= second.scale
    if word.endswith("and"):
        return bool(re.search(rf"\bbetween\s+{_CURRENCY_PREFIX}\s*$", before, re.I))
    if word.endswith("or"):
        return first.in_words and second.in_words and low < high
    if word[-1:] in ("-", "–", "—"):
        if 1000 <= low <= 2100 and 0 <= high < 100:
            return True  # "2015-16": years, dropped later
        # "2-2" is a score; "10-20" and "2015-16" are ranges (years are dropped later)
        return low < high and not re.search(r"[A-Za-z]-?$", before)
    if re.search(rf"\bfrom\s+{_CURRENCY_PREFIX}\s*$", before, re.I):
        return True  # "from 3.1 percent to 2.9 percent": the change, as a pair
    if re.search(r"\b(?:by|in)\s+\S*$", before, re.I):
        return False  # "rose by 5% to 20%", "in 2020 to 2 million": a change and a level
    return low < high and (low == 0 or low * 100 >= high)


def find_amounts(text: str) -> list[Amount]:
    """Every number in `text` (numerals, words, fractions, vague amounts), ranges joined."""
    found = (
        _digit_amounts(text)
        + _word_amounts(text)
        + _vague_amounts(text)
        + _dozens_and_fractions(text)
    )
    finite = [a for a in found if a.value is None or math.isfinite(a.value)]
    return _join_ranges(text, _without_overlaps(finite))
