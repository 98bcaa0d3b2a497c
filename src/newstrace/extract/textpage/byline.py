"""The byline and the publication date near a text page's headline.

Both are looked for in a small zone of lines around the headline. A byline is
a line with an explicit cue ("By Jane Roe", "Author: ..."), a "By" line and
the name on the next line, what is left of a date line once the date is cut
("FP Staff April 12, 2022 01:09:52 IST"), or a name on its own next to a date.
The publication date is the date with a "Published" cue if there is one, else
the first date without a cue nearest the headline, else an "Updated" date.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Final

from newstrace.extract.authors import (
    CUE_STARTS,
    CUE_WORD_CHARS,
    CUE_WORDS,
    byline_cue,
    clean_byline,
    looks_like_given_name,
)
from newstrace.extract.dates import RELATIVE, DateMention, find_dates
from newstrace.extract.textpage.lines import Line, PageLines

__all__ = [
    "Byline",
    "cue_lines",
    "cued_date",
    "find_byline",
    "other_byline",
    "pick_date",
    "relative_only",
    "zone_dates",
]

# What is left of a date line around the date that is not a name.
_DATE_WORDS: Final = re.compile(
    r"(?-i:(?<=[a-z])(?:Published|Updated|Posted|Modified))"
    r"|\b(?:first\s+|originally\s+|last\s+)?(?:published|posted|updated|modified|created|released"
    r"|date|on|at|in)\b:?|\b\d+\s*(?:min(?:ute)?s?|hrs?)\s*read\b|\bread(?:ing)?\s+time\b"
    r"|\b\d+\s+comments?\b|\bcomments?\b",
    re.IGNORECASE,
)
# A date line: what is left besides the date is at most this long (a byline, a label).
_DATE_LINE_REST: Final = 80
# ... or the date comes first in it ("Monday, August 11th, 2025 at 11:00 am | Categories: ...").
_DATE_LINE_LEAD: Final = 40
# Costs of a date's place, in lines from the headline (see `_cost`).
_BEFORE_COST: Final = 0.5
_CUE_BONUS: Final = 2.0
_SENTENCE_COST: Final = 3.0
# Stems of "Published", "Posted", "Updated", "Modified" in any case but all capitals.
_CUE_STEMS: Final = ("ublished", "osted", "pdated", "odified")
_CUE_REACH: Final = 60
_MAX_CUE_TRIES: Final = 10
# A name on a line of its own: at most this long, and this many lines from a date.
_NAME_LINE_CHARS: Final = 80
# A byline with a date on it is at most this long.
_DATE_LINE_CHARS: Final = 300
_NAME_REACH: Final = 3
# A first name alone ("Stefan") is taken at most this many lines after the headline.
_GIVEN_NAME_REACH: Final = 3
_NAME_EDGES: Final = " |•·,:;-–—"
_BY_INSIDE: Final = re.compile(r"\bby\b\s*:?\s*(?P<rest>[^|]+)", re.IGNORECASE)
_TRAILING_DATE_WORDS: Final = re.compile(
    r"(?:(?-i:(?<=[a-z])(?:Published|Updated|Posted|Modified))|\b(?:first\s+|originally\s+"
    r"|last\s+)?(?:published|posted|updated|modified|created|date|on|at)\b|[\s:|•·,–—-])+$",
    re.IGNORECASE,
)
# A line that only announces the byline on the next line.
_BARE_CUES: Final = frozenset(
    f"{cue}{colon}"
    for cue in (
        "by",
        "author",
        "written by",
        "posted by",
        "article by",
        "article written by",
        "about the author",
    )
    for colon in ("", ":")
)
# Lower-casing never shortens a text: longer lines need not be lower-cased to be ruled out.
_BARE_CUE_CHARS: Final = max(map(len, _BARE_CUES))


def _bare_cue(text: str) -> bool:
    """Whether `text` only announces the byline on the next line ("By", "Author:")."""
    return len(text) <= _BARE_CUE_CHARS and text.lower() in _BARE_CUES


@dataclass(frozen=True, slots=True)
class Byline:
    """The authors found and the lines they came from."""

    authors: tuple[str, ...]
    lines: tuple[int, ...]


def zone_dates(page: str, lines: PageLines, lo: int, hi: int) -> list[DateMention]:
    """The dates printed on lines ``lo..hi-1``."""
    if hi <= lo:
        return []
    return find_dates(page, lines.starts[lo], lines.end(hi - 1))


def _date_line_names(line: Line, dates: list[DateMention], near_title: bool) -> tuple[str, ...]:
    """The names on a date line: after its "by" if it has one, else what is left; a name
    given alone ("Susan December 9, 2024") only on a line just after the headline."""
    rest = _without_dates(line, dates)
    after_by = _BY_INSIDE.search(rest)
    if after_by is not None:
        return clean_byline(after_by["rest"], lenient=True)
    names = clean_byline(rest)
    if names or not near_title:
        return names
    alone = rest.strip(_NAME_EDGES)
    return (alone,) if looks_like_given_name(alone) else ()


def _without_dates(line: Line, dates: list[DateMention]) -> str:
    """The line's text with its dates, date cues, reading times and counts blanked."""
    text = line.text
    for mention in reversed(dates):
        if line.start <= mention.start < line.end:
            start, end = mention.start - line.start, min(mention.end, line.end) - line.start
            text = f"{text[:start]} | {text[end:]}"
    return _DATE_WORDS.sub(" | ", text)


