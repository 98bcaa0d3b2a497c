"""What a page says about itself in markup: JSON-LD, ``<meta>`` tags, ``<link>``, ``lang``.

`read_structured` collects these once per page into a `Structured` record that
the title, author, date and site readers consult. JSON-LD objects are
flattened (``@graph``, lists, nested ``mainEntity``; also read from a ``<meta
name="script:ld+json">`` that some frameworks write) and those describing an
article (``NewsArticle``, ``BlogPosting``, ...) are kept first.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

__all__ = [
    "ARTICLE_TYPES",
    "NamePattern",
    "Structured",
    "jsonld_names",
    "read_structured",
    "spaced_text_of",
    "text_near_headline",
    "text_of",
]

ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "askpublicnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "techarticle",
        "scholarlyarticle",
        "report",
        "review",
        "medicalwebpage",
        "recipe",
        "howto",
    }
)
_PAGE_TYPES = frozenset({"webpage", "itempage", "aboutpage", "faqpage", "collectionpage"})
_SITE_TYPES = frozenset({"website", "organization", "newsmediaorganization", "corporation"})
_SPACE = re.compile(r"\s+")
_JSON_WRAPPER = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")
_MAX_JSONLD_CHARS = 2_000_000
_NAMES_CACHED = 16384


@dataclass
class Structured:
    """The self-description of one page, as found in its markup."""

    articles: list[dict[str, Any]] = field(default_factory=list)
    """JSON-LD objects of an article type, in page order."""
    pages: list[dict[str, Any]] = field(default_factory=list)
    """JSON-LD ``WebPage`` objects, which some sites date instead of the article."""
    sites: list[dict[str, Any]] = field(default_factory=list)
    """JSON-LD ``WebSite`` and ``Organization`` objects."""
    meta: dict[str, list[str]] = field(default_factory=dict)
    """``<meta>`` contents by lower-cased ``name``/``property``/``itemprop``."""
    title_tag: str | None = None
    lang: str | None = None
    canonical: str | None = None

    def first_meta(self, *names: str) -> str | None:
        for name in names:
            for value in self.meta.get(name, ()):
                if value:
                    return value
        return None


class NamePattern:
    """A pattern for the class and id of elements ("byline", "related"), tried on the
    two apart (so it must never match across a space), case-insensitively; written in
    lower case.

    Pages repeat a few class names over many elements: each name is matched once and
    the answer kept (up to `_NAMES_CACHED` names, then the memory starts afresh).
    """

    __slots__ = ("_answers", "_search", "_search_lowered")

    def __init__(self, pattern: str) -> None:
        if pattern != pattern.lower():
            raise ValueError(f"a name pattern is written in lower case: {pattern!r}")
        self._search = re.compile(pattern, re.IGNORECASE).search
        # For ASCII names, lower-casing them first gives the same answer several times
        # faster: a case-insensitive pattern cannot skip ahead by its first letters.
        self._search_lowered = re.compile(pattern).search
        self._answers: dict[str, bool] = {}

    def marks(self, element: HtmlElement) -> bool:
        """Whether `element`'s class or id matches."""
        answers = self._answers
        names = element.get("class")
        if names:
            answer = answers.get(names)
            if answer is None:
                answer = self._learn(names)
            if answer:
                return True
        names = element.get("id")
        if not names:
            return False
        answer = answers.get(names)
        return self._learn(names) if answer is None else answer

    def _learn(self, names: str) -> bool:
        if len(self._answers) >= _NAMES_CACHED:
            self._answers.clear()
        lowered = names.lower() if names.isascii() else None
        found = self._search(names) if lowered is None else self._search_lowered(lowered)
        answer = self._answers[names] = found is not None
        return answer


def text_of(element: HtmlElement) -> str:
    """The visible text of `element`, whitespace collapsed."""
    return _SPACE.sub(" ", element.text_content()).strip()


def spaced_text_of(element: HtmlElement) -> str:
    """The text of `element` with its pieces set apart: "Jane Roe" and "Updated: ..."
    in neighbouring tags do not run together as "Jane RoeUpdated"."""
    return _SPACE.sub(" ", " ".join(element.itertext())).strip()


def read_structured(tree: HtmlElement) -> Structured:
    found = Structured()
    for element in tree.iter("meta", "script", "link", "title"):
        tag = element.tag
        if tag == "meta":
            key = element.get("property") or element.get("name") or element.get("itemprop")
            content = element.get("content")
            if key and content is not None:
                key = key.strip().lower()
                if key.endswith("ld+json"):  # JSON-LD that a framework put in a <meta>
                    for item in _jsonld_objects(content):
                        _sort_object(item, found)
                    continue
                value = _SPACE.sub(" ", content).strip()
                found.meta.setdefault(key, []).append(value)
        elif tag == "script":
            kind = (element.get("type") or "").lower()
            if "ld+json" in kind and element.text:
                for item in _jsonld_objects(element.text):
                    _sort_object(item, found)
        elif tag == "link":
            rel = (element.get("rel") or "").lower().split()
            if "canonical" in rel and element.get("href") and found.canonical is None:
                found.canonical = element.get("href", "").strip()
        elif found.title_tag is None:
            found.title_tag = text_of(element) or None
    found.lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    return found


