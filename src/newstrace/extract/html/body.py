"""The article body of an HTML page, as paragraphs.

trafilatura finds the main content (its own rules, with readability and
jusText as fallbacks it compares against), in two settings combined (see
`find_body`); comments are left out, since they are not the article. Each
block it keeps (paragraph, heading, list item, table row, quote) becomes one
paragraph. Sourcing lines ("Reporting by ...;
Editing by ...") are taken out of the body and returned apart.
"""

from __future__ import annotations

import logging
import re
from itertools import filterfalse

import trafilatura
from lxml.etree import strip_elements
from lxml.html import HtmlElement

from newstrace.extract.textpage.sourcing import is_sourcing

__all__ = ["Body", "find_body", "word_count"]

_MIN_BODY_WORDS = 5
# Measured on the two gold sets (bench/bench_html.py): fast precision first, the
# default balance for short results (under 150 words or a quarter of the page's),
# kept when it finds at least twice the words.
_SHORT_BODY_WORDS = 150
_RECALL_GAIN = 2.0
_SMALL_SHARE = 0.25
_WORD = re.compile(r"\w+")
_CODE_TAGS = ("script", "style", "noscript", "svg", "template")

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


class Body:
    """Paragraphs of the article, and the sourcing lines taken out of it."""

    __slots__ = ("paragraphs", "sourcing")

    def __init__(self, paragraphs: list[str], sourcing: list[str]) -> None:
        self.paragraphs = paragraphs
        self.sourcing = sourcing


def find_body(tree: HtmlElement, url: str | None = None) -> Body:
    """The body of the page parsed into `tree`.

    Scripts, styles and inline graphics are removed from `tree` first (so read
    the page's metadata before): trafilatura would copy them, once per run,
    only to drop them.

    trafilatura runs first favouring precision, without its fallback
    extractors (fast); when that finds under `_SHORT_BODY_WORDS` words, or
    under `_SMALL_SHARE` of the words on the page, it runs again with its
    default balance and fallbacks (readability, jusText), whose text is kept
    if it is at least `_RECALL_GAIN` times as long: precision mode sometimes
    drops most of an article, the default rarely.
    """
    strip_elements(tree, *_CODE_TAGS, with_tail=False)
    text = _trafilatura_text(tree, url, favor_precision=True, fast=True)
    words = word_count(text)
    # The second run keeps only text of the page: it cannot gain where the page is short.
    page_words = _page_words(tree)
    short = words < _SHORT_BODY_WORDS or words < _SMALL_SHARE * page_words
    if short and page_words >= _RECALL_GAIN * words:
        fuller = _trafilatura_text(tree, url, favor_precision=False, fast=False)
        if word_count(fuller) > _RECALL_GAIN * words:
            text = fuller
    paragraphs: list[str] = []
    sourcing: list[str] = []
    for line in text.split("\n"):
        line = " ".join(line.split())
        if not line:
            continue
        if is_sourcing(line) and paragraphs:
            sourcing.append(line)
        else:
            paragraphs.append(line)
    if _fewer_words(paragraphs, _MIN_BODY_WORDS):
        return Body([], [])  # a link or two left over from navigation is no article
    return Body(paragraphs, sourcing)


def _fewer_words(paragraphs: list[str], limit: int) -> bool:
    """Whether `paragraphs` hold fewer than `limit` words (counted only that far)."""
    count = 0
    for paragraph in paragraphs:
        count += len(paragraph.split())
        if count >= limit:
            return False
    return True


def _page_words(tree: HtmlElement) -> int:
    return word_count(tree.text_content())


def word_count(text: str) -> int:
    """How many runs of word characters (``\\w+``) `text` holds.

    Counted by the regular expression only in the whitespace-separated tokens that
    are not all letters and digits (each of which is one run): the same number,
    in about half the time on a page's text.
    """
    tokens = text.split()
    mixed = list(filterfalse(str.isalnum, tokens))
    return len(tokens) - len(mixed) + len(_WORD.findall(" ".join(mixed)))


def _trafilatura_text(
    tree: HtmlElement, url: str | None, *, favor_precision: bool, fast: bool
) -> str:
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        fast=fast,
        include_comments=False,
        favor_precision=favor_precision,
        with_metadata=False,
    )
    text = getattr(document, "text", None)
    return text if isinstance(text, str) else ""
