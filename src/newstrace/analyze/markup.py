"""Markup left in a page's text: tags and their attributes are not speech.

Plain-text copies of pages sometimes keep an embed's markup
(``<post author="x" date="y">Ana Ruiz wrote …</post>``). A cue inside a tag
(its name or an attribute), or content that runs into one, reads the markup
as prose: such frames are dropped. A source that starts inside a tag keeps
only the words after it ("Ana Ruiz").
"""

from __future__ import annotations

import re

from newstrace.analyze.attribution import Frame
from newstrace.records import Span

__all__ = ["without_markup"]

# An attribute ('author="'), a tag's end ('">'), or a tag's start ("<post ", "</post>").
_TAG_PIECE = re.compile(r"""\w=["']|["']>|</?[A-Za-z][\w-]*(?:[\s>/]|$)""")

_TAG_START = re.compile(r"</?[A-Za-z]")


def without_markup(frames: list[Frame], text: str) -> list[Frame]:
    """`frames` less those read from markup, with sources cut to the words after a tag."""
    kept = []
    for frame in frames:
        if _in_markup(text, frame.cue) or any(_in_markup(text, c) for c in frame.content):
            continue
        if frame.source is not None and _in_markup(text, frame.source):
            frame.source = _after_tag(text, frame.source)
        kept.append(frame)
    return kept


def _in_markup(text: str, span: Span) -> bool:
    return bool(_TAG_PIECE.search(text, span.start, span.end)) or _inside_tag(text, span.start)


def _inside_tag(text: str, start: int) -> bool:
    """A tag opened since the line began and not closed: `start` is in it."""
    line_start = text.rfind("\n", 0, start) + 1
    opened = [m.start() for m in _TAG_START.finditer(text, line_start, start)]
    return bool(opened) and text.find(">", opened[-1], start) < 0


def _after_tag(text: str, span: Span) -> Span | None:
    """The part of `span` after the last ">" in it, when that part is clear of markup."""
    closed = text.rfind(">", span.start, span.end)
    start = closed + 1
    while start < span.end and text[start].isspace():
        start += 1
    if closed < 0 or start >= span.end:
        return None
    rest = Span(start, span.end)
    return None if _TAG_PIECE.search(text, rest.start, rest.end) else rest
