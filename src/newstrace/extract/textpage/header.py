"""Title, standfirst, byline and publish time of a text page.

Runs after the body pass and uses its labels only as hints: where the
article starts, where its third paragraph ends the header zone, and that a
body sentence is no headline. The headline is scored among the lines of a
window around the start of the prose (`title`); the byline and the dates are
then read in a zone around the headline (`byline`), with two fallbacks for
pages that put them elsewhere: an explicit byline further on (an author box),
and a date after a "Published" word. The standfirst is the sentence between
the headline and the byline. The lines taken are relabelled ``title``,
``duplicate-title``, ``dek``, ``byline`` and ``date``; `site` comes from the
copyright line.

Only the page text is used: an ambiguous zone abbreviation ("IST") is read by
the page's own words (see `newstrace.extract.timezones`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from newstrace.extract.dates import DateMention
from newstrace.extract.textpage.byline import (
    Byline,
    cue_lines,
    cued_date,
    find_byline,
    other_byline,
    pick_date,
    relative_only,
    zone_dates,
)
from newstrace.extract.textpage.labels import BODY
from newstrace.extract.textpage.lines import Line, PageLines
from newstrace.extract.textpage.title import TitleWindow, find_title, window
from newstrace.extract.textpage.title_features import is_prose

__all__ = ["Header", "find_header"]

# The zone read for byline and dates: lines before and after the headline.
_ZONE_BEFORE: Final = 6
_ZONE_AFTER: Final = 10
# ... and up to the article's third paragraph (a lead and a standfirst may come first).
_ZONE_PARAGRAPHS: Final = 3
_SITE_END: Final = re.compile(r"\s[-–—]\s|[®™]")
_COPYRIGHT: Final = re.compile(
    r"(?:©|\(c\)|copyright)(?:\s*©)?\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s*)?"
    r"(?P<name>[^\W\d_][^.|,\n©]{1,60}?)(?=\s*(?:\.\s|\.$|[|,\n©]|(?:19|20)\d\d|all rights|$))",
    re.IGNORECASE,
)
# A site's name after (or before) the headline: " – Example News", "Example News | ".
_SITE_SEPARATOR: Final = re.compile(r"\s+[|–—-]\s+|\s*\|\s*")
_HEADLINE_MIN_WORDS: Final = 3
_DATE_JOINERS: Final = " /|–—-,·•:"
_DEK_WORDS: Final = 6
_DEK_MAX_CHARS: Final = 400
_NOT_DEK: Final = re.compile(
    r"^(?:by|photo|image|credit|source|updated|published|posted|advertisement)\b|\b(?:affiliate"
    r"|commission|cookies?|subscribe|sign\s+up)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Header:
    """What the head of the article says about it; None or empty where it says nothing.

    `published` is ISO 8601 (a date, or a time with its UTC offset when the
    page shows the zone). `updated` is a later "Updated" date when one is shown.
    `site` is the publisher a copyright line names.
    """

    title: str | None = None
    dek: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    site: str | None = None
    updated: str | None = None


def _zone(
    lines: PageLines, labels: list[str], win: TitleWindow, title: int | None
) -> tuple[int, int]:
    """Lines ``lo..hi-1`` read for the byline and dates: around the headline, up to the
    article's third paragraph."""
    if title is None:
        return max(0, win.anchor - _ZONE_BEFORE), min(len(lines), win.anchor + 2)
    hi = min(len(lines), title + _ZONE_AFTER)
    paragraphs = 0
    for index in range(title + 1, hi):
        # Body passes may take short header lines for body: only sentences count.
        if labels[index] == BODY and is_prose(lines.texts[index]):
            paragraphs += 1
            if paragraphs == _ZONE_PARAGRAPHS:
                hi = index + 1
                break
    return max(0, title - _ZONE_BEFORE), hi


def _dek(lines: PageLines, title: int, taken: set[int], hi: int, title_text: str) -> int | None:
    """The standfirst: a sentence right after the headline, followed by the byline or date."""
    texts = lines.texts
    index = title + 1
    while index < hi and texts[index] == title_text:
        index += 1
    if index >= hi or index in taken:
        return None
    text = texts[index]
    if (
        len(text.split()) < _DEK_WORDS
        or len(text) > _DEK_MAX_CHARS
        or lines.bullets[index]
        or _NOT_DEK.search(text)
    ):
        return None
    if any(j in taken for j in range(index + 1, index + 4)):
        return index
    return None


