"""Small readings of the dependency parse that the attribution rules share.

The character span a run of tokens covers, a token's subtree less some of its
branches, the "by" agent of a passive verb, and the labels and tags those rules
test for subjects and finite verbs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newstrace.analyze.nlp import text_of
from newstrace.records import Span

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

__all__ = ["FINITE_TAGS", "SUBJECTS", "agent", "subtree_without", "token_span"]

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_TRIM = " \t\n\r,.;:!?\"“”„«»‘’'—–-()[]"
FINITE_TAGS = ("VBD", "VBZ", "VBP")


def token_span(tokens: Iterable[Token], trim: str = _TRIM) -> Span | None:
    """The character span covering `tokens`, trimmed of spaces, punctuation and quote marks."""
    chosen = sorted(tokens, key=lambda t: t.i)
    if not chosen:
        return None
    text = text_of(chosen[0].doc)
    start, end = chosen[0].idx, chosen[-1].idx + len(chosen[-1].text)
    while start < end and text[start] in trim:
        start += 1
    while end > start and text[end - 1] in trim:
        end -= 1
    if start >= end:
        return None
    return Span(start, end)


def subtree_without(token: Token, cut: Iterable[Token]) -> list[Token]:
    """The tokens of `token`'s subtree outside the subtrees of `cut`."""
    skip: set[int] = set()
    for other in cut:
        skip.update(t.i for t in other.subtree)
    return [t for t in token.subtree if t.i not in skip]


def agent(verb: Token) -> Token | None:
    """The object of the passive verb's "by" phrase, if it has one."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None
