"""The dates an HTML page prints for readers: byline, date elements, ``<time>``, labels.

Each reader returns a publication date and an update date (ISO 8601 or None),
told apart by the words before them ("Updated", "Last reviewed", "Published",
"Posted on"). Dates count only where a page prints its own: a byline or date
element, next to the headline or to the author's link or name; never
navigation, footers, teasers linking elsewhere (or beside a "Read more" link),
related or comment blocks, notices or opening hours, the ends of a span of days,
nor one entry of a list of dated entries (posts under a page heading, elements
marked alike with dates on other days).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml.html import HtmlElement

from newstrace.extract.dates import DateMention, find_dates
from newstrace.extract.html.stamps import DAY_CHARS, parse_stamp, plausible
from newstrace.extract.html.structured import (
    NamePattern,
    spaced_text_of,
    text_near_headline,
    text_of,
)

__all__ = [
    "Shown",
    "cued_in_text",
    "date_by_author",
    "date_near_headline",
    "printed_date",
    "read_dates",
    "time_element",
]

Shown = tuple[str | None, str | None]
"""A publication date and an update date, each an ISO 8601 stamp or None."""

_DATE_AREA = NamePattern(
    r"byline|dateline|date|time|publish|posted|meta|author|info|timestamp"
    r"|article-header|entry-header"
)
_NOT_DATE_AREA = NamePattern(
    r"related|comment|sidebar|footer|widget|recommend|popular|trending|newsletter"
    r"|teaser|card|promo|more-|nav|menu|share|update"
)
_NOTICE_AREA = NamePattern(r"alert|banner|notice|cookie|hours")
_OUTSIDE_ARTICLE = frozenset({"aside", "footer", "nav"})
_NOT_TEXT = frozenset({"script", "style", "noscript", "template", "svg", "head"})
_HEADINGS = ("h2", "h3", "h4")
_NOT_WORD = re.compile(r"\W+")
_NAMES_CHECKED = 2
_MAX_AREA_TEXT = 250
_MAX_AREAS = 40
_NEAR_HEADLINE_CHARS = 300
_BEFORE_HEADLINE_CHARS = 120
_BEFORE_PIECES = 6
_LIST_DATES = 3
_MIN_HEADLINE = 10
_LABEL_CHARS = 60
_CUED_TEXT_CHARS = 20_000
# A label that calls the date after it the publication, the screen-reader kind too.
_PUBLISHED_LABEL = re.compile(
    r"\b(?:published|publish(?:ed)? date|date published|posted(?: on)?)\W*$", re.IGNORECASE
)
_AUTHOR_LEVELS = 3
_TEASER_LEVELS = 3
# A teaser's call to read on: the date beside it is the linked story's.
_READ_MORE = re.compile(r"\b(?:read|continue|learn) more\b|\bcontinue reading\b", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|until|till)\s*", re.IGNORECASE)


def read_dates(text: str) -> Shown:
    """The first publication (or uncued) date in `text`, and the first update date; not
    the ends of a span of days."""
    published = updated = None
    mentions = find_dates(text)
    previous_opens_range = False
    for at, mention in enumerate(mentions):
        following = mentions[at + 1] if at + 1 < len(mentions) else None
        opens_range = _range_to(text, mention, following)
        in_range = opens_range or previous_opens_range
        previous_opens_range = opens_range
        if in_range or not plausible(mention.day):
            continue
        if mention.cue == "updated":
            updated = updated or mention.iso(text)
        elif published is None:
            published = mention.iso(text)
    return published, updated


def _range_to(text: str, mention: DateMention, following: DateMention | None) -> bool:
    """Whether `mention` opens a span of days ("12 May - 17 May 2025"): an event's or a
    period's, not when the page came out."""
    return following is not None and bool(_RANGE_JOIN.fullmatch(text, mention.end, following.start))


def time_element(tree: HtmlElement) -> Shown:
    """The first ``<time datetime>`` in a byline-like area of the page (or marked
    ``pubdate``), and the first such labelled as an update ("Last updated", "Date
    last reviewed")."""
    published = update = None
    for element in tree.iter("time"):
        value = element.get("datetime")
        stamp = parse_stamp(value) if value else None
        if not stamp:
            continue
        label = _label(element)
        labelled_published = _PUBLISHED_LABEL.search(label) is not None
        # A time labelled "Published" needs no byline-like container, only not a teaser's,
        # a comment's or a footer's.
        if not (element.get("pubdate") is not None or _in_date_area(element, labelled_published)):
            continue
        if not labelled_published and _label_cue(label, stamp) == "updated":
            update = update or stamp
        elif published is None:
            if _dated_entry_of_a_list(tree, element, stamp):
                continue
            published = stamp
        if published and update:
            break
    return published, update


