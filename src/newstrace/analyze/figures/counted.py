"""What a figure counts and what happened to it, read from the dependency parse.

In "More than 4.5 million Ukrainian refugees have now fled", the number
modifies "refugees": the figure counts "Ukrainian refugees" and the predicate
is "fled". In "killed thousands of people" the number heads an "of" phrase:
it counts "people", predicate "killed". A money or percentage figure with no
noun of its own measures the noun it modifies ("a 10% tariff") or the subject
of its verb ("the shares advanced 8%").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from newstrace.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan

__all__ = ["Counted", "counted_of", "holder_of"]

_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
_CLIMB_DEPS = frozenset({"prep", "pobj", "conj", "appos", "dobj", "nsubj", "nsubjpass", "attr"})
_NOT_COUNTED = frozenset({"PRON", "NUM", "DET", "SYM", "PUNCT"})


@dataclass(frozen=True, slots=True)
class Counted:
    """The counted phrase and predicate as spans, and the counted noun's lemma."""

    counted: Span | None
    predicate: Span | None
    noun: str | None
    noun_is_count: bool


def _noun_phrase(noun: Token, after: int) -> TokenSpan:
    """`noun` with the adjectives and compound nouns in front of it, none before `after`."""
    start = noun.i
    for child in sorted(noun.lefts, key=lambda t: -t.i):
        if child.i < after or child.dep_ not in _MODIFIER_DEPS or child.pos_ in _NOT_COUNTED:
            break
        if child.i != start - 1 and not all(
            t.dep_ in _MODIFIER_DEPS or t.pos_ in ("ADJ", "NOUN", "PROPN")
            for t in noun.doc[child.i : start]
        ):
            break
        start = child.left_edge.i if child.left_edge.i >= after else child.i
    return noun.doc[start : noun.i + 1]


def _of_object(token: Token) -> Token | None:
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.rights:
                if grandchild.dep_ == "pobj" and grandchild.pos_ in ("NOUN", "PROPN", "PRON"):
                    return grandchild
    return None


def _predicate(token: Token) -> Token | None:
    node = token
    for _ in range(6):
        if node.pos_ in ("VERB",) and node != token:
            return node
        if node.dep_ == "ROOT" or node.head == node:
            return node if node.pos_ == "VERB" else None
        if node.dep_ not in _CLIMB_DEPS and node.dep_ not in _MODIFIER_DEPS | {
            "nummod",
            "quantmod",
            "npadvmod",
        }:
            return node.head if node.head.pos_ == "VERB" else None
        node = node.head
    return None


def _measured_noun(token: Token) -> Token | None:
    """The noun a quantity's prepositional phrase hangs on ("a fee of [20 euros]")."""
    node = token
    for _ in range(3):
        if node.dep_ in ("nummod", "compound", "quantmod", "nmod") and node.head.pos_ in (
            "NOUN",
            "SYM",
            "NUM",
        ):
            node = node.head
        else:
            break
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in ("of", "at"):
        noun = node.head.head
        if noun.pos_ in ("NOUN", "PROPN") and noun.lower_ not in _VAGUE_HEADS:
            return noun
    return None


_VAGUE_HEADS = frozenset({"total", "average", "one", "some", "most", "all", "each", "part"})


def _subject_of(verb: Token, depth: int = 0) -> Token | None:
    for child in verb.lefts:
        if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ not in ("PRON",):
            return child
    if depth < 3 and verb.head != verb:
        if verb.dep_ in ("conj", "xcomp", "advcl"):
            return _subject_of(verb.head, depth + 1)
        if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "attr") and verb.head.head != verb:
            # "Dell announced plans to lay off ...": the subject of "announced"
            return _subject_of(verb.head.head, depth + 1)
    return None


def _char_span(phrase: TokenSpan) -> Span:
    """`phrase` as character offsets, widened to whole words ("e-minis", "Ben-Moshe")."""
    doc = phrase.doc
    start, end = phrase.start, phrase.end
    while start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text in _JOINERS:
        start -= 2 if start > 1 and not doc[start - 2].whitespace_ else 1
    while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text in _JOINERS:
        end += 2 if end + 1 < len(doc) else 1
    return Span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))


_JOINERS = frozenset({"-", "–", "/"})


