"""Attribution frames read off the dependency parse: cue, source, content and their company.

A frame is one reporting verb ("said", "told", "added"), reporting noun ("his
statement that") or "according to", with what the parse attaches to it: the
subject as source, the clausal complement as content, the person told as
addressee, "in an interview with ..." as channel, "reportedly" as hedge, "on
Monday" as the time. Frames whose content is missing here get it from an
adjacent quote later (`statements`).

The rules live beside this entry point: which verbs are cues (`cue_verbs`),
who holds the view (`view_holders`), which clause is the content
(`content_clauses`) and the frame's other details (`frame_details`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newstrace.analyze.content_clauses import (
    CLAUSE_LINKS,
    IMPRESSIONS,
    around_aside,
    content_root,
    content_span,
    impression_subject,
    is_as_clause,
    is_aside,
    preceding_clause,
)
from newstrace.analyze.cue_verbs import cue_span, is_cue_verb
from newstrace.analyze.frame_details import fill_details
from newstrace.analyze.lexicon import CUE_NOUNS, STANCE_NOUNS, STANCE_PREPS
from newstrace.analyze.parse_tree import subtree_without, token_span
from newstrace.analyze.view_holders import (
    number_subject,
    owner_of_view,
    source_span,
    stranded_subject,
    subject_of,
)
from newstrace.records import Span

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

__all__ = ["Frame", "find_frames", "verb_frame"]


@dataclass
class Frame:
    """One cue with what the parse attaches to it (character spans into the text)."""

    cue: Span
    head: Token
    source: Span | None = None
    source_root: Token | None = None
    content: list[Span] = field(default_factory=list)
    channel: Span | None = None
    addressee: Span | None = None
    hedge: Span | None = None
    when: Span | None = None
    via: list[Span] = field(default_factory=list)
    according: bool = False
    # A poll's finding ("In a new poll, most voters said …"): what is said inside is part of it.
    finding: bool = False
    # The content is an object or infinitive, not a clause: a quote beside the cue wins.
    weak: bool = False
    # The character range of the cue's own clause (source, cue, attached phrases).
    clause: Span | None = None
    # Said inside what an earlier cue reports: a statement only when an outlet relays it.
    reported_within: bool = False


def _clause(tokens: Iterable[Token]) -> Span | None:
    return token_span(tokens, trim=" \t\n\r")


def verb_frame(verb: Token) -> Frame | None:
    """The frame of any verb: for a verb right beside a quote, whatever the lexicon says."""
    return _verb_frame(verb)


def _verb_frame(verb: Token) -> Frame | None:
    cue = cue_span(verb)
    if cue is None:
        return None
    subject = subject_of(verb)
    if subject is None:
        subject = stranded_subject(verb)
    if subject is None:
        subject = number_subject(verb)
    frame = Frame(cue=cue, head=verb)
    if subject is not None:
        frame.source = source_span(subject)
        frame.source_root = subject
    root, frame.weak = content_root(verb)
    if root is None and (is_aside(verb) or is_as_clause(verb)):
        frame.content.extend(around_aside(verb))
    else:
        if root is not None and root.i == verb.head.i:
            content = token_span(subtree_without(root, [verb]))
        elif root is not None and root.dep_ in IMPRESSIONS:
            frame.content.extend(impression_subject(verb))
            content = token_span(root.subtree)
        else:
            content = content_span(root) if root is not None else preceding_clause(verb)
        if content is not None:
            frame.content.append(content)
    fill_details(frame, subject, root)
    own = [verb]
    if subject is not None:
        own.extend(subject.subtree)
    for child in verb.children:
        if (
            (root is None or child.i != root.i)
            and child.dep_ not in ("punct", "cc")
            and child.dep_ not in CLAUSE_LINKS
        ):
            own.extend(child.subtree)
    frame.clause = _clause(own)
    return frame


def _according_frame(accord: Token) -> Frame | None:
    to = next((c for c in accord.children if c.lower_ == "to"), None)
    if to is None:
        return None
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    cue = token_span([accord, to])
    if cue is None:
        return None
    frame = Frame(cue=cue, head=accord, according=True)
    frame.source = token_span(obj.subtree)
    frame.source_root = obj
    host = accord.head
    if host.i != accord.i:
        # The claim is the clause around "according to X", on whichever side holds more of it.
        phrase = {t.i for t in accord.subtree}
        rest = [t for t in host.subtree if t.i not in phrase and not t.is_punct]
        before = [t for t in rest if t.i < accord.i]
        after = [t for t in rest if t.i > max(phrase)]
        content = token_span(before if len(before) >= len(after) else after)
        if content is not None:
            frame.content.append(content)
    frame.clause = _clause(accord.subtree)
    return frame


def _noun_frame(noun: Token) -> Frame | None:
    """ "His statement that ...", "Lavrov's remarks that ...": a reporting noun with a clause."""
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if clause is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    verb = _verb_of_channel(noun)
    if owner is not None:
        owner = owner_of_view(noun, owner)
    if verb is not None:
        # "Weaver says in a statement that …", "stressing in his remarks that …": the parse
        # hangs the clause on the noun; the verb is the cue and its subject the source.
        cue = token_span([verb])
        owner = subject_of(verb)
    else:
        cue = token_span([noun])
    if cue is None:
        return None
    frame = Frame(cue=cue, head=noun)
    if owner is not None:
        frame.source = source_span(owner) if verb is not None else token_span(owner.subtree)
        frame.source_root = owner
    content = content_span(clause)
    if content is not None:
        frame.content.append(content)
    inner = {t.i for t in clause.subtree}
    frame.clause = _clause(t for t in noun.subtree if t.i not in inner)
    return frame


def _verb_of_channel(noun: Token) -> Token | None:
    """The cue verb of "said in a statement", "wrote in an email" (the noun its channel)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "through"):
        return None
    verb = prep.head
    return verb if verb.i < noun.i and is_cue_verb(verb) else None


