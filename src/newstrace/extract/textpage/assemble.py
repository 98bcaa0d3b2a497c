"""Join the lines labelled ``body`` into paragraphs and build the `Article`."""

from __future__ import annotations

import re
from itertools import compress, repeat
from operator import attrgetter

from newstrace.extract.textpage.header import Header
from newstrace.extract.textpage.labels import BODY
from newstrace.extract.textpage.lines import Line
from newstrace.extract.textpage.structure import Structure
from newstrace.records import Article, Removed, Span

__all__ = ["assemble", "body_paragraphs"]

# Shorter repeated lines are often subheadings ("Pros", "Cons") a body repeats.
_MIN_REPEAT = 40
_WORD = re.compile(r"[^\W_]")
_SENTENCE_END = frozenset(".!?:;\"”’')]…")
_TEXT = attrgetter("text")
_SPAN_START = Span.__dict__["start"].__set__
_SPAN_END = Span.__dict__["end"].__set__


def _continues(previous: Line, line: Line) -> bool:
    """Whether `line` is a hard-wrapped continuation of `previous`."""
    return (
        not line.blank_before
        and not line.bullet
        and not previous.bullet
        and previous.text[-1] not in _SENTENCE_END
        and line.text[0].islower()
    )


def _drop_wordless_and_repeats(lines: list[Line], labels: list[str]) -> None:
    """Relabel body lines that carry no text ("•", "***") or repeat an earlier one.

    Page dumps repeat blocks (a layout for phones beside one for desktops, a
    notice on every screen); an article does not repeat its own paragraphs.
    """
    seen: set[str] = set()
    for i, (line, label) in enumerate(zip(lines, labels, strict=True)):
        if label != BODY:
            continue
        # Most lines start with a letter or digit: what `_WORD` matches, without the regex.
        if not (line.text[0].isalnum() or _WORD.search(line.text)):
            labels[i] = "boilerplate"
        elif line.text in seen and len(line.text) >= _MIN_REPEAT:
            labels[i] = "duplicate"
        else:
            seen.add(line.text)


def body_paragraphs(lines: list[Line], labels: list[str]) -> list[str]:
    """The body lines as paragraphs: one per line, wrapped lines rejoined."""
    paragraphs: list[str] = []
    previous: Line | None = None
    for line, label in zip(lines, labels, strict=True):
        if label != BODY:
            previous = None
            continue
        if previous is not None and _continues(previous, line):
            paragraphs[-1] = f"{paragraphs[-1]} {line.text}"
        else:
            paragraphs.append(line.text)
        previous = line
    return paragraphs


def assemble(
    source: str,
    lines: list[Line],
    labels: list[str],
    header: Header,
    structure: Structure,
) -> Article:
    """The article: body paragraphs joined by blank lines, plus what was found."""
    _drop_wordless_and_repeats(lines, labels)
    paragraphs = body_paragraphs(lines, labels)
    spans: list[Span] = []
    offset = 0
    # Span(...) runs a dataclass __init__ and a check; these offsets are valid
    # by construction, so the slots are filled directly (twice as fast).
    new, set_start, set_end = object.__new__, _SPAN_START, _SPAN_END
    for paragraph in paragraphs:
        span = new(Span)
        set_start(span, offset)
        offset += len(paragraph)
        set_end(span, offset)
        spans.append(span)
        offset += 2
    # Removed(...) goes through a slower Python-level __new__; C-level maps
    # beat a generator over every line.
    removed = tuple(
        map(
            tuple.__new__,
            repeat(Removed),
            compress(zip(map(_TEXT, lines), labels, strict=True), map(BODY.__ne__, labels)),
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