def counted_of(doc: Doc, start: int, end: int, has_unit: bool) -> Counted:
    """What the figure at character offsets `[start, end)` of `doc` counts, and its predicate."""
    figure = doc.char_span(start, end, alignment_mode="expand")
    if figure is None or len(figure) == 0:
        return Counted(None, None, None, False)
    root = figure.root
    noun: Token | None = None
    is_count = False
    head = root.head
    if (
        root.dep_ in ("nummod", "compound", "amod", "quantmod", "nmod")
        and head.i >= figure.end
        and head.pos_ in ("NOUN", "PROPN")
    ):
        noun, is_count = head, not has_unit
    elif root.pos_ in ("NOUN", "NUM", "SYM", "PROPN") and _of_object(root) is not None:
        noun, is_count = _of_object(root), not has_unit
    elif root.pos_ in ("NUM",) and not has_unit and figure.end < len(doc):
        following = doc[figure.end]
        if following.pos_ == "NOUN" and following.tag_ in ("NNS", "NNPS"):
            noun, is_count = following, True
    if noun is not None:
        phrase = _noun_phrase(noun, figure.end if noun.i >= figure.end else 0)
        verb = _predicate(noun)
        return Counted(
            _char_span(phrase),
            _char_span(doc[verb.i : verb.i + 1]) if verb is not None else None,
            noun.lemma_.lower() if is_count else None,
            is_count,
        )
    verb = _predicate(root)
    measured = _measured_noun(root)
    if measured is not None:
        # "a tax rate of 20 per cent", "ozone levels at 80 ppb"
        measure = _char_span(_noun_phrase(measured, 0))
        predicate = _char_span(doc[verb.i : verb.i + 1]) if verb is not None else None
        return Counted(measure, predicate, None, False)
    if verb is None:
        return Counted(None, None, None, False)
    subject = _subject_of(verb)
    counted = None
    if subject is not None and not (figure.start <= subject.i < figure.end):
        counted = _char_span(_noun_phrase(subject, 0))
    return Counted(counted, _char_span(doc[verb.i : verb.i + 1]), None, False)


def _of_what(figure: TokenSpan) -> Token | None:
    """ "3m copies of the novel": what the counted noun belongs to."""
    root = figure.root
    noun = root.head if root.dep_ in ("nummod", "compound") else root
    of_object = _of_object(noun)
    if of_object is not None and of_object.pos_ in ("NOUN", "PROPN"):
        return of_object
    return None


def _holder_by_verb(figure: TokenSpan) -> Token | None:
    node = figure.root
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.head == node:
            break
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return None
    if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN"):
        return node.head
    return _subject_of(node)


def _noun_before(figure: TokenSpan) -> Token | None:
    """The nearest noun left of the figure in its sentence, where the parse gave no subject."""
    sentence = figure.sent
    for token in reversed(figure.doc[max(sentence.start, figure.start - 40) : figure.start]):
        if token.pos_ in ("NOUN", "PROPN") and not token.is_stop:
            return token
    return None


def holder_of(doc: Doc, span: Span) -> Span | None:
    """Who or what has the figure at `span`: the subject of its verb ("the index" fell 2%).

    Climbs from the figure to the verb (or copula) that governs it and takes its
    subject with an "of" phrase ("the length of the bridge"); in a relative
    clause ("banks, which were up 2%") the noun the clause hangs on. Where
    the parse shows none, the nearest noun before the figure.
    """
    figure = doc.char_span(span.start, span.end, alignment_mode="expand")
    if figure is None or len(figure) == 0:
        return None
    if figure.root.pos_ == "NUM" and _of_object(figure.root) is not None:
        return None  # "one of the best screens": a member of a group, held by none
    counted = figure.root.head if figure.root.dep_ in ("nummod", "compound") else None
    subject = _measured_noun(figure.root) or _holder_by_verb(figure) or _of_what(figure)
    if subject is not None and subject in (counted, _of_object(figure.root)):
        return None  # "4.5 million refugees have fled": the counted noun holds nothing
    head = figure.root.head
    if subject is None and head.pos_ in ("NOUN", "PROPN") and head != counted:
        subject = head  # "FTSE -1%", "room size ≈ 20m2"
    if subject is None:
        subject = _noun_before(figure)
    if subject is None or figure.start <= subject.i < figure.end:
        return None
    phrase = _noun_phrase(subject, 0)
    end = phrase.end
    of_object = _of_object(subject)
    if (
        of_object is not None
        and of_object.i >= end
        and not (figure.start <= of_object.i < figure.end)
    ):
        end = of_object.i + 1
    return _char_span(doc[phrase.start : end])
