"""Entities: people, organisations, places and outlets named in an article.

Each has one canonical name per article and the mentions that refer to it:
names, and for people the pronouns and descriptions that statements'
sources resolved to them ("He added" -> Sergei Lavrov). An organisation is an
outlet when its name says so ("Reuters", "the Kyiv Independent") or when a
statement reached the article through it (`via`) or was given in an
interview with it. A place written where a government acts ("Moscow's
position", "Moscow said") stands for that government.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newstrace.analyze.lexicon import OUTLET_WORDS, words
from newstrace.analyze.places import government_of
from newstrace.analyze.speakers import clean_name
from newstrace.records import Article, Entity, Mention, Span, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as DocSpan

    from newstrace.analyze.speakers import Resolver

__all__ = ["find_entities"]

_KINDS = {"ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
# Nouns of what a government holds or does: "Moscow's position", "Beijing's response".
_STANCE_NOUNS = words(
    """
    position stance decision response policy ability plan plans demand demands
    claim claims offer proposal strategy refusal reaction threat warning move view
    approach attempt efforts effort government leadership officials forces army
    troops military
    """
)
_ACTION_VERBS = words(
    """
    say announce decide demand warn insist deny reject accuse refuse respond agree
    threaten claim urge vow pledge condemn sanction recognise recognize
    """
)


def _stands_for(ent: DocSpan) -> str | None:
    """The government a place name stands for here, or None when it is the place."""
    root = ent.root
    acts = False
    if (root.dep_ == "poss" and root.head.lemma_.lower() in _STANCE_NOUNS) or (
        root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in _ACTION_VERBS
    ):
        acts = True
    return government_of(clean_name(ent.text)) if acts else None


def _relayed(statements: tuple[Statement, ...]) -> list[Span]:
    spans: list[Span] = []
    for statement in statements:
        spans.extend(statement.via)
        if statement.channel is not None:
            spans.append(statement.channel)
        if statement.addressee is not None:
            spans.append(statement.addressee)
    return spans


def _channel_outlets(doc: Doc, statements: tuple[Statement, ...]) -> list[Span]:
    """The outlets in "an interview with Russia 24, RIA Novosti and TASS", one span each."""
    outlets: list[Span] = []
    for statement in statements:
        channel = statement.channel
        if channel is None:
            continue
        span = doc.char_span(channel.start, channel.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            if token.lower_ != "with" or token.dep_ != "prep":
                continue
            queue = [c for c in token.children if c.dep_ == "pobj"]
            while queue:
                head = queue.pop(0)
                links = [c for c in head.children if c.dep_ in ("conj", "appos")]
                queue.extend(links)
                cut = {t.i for link in links for t in link.subtree}
                words = [
                    t for t in head.subtree if t.i not in cut and t.dep_ not in ("cc", "punct")
                ]
                if words and any(t.pos_ == "PROPN" for t in words):
                    first, last = min(w.i for w in words), max(w.i for w in words)
                    name = doc[first : last + 1]
                    outlets.append(Span(name.start_char, name.start_char + len(name.text.rstrip())))
    return outlets


def _name_span(ent: DocSpan) -> Span:
    root = ent.root
    if ent.label_ == "ORG" and root.dep_ == "compound" and root.head.pos_ == "NOUN":
        # "the United Nations refugee agency": the organisation is the whole phrase.
        head = root.head
        if head.i > root.i and all(
            t.dep_ in ("compound", "amod") for t in ent.doc[ent.end : head.i]
        ):
            ent = ent.doc[ent.start : head.i + 1]
    start, end, text = ent.start_char, ent.end_char, ent.text.rstrip()
    if text.endswith(("'s", "’s")):
        end -= 2
    if text.lower().startswith("the "):
        start += 4
    return Span(start, max(start, end))


def find_entities(
    article: Article, doc: Doc, resolver: Resolver, statements: tuple[Statement, ...] = ()
) -> tuple[Entity, ...]:
    """The entities of `article`, in order of first mention."""
    found: dict[tuple[str, str], list[Mention]] = {}
    first: dict[tuple[str, str], int] = {}
    for name, person in resolver.people.items():
        key = ("person", name)
        found[key] = sorted(person.mentions, key=lambda m: m.span.start)
        first[key] = found[key][0].span.start if found[key] else 0
    relayed = _relayed(statements)
    text = article.text
    outlets = _channel_outlets(doc, statements)
    for span in outlets:
        key = ("outlet", clean_name(span.of(text)))
        found.setdefault(key, []).append(Mention(span))
        first.setdefault(key, span.start)
    for ent in doc.ents:
        if any(o.start < ent.end_char and ent.start_char < o.end for o in outlets):
            continue
        kind = _KINDS.get(ent.label_)
        if kind is None:
            continue
        if ent.root.pos_ not in ("PROPN", "NOUN"):
            continue  # "Ukrainian", "Russian": adjectives, not places
        span = _name_span(ent)
        name = clean_name(span.of(text))
        if not name:
            continue
        stands_for = None
        if kind == "organization":
            words = {w.strip(".,").lower() for w in name.split()}
            in_relay = any(r.start <= span.start and span.end <= r.end for r in relayed)
            if words & OUTLET_WORDS or in_relay:
                kind = "outlet"
        else:
            stands_for = _stands_for(ent)
        key = (kind, name)
        found.setdefault(key, []).append(Mention(span, "name", stands_for))
        first.setdefault(key, span.start)
    return _merged(found, first)


def _merged(
    found: dict[tuple[str, str], list[Mention]], first: dict[tuple[str, str], int]
) -> tuple[Entity, ...]:
    """One entity per name: an organisation also seen as an outlet is an outlet."""
    outlets = {name for kind, name in found if kind == "outlet"}
    merged: dict[tuple[str, str], list[Mention]] = {}
    order: dict[tuple[str, str], int] = {}
    for (kind, name), mentions in found.items():
        key = ("outlet", name) if kind == "organization" and name in outlets else (kind, name)
        merged.setdefault(key, []).extend(mentions)
        order[key] = min(order.get(key, first[(kind, name)]), first[(kind, name)])
    return tuple(
        Entity(name, kind, tuple(sorted(merged[(kind, name)], key=lambda m: m.span.start)))
        for kind, name in sorted(merged, key=lambda k: order[k])
    )
