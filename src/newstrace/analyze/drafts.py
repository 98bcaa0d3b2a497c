"""Drafts of statements, and how a finished draft becomes a `Statement` record.

A draft holds the content pieces, the frame (cue, source and their company)
and, for a quote with no cue of its own, the statement it follows; the
speaker is resolved when the draft is turned into a record, in text order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newstrace.analyze.attribution import Frame
from newstrace.analyze.lexicon import words
from newstrace.analyze.nlp import text_of
from newstrace.analyze.quotes import Quote
from newstrace.analyze.when import resolve_when
from newstrace.records import Article, Span, Speaker, Statement, When

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newstrace.analyze.speakers import Resolver

__all__ = [
    "Draft",
    "build_statement",
    "opens_mid_sentence",
    "overlaps",
    "paragraph_of",
    "token_span_of_text",
]

# Verbs whose quoted object is the words said, with no "that" ("He says “…”",
# "chanted “…”"); other verbs take a quoted phrase ("explains “the advantages”").
_QUOTING_VERBS = words(
    """
    say write read tweet post declare claim echo chant shout yell scream exclaim cite
    state add reply answer ask proclaim
    """
)


# A closing mark, then the sentence going on in lower case.
_GOES_ON = re.compile(r"(?:''|[\"”’'»])[ \t\u00a0]+([a-z]+)\b")
# Words that open a source after a quote ("…” the mayor said, "…” she said).
_SOURCE_WORDS = words(
    """
    the a an he she they it we i his her their its one another some many most several
    said says say added asked told wrote
    """
)


_TITLE_WORD = re.compile(r"[\w’']+")
# The most words a quoted title runs to ("“Crippled Nation: How to Make the Nation Great”").
_TITLE_WORDS = 9
_TITLE_SMALL_WORDS = words("a an the of in on at to for by with from and or nor but as is vs")


@dataclass
class Draft:
    content: list[Span]
    frame: Frame | None = None
    speaker: Speaker | None = None
    via: list[Span] = field(default_factory=list)
    source: Span | None = None
    confidence: float = 0.9
    follows: Draft | None = None


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _quote_kind(content: list[Span], quotes: list[Quote], doc: Doc) -> str:
    """Direct when every piece is a quote that stands on its own; a quote opened
    mid-sentence ("said that “…”", "called it a “…”") is the reporter's sentence
    quoting some words, so mixed, unless a verb of saying introduces it with no
    "that" ("He says “…”", "chanted “…”")."""
    text = text_of(doc)
    inside = 0
    touched = False
    for piece in content:
        hits = [q for q in quotes if overlaps(q.span, piece)]
        holding = [
            q for q in hits if q.span.start <= piece.start + 1 and piece.end - 1 <= q.span.end
        ]
        if holding and not any(
            (opens_mid_sentence(q, text) and not _quoted_by_verb(q, doc))
            or _sentence_goes_on(q, text)
            or (len(content) == 1 and _reads_as_title(q, text))
            for q in holding
        ):
            inside += 1
        elif hits:
            touched = True
    if inside == len(content):
        return "direct"
    return "mixed" if touched or inside else "indirect"


def _quoted_by_verb(quote: Quote, doc: Doc) -> bool:
    """The quote is the object of a verb of saying right before its opening mark."""
    words = doc.char_span(quote.span.start, quote.span.end, alignment_mode="expand")
    if words is None:
        return False
    i = words.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    return i >= 0 and doc[i].pos_ == "VERB" and doc[i].lemma_.lower() in _QUOTING_VERBS


def token_span_of_text(text: str, start: int, end: int) -> Span | None:
    """[start, end) trimmed of spaces, quote marks and closing punctuation."""
    while start < end and text[start] in " \t\"“‘'«":
        start += 1
    while end > start and text[end - 1] in " \t\"”’'».":
        end -= 1
    return Span(start, end) if end > start else None


def _sentence_goes_on(quote: Quote, text: str) -> bool:
    """The reporter's sentence goes on after the closing mark ("“We are happy” about the
    deal"): the quote is a piece of it. A source after it ("…” the mayor said) is not."""
    if not quote.closed or not text[quote.span.end - 1 : quote.span.end].isalnum():
        return False
    after = _GOES_ON.match(text, quote.span.end)
    return after is not None and after.group(1) not in _SOURCE_WORDS


def _reads_as_title(quote: Quote, text: str) -> bool:
    """A title, slogan or headline in quote marks ("“Tales From the Crypt”", "“Make Our Town
    Great Again”"): a few words, each capitalised but the small joining ones, and no
    sentence ending or comma of speech."""
    inner = quote.span.of(text).strip(" \t\"“”‘’'")
    found = _TITLE_WORD.findall(inner)
    if not 2 <= len(found) <= _TITLE_WORDS or any(mark in inner for mark in ".!?…,;"):
        return False
    capitals = sum(1 for w in found if w[0].isupper() or w[0].isdigit())
    lower = [w for w in found if not (w[0].isupper() or w[0].isdigit())]
    return capitals >= 2 and all(w in _TITLE_SMALL_WORDS for w in lower)


def opens_mid_sentence(quote: Quote, text: str) -> bool:
    # Any space but a line break, which ends a paragraph ("that\u00a0“…").
    before = text[: quote.span.start].rstrip(" \t\u00a0\u2009\u202f\"“‘'«„")
    return bool(before) and (before[-1].isalnum() or before[-1] in "’")


def paragraph_of(offset: int, article: Article) -> int:
    for number, para in enumerate(article.paragraphs):
        if para.start <= offset < para.end:
            return number
    return -1


def build_statement(
    draft: Draft,
    article: Article,
    resolver: Resolver,
    speakers: list[tuple[int, Speaker]],
    resolved: dict[int, Speaker],
    vias: dict[int, list[Span]],
    quotes: list[Quote],
) -> Statement:
    frame = draft.frame
    if frame is not None:
        speaker = resolver.resolve(frame.source, frame.source_root, speakers)
    elif draft.follows is not None:
        earlier = resolved.get(id(draft.follows), Speaker(None))
        speaker = Speaker(earlier.name, earlier.role, "none")
    elif draft.source is not None:
        speaker = resolver.resolve_name(draft.source)
    else:
        speaker = Speaker(None)
    if (
        frame is not None
        and speaker.mention == "name"
        and frame.source is not None
        and speaker.name in resolver.people
    ):
        role = _role_in_source(frame.source, speaker, article.text)
        if role and speaker.name:
            resolver.learn_role(speaker.name, role)
            speaker = Speaker(speaker.name, role, speaker.mention)
    when = None
    if frame is not None and frame.when is not None:
        when = When(frame.when, resolve_when(frame.when.of(article.text), article.published))
    via = tuple(vias.get(id(frame), ())) if frame is not None else ()
    if draft.follows is not None and draft.follows.frame is not None:
        via = tuple(vias.get(id(draft.follows.frame), ()))
    confidence = draft.confidence if frame is not None or draft.confidence < 0.9 else 0.9
    if frame is not None and speaker.name is None:
        confidence = 0.6
    return Statement(
        kind=_quote_kind(draft.content, quotes, resolver.doc),
        content=tuple(draft.content),
        speaker=speaker,
        source=draft.source,
        cue=frame.cue if frame is not None else None,
        channel=frame.channel if frame is not None else None,
        addressee=frame.addressee if frame is not None else None,
        via=via,
        hedge=frame.hedge if frame is not None else None,
        when=when,
        confidence=confidence,
    )


def _role_in_source(source: Span, speaker: Speaker, text: str) -> str | None:
    """The role written in the source itself ("Russian foreign minister Sergei Lavrov")."""
    written = source.of(text)
    name = speaker.name or ""
    last = name.split()[-1] if name else ""
    cut = written.find(name.split()[0]) if name else -1
    if cut < 0 and last:
        cut = written.find(last)
    if cut <= 0:
        return speaker.role
    from newstrace.analyze.speakers import clean_role

    return clean_role(written[:cut]) or speaker.role