def _cut_at_date(line: Line, rest: str, dates: list[DateMention]) -> str:
    """`rest` (the end of the line's text) up to its first date, less the words before
    that date ("Matt Eland on", "Rebecca NorrisPublished:")."""
    offset = line.end - len(rest)
    for mention in dates:
        if offset <= mention.start < line.end:
            return _TRAILING_DATE_WORDS.sub("", rest[: mention.start - offset])
    return rest


def _explicit(lines: PageLines, index: int, dates: list[DateMention]) -> tuple[str, ...]:
    line = lines[index]
    if _bare_cue(line.text) and index + 1 < len(lines):
        following = lines[index + 1]
        return clean_byline(_cut_at_date(following, following.text, dates), lenient=True)
    rest = byline_cue(line.text)
    if rest is None:
        return ()
    return clean_byline(_cut_at_date(line, rest, dates), lenient=True)


def _date_lines(lines: PageLines, dates: list[DateMention], lo: int, hi: int) -> set[int]:
    found: set[int] = set()
    index = lo
    for mention in dates:
        while index < hi and lines.end(index) <= mention.start:
            index += 1
        if index < hi:
            found.add(index)
    return found


def _near(dated: set[int], reach: int) -> set[int]:
    """The lines at most `reach` lines from a date line."""
    return {index + offset for index in dated for offset in range(-reach, reach + 1)}


def _name_line(
    lines: PageLines,
    index: int,
    title: int | None,
    dated: set[int],
    near: tuple[set[int], set[int]],
) -> tuple[str, ...]:
    """Names on a line of their own next to the headline or a date ("Jane Roe, Staff Writer").

    `near` is (`_near(dated, 1)`, `_near(dated, _NAME_REACH)`), made once per zone.
    """
    text = lines.texts[index]
    if len(text) > _NAME_LINE_CHARS or index == title or not text[0].isupper():
        return ()
    near_list, near_line = near
    # A list item ("• Jane Roe • May 5, 2024") only right next to the headline or a date.
    if index - 1 != title and index not in (near_list if lines.bullets[index] else near_line):
        return ()
    names = clean_byline(text)
    # A name given alone ("Stefan") only just after the headline (and its standfirst),
    # next to a date.
    if not names and _just_after(index, title) and (index + 1 in dated or index - 1 in dated):
        return (text,) if looks_like_given_name(text) else ()
    return names


def _just_after(index: int, title: int | None) -> bool:
    return title is not None and 0 < index - title <= _GIVEN_NAME_REACH


def find_byline(
    lines: PageLines, lo: int, hi: int, title: int | None, dates: list[DateMention]
) -> Byline:
    """The byline among lines ``lo..hi-1`` (the headline is line `title`).

    An explicit byline first (after the headline before one before it), then
    the names left on a date line, then a name on a line of its own.
    """
    # After the headline first, then before it.
    if title is None:
        order = list(range(lo, hi))
    else:
        order = [*range(max(lo, title), hi), *range(lo, min(hi, title))]
    texts = lines.texts
    for index in order:
        text = texts[index]
        # `_explicit` finds nothing on other lines: a cheap test before the call.
        if index != title and (text[:2] in CUE_STARTS or _bare_cue(text)):
            names = _explicit(lines, index, dates)
            if names:
                bare = _bare_cue(text)
                return Byline(names, (index, index + 1) if bare else (index,))
    dated = _date_lines(lines, dates, lo, hi)
    for index in sorted(dated, key=lambda i: (title is not None and i < title, i)):
        if len(texts[index]) > _DATE_LINE_CHARS:
            continue
        names = _date_line_names(lines[index], dates, _just_after(index, title))
        if names:
            return Byline(names, (index,))
    near = (_near(dated, 1), _near(dated, _NAME_REACH))
    for index in order:
        names = _name_line(lines, index, title, dated, near)
        if names:
            return Byline(names, (index,))
    return Byline((), ())


