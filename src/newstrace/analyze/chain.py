"""Relay chains: which frames are statements, and through whom each reached the article.

"According to Reuters" on a cue, or closing a statement's content, is that
statement's `via`; an outlet's report around a statement ("the Kyiv
Independent reported that Lavrov said …") is too, after the inner ones, so
`via` reads innermost first. Stance verbs inside another's content ("Ruiz
said he plans to …") are not statements of their own, nor is any saying inside
a poll's finding or an unrelayed "according to X" ("In the poll, most voters
said …").
"""

from __future__ import annotations

from newstrace.analyze.attribution import Frame
from newstrace.analyze.lexicon import OUTLET_WORDS, SPEECH_VERBS
from newstrace.analyze.nlp import text_of
from newstrace.records import Span

__all__ = ["outermost", "relays"]


def outermost(frames: list[Frame]) -> list[Frame]:
    """Frames less those that only report a stance inside another's content.

    In "Ruiz said he plans to continue", "plans" and "continue" belong to
    what Ruiz said; a verb of speech inside a content ("X reported that Y
    said …") is a statement of its own, relayed. An infinitive stance verb is a
    statement only with a source of its own ("X went on radio to criticize …").
    """
    kept = []
    for frame in frames:
        head = frame.head
        if frame.according:
            kept.append(frame)
            continue
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
        speech = head.lemma_.lower() in SPEECH_VERBS
        if infinitive and not speech and frame.source is None:
            continue
        nested = any(other is not frame and _cue_inside(frame, other) for other in frames)
        if nested and not speech:
            continue
        kept.append(frame)
    return kept


def _is_outlet(frame: Frame) -> bool:
    root = frame.source_root
    if root is None or frame.source is None:
        return False
    words = {w.strip(".,'’s").lower() for w in frame.source.of(text_of(root.doc)).split()}
    return bool(words & OUTLET_WORDS) or (
        root.ent_type_ == "ORG" and frame.head.lemma_ in ("report", "write")
    )


def _according_host(frame: Frame, by_head: dict[int, Frame], frames: list[Frame]) -> Frame | None:
    """The statement an "according to X" relays: the cue it hangs from, or the one whose
    content it closes ("He added that talks would go on, according to Reuters")."""
    if not frame.according:
        return None
    host = by_head.get(frame.head.head.i)
    if host is not None and host is not frame:
        return host
    for other in frames:
        if other.according or not other.content:
            continue
        last = other.content[-1]
        if last.start < frame.cue.start < last.end and other.cue.end <= last.start:
            # The relay phrase ends the content: cut it off there.
            cut = frame.clause.start if frame.clause is not None else frame.cue.start
            other.content[-1] = Span(last.start, max(last.start, _trim_end(frame, cut)))
            return other
    return None


def _trim_end(frame: Frame, cut: int) -> int:
    text = text_of(frame.head.doc)
    while cut > 0 and text[cut - 1] in " ,;—–-":
        cut -= 1
    return cut


def _outside_findings(frames: list[Frame]) -> list[Frame]:
    """Frames less those inside what a poll found or an unrelayed "according to X" holds:
    "60 percent said they …, according to the poll" is the poll's statement, the
    respondents' saying part of it."""
    findings = [f for f in frames if f.finding or f.according]
    return [
        frame
        for frame in frames
        if frame.finding
        or frame.according
        or not any(_cue_inside(frame, finding) for finding in findings)
    ]


def _cue_inside(frame: Frame, other: Frame) -> bool:
    """`frame`'s cue starts inside what `other` reports."""
    return any(c.start <= frame.cue.start < c.end for c in other.content)


def relays(frames: list[Frame]) -> tuple[list[Frame], dict[int, list[Span]]]:
    """Frames left as statements, and the via spans of each frame (by id)."""
    via: dict[int, list[Span]] = {}
    by_head = {frame.head.i: frame for frame in frames if not frame.according}
    kept: list[Frame] = []
    for frame in frames:
        host = _according_host(frame, by_head, frames)
        if host is not None and frame.source is not None:
            via.setdefault(id(host), []).append(frame.source)
            continue
        kept.append(frame)
    kept = _outside_findings(kept)
    for outer in kept:
        if not _is_outlet(outer) or not outer.content or outer.source is None:
            continue
        for inner in kept:
            if inner is not outer and any(
                c.start <= inner.cue.start and inner.cue.end <= c.end for c in outer.content
            ):
                via.setdefault(id(inner), []).append(outer.source)
    kept = [f for f in kept if not f.reported_within or id(f) in via or _is_outlet(f)]
    return kept, via
