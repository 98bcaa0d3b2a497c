"""Content tails that hold a statement of their own.

"He criticized the plan, which the auditors said was careless": the clause set
off by a comma or a dash after the content ("which …", "saying …", "while …")
carries another cue; what the first cue reports ends there. A participle there
that the parse hung on the content's verb is said by the first cue's source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newstrace.analyze.attribution import Frame
from newstrace.analyze.nlp import text_of
from newstrace.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["cut_tails_with_statements"]

# Words that open a clause set off after the content: relative, or of contrast.
_ASIDE_OPENERS = ("which", "whom", "whose", "while", "although", "though", "whereas")
# What sets such a clause off: a comma or a dash.
_ASIDE_MARKS = (",", "—", "–", "-", "--")


def cut_tails_with_statements(frames: list[Frame]) -> list[Frame]:
    """`frames`, each content's last piece cut before an aside holding another's cue."""
    cues = [frame.cue.start for frame in frames]
    for frame in frames:
        if not frame.content or frame.content[-1].start < frame.cue.end:
            continue
        last = frame.content[-1]
        inside = [c for c in cues if last.start < c < last.end and c != frame.cue.start]
        if not inside:
            continue
        aside = _first_aside(frame, last, max(inside))
        if aside is None:
            continue
        cut, opener = aside
        frame.content[-1] = Span(last.start, cut)
        for other in frames:
            if other.head.i == opener.i and _hung_inside(other.head, last):
                # "She said her father had been fair, saying …": the parse hung the
                # participle on the content's verb; she, not her father, is saying it.
                other.source, other.source_root = frame.source, frame.source_root
    return frames


def _hung_inside(participle: Token, piece: Span) -> bool:
    """A participle with no subject whose parse head lies in `piece`."""
    if participle.tag_ != "VBG" or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in participle.children
    ):
        return False
    return piece.start <= participle.head.idx < piece.end


def _first_aside(frame: Frame, piece: Span, before: int) -> tuple[int, Token] | None:
    """Where the first aside in `piece` that starts by `before` begins, and its first word."""
    doc = frame.head.doc
    text = text_of(doc)
    span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
    if span is None:
        return None
    for token in span[1:-1]:
        following = doc[token.i + 1]
        if token.text not in _ASIDE_MARKS or following.idx > before:
            continue
        if following.lower_ in _ASIDE_OPENERS or following.tag_ == "VBG":
            end = token.idx
            while end > piece.start and text[end - 1].isspace():
                end -= 1
            return (end, following) if end > piece.start else None
    return None
