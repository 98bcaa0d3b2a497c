"""The authors of an HTML page: structured data first, then the printed byline.

Names come from the article's JSON-LD ``author``, from the byline as printed
(``rel="author"``, ``itemprop="author"``, elements whose class says byline or
author), or from ``<meta name="author">`` and the like. Whatever the source,
each is cleaned by `extract.authors.clean_byline`: no "By", no job titles or
"Staff Writer", several authors split. Links to profiles (URLs) and social
handles are not names.
"""

from __future__ import annotations

import html
import re

from lxml.html import HtmlElement

from newstrace.extract.authors import byline_cue, clean_byline
from newstrace.extract.dates import find_dates
from newstrace.extract.html.structured import (
    NamePattern,
    Structured,
    jsonld_names,
    spaced_text_of,
    text_near_headline,
)

__all__ = ["find_authors"]

_AUTHOR_META = (
    "author",
    "article:author",
    "byl",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "citation_author",
)
_BYLINE_CLASS = NamePattern(r"byline|author|writer|contributor")
_NOT_BYLINE = NamePattern(
    r"comment|related|bio|avatar|image|photo|img|social|share|follow|more|footer"
)
_NOT_NAME = re.compile(r"https?:|www\.|@|\.com\b|\d{3}", re.IGNORECASE)
_MAX_BYLINE = 200
_MAX_DECLARED_WORDS = 6
# "Author Jane Roe", "Written byJane Roe", "Posted by: Jane Roe"
_LABEL = re.compile(
    r"^\s*(?:(?:written|posted|published)?\s*by|author|written|posted)\s*:?\s*(?-i:(?=[A-Z]))",
    re.IGNORECASE,
)
# What follows the names in a printed byline: a section, a date, a reading time.
_AFTER_NAMES = re.compile(
    r"\s+(?:in|on|at)\s+(?=\S)|\s+(?:last\s+)?(?:updated|published|posted)\b|\s*[|•·]\s*"
    r"|\s+[-–—]\s+",
    re.IGNORECASE,
)
_CUE_ONLY = re.compile(r"(?:(?:written|posted|published)\s+)?by:?|authors?:?", re.IGNORECASE)
_MAX_ELEMENTS = 30


def find_authors(tree: HtmlElement, found: Structured) -> tuple[str, ...]:
    people, organisations = _jsonld_authors(found)
    for values in (people, *(found.meta.get(name, []) for name in _AUTHOR_META)):
        names = _clean_all(values, declared=True)
        if names:
            return names
    return _printed(tree) or _byline_near_headline(tree) or _clean_all(organisations, declared=True)


def _byline_near_headline(tree: HtmlElement) -> tuple[str, ...]:
    """Names after a "By" printed just under (or over) the headline, unmarked."""
    before, after = text_near_headline(tree)
    for pieces in (after, before):
        texts = [" ".join(piece.split()) for piece in pieces]
        for index, text in enumerate(texts):
            if _CUE_ONLY.fullmatch(text) and index + 1 < len(texts):
                text = f"{text} {texts[index + 1]}"
            if _LABEL.match(text) or byline_cue(text) is not None:
                names = _clean_all([text])
                if names:
                    return names
    return ()


def _jsonld_authors(found: Structured) -> tuple[list[str], list[str]]:
    """The JSON-LD authors of the article: people (and plain names), and organisations."""
    for item in found.articles:
        people: list[str] = []
        organisations: list[str] = []
        values = item.get("author")
        for value in values if isinstance(values, list) else [values]:
            kind = str(value.get("@type", "")).lower() if isinstance(value, dict) else ""
            target = organisations if "organization" in kind else people
            target.extend(jsonld_names(value))
        if people or organisations:
            return people, organisations
    return [], []


def _clean_all(values: list[str], declared: bool = False) -> tuple[str, ...]:
    """Names in byline `values`; a `declared` author (markup that says "this is the
    author", or a "By" in the text) is kept as written when it does not read as
    personal names: sites credit teams, desks and pen names ("The Upwork Team",
    "kev")."""
    names: list[str] = []
    for value in values:
        value = " ".join(html.unescape(value).split())
        if not value:
            continue
        unlabelled = _LABEL.sub("", value)
        cued = byline_cue(unlabelled)
        text = cued if cued is not None else unlabelled
        says_author = declared or cued is not None or unlabelled != value
        dates = find_dates(text)
        if dates:
            text = text[: dates[0].start].strip(" -–—|•·,:")
        text = _AFTER_NAMES.split(text, maxsplit=1)[0]
        if _NOT_NAME.search(text):
            continue
        cleaned = clean_byline(text)
        if not cleaned and says_author and len(text.split()) <= _MAX_DECLARED_WORDS:
            cleaned = (text.strip(" ,;|-"),)
        for name in cleaned:
            if name and name not in names and not _CUE_ONLY.fullmatch(name):
                names.append(name)
    return tuple(names)


def _printed(tree: HtmlElement) -> tuple[str, ...]:
    """Names in the printed byline: the first marked element whose text says "By ..."
    (or "Author: ..."), else the first marked element holding names."""
    checked = 0
    fallback: tuple[str, ...] = ()
    for element in tree.iter("a", "span", "div", "p", "address", "li"):
        rel = (element.get("rel") or "").lower()
        itemprop = (element.get("itemprop") or "").lower()
        if not (rel == "author" or itemprop == "author" or _BYLINE_CLASS.marks(element)):
            continue
        if _NOT_BYLINE.marks(element):
            continue
        checked += 1
        if checked > _MAX_ELEMENTS:
            break
        if itemprop == "author":
            name_element = next(
                (e for e in element.iter() if (e.get("itemprop") or "").lower() == "name"), None
            )
            if name_element is not None:
                element = name_element
        text = spaced_text_of(element)
        if not text or len(text) > _MAX_BYLINE:
            continue
        found = _clean_all([text], declared=rel == "author" or itemprop == "author")
        if found and (_LABEL.match(text) or byline_cue(text) is not None):
            return found
        fallback = fallback or found
    return fallback
