"""The details of a frame: hedge, channel, addressee and time.

Phrases hung from the cue or its subject: "reportedly" as hedge, "in an
interview with …" or "on X" as channel, the person told ("told reporters",
"said to reporters") as addressee, "on Monday" as the time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newstrace.analyze.lexicon import CHANNEL_NOUNS, HEDGES, PLATFORMS, TELL_VERBS
from newstrace.analyze.parse_tree import token_span

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newstrace.analyze.attribution import Frame
    from newstrace.records import Span

__all__ = ["fill_details"]

_TIME_PREPS = ("on", "in", "at", "during", "last", "earlier", "this")
_CHANNEL_PREPS = ("in", "at", "during", "on", "via", "through", "to")
# Verbs whose "to" phrase is the person spoken to ("said to reporters").
_SAID_TO = ("say", "write", "speak", "explain", "complain")


def _attached(verb: Token, subject: Token | None) -> list[Token]:
    """Tokens that phrases about the statement may hang from: the cue and its subject."""
    return [verb] + ([subject] if subject is not None else [])


def fill_details(frame: Frame, subject: Token | None, content_root: Token | None) -> None:
    """Set the frame's hedge, channel, time and addressee from phrases on the cue or subject."""
    verb = frame.head
    for anchor in _attached(verb, subject):
        for child in anchor.children:
            if content_root is not None and child.i == content_root.i:
                continue
            lower = child.lower_
            if child.dep_ == "advmod" and lower in HEDGES and frame.hedge is None:
                frame.hedge = token_span([child])
            elif child.dep_ == "prep" and lower in _CHANNEL_PREPS:
                _prep_phrase(frame, child, verb)
            elif child.dep_ == "npadvmod" and child.ent_type_ == "DATE" and frame.when is None:
                frame.when = token_span(child.subtree)
            elif (
                anchor.i == verb.i
                and child.dep_ in ("dobj", "dative")
                and verb.lemma_.lower() in TELL_VERBS
                and frame.addressee is None
            ):
                frame.addressee = _with_trailing_name(child, verb)


def _prep_phrase(frame: Frame, prep: Token, verb: Token) -> None:
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if not objects:
        return
    obj = objects[0]
    lower = prep.lower_
    if obj.ent_type_ in ("DATE", "TIME") and lower in _TIME_PREPS and frame.when is None:
        frame.when = token_span([prep, *obj.subtree])
    elif (obj.lemma_.lower() in CHANNEL_NOUNS and frame.channel is None) or (
        lower == "on" and obj.lower_ in PLATFORMS and frame.channel is None
    ):
        frame.channel = token_span(obj.subtree)
    elif lower == "to" and verb.lemma_.lower() in _SAID_TO and frame.addressee is None:
        frame.addressee = token_span(obj.subtree)


def _with_trailing_name(obj: Token, verb: Token) -> Span | None:
    """The addressee, with a name the parser hung beside it ("US broadcaster NBC")."""
    tokens = list(obj.subtree)
    last = max(t.i for t in tokens)
    doc = obj.doc
    if last + 1 < len(doc):
        following = doc[last + 1]
        if following.pos_ == "PROPN" and following.head.i == verb.i and following.dep_ != "nsubj":
            tokens.extend(following.subtree)
    return token_span(tokens)