def printed_date(tree: HtmlElement) -> Shown:
    """A publication date and an update date printed in a short byline or date element."""
    checked = 0
    update = None
    for element in tree.iter("span", "div", "p", "time", "small", "li"):
        if not _DATE_AREA.marks(element) or _NOT_DATE_AREA.marks(element):
            continue
        checked += 1
        if checked > _MAX_AREAS:
            break
        text = _short_text(element)
        if not text or not _in_date_area(element):
            continue
        published, updated = read_dates(text)
        if published and (_one_of_a_list(tree, element, published) or _in_teaser(element)):
            return None, update
        if published:
            return published, updated
        update = update or updated
    return None, update


def _short_text(element: HtmlElement) -> str | None:
    """The text of `element` as `spaced_text_of` gives it, or None when it is longer
    than a byline (read no further than that)."""
    pieces = []
    size = 0
    for piece in element.itertext():
        size += len(piece)
        if size > 2 * _MAX_AREA_TEXT:
            return None
        pieces.append(piece)
    text = " ".join(" ".join(pieces).split())
    return text if len(text) <= _MAX_AREA_TEXT else None


def _dated_entry_of_a_list(tree: HtmlElement, element: HtmlElement, stamp: str) -> bool:
    """Whether the ``<time>`` `element` dates one entry of a list: its nearest container
    with a class is marked like others that print dates on other days."""
    node = element.getparent()
    for _ in range(2):
        if node is None:
            return False
        if node.get("class"):
            return _one_of_a_list(tree, node, stamp)
        node = node.getparent()
    return False


def _in_teaser(element: HtmlElement) -> bool:
    """Whether `element` is or sits in a short block with a "Read more" link: a teaser,
    whose date is the linked story's."""
    node: HtmlElement | None = element
    for _ in range(_TEASER_LEVELS):
        if node is None or _short_text(node) is None:
            return False
        if any(_READ_MORE.search(text_of(link)) for link in node.iter("a")):
            return True
        node = node.getparent()
    return False


def _one_of_a_list(tree: HtmlElement, element: HtmlElement, stamp: str) -> bool:
    """Whether elements marked like `element` print dates on other days too: it dates
    one entry of a list (events, posts), not the page."""
    marks = element.get("class")
    if not marks:
        return False
    other_days = set()
    for other in tree.iter(element.tag):
        if other is element or other.get("class") != marks:
            continue
        published, _ = read_dates(spaced_text_of(other)[:_MAX_AREA_TEXT])
        if published and published[:DAY_CHARS] != stamp[:DAY_CHARS]:
            other_days.add(published[:DAY_CHARS])
            if len(other_days) >= _LIST_DATES - 1:
                return True
    return False


def date_near_headline(tree: HtmlElement, title: str | None) -> Shown:
    """Dates printed just under the headline (the visible byline), or just over it.

    The headline is the first ``<h1>``, or on a page without one the heading that
    opens `title`. Three or more dates under it make a list of posts, not a byline.
    """
    headline = next(tree.iter("h1"), None)
    if headline is None:
        headline = _titled_heading(tree, title)
        if headline is None:
            return None, None
    before, after = text_near_headline(tree, _NEAR_HEADLINE_CHARS, _BEFORE_PIECES, headline)
    text = " ".join(" ".join(after).split())[:_NEAR_HEADLINE_CHARS]
    if len({mention.day for mention in find_dates(text)}) >= _LIST_DATES:
        return None, None
    published, updated = read_dates(text)
    if published is None and updated is None:
        return read_dates(" ".join(" ".join(before).split())[-_BEFORE_HEADLINE_CHARS:])
    return published, updated


def date_by_author(tree: HtmlElement, authors: tuple[str, ...] = ()) -> Shown:
    """Dates printed beside the author: a link to the author's page (``rel="author"``,
    ``/author/``) or an element holding just one of `authors`, for bylines whose markup
    names neither author nor date."""
    names = {" ".join(name.split()).casefold() for name in authors}
    for element in tree.iter("a", "span", "p", "div", "strong"):
        if element.tag == "a":
            rel, href = element.get("rel") or "", element.get("href") or ""
            if "author" not in rel and "/author" not in href:
                continue
        elif not names or len(element) or text_of(element).casefold() not in names:
            continue
        node = element.getparent()
        for _ in range(_AUTHOR_LEVELS):
            if node is None or not _in_article_part(node):
                break
            text = spaced_text_of(node)
            if len(text) > _MAX_AREA_TEXT:
                break
            published, updated = read_dates(text)
            if published or updated:
                return published, updated
            node = node.getparent()
    return None, None