def _sort_object(item: dict[str, Any], found: Structured) -> None:
    types = {str(kind).lower() for kind in _as_list(item.get("@type"))}
    if types & ARTICLE_TYPES:
        found.articles.append(item)
    elif types & _PAGE_TYPES:
        found.pages.append(item)
    elif types & _SITE_TYPES:
        found.sites.append(item)


def _jsonld_objects(source: str) -> Iterator[dict[str, Any]]:
    if len(source) > _MAX_JSONLD_CHARS:
        return
    try:
        data = json.loads(_JSON_WRAPPER.sub("", source))
    except ValueError:
        try:  # a common slip: raw newlines inside strings
            data = json.loads(_JSON_WRAPPER.sub("", source), strict=False)
        except ValueError:
            return
    yield from _flatten(data, 0)


def _flatten(data: Any, depth: int) -> Iterator[dict[str, Any]]:
    if depth > 4:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten(item, depth + 1)
    elif isinstance(data, dict):
        if "@type" in data:
            yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(data.get(key), list | dict):
                yield from _flatten(data[key], depth + 1)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def jsonld_names(value: Any) -> list[str]:
    """The names in a JSON-LD ``author``/``publisher`` value (a string, object or list)."""
    names: list[str] = []
    for item in _as_list(value):
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                name = " ".join(str(part) for part in name)
            if isinstance(name, str):
                names.append(name)
            elif item.get("givenName") or item.get("familyName"):
                names.append(f"{item.get('givenName', '')} {item.get('familyName', '')}")
    return [_SPACE.sub(" ", name).strip() for name in names if name and name.strip()]


_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})


def text_near_headline(
    tree: HtmlElement,
    after_chars: int = 300,
    before_pieces: int = 6,
    headline: HtmlElement | None = None,
) -> tuple[list[str], list[str]]:
    """The text pieces (text nodes, in document order) just before `headline` (by
    default the first ``<h1>``; at most `before_pieces`) and just after it (about
    `after_chars` characters): where a page prints its byline and date. Both empty
    without a headline.

    An element's pieces are its text and its tail, taken where the element starts
    (as `tree.iter()` meets it); a script's or style's own text is not a piece.
    Only the elements next to the headline are visited, walking outwards from it."""
    if headline is None:
        headline = next(tree.iter("h1"), None)
    if headline is None:
        return [], []
    before: list[str] = []
    for element in _elements_before(headline):
        texts = _pieces(element)
        before.extend(reversed(texts))
        if len(before) >= before_pieces:
            break
    after: list[str] = [headline.tail] if headline.tail and headline.tail.strip() else []
    size = 0
    for element in _elements_after(headline):
        texts = _pieces(element)
        after.extend(texts)
        size += sum(len(text) for text in texts)
        if size > after_chars:
            break
    return before[:before_pieces][::-1], after


def _pieces(element: HtmlElement) -> list[str]:
    if not isinstance(element.tag, str):
        return []
    pieces = (element.tail,) if element.tag in _SKIPPED_TAGS else (element.text, element.tail)
    return [piece for piece in pieces if piece and piece.strip()]


def _elements_before(element: HtmlElement) -> Iterator[HtmlElement]:
    """The elements that `tree.iter()` meets before `element`, nearest first."""
    node: HtmlElement | None = element
    while node is not None:
        sibling = node.getprevious()
        while sibling is not None:
            yield from _reverse_preorder(sibling)
            sibling = sibling.getprevious()
        node = node.getparent()
        if node is not None:
            yield node


def _reverse_preorder(root: HtmlElement) -> Iterator[HtmlElement]:
    """The elements of `root`'s subtree in the reverse of `root.iter()`'s order."""
    stack: list[tuple[HtmlElement, bool]] = [(root, False)]
    while stack:
        node, expanded = stack.pop()
        if expanded:
            yield node
            continue
        stack.append((node, True))
        stack.extend((child, False) for child in node)


def _elements_after(element: HtmlElement) -> Iterator[HtmlElement]:
    """The elements that `tree.iter()` meets after `element` and its descendants."""
    node: HtmlElement | None = element
    while node is not None:
        for sibling in node.itersiblings():
            yield from sibling.iter()
        node = node.getparent()
