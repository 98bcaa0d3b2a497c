"""Statements in title-case headlines: "Veteran Organiser Lena Holt Endorses Mayor Ruiz".

The tagger reads a capitalised verb in a title-case line as a proper noun, so
the parse of the article finds no cue there. Such a line is parsed again with
its words in lower case (same length, so offsets hold), and the frames found in
that parse that have a source are the headline's statements, unless the
article's own parse already gave a statement there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newstrace.analyze.attribution import Frame, find_frames
from newstrace.analyze.drafts import Draft, overlaps
from newstrace.analyze.nlp import load_nlp
from newstrace.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newstrace.records import Article

__all__ = ["headline_drafts", "is_title_case"]

_MIN_WORDS = 4
_MAX_WORDS = 30
_CAPITALISED_SHARE = 0.8
# A headline statement is a guess read off a second parse.
_CONFIDENCE = 0.6


def is_title_case(line: str) -> bool:
    """A one-line paragraph of 4 to 30 words, nearly every word capitalised."""
    if "\n" in line.strip():
        return False
    words = [w for w in line.split() if w[:1].isalpha()]
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    return sum(w[0].isupper() for w in words) >= _CAPITALISED_SHARE * len(words)


def headline_drafts(article: Article, doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Statements of the title-case paragraphs that no draft in `drafts` covers."""
    found: list[Draft] = []
    for para in article.paragraphs:
        line = article.text[para.start : para.end]
        if not is_title_case(line):
            continue
        lowered = line[:1] + line[1:].lower()
        if len(lowered) != len(line):
            continue  # a letter whose lower case is longer would shift the offsets
        # The article's parse already named the people in it; the line's own parse
        # need not, which halves its cost.
        for frame in find_frames(load_nlp()(lowered, disable=["ner"])):
            if frame.source is None or not frame.content:
                continue
            moved = _moved(frame, para.start, doc)
            if moved is None or any(
                overlaps(piece, other)
                for d in drafts + found
                for other in d.content
                for piece in moved.content
            ):
                continue
            found.append(
                Draft(list(moved.content), moved, source=moved.source, confidence=_CONFIDENCE)
            )
    return found


def _moved(frame: Frame, offset: int, doc: Doc) -> Frame | None:
    """The frame with its spans moved into the article, and its tokens the article's."""

    def shift(span: Span | None) -> Span | None:
        return Span(span.start + offset, span.end + offset) if span is not None else None

    cue = shift(frame.cue)
    source = shift(frame.source)
    if cue is None or source is None:
        return None
    head = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    owner = doc.char_span(source.start, source.end, alignment_mode="expand")
    if head is None or owner is None:
        return None
    moved = Frame(cue=cue, head=head.root, source=source, source_root=owner.root)
    moved.content = [s for s in (shift(c) for c in frame.content) if s is not None]
    moved.clause = shift(frame.clause)
    return moved