def cued_in_text(tree: HtmlElement) -> str | None:
    """The first date the page's text (its first 20,000 characters) calls its
    publication ("Published ...", "Posted on ...")."""
    text = " ".join(" ".join(_page_text(tree)).split())
    for mention in find_dates(text):
        if mention.cue == "published" and plausible(mention.day):
            return mention.iso(text)
    return None


def _page_text(tree: HtmlElement) -> Iterator[str]:
    """The text pieces of `tree` in reading order, without scripts, styles or ``<head>``,
    up to about `_CUED_TEXT_CHARS` characters."""
    size = 0
    stack: list[tuple[HtmlElement, bool]] = [(tree, False)]
    while stack and size < _CUED_TEXT_CHARS:
        element, closing = stack.pop()
        if closing:
            if element.tail and element is not tree:
                size += len(element.tail)
                yield element.tail
            continue
        stack.append((element, True))
        if not isinstance(element.tag, str) or element.tag in _NOT_TEXT:
            continue
        if element.text:
            size += len(element.text)
            yield element.text
        stack.extend((child, False) for child in reversed(element))


def _titled_heading(tree: HtmlElement, title: str | None) -> HtmlElement | None:
    """The first ``<h2>``-``<h4>`` that opens `title` (or that `title` opens), else the
    first short element whose text opens it: a headline set without a heading tag."""
    if not title:
        return None
    key = _NOT_WORD.sub("", title).casefold()
    for element in tree.iter(*_HEADINGS):
        text = _NOT_WORD.sub("", element.text_content()).casefold()
        if len(text) > _MIN_HEADLINE and (key.startswith(text) or text.startswith(key)):
            return element
    for element in tree.iter("p", "div", "span", "h5", "h6"):
        if len(element) > 2:
            continue
        text = _NOT_WORD.sub("", element.text_content()).casefold()
        if len(text) > 2 * _MIN_HEADLINE and key.startswith(text):
            return element
    return None


def _label_cue(label: str, stamp: str) -> str | None:
    """What `label`, the text just before a date element, calls its date: "published",
    "updated" or None."""
    mentions = find_dates(f"{label} {stamp[:DAY_CHARS]}")
    return mentions[-1].cue if mentions else None


def _label(element: HtmlElement) -> str:
    """The text just before `element` (its last `_LABEL_CHARS` characters), read from
    its preceding siblings, else its parent's or an ancestor's."""
    label: list[str] = []
    node: HtmlElement | None = element
    for _ in range(3):
        if node is None:
            break
        previous = node.getprevious()
        while previous is not None and len(" ".join(label)) < _LABEL_CHARS:
            label.insert(0, f"{spaced_text_of(previous)} {previous.tail or ''}")
            previous = previous.getprevious()
        parent = node.getparent()
        if parent is not None and parent.text:
            label.insert(0, parent.text)
        if " ".join(label).strip():
            break
        node = parent
    return " ".join(" ".join(label).split())[-_LABEL_CHARS:]


def _in_date_area(element: HtmlElement, labelled: bool = False) -> bool:
    """Whether `element` sits in a byline or date area: marked so itself or by one of
    its nearest containers (or, when `labelled` as the publication, anywhere), and not
    inside navigation, a footer, a notice, a link to another page (a teaser), a list of
    teasers, or (judging by the two nearest names) related, comment or promotion blocks."""
    node: HtmlElement | None = element
    seen_area = False
    for level in range(5):
        if node is None:
            break
        if node.tag in _OUTSIDE_ARTICLE or (node.tag == "li" and level > 1):
            return False
        if node.tag == "a" and _links_elsewhere(node):
            return False
        if _NOTICE_AREA.marks(node) or (level < _NAMES_CHECKED and _NOT_DATE_AREA.marks(node)):
            return False
        seen_area = seen_area or _DATE_AREA.marks(node) or node.tag == "header"
        node = node.getparent()
    return seen_area or labelled


def _links_elsewhere(link: HtmlElement) -> bool:
    """Whether `link` leads to another page (not a permalink to this one, which some
    pages set around their headline and its date)."""
    if not link.get("href") or "bookmark" in (link.get("rel") or ""):
        return False
    return not any(node.tag == "h1" for node in link.iterancestors())


def _in_article_part(element: HtmlElement) -> bool:
    """Whether `element` is outside navigation, footers and related or comment blocks."""
    node: HtmlElement | None = element
    for _ in range(6):
        if node is None:
            return True
        if node.tag in _OUTSIDE_ARTICLE:
            return False
        if _NOT_DATE_AREA.marks(node):
            return False
        node = node.getparent()
    return True
