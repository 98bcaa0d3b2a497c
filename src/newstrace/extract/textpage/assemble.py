"""Join the lines labelled ``body`` into paragraphs and build the `Article`."""

from __future__ import annotations

import re
from collections import deque
from itertools import accumulate, compress, repeat
from operator import add, eq, ne

from newstrace.extract.textpage.header import Header
from newstrace.extract.textpage.labels import BODY
from newstrace.extract.textpage.lines import PageLines
from newstrace.extract.textpage.structure import Structure
from newstrace.records import Article, Removed, Span

__all__ = ["assemble", "body_paragraphs"]

# Shorter repeated lines are often subheadings ("Pros", "Cons") a body repeats.
_MIN_REPEAT = 40
_WORD = re.compile(r"[^\W_]")
_SENTENCE_END = frozenset(".!?:;\"”’')]…")
_SPAN_START = Span.__dict__["start"].__set__
_SPAN_END = Span.__dict__["end"].__set__


def _continues(lines: PageLines, index: int) -> bool:
    """Whether line `index` is a hard-wrapped continuation of the line before it."""
    bullets = lines.bullets
    return (
        not lines.blank_before[index]
        and not bullets[index]
        and not bullets[index - 1]
        and lines.texts[index - 1][-1] not in _SENTENCE_END
        and lines.texts[index][0].islower()
    )


def _kept_paragraphs(lines: PageLines, labels: list[str]) -> list[str]:
    """The body paragraphs, after relabelling body lines that carry no text ("•",
    "***") or repeat an earlier one; one pass over the body lines only.

    Page dumps repeat blocks (a layout for phones beside one for desktops, a
    notice on every screen); an article does not repeat its own paragraphs.
    A line continues the paragraph before it as in `body_paragraphs`: only
    when the line right above it is body too.
    """
    paragraphs: list[str] = []
    seen: set[str] = set()
    texts, blank_before = lines.texts, lines.blank_before
    previous_index = -2
    for i in compress(range(len(labels)), map(eq, labels, repeat(BODY))):
        text = texts[i]
        # Most lines start with a letter or digit: what `_WORD` matches, without the regex.
        if not (text[0].isalnum() or _WORD.search(text)):
            labels[i] = "boilerplate"
            continue
        if text in seen and len(text) >= _MIN_REPEAT:
            labels[i] = "duplicate"
            continue
        seen.add(text)
        # Most body lines follow a blank line: no call to `_continues` for them.
        if previous_index == i - 1 and not blank_before[i] and _continues(lines, i):
            paragraphs[-1] = f"{paragraphs[-1]} {text}"
        else:
            paragraphs.append(text)
        previous_index = i
    return paragraphs


def body_paragraphs(lines: PageLines, labels: list[str]) -> list[str]:
    """The body lines as paragraphs: one per line, wrapped lines rejoined."""
    paragraphs: list[str] = []
    after_body = False
    for i, (text, label) in enumerate(zip(lines.texts, labels, strict=True)):
        if label != BODY:
            after_body = False
            continue
        if after_body and _continues(lines, i):
            paragraphs[-1] = f"{paragraphs[-1]} {text}"
        else:
            paragraphs.append(text)
        after_body = True
    return paragraphs


def assemble(
    source: str, lines: PageLines, labels: list[str], header: Header, structure: Structure
) -> Article:
    """The article: body paragraphs joined by blank lines, plus what was found."""
    texts = lines.texts
    paragraphs = _kept_paragraphs(lines, labels)
    lengths = list(map(len, paragraphs))
    starts = list(accumulate(map(add, lengths, repeat(2)), initial=0))
    # Span(...) runs a dataclass __init__ and a check; these offsets are valid
    # by construction, so the slots are filled directly (twice as fast).
    spans = list(map(object.__new__, repeat(Span, len(paragraphs))))
    deque(map(_SPAN_START, spans, starts), maxlen=0)
    deque(map(_SPAN_END, spans, map(add, starts, lengths)), maxlen=0)
    # Removed(...) goes through a slower Python-level __new__; C-level maps
    # beat a generator over every line.
    removed = tuple(
        map(
            tuple.__new__,
            repeat(Removed),
            compress(zip(texts, labels, strict=True), map(ne, labels, repeat(BODY))),
        )
    )
    return Article(
        source=source,
        text="\n\n".join(paragraphs),
        paragraphs=tuple(spans),
        title=header.title,
        dek=header.dek,
        authors=header.authors,
        published=header.published,
        site=header.site,
        images=structure.images,
        related=structure.related,
        sourcing=structure.sourcing,
        removed=removed,
    )