def cue_lines(texts: list[str], start: int, stop: int) -> list[int]:
    """The indices of lines ``start..stop-1`` that start as an explicit byline may: with
    a cue word in any letter case ("By", "Written", "AUTHOR": `CUE_STARTS`, `CUE_WORDS`).

    Only these lines can hold a cue (`byline_cue`) or announce a byline (`_bare_cue`).
    """
    reach, words = CUE_WORD_CHARS, CUE_WORDS
    return [
        i
        for i, text in enumerate(texts[start:stop], start)
        if (opening := text[:2]) in CUE_STARTS
        and text[:reach].lower().startswith(words[opening.lower()])
    ]


def other_byline(
    page: str, lines: PageLines, zone: tuple[int, int], title: int | None, cued: list[int]
) -> Byline:
    """An explicit byline outside the header zone, on one of the `cued` lines (`cue_lines`
    from where to look on): an author box at the article's end, or a byline above a
    headline that was missed.

    Only "By ...", "Written by ...", "Author: ..." lines count, the first one.
    """
    lo, hi = zone
    for index in cued:
        text = lines.texts[index]
        if index == title or lo <= index < hi:
            continue
        if _bare_cue(text) or byline_cue(text) is not None:
            end = lines.end(min(index + 1, len(lines.texts) - 1))
            names = _explicit(lines, index, find_dates(page, lines.starts[index], end))
            if names:
                bare = _bare_cue(text)
                return Byline(names, (index, index + 1) if bare else (index,))
    return Byline((), ())


def _cost(
    lines: PageLines, starts: list[int], lo: int, mention: DateMention, title: int
) -> float | None:
    """How unlikely `mention` is the article's date; None when it reads as part of a sentence.

    Nearer the headline is likelier (after it more than before), a "Published" cue
    and a line of its own likelier still. `starts` are the offsets of lines ``lo..``.
    """
    index = bisect_right(starts, mention.start) - 1 + lo
    rest = len(lines.texts[index]) - (mention.end - mention.start)
    leads = mention.start - lines.starts[index] <= _DATE_LINE_LEAD
    if mention.cue is None and rest > _DATE_LINE_REST and not leads:
        return None
    distance = index - title
    cost = float(distance if distance >= 0 else _BEFORE_COST - distance)
    if mention.cue == "published":
        cost -= _CUE_BONUS
    if rest > _DATE_LINE_REST:
        cost += _SENTENCE_COST
    return cost


def pick_date(
    lines: PageLines, zone: tuple[int, int], dates: list[DateMention], title: int
) -> tuple[DateMention | None, DateMention | None]:
    """(published, updated) among the `dates` of lines ``zone``; `title` is the headline's.

    The published date is the likeliest by `_cost` of the dates that are not
    "Updated" ones, else the likeliest "Updated" one.
    """
    lo, hi = zone
    starts = lines.starts[lo:hi]
    costed = [(_cost(lines, starts, lo, m, title), m) for m in dates]
    usable = [(cost, m) for cost, m in costed if cost is not None]
    updated = [(cost, m) for cost, m in usable if m.cue == "updated"]
    others = [(cost, m) for cost, m in usable if m.cue != "updated"]
    best_update = min(updated, key=lambda item: item[0])[1] if updated else None
    if not others:
        return best_update, None
    return min(others, key=lambda item: item[0])[1], best_update


def cued_date(page: str, start: int) -> tuple[DateMention | None, DateMention | None]:
    """(published, updated): the first dates after ``page[start:]``'s "Published" and
    "Updated" words, for pages that date the article away from its headline."""
    found: dict[str, DateMention] = {}
    for stem in _CUE_STEMS:
        at = page.find(stem, start)
        tries = 0
        while at >= 0 and tries < _MAX_CUE_TRIES:
            stop = min(len(page), at + _CUE_REACH)
            # Every date holds a year 19xx or 20xx: most cue words ("hosted") are followed
            # by none, and need no look for a date.
            has_year = page.find("20", at, stop) >= 0 or page.find("19", at, stop) >= 0
            for mention in find_dates(page, at, stop) if has_year else ():
                cue = mention.cue
                if cue is not None and mention.start - at <= _CUE_REACH // 2:
                    earlier = found.get(cue)
                    found[cue] = (
                        mention if earlier is None or mention.start < earlier.start else earlier
                    )
                break
            at = page.find(stem, at + len(stem))
            tries += 1
    return found.get("published"), found.get("updated")


def relative_only(page: str, start: int, end: int) -> bool:
    """Whether ``page[start:end]`` shows a relative time ("2 hours ago")."""
    return page.find(" ago", start, end) >= 0 and RELATIVE.search(page, start, end) is not None
