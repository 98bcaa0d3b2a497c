"""Content tails that hold a statement of their own.

"He criticized the plan, which the auditors said was careless": the clause set
off by a comma or a dash after the content ("which …", "saying …", "while …")
carries another cue; what the first cue reports ends there.
"""

from __future__ import annotations

from newstrace.analyze.attribution import Frame
from newstrace.analyze.nlp import text_of
from newstrace.records import Span

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
        cut = _first_aside(frame, last, max(inside))
        if cut is not None:
            frame.content[-1] = Span(last.start, cut)
    return frames


def _first_aside(frame: Frame, piece: Span, before: int) -> int | None:
    """Where the first aside in `piece` that starts by `before` begins."""
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
            return end if end > piece.start else None
    return None
