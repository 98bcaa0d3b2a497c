"""When an HTML page was first published and last modified, with the UTC offset.

Sources, most trusted first: the article's JSON-LD (``datePublished``,
``dateModified``), ``<meta>`` tags (``article:published_time`` and the other
names sites use), microdata and ``<time>`` elements marked as the publication
time, and the dates printed in the byline area. Among the structured
publication dates the earliest wins: sites that update an article often move
one of them to the update. A date is never guessed from the URL or from when
the page was crawled: a page that shows none gets ``None``.

Values keep what the page says: ``2022-04-12T01:09:52+05:30`` when the time
and offset are given, ``2022-04-12T01:09:52`` when the offset is not, and
``2022-04-12`` for a day alone.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Any

from lxml.etree import XPath
from lxml.html import HtmlElement

from newstrace.extract.dates import find_dates
from newstrace.extract.html.structured import (
    Structured,
    spaced_text_of,
    text_near_headline,
    text_of,
)

__all__ = ["PageDates", "find_page_dates", "parse_stamp"]

_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "article.published",
    "datepublished",
    "published_time",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "publication_date",
    "original-publish-date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dc.date.created",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "date",
    "article:post_date",
    "article_date_original",
)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "datemodified",
    "modified_time",
    "last-modified",
    "dc.date.modified",
    "dcterms.modified",
)
_ISO = re.compile(
    r"\s*(\d{4})-?(\d{2})-?(\d{2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?",
    re.IGNORECASE,
)
_EARLIEST_YEAR = 1990
_DAY_CHARS = 10
_DATE_AREA = re.compile(
    r"byline|dateline|date|time|publish|posted|meta|author|info|timestamp|article-header|entry-header",
    re.IGNORECASE,
)
_NOT_DATE_AREA = re.compile(
    r"related|comment|sidebar|footer|widget|recommend|popular|trending|newsletter|teaser|card"
    r"|promo|more-|nav|menu|share|update",
    re.IGNORECASE,
)
_WITH_ITEMPROP = XPath("//*[@itemprop]")
_MAX_AREA_TEXT = 250
_NAMES_CHECKED = 2
_NEAR_HEADLINE_CHARS = 300
_BEFORE_HEADLINE_CHARS = 120
_BEFORE_PIECES = 6
_MAX_AREAS = 40
_WESTMOST_HOURS = 12


class PageDates:
    """The publication and modification times a page states (ISO 8601 or None)."""

    __slots__ = ("modified", "published")

    def __init__(self, published: str | None, modified: str | None) -> None:
        self.published = published
        self.modified = modified


def parse_stamp(value: Any) -> str | None:
    """An ISO 8601 time from a machine-readable or printed date, or None when there is none."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    match = _ISO.match(value)
    if match:
        return _from_iso(match)
    mentions = find_dates(value[:200])
    return mentions[0].iso(value) if mentions and _plausible(mentions[0].day) else None


def _from_iso(match: re.Match[str]) -> str | None:
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        moment = date(int(year), int(month), int(day))
    except ValueError:
        return None
    if not _plausible(moment):
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


def _plausible(day: date) -> bool:
    return _EARLIEST_YEAR <= day.year <= datetime.now().year + 1


def find_page_dates(tree: HtmlElement, found: Structured) -> PageDates:
    """The dates `tree` states, using what `read_structured` found in it."""
    structured = [_main_article_date(found, "datePublished")]
    structured += [parse_stamp(found.first_meta(name)) for name in _PUBLISHED_META]
    structured += [parse_stamp(value) for value in _marked(tree, "datepublished")]
    published = _earliest([stamp for stamp in structured if stamp])
    printed, printed_update = _printed_date(tree)
    near, near_update = _date_near_headline(tree)
    shown = (near or printed) if _X("NEARFIRST") else (printed or near)
    if published is None and _X("R3"):
        published = _first_stamp(item.get("datePublished") for item in found.pages)
    if published is None and _X("R4"):
        published = _generic_meta(found)
    if published is None:
        published = _time_element(tree)
    if published is None:
        published = shown
    elif _X("R2"):
        published = _earlier_shown(published, [stamp for stamp in ((near,) if _X("NEARONLY") else (printed, near)) if stamp])
    printed_update = printed_update or near_update
    modified_candidates = [_main_article_date(found, "dateModified")]
    modified_candidates += [parse_stamp(found.first_meta(name)) for name in _MODIFIED_META]
    modified_candidates += [parse_stamp(value) for value in _marked(tree, "datemodified")]
    modified = next((stamp for stamp in modified_candidates if stamp), None)
    modified = modified or printed_update
    if published is None and printed_update is not None:
        published = printed_update  # the page shows only when it was updated: it was out by then
    if published and modified and modified[:10] < published[:10]:
        modified = None  # an "update" before the first publication is a slip
    return PageDates(published, modified)


def _earlier_shown(published: str, shown: list[str]) -> str:
    """`published` from the markup, or the date the page shows in its byline when that
    is earlier: sites often move the markup's publication date to the last update.
    A byline date one day before a UTC time of the morning is the same moment
    printed in a western time zone, not an earlier publication."""
    if not shown or any(stamp[:_DAY_CHARS] == published[:_DAY_CHARS] for stamp in shown):
        return published
    earliest = min(shown, key=lambda stamp: stamp[:_DAY_CHARS])
    if earliest[:_DAY_CHARS] >= published[:_DAY_CHARS]:
        return published
    if _X("TZ") and _same_moment_westward(earliest, published):
        return published
    return earliest


