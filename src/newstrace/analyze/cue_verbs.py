"""Which verbs are cues, and the words of the cue itself.

A verb is a cue when the lexicon lists it, when it takes the preposition that
makes it one ("called for"), or when the learned model (`cue_model`) is sure
enough; verbs of phase ("continued to") and of perception ("saw the film")
report nothing by themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newstrace.analyze.cue_model import cue_probability
from newstrace.analyze.lexicon import CUE_VERBS, LIGHT_OBJECTS, PREP_CUE_VERBS, words
from newstrace.analyze.parse_tree import token_span

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newstrace.records import Span

__all__ = ["CUE_THRESHOLD", "cue_span", "is_cue_verb"]

# A verb outside the word lists is a cue when the learned model is this sure (chosen with
# the model's C by publisher-grouped cross-validation on train: bench/cue_model_cv.py).
CUE_THRESHOLD = 0.45
# Verbs of phase, attempt or readiness: with an infinitive they report nothing themselves.
_ASPECTUAL = words("continue begin start try seek manage keep attempt struggle poise")
# Verbs of having, placing, sending or handing over: the learned model takes them for
# cues from the company they keep ("took to the stage", "sent a letter"), but they
# report nothing unless their object is a stance ("took a shot at the mayor").
_NOT_LEARNED = words("have take put send spend pick hit launch schedule deliver provide")
# Verbs of perception, and "maintain" (keep up a lead, a pace), report a view only with
# a clause or an "as" phrase ("polls find that …", "she maintained that …").
_WITH_A_CLAUSE = ("see", "find", "maintain")


def is_cue_verb(token: Token) -> bool:
    """Whether `token` is a verb that reports what someone says or thinks."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "compound", "aux", "auxpass"):
        return False
    if _after_a_possessive(token):
        return False
    if token.lemma_.lower() in _ASPECTUAL and any(c.dep_ == "xcomp" for c in token.children):
        # "continues to grow", "tried to reach": the verb it governs is the cue, if any.
        return False
    if token.lemma_.lower() in _WITH_A_CLAUSE and not _states_a_view(token):
        # "saw the film", "can't find jobs": no view reported.
        return False
    if token.lemma_.lower() in CUE_VERBS:
        return True
    preps = PREP_CUE_VERBS.get(token.lemma_.lower())
    if preps and any(c.dep_ == "prep" and c.lower_ in preps for c in token.children):
        return True
    if token.pos_ != "VERB":
        return False
    if token.lemma_.lower() in _NOT_LEARNED and not _has_light_object(token):
        return False
    return cue_probability(token) >= CUE_THRESHOLD


def _after_a_possessive(token: Token) -> bool:
    """ "the convention's pledged delegates", "Trump's reported net worth", "her framing":
    a word right after a possessive describes or names a thing, whatever the tagger says."""
    return token.i > 0 and token.doc[token.i - 1].tag_ in ("POS", "PRP$")


def _has_light_object(verb: Token) -> bool:
    return any(
        c.dep_ == "dobj" and (c.lower_ in LIGHT_OBJECTS or c.lemma_.lower() in LIGHT_OBJECTS)
        for c in verb.children
    )


def _states_a_view(verb: Token) -> bool:
    """ "Polls find that …", "developers see golf courses as wasted space"."""
    return any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)


def cue_span(verb: Token) -> Span | None:
    """The cue's words: the verb with its auxiliaries, negation and particle ("has not said")."""
    tokens = [verb]
    for child in verb.children:
        if (child.dep_ in ("aux", "auxpass", "neg") and child.i < verb.i) or child.dep_ == "prt":
            tokens.append(child)
    tokens.sort(key=lambda t: t.i)
    # Keep only the contiguous run that ends at the verb ("has said", not "did he say").
    run = [verb]
    for token in reversed([t for t in tokens if t.i < verb.i]):
        if token.i == run[0].i - 1:
            run.insert(0, token)
    run.extend(t for t in tokens if t.i > verb.i)
    return token_span(run)
