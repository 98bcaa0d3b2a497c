"""When an HTML page was first published and last modified, with the UTC offset.

The publication date, in order:

1. the markup's: the page's own JSON-LD article (the first that states a
   ``datePublished``; later ones describe linked articles), the ``<meta>`` names
   sites use (``article:published_time`` ...) and microdata, the earliest of these
   winning (sites that update an article often move one of them to the update);
   microdata that disagrees with itself is a list of teasers and does not count;
   then ``<meta>`` names of a site's own making (``published``, ``...-publish-date``);
   then a ``data-pubdate`` attribute of ``<html>`` or ``<body>``;
   then a ``<time>`` element in a byline area (or labelled "Published") not
   labelled as an update;
2. the byline's: the date printed just under (or over) the headline, else beside
   the author's link or printed name, else in a date element. When it is an
   earlier day than the markup's it is the first publication, the markup's being
   the update (one day before a UTC morning time is the same moment in a western
   time zone, not an earlier day); with no markup date it is the date;
3. then a date the text calls the publication ("Published ...", "Posted on ...");
4. a page that shows only when it was updated gets that date: it was out by then.

A date is never guessed from the URL or from when the page was crawled: a page
that shows none gets ``None``. The printed dates are read by `shown_dates`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from lxml.etree import XPath
from lxml.html import HtmlElement

from newstrace.extract.html.shown_dates import (
    cued_in_text,
    date_by_author,
    date_near_headline,
    printed_date,
    time_element,
)
from newstrace.extract.html.stamps import DAY_CHARS, earliest, parse_stamp
from newstrace.extract.html.structured import Structured, text_of

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
_OWN_PUBLISH_NAME = re.compile(r"publish|posted", re.IGNORECASE)
_NOT_PUBLISH_NAME = re.compile(r"modif|updat|expir|revis|publisher", re.IGNORECASE)
# The elements with an itemprop, found quicker than by //*[@itemprop].
_WITH_ITEMPROP = XPath("//@itemprop/..")
_MICRODATA_DATES = frozenset({"datepublished", "datemodified"})
_WESTMOST_HOURS = 12
_DATA_PUBLISHED = re.compile(
    r"data-(?:pub|publish|published|date-published)(?:[-_]?(?:date|time|at))?$"
)


class PageDates:
    """The publication and modification times a page states (ISO 8601 or None)."""

    __slots__ = ("modified", "published")

    def __init__(self, published: str | None, modified: str | None) -> None:
        self.published = published
        self.modified = modified


def find_page_dates(
    tree: HtmlElement, found: Structured, authors: tuple[str, ...] = ()
) -> PageDates:
    """The dates `tree` states, using what `read_structured` found in it and the page's
    `authors` (whose printed names mark the byline; see the module docstring)."""
    microdata = _marked(tree)
    published = _markup_published(found, microdata)
    time_update = printed = printed_update = None
    if published is None:
        published = _page_data_published(tree)
    if published is None:
        published, time_update = time_element(tree)
    near, near_update = date_near_headline(tree, found.first_meta("og:title") or found.title_tag)
    if near is None and near_update is None:
        near, near_update = date_by_author(tree, authors)
    modified = _markup_modified(found, microdata)
    if published is None or modified is None or near is None:  # the slowest reader
        printed, printed_update = printed_date(tree)
    byline = near or printed
    if published is None:
        published = byline or cued_in_text(tree)
    elif byline is not None:
        published = _earlier_in_byline(published, byline)
    shown_update = printed_update or time_update or near_update
    modified = modified or shown_update
    if published is None:
        published = shown_update
    if published and modified and modified[:DAY_CHARS] < published[:DAY_CHARS]:
        modified = None  # an "update" before the first publication is a slip
    return PageDates(published, modified)


def _markup_published(found: Structured, microdata: dict[str, list[str]]) -> str | None:
    stamps = [_main_article_date(found, "datePublished")]
    stamps += [_meta_stamp(found, name) for name in _PUBLISHED_META]
    stamps += _agreeing(microdata.get("datepublished", []))
    return earliest([stamp for stamp in stamps if stamp]) or _own_meta_published(found)


def _markup_modified(found: Structured, microdata: dict[str, list[str]]) -> str | None:
    stamps = [_main_article_date(found, "dateModified")]
    stamps += [_meta_stamp(found, name) for name in _MODIFIED_META]
    stamps += _agreeing(microdata.get("datemodified", []))
    return next((stamp for stamp in stamps if stamp), None)


def _main_article_date(found: Structured, key: str) -> str | None:
    """`key` of the page's own article: the first JSON-LD article that states it (a page
    may also describe the articles it links to, which are not its date)."""
    for item in found.articles:
        stamp = parse_stamp(item.get(key))
        if stamp:
            return stamp
    return None


def _meta_stamp(found: Structured, name: str) -> str | None:
    """The date under ``<meta>`` `name`; none where the page repeats the name with dates
    on several days (``itemprop`` metas of a list of teasers)."""
    stamps = [stamp for stamp in map(parse_stamp, found.meta.get(name, ())) if stamp]
    return stamps[0] if len({stamp[:DAY_CHARS] for stamp in stamps}) == 1 else None


def _own_meta_published(found: Structured) -> str | None:
    """The earliest publication date under ``<meta>`` names of a site's own making
    (``published``, ``w-published-date``, ...)."""
    stamps = [
        parse_stamp(value)
        for name, values in found.meta.items()
        if _OWN_PUBLISH_NAME.search(name) and not _NOT_PUBLISH_NAME.search(name)
        for value in values
    ]
    return earliest([stamp for stamp in stamps if stamp])


def _page_data_published(tree: HtmlElement) -> str | None:
    """A publication date the ``<html>`` or ``<body>`` element carries in a data attribute
    (``data-pubdate``, ``data-published``)."""
    body = tree.find("body")
    for element in (tree, body):
        if element is None:
            continue
        for name, value in element.attrib.items():
            if _DATA_PUBLISHED.match(name):
                stamp = parse_stamp(value)
                if stamp:
                    return stamp
    return None


def _agreeing(values: list[str]) -> list[str]:
    """The microdata dates `values`; none where they fall on several days (a list of
    teasers, each with its own date)."""
    stamps = [stamp for stamp in map(parse_stamp, values) if stamp]
    return stamps if len({stamp[:DAY_CHARS] for stamp in stamps}) <= 1 else []


def _marked(tree: HtmlElement) -> dict[str, list[str]]:
    """Values of the microdata ``datePublished`` and ``dateModified`` elements, by
    lower-cased ``itemprop``."""
    values: dict[str, list[str]] = {}
    for element in _WITH_ITEMPROP(tree):
        name = (element.get("itemprop") or "").lower()
        if name not in _MICRODATA_DATES:
            continue
        value = element.get("datetime") or element.get("content") or text_of(element)
        if value:
            values.setdefault(name, []).append(value)
    return values


def _earlier_in_byline(published: str, byline: str) -> str:
    """`published` from the markup, or the `byline` date when that is an earlier day:
    sites often move the markup's publication date to the last update."""
    if byline[:DAY_CHARS] >= published[:DAY_CHARS] or _same_moment_westward(byline, published):
        return published
    return byline


def _same_moment_westward(byline: str, published: str) -> bool:
    """Whether `byline`, one day before a UTC time of the morning, is that moment's
    day in a time zone west of Greenwich."""
    try:
        moment = datetime.fromisoformat(published)
        day = date.fromisoformat(byline[:DAY_CHARS])
    except ValueError:
        return False
    if moment.tzinfo is None or moment.utcoffset() != timedelta(0):
        return False
    return (moment.date() - day).days == 1 and moment.hour < _WESTMOST_HOURS