def _stance_frame(noun: Token) -> Frame | None:
    """ "Ruiz's attacks on Ott": a noun of stance, its owner and what it is about."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in STANCE_PREPS), None)
    topic = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if owner is None or prep is None or topic is None:
        return None
    cue = token_span([noun, prep])
    content = token_span(topic.subtree)
    if cue is None or content is None:
        return None
    owner = owner_of_view(noun, owner)
    frame = Frame(cue=cue, head=noun, source=token_span(owner.subtree), source_root=owner)
    frame.content.append(content)
    frame.weak = True
    frame.clause = _clause(t for t in noun.subtree if t.i < topic.i)
    return frame


def _reported_within(verb: Token) -> bool:
    """A cue inside what an earlier cue reports ("she wrote that he told them …").

    The report is the outer cue's; the inner one is part of its content, unless
    an outlet relays it ("the Ledger reported that the mayor said …": see `chain`).
    """
    head = verb.head
    if head.i > verb.i or not is_cue_verb(head):
        return False
    if any(t.is_quote for t in verb.doc[head.i + 1 : verb.i]):
        # "''She says …,'' Tom Blake said": the parse hung the cue on a verb in the
        # quote before it; what is quoted does not report the reporter's cue.
        return False
    if verb.dep_ == "xcomp":
        # "declined to say …" is one report; in "relied on readers to report it" the
        # readers report, not the subject of the outer verb.
        return not any(c.dep_ in ("dobj", "prep") and c.i < verb.i for c in head.children)
    return verb.dep_ == "ccomp"


def _names_a_thing(verb: Token) -> bool:
    """A cue in a clause that names a thing rather than reports it.

    "What seemed clear was …", "what is described as a rout": the subject is "what",
    and no one is quoted.
    """
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "what" for c in verb.children)


def _that_said(verb: Token) -> bool:
    """ "That said, …" opening a sentence means "even so": nothing is reported."""
    doc = verb.doc
    return (
        verb.lemma_.lower() == "say"
        and verb.i == verb.sent.start + 1
        and doc[verb.i - 1].lower_ == "that"
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].text == ","
    )


def find_frames(doc: Doc) -> list[Frame]:
    """Every attribution frame in the parse, in text order."""
    frames: list[Frame] = []
    for token in doc:
        frame: Frame | None = None
        if token.lower_ == "according" and token.dep_ == "prep":
            frame = _according_frame(token)
        elif is_cue_verb(token) and not (_names_a_thing(token) or _that_said(token)):
            frame = _verb_frame(token)
            if frame is not None:
                frame.reported_within = _reported_within(token)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in CUE_NOUNS:
            frame = _noun_frame(token)
        elif token.pos_ == "NOUN" and token.lower_ in STANCE_NOUNS:
            frame = _stance_frame(token)
        if frame is not None:
            frames.append(frame)
    return frames