def _same_moment_westward(shown: str, published: str) -> bool:
    try:
        moment = datetime.fromisoformat(published)
        day = date.fromisoformat(shown[:_DAY_CHARS])
    except ValueError:
        return False
    if moment.tzinfo is None or moment.utcoffset() != timedelta(0):
        return False
    return (moment.date() - day).days == 1 and moment.hour < _WESTMOST_HOURS


def _first_stamp(values: Any) -> str | None:
    for value in values:
        stamp = parse_stamp(value)
        if stamp:
            return stamp
    return None


_PUBLISH_NAME = re.compile(r"publish|posted", re.IGNORECASE)
_NOT_PUBLISH_NAME = re.compile(r"modif|updat|expir|revis|publisher", re.IGNORECASE)


def _generic_meta(found: Structured) -> str | None:
    """A publication date under a ``<meta>`` name of the site's own making
    (``published``, ``w-published-date``, ...)."""
    for name, values in found.meta.items():
        if _PUBLISH_NAME.search(name) and not _NOT_PUBLISH_NAME.search(name):
            stamp = _first_stamp(values)
            if stamp:
                return stamp
    return None


def _X(name: str) -> bool:
    import os
    return name in os.environ.get("HD", "").split(",")


def _main_article_date(found: Structured, key: str) -> str | None:
    """`key` of the page's own article: the first JSON-LD article that states it (a page
    may also describe the articles it links to, which are not its date)."""
    for item in found.articles:
        stamp = parse_stamp(item.get(key))
        if stamp:
            return stamp
    return None


def _earliest(stamps: list[str]) -> str | None:
    """The earliest of `stamps` (given most trusted first), compared as UTC days where
    they carry an offset; of several on that day, the most precise, most trusted."""
    if not stamps:
        return None
    keyed = [(_utc_day(stamp), stamp) for stamp in stamps]
    first_day = min(day for day, _ in keyed)
    same_day = [stamp for day, stamp in keyed if day == first_day]
    return max(same_day, key=len)  # max keeps the first of equal length


def _utc_day(stamp: str) -> str:
    if len(stamp) > _DAY_CHARS:
        try:
            moment = datetime.fromisoformat(stamp)
        except ValueError:
            return stamp[:_DAY_CHARS]
        if moment.tzinfo is not None:
            return moment.astimezone(UTC).date().isoformat()
    return stamp[:_DAY_CHARS]


def _marked(tree: HtmlElement, itemprop: str) -> list[str]:
    """Values of elements with ``itemprop`` `itemprop` (microdata), any letter case."""
    values = []
    for element in _WITH_ITEMPROP(tree):
        if (element.get("itemprop") or "").lower() == itemprop:
            value = element.get("datetime") or element.get("content") or text_of(element)
            if value:
                values.append(value)
    return values


def _time_element(tree: HtmlElement) -> str | None:
    """The first ``<time datetime>`` in a byline-like area of the page, or marked ``pubdate``."""
    for element in tree.iter("time"):
        value = element.get("datetime")
        if not value:
            continue
        if element.get("pubdate") is not None or _in_date_area(element):
            stamp = parse_stamp(value)
            if stamp:
                return stamp
    return None


def _in_date_area(element: HtmlElement) -> bool:
    """Whether `element` sits in a byline or date area: marked so itself or by one of
    its nearest containers, and not inside navigation, a footer, a list of teasers, or
    (judging by the two nearest names) related, comment or promotion blocks."""
    node: HtmlElement | None = element
    seen_area = False
    for level in range(5):
        if node is None:
            break
        if node.tag in {"aside", "footer", "nav"} or (node.tag == "li" and level > 1):
            return False
        names = f"{node.get('class', '')} {node.get('id', '')}"
        if level < _NAMES_CHECKED and _NOT_DATE_AREA.search(names):
            return False
        seen_area = seen_area or bool(_DATE_AREA.search(names)) or node.tag == "header"
        node = node.getparent()
    return seen_area


def _printed_date(tree: HtmlElement) -> tuple[str | None, str | None]:
    """A publication date and an update date printed in a short byline or date element
    (not in related or comment areas)."""
    checked = 0
    update = None
    for element in tree.iter("span", "div", "p", "time", "small", "li"):
        names = f"{element.get('class', '')} {element.get('id', '')}"
        if not names.strip() or not _DATE_AREA.search(names) or _NOT_DATE_AREA.search(names):
            continue
        checked += 1
        if checked > _MAX_AREAS:
            break
        text = spaced_text_of(element)
        if not text or len(text) > _MAX_AREA_TEXT or not _in_date_area(element):
            continue
        published, updated = _read_dates(text)
        if published:
            return published, updated
        update = update or updated
    return None, update


def _read_dates(text: str) -> tuple[str | None, str | None]:
    """The first publication (or uncued) date in `text`, and the first update date."""
    published = updated = None
    for mention in find_dates(text):
        if not _plausible(mention.day):
            continue
        if mention.cue == "updated":
            updated = updated or mention.iso(text)
        elif published is None:
            published = mention.iso(text)
    return published, updated


def _date_near_headline(tree: HtmlElement) -> tuple[str | None, str | None]:
    """Dates printed just under the headline (the visible byline), or just over it,
    where no markup names them."""
    before, after = text_near_headline(tree, _NEAR_HEADLINE_CHARS, _BEFORE_PIECES)
    published, updated = _read_dates(" ".join(" ".join(after).split())[:_NEAR_HEADLINE_CHARS])
    if published is None and updated is None:
        return _read_dates(" ".join(" ".join(before).split())[-_BEFORE_HEADLINE_CHARS:])
    return published, updated