def _zone_dates(
    page: str, lines: PageLines, win: TitleWindow, lo: int, hi: int
) -> list[DateMention]:
    """The dates on lines ``lo..hi-1``, reusing those the window already read."""
    start, stop = lines.starts[lo], lines.end(hi - 1)
    dates = [m for m in win.dates if start <= m.start < stop]
    if win.end < hi:
        dates += zone_dates(page, lines, win.end, hi)
    if lo < win.lo:
        dates = zone_dates(page, lines, lo, win.lo) + dates
    return dates


def _date_line_indices(lines: PageLines, lo: int, hi: int, mentions: list[DateMention]) -> set[int]:
    found: set[int] = set()
    for mention in mentions:
        for index in range(lo, hi):
            if lines.starts[index] <= mention.start < lines.end(index):
                found.add(index)
                break
    return found


def _relabel(labels: list[str], indices: set[int] | tuple[int, ...], label: str) -> None:
    for index in indices:
        labels[index] = label


def _site(page: str, at: int) -> str | None:
    """The publisher a copyright line names ("© 2025 Example News. All rights reserved."),
    read around `at`, the page's last copyright mark."""
    if at < 0:
        return None
    match = _COPYRIGHT.search(page, max(0, at - 2), min(len(page), at + 120))
    if match is None:
        return None
    name = _SITE_END.split(match["name"], maxsplit=1)[0].strip(" .,-–|®™")
    name = name[3:] if name.lower().startswith("by ") else name
    words = name.split()
    if not 1 <= len(words) <= 6 or name.lower().startswith(("all ", "the content")):
        return None
    return name


def _without_site(title: str, footer: str) -> str:
    """`title` less a site's name at either end that the page's copyright lines name
    ("Best Exhibitions of 2025 – Artlyst" with "© Artlyst 2025")."""
    separators = list(_SITE_SEPARATOR.finditer(title)) if footer else []
    if not separators:
        return title
    lowered = footer.casefold()
    last, first = separators[-1], separators[0]
    for name, kept in (
        (title[last.end() :], title[: last.start()]),
        (title[: first.start()], title[first.end() :]),
    ):
        if name and name.casefold() in lowered and len(kept.split()) >= _HEADLINE_MIN_WORDS:
            return kept
    return title


def _without_date(page: str, line: Line, dates: list[DateMention]) -> str:
    """The headline line's text less a date that ends it ("Week 2 notes 20 December 2025")."""
    for mention in dates:
        if line.start < mention.start < line.end <= mention.end:
            kept = page[line.start : mention.start].rstrip(_DATE_JOINERS)
            if len(kept.split()) >= _HEADLINE_MIN_WORDS:
                return kept
    return line.text


def _dates(
    page: str, lines: PageLines, zone: tuple[int, int], title: int | None, dates: list[DateMention]
) -> tuple[DateMention | None, DateMention | None]:
    """(published, updated): from the header zone, else from a "Published" cue further on."""
    lo, hi = zone
    published, updated = pick_date(lines, zone, dates, title if title is not None else lo)
    if published is None and not relative_only(page, lines.starts[lo], lines.end(hi - 1)):
        published, updated = cued_date(page, lines.starts[lo])
    return published, updated


def find_header(page: str, lines: PageLines, labels: list[str]) -> Header:
    """Find the header fields; relabel the lines they come from."""
    texts = lines.texts
    if not texts:
        return Header()
    win = window(page, lines, labels)
    title = find_title(lines, labels, win)
    lo, hi = _zone(lines, labels, win, title)
    dates = _zone_dates(page, lines, win, lo, hi)
    byline: Byline = find_byline(lines, lo, hi, title, dates)
    if not byline.authors:
        byline = other_byline(
            page, lines, (lo, hi), title, [*win.cued, *cue_lines(texts, win.end, len(texts))]
        )
    published, updated = _dates(page, lines, (lo, hi), title, dates)
    shown = [m for m in (published, updated) if m is not None]
    date_lines = _date_line_indices(lines, lo, hi, shown) - set(byline.lines)
    taken = set(byline.lines) | date_lines
    title_text = texts[title] if title is not None else None
    headline = _without_date(page, lines[title], dates) if title is not None else None
    dek = _dek(lines, title, taken, hi, texts[title]) if title is not None else None
    _relabel(labels, date_lines, "date")
    _relabel(labels, byline.lines, "byline")
    if title is not None:
        duplicates = {
            i for i, text in enumerate(texts[win.lo : hi], win.lo) if text == title_text
        } - {title}
        _relabel(labels, duplicates, "duplicate-title")
        labels[title] = "title"
    if dek is not None:
        labels[dek] = "dek"
    return Header(
        title=_without_site(headline, win.footer) if headline is not None else None,
        dek=texts[dek] if dek is not None else None,
        authors=byline.authors,
        published=published.iso(page) if published else None,
        site=_site(page, win.copyright_at),
        updated=updated.iso(page) if updated else None,
    )
