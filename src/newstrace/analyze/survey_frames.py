"""Findings a sentence opens by crediting to a poll: "In the new Herald poll, Ruiz leads".

A sentence that opens with "in" and a poll or survey reports what that poll
found: the poll is the source, "In" the cue, the rest of the clause the
content. Only the opening position is read: "Ruiz leads in the polls" at the
end of a clause is mostly the reporter's own summary, not a finding credited
to one poll.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newstrace.analyze.attribution import Frame
from newstrace.analyze.lexicon import CUE_VERBS
from newstrace.analyze.parse_tree import token_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["survey_frames"]

_SURVEY_NOUNS = ("poll", "survey")


def survey_frames(doc: Doc) -> list[Frame]:
    """A frame for every clause that opens with "In <a poll or survey>, …"."""
    frames = []
    for token in doc:
        if token.lower_ == "in" and token.dep_ == "prep":
            frame = _survey_frame(token)
            if frame is not None:
                frames.append(frame)
    return frames


def _survey_frame(prep: Token) -> Frame | None:
    survey = next((c for c in prep.children if c.dep_ == "pobj"), None)
    host = prep.head
    if survey is None or survey.lemma_.lower() not in _SURVEY_NOUNS:
        return None
    if host.pos_ not in ("VERB", "AUX") or host.i < prep.i or not _opens_clause(prep, host):
        return None
    if _named_reporter(host):
        return None
    phrase = {t.i for t in prep.subtree}
    content = token_span(t for t in host.subtree if t.i not in phrase)
    cue = token_span([prep])
    source = token_span(survey.subtree)
    if content is None or cue is None or source is None:
        return None
    frame = Frame(cue=cue, head=prep, source=source, source_root=survey, finding=True)
    frame.content.append(content)
    frame.clause = token_span(prep.subtree, trim=" \t\n\r")
    return frame


def _named_reporter(host: Token) -> bool:
    """ "In a poll of 800 voters, Democracy Corps found that …": the named body that
    reports is the source, and its own verb the cue; the poll is how it found out."""
    if host.lemma_.lower() not in CUE_VERBS:
        return False
    return any(
        c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG"))
        for c in host.children
    )


def _opens_clause(prep: Token, host: Token) -> bool:
    """Nothing of the clause but punctuation comes before the "in" phrase."""
    first = min(t.i for t in host.subtree)
    return all(t.is_punct or t.is_space for t in prep.doc[first : prep.i])
