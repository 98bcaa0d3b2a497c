"""Attribution frames read off the dependency parse: cue, source, content and their company.

A frame is one reporting verb ("said", "told", "added"), reporting noun ("his
statement that") or "according to", with what the parse attaches to it: the
subject as source, the clausal complement as content, the person told as
addressee, "in an interview with ..." as channel, "reportedly" as hedge, "on
Monday" as the time. Frames whose content is missing here get it from an
adjacent quote later (`statements`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newstrace.analyze.cue_model import cue_probability
from newstrace.analyze.lexicon import (
    CHANNEL_NOUNS,
    CUE_NOUNS,
    CUE_VERBS,
    HEDGES,
    LIGHT_OBJECTS,
    PLATFORMS,
    PREP_CUE_VERBS,
    SPEECH_VERBS,
    STANCE_NOUNS,
    TELL_VERBS,
)
from newstrace.analyze.nlp import text_of
from newstrace.records import Span

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

__all__ = ["FINITE_TAGS", "Frame", "find_frames", "token_span", "verb_frame"]

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Links up which a verb with no subject of its own finds the one it shares.
_SUBJECT_CLIMB = ("advcl", "xcomp", "conj", "pcomp", "prep", "pobj", "acomp")
# A verb outside the word lists is a cue when the learned model is this sure.
CUE_THRESHOLD = 0.4
_TRIM = " \t\n\r,.;:!?\"“”„«»‘’'—–-()[]"
# Dependents of a source that are not part of the mention: "Lavrov in an interview".
_SOURCE_CUT = ("prep", "relcl", "acl", "punct", "cc", "advmod")
# Verbs of phase or attempt: with an infinitive they report nothing themselves.
_ASPECTUAL = ("continue", "begin", "start", "try", "seek", "manage", "keep", "attempt")
# Verbs of perception: a cue only with a clause or an "as" phrase ("polls find that …").
_PERCEIVING = ("see", "find")
# Verbs whose object is the means to the infinitive after it, which their subject does.
_MEANS_VERBS = ("use", "employ")
# Verbs whose "it" subject stands for no one ("it seems that …").
_IMPERSONAL = ("seem", "appear")
# Verbs whose "if" or "whether" clause is the question put.
_ASKING = ("ask", "wonder", "question", "inquire")
# What is told or asked, as the object of a verb of telling ("told a story").
_TALES = ("story", "joke", "question", "truth", "lie", "anecdote", "tale")
# One-word answers a verb of saying can report ("said yes", "said so").
_ANSWERS = ("yes", "no", "so")
# Verbs of opinion that take "so" or "that" for a view ("thinks so").
_OPINING = ("think", "believe", "hope", "suppose", "guess", "expect", "doubt", "agree")
# The complements that say what impression a "seem" or "appear" gives.
_IMPRESSIONS = ("oprd", "acomp", "attr")
_QUOTE_MARKS = frozenset("\"“”‘’«»„'") | {"''", "``"}
_DASHES = ("-", "--", "—", "–")
_TIME_PREPS = ("on", "in", "at", "during", "last", "earlier", "this")
_CHANNEL_PREPS = ("in", "at", "during", "on", "via", "through", "to")
# Prepositions whose object is what a cue with no clause or object is about.
_TOPIC_PREPS = ("for", "about", "against", "on", "of")
_STANCE_PREPS = (*_TOPIC_PREPS, "to")
# Prepositions after a light verb's object that say whom or what it is aimed at.
_AIMED_PREPS = (*_STANCE_PREPS, "at", "behind", "over", "toward", "towards")
# The same hung from the verb, less those that more often say where or when ("on Monday").
_AIMED_FROM_VERB = ("at", "behind", "against", "to", "over", "toward", "towards")
# Prepositions that describe a verb's object ("saw him as", "accused the mayor of").
_DESCRIBING_PREPS = ("as", "of", "for")
_CLAUSE_PRONOUNS = ("what", "that")
# Prepositions whose object is rarely what a participle after it quotes ("an email to
# supporters stating", "at one point calling", "on record opposing").
_NOT_DOCUMENT_PREPS = ("to", "at", "on")
_RELATIVE_WORDS = ("who", "that", "which", "whom", "whose", "where", "when", "why")
# Nouns a relative clause describes the circumstances of, not the topic: "the time he said".
_CIRCUMSTANCE_NOUNS = ("time", "way", "day", "year", "moment", "reason", "place", "point")
# Verbs whose "to" phrase is the person spoken to ("said to reporters").
_SAID_TO = ("say", "write", "speak", "explain", "complain")
_CLAUSE_LINKS = ("parataxis", "ccomp", "advcl", "conj")
FINITE_TAGS = ("VBD", "VBZ", "VBP")
_MIND_STATES = (
    "convince",
    "persuade",
    "mystify",
    "puzzle",
    "assure",
    "worry",
    "concern",
    "determine",
    "disappoint",
    "frustrate",
    "satisfy",
    "alarm",
    "outrage",
    "focus",
    "poise",
    "resolve",
)
# Prepositions whose object can be a gerund's doer ("with Lopez asking"), unlike the ones
# of place or time ("in Iowa campaigning").
_GERUND_PREPS = ("with", "about", "of", "over", "without", "against")
# Verbs whose "on" object does the infinitive after it ("rely on readers to report").
_RELYING = ("rely", "depend", "count", "call", "lean", "prevail")
# Verbs by which a thing moves a person's mind ("the data convinced him that …").
_AFFECTING = (
    "remind",
    "convince",
    "persuade",
    "amaze",
    "surprise",
    "astonish",
    "stun",
    "shock",
    "rattle",
    "strike",
    "impress",
    "worry",
    "trouble",
    "frustrate",
    "anger",
    "alarm",
    "disturb",
)
_PERSONAL_PRONOUNS = ("i", "we", "you", "he", "she", "they", "who")
_PART_NOUNS = ("majority", "minority", "half", "third", "quarter", "percent", "share", "number")


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


def _subtree_without(token: Token, cut: Iterable[Token]) -> list[Token]:
    skip: set[int] = set()
    for other in cut:
        skip.update(t.i for t in other.subtree)
    return [t for t in token.subtree if t.i not in skip]


def _is_cue_verb(token: Token) -> bool:
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "compound", "aux", "auxpass"):
        return False
    if token.lemma_.lower() in _ASPECTUAL and any(c.dep_ == "xcomp" for c in token.children):
        # "continues to grow", "tried to reach": the verb it governs is the cue, if any.
        return False
    if token.lemma_.lower() in _PERCEIVING and not _states_a_view(token):
        # "saw the film", "can't find jobs": no view reported.
        return False
    if token.lemma_.lower() in CUE_VERBS:
        return True
    preps = PREP_CUE_VERBS.get(token.lemma_.lower())
    if preps and any(c.dep_ == "prep" and c.lower_ in preps for c in token.children):
        return True
    return token.pos_ == "VERB" and cue_probability(token) >= CUE_THRESHOLD


def _states_a_view(verb: Token) -> bool:
    """ "Polls find that …", "developers see golf courses as wasted space"."""
    return any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it hangs from ("..., adding that")."""
    if _is_bare_question_participle(verb):
        # "Asked about the vote, Ruiz said …": Ruiz answers; the asker is only a "by" agent.
        return _agent(verb)
    if verb.lemma_ in _IMPERSONAL and not any(
        c.dep_ == "xcomp" and _is_cue_verb(c) for c in verb.children
    ):
        # "The plan seems doomed", "Trump appeared to be confused": an impression, no
        # speaker; "she appeared to imply that …" keeps hers.
        return None
    experiencer = _experiencer(verb)
    if experiencer is not None:
        return experiencer
    controller = _controller(verb) or _gerund_doer(verb) or _inverted_speaker(verb)
    if controller is not None:
        return controller
    current: Token | None = verb
    for _ in range(5):
        if current is None:
            return None
        subjects = [c for c in current.children if c.dep_ in _SUBJECTS]
        if (
            any(c.dep_ == "nsubjpass" for c in subjects)
            and current.i == verb.i
            and not _is_state_of_mind(verb)
        ):
            # "X was expected to …": X is not who expects; the agent ("by Y") is.
            return _agent(current)
        if subjects:
            # "LONDON (Reuters) - Donald Trump said": the dateline is parsed as a second
            # subject; the one nearest the verb is the speaker.
            before = [c for c in subjects if c.i < current.i]
            subject = before[-1] if before else subjects[0]
            if subject.lower_ == "that" and current.dep_ == "relcl":
                # "a group that advocates for …": the group, not "that".
                return current.head
            if subject.lower_ == "it" and (
                verb.lemma_ in _IMPERSONAL or (current.i != verb.i and current.lemma_ == "be")
            ):
                # "It seems that …", "it is hard to know …": nobody is speaking.
                return None
            return subject
        if current.dep_ == "relcl" and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return current.head
        if current.dep_ == "acl" and current.i == verb.i and _is_main_verb_of_fragment(current):
            # "A Quinnipiac poll found that …": the parse found no finite verb and hung the
            # real one on the noun before it, which is its subject.
            return current.head
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.i == verb.i:
            # "Tom Reyes, speaking to reporters": the person; "a reference to the film,
            # remarking": whoever the clause the noun sits in is about.
            if current.head.pos_ == "PROPN" or current.head.ent_type_ == "PERSON":
                return current.head
            if current.head.dep_ == "dobj":
                # "His office put out a statement saying …": whoever put it out.
                current = current.head.head
                continue
            if current.head.pos_ in ("NOUN", "PRON") and _names_the_document(current.head):
                # "polls showing …", "in a statement defending …": the poll, the statement.
                return current.head
            current = current.head
            continue
        if _holds_a_gerund(current, verb):
            # "took the step of criticizing …", "has a history of blaming …": whoever took it.
            current = current.head
            continue
        if current.dep_ == "dep" and current.i == verb.i and current.tag_ in FINITE_TAGS:
            # "Clinton paused, then revealed …": a finite verb the parse left loose is
            # its neighbour's conjunct.
            current = current.head
            continue
        if current.dep_ in _SUBJECT_CLIMB and current.head.i != current.i:
            if current.i == verb.i and _is_claim_of(verb, current.head):
                # "X said A and called B …": X calls, whoever A is about.
                current = current.head
            current = current.head
            continue
        return None
    return None


def _inverted_speaker(verb: Token) -> Token | None:
    """ "The plan, said Ruiz, would fail": the parse makes the fronted phrase the verb's
    subject and the name, set off by commas, the subject of the clause after it."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != "," or verb.i + 1 >= len(doc):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        name = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if name is None or name.left_edge.i != verb.i + 1:
            continue
        end = name.right_edge.i
        if doc[end].text == "," or (end + 1 < len(doc) and doc[end + 1].text == ","):
            return name
    return None


def _controller(verb: Token) -> Token | None:
    """Who does what an infinitive with no subject says: the object of the verb it
    completes ("the vote led the chairman to declare …"), unless that object is only the
    means ("she used the speech to attack …"); for a noun's infinitive, the one given the
    noun, or else who has it ("he had reason to know …")."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    doer = _infinitive_doer(verb)
    if doer is not None:
        return doer
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
        user = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if user is not None and head.lemma_.lower() in _MEANS_VERBS:
            return user  # "she used a blunt phrase to describe …": she describes
        return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if verb.dep_ == "relcl" and head.dep_ == "dobj" and head.pos_ in ("NOUN", "PRON"):
        owner = head.head
        given = next((c for c in owner.children if c.dep_ == "dative" and c.i < head.i), None)
        return given or next((c for c in owner.children if c.dep_ in _SUBJECTS), None)
    return None


def _experiencer(verb: Token) -> Token | None:
    """ "The attack reminded experts of …", "it amazes me that …": a thing, not a person,
    moves the mind of the verb's object, whose view the clause is."""
    if verb.lemma_.lower() not in _AFFECTING:
        return None
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subject is None or obj is None or subject.dep_ != "nsubj":
        return None
    if subject.pos_ == "PROPN" or subject.ent_type_ or subject.lower_ in _PERSONAL_PRONOUNS:
        return None
    return obj if obj.pos_ in ("PROPN", "PRON", "NOUN") else None


def _gerund_doer(verb: Token) -> Token | None:
    """ "The call ended with Lopez asking …", "worried about the mayor calling …": the noun
    right before a gerund with no subject of its own does it, however high the parse hung
    the gerund."""
    if verb.tag_ != "VBG" or verb.i < 1 or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i > noun.i:
        return None
    if noun.head.lower_ not in _GERUND_PREPS or noun.lemma_ in _CIRCUMSTANCE_NOUNS:
        return None
    part = noun.head.head
    # "56 percent of voters saying …": the share is the source, "of" narrows it.
    return part if _names_the_part(part, noun.head) else noun


def _infinitive_doer(verb: Token) -> Token | None:
    """ "They rely on readers to report it", "pressure on him to say": the object of "on" or
    "for" right before the infinitive's "to" is who does it."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i < 1:
        return None
    noun = verb.doc[to.i - 1]
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    prep = noun.head
    if prep.i > noun.i or noun.ent_type_ in ("DATE", "TIME"):
        return None
    if prep.lower_ == "for":
        return noun
    # "on" is a doer's only after a noun or a verb of relying ("pressure on him to …");
    # "went on the show to …", "calling friends on their phones to …" are not.
    leaning = prep.head.pos_ == "NOUN" or prep.head.lemma_ in _RELYING
    return noun if prep.lower_ in ("on", "upon") and leaning else None


def _holds_a_gerund(noun: Token, verb: Token) -> bool:
    """A verb's object or complement with a preposition before the gerund cue."""
    return (
        noun.dep_ in ("dobj", "attr")
        and noun.pos_ == "NOUN"
        and verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and verb.head.head.i == noun.i
    )


def _names_the_document(noun: Token) -> bool:
    """A noun a participle tells what it says, not whoever it is said to or by."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ not in _NOT_DOCUMENT_PREPS
        and noun.lemma_ not in _CIRCUMSTANCE_NOUNS
    )


def _is_main_verb_of_fragment(verb: Token) -> bool:
    head = verb.head
    return (
        head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and head.i < verb.i
        and verb.tag_ in (*FINITE_TAGS, "VBN")
        and not any(c.dep_ in ("agent", "prep") and c.i < verb.i for c in verb.children)
    )


def _is_state_of_mind(verb: Token) -> bool:
    """ "Ackman is convinced that …", "voters are worried about …": the subject holds the
    view, unless a "by" agent is named."""
    return verb.lemma_.lower() in _MIND_STATES and _agent(verb) is None


def _is_bare_question_participle(verb: Token) -> bool:
    return (
        verb.lemma_ == "ask"
        and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "advcl"))
        and not any(c.dep_ in (*_SUBJECTS, "auxpass", "aux") for c in verb.children)
    )


def _stranded_subject(verb: Token) -> Token | None:
    """A name the parse hung in apposition to a fronted phrase, right before a finite verb
    with no subject ("At the club, Jay Holt, its president, suggested that …", "In an
    interview with Al Ray, the senator stated that …")."""
    if verb.dep_ != "ROOT" or verb.tag_ not in FINITE_TAGS or verb.i < 2:
        return None
    before = verb.doc[verb.i - 1]
    if before.text != ",":
        return _apposition_before(verb)
    token = verb.doc[verb.i - 2]
    while token.head.i != token.i and token.head.i < verb.i:
        if token.dep_ == "appos" and token.head.dep_ == "pobj":
            return token if token.pos_ == "PROPN" else None
        token = token.head
    return None


def _number_subject(verb: Token) -> Token | None:
    """A share the parse hung on a finite verb as a number ("About 4 in 10 say …")."""
    if verb.tag_ not in FINITE_TAGS or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    return next((c for c in verb.lefts if c.dep_ == "nummod"), None)


def _apposition_before(verb: Token) -> Token | None:
    """The apposition that ends right before the verb, if the parse made one."""
    token = verb.doc[verb.i - 1]
    while token.head.i != token.i and token.head.i < verb.i:
        if token.dep_ == "appos":
            last = token.right_edge.i == verb.i - 1
            return token if last and token.pos_ in ("NOUN", "PROPN") else None
        token = token.head
    return None


def _source(subject: Token) -> Span | None:
    cut = [
        c
        for c in subject.children
        if c.dep_ in _SOURCE_CUT and c.i > subject.i and not _names_the_part(subject, c)
    ]
    return token_span(_after_dateline(_subtree_without(subject, cut)))


def _names_the_part(subject: Token, prep: Token) -> bool:
    """ "some of his admirers", "majorities of Democrats": the "of" says who speaks."""
    return prep.lower_ == "of" and (
        subject.pos_ in ("PRON", "DET", "NUM") or subject.lemma_.lower() in _PART_NOUNS
    )


def _after_dateline(tokens: list[Token]) -> list[Token]:
    """A source less the dateline the parse ran into it ("LONDON (Reuters) - Tom Becker")."""
    for k, token in enumerate(tokens[1:], 1):
        if token.text in _DASHES and tokens[k - 1].text == ")" and k + 1 < len(tokens):
            return tokens[k + 1 :]
    return tokens


def _stands_for_content(obj: Token) -> bool:
    """An object that can be what a cue is about: a noun phrase, or a pronoun for one
    ("opposed it", "praised her"); not a reflexive ("distanced himself from") nor the
    "what" or "that" of a clause the parse opened with it."""
    if obj.pos_ != "PRON":
        return True
    lower = obj.lower_
    return not lower.endswith(("self", "selves")) and lower not in _CLAUSE_PRONOUNS


def _described(obj: Token) -> bool:
    """ "dismissed him as an actor", "called herself a moderate": the pronoun object has
    a description after it, which with it is what the cue says."""
    return any(_complement_of(obj))


def _complement_of(obj: Token) -> list[Token]:
    verb = obj.head
    return [
        c
        for c in verb.children
        if c.i > obj.i
        and (c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ in _DESCRIBING_PREPS))
    ][:1]


def _content_root(verb: Token) -> tuple[Token | None, bool]:
    """The head of the content among the verb's dependents, and whether it is only a guess.

    A clause ("said that …") is the content; failing that, an infinitive
    ("vowed to fight") or an object ("denounced the plan") is a weaker one,
    which a quote beside the cue replaces.
    """
    children = list(verb.children)
    clauses = [c for c in children if c.dep_ == "ccomp"]
    for child in sorted(clauses, key=lambda c: _clause_rank(c, verb)):
        if child.i > verb.i:
            return child, False
        if _set_apart(child, verb):
            continue
        if _clause_rank(child, verb) == 0 or not _has_own_object(verb):
            return child, False
    if _is_object_relative(verb):
        return verb.head, True
    for child in children:
        if child.dep_ == "xcomp":
            return child, True
    lemma = verb.lemma_.lower()
    for child in children:
        if child.i < verb.i:
            continue
        if lemma in _ASKING and child.dep_ == "advcl" and _marked(child, ("if", "whether")):
            return child, False  # "asked the students if they were …"
        if (lemma in SPEECH_VERBS or lemma in _OPINING) and _is_short_answer(child):
            return child, True  # "said yes", "would not say so", "only half believe that"
        if lemma in TELL_VERBS and child.dep_ == "dobj":
            if child.lemma_.lower() in _TALES:
                return child, True  # "told the story of …", "asked questions"
            reminder = _topic_of(child, lemma)
            if reminder is not None:
                return reminder, True  # "reminded voters of the years he lived there"
    if lemma in _IMPERSONAL:
        # "The mayor seems fixated on parking": the impression, said of the subject.
        for child in children:
            if child.dep_ in _IMPRESSIONS and child.i > verb.i:
                # "seemed likely to describe her as …": the cue inside reports it.
                inner = [t for t in child.subtree if t.i != child.i and _is_cue_verb(t)]
                return (None if inner else child), True
    if lemma not in TELL_VERBS:
        for child in children:
            if child.dep_ == "dobj" and (_stands_for_content(child) or _described(child)):
                return _target_of(verb, child) or child, True
    for child in children:
        # "called for an inquiry", "spoke about the deal", "railed against the plan"
        if child.dep_ == "prep" and (
            child.lower_ in _TOPIC_PREPS or child.lower_ in PREP_CUE_VERBS.get(lemma, ())
        ):
            topic = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if (
                topic is not None
                and topic.ent_type_ not in ("DATE", "TIME")
                and topic.lower_ not in PLATFORMS
            ):
                return topic, True
    for child in children:
        # "called for all candidates to lay out plans": the parse makes "for" a clause's mark.
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in _TOPIC_PREPS and m.i < child.i for m in child.children
        ):
            return child, True
    for child in children:
        # "The plan was denounced by Democrats": what the passive cue is about is its subject.
        if child.dep_ == "nsubjpass" and (child.pos_ != "PRON" or _agent(verb) is not None):
            return child, True
    return None, True


def _is_object_relative(verb: Token) -> bool:
    """ "a fact he often mentions", "an arrangement the campaign has criticized": with no
    relative word, the noun the clause hangs from is what the cue is about ("which he
    favors" has its "which")."""
    head = verb.head
    if verb.dep_ != "relcl" or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return False
    if head.ent_type_ in ("DATE", "TIME") or head.lemma_.lower() in _CIRCUMSTANCE_NOUNS:
        return False  # "the time he said", "the way she put it"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(t.lower_ in _RELATIVE_WORDS for t in verb.subtree):
        return False  # "a group that advocates …": the group speaks
    return not any(
        c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "oprd", "acomp")
        or (c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children))
        for c in verb.children
        if c.i > verb.i
    )


def _impression_subject(verb: Token) -> list[Span]:
    """Who or what a "seem" or "appear" is said of: its subject, unless an empty "it"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("it", "there"):
        return []
    span = token_span(t for t in subject.subtree if t.i <= subject.i)
    return [span] if span is not None else []


def _marked(clause: Token, marks: tuple[str, ...]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _is_short_answer(child: Token) -> bool:
    if child.dep_ == "dobj" and child.lower_ == "that" and not list(child.children):
        # "believe that." with nothing after it: the pronoun, not a clause's opening word.
        following = child.doc[child.i + 1] if child.i + 1 < len(child.doc) else None
        return following is None or following.is_punct
    return child.lower_ in _ANSWERS and (
        child.dep_ in ("intj", "dobj") or (child.dep_ == "advmod" and child.lower_ == "so")
    )


def _topic_of(person: Token, lemma: str) -> Token | None:
    """The "about" phrase on the person a verb of telling addresses, or the "of" one after
    "remind" or "warn" ("told members of Congress" names who was told)."""
    preps = ("of", "about") if lemma in ("remind", "warn", "inform", "notify") else ("about",)
    prep = next((c for c in person.rights if c.dep_ == "prep" and c.lower_ in preps), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None


def _clause_rank(clause: Token, verb: Token) -> int:
    """A quote before the cue first ("“…,” Ana Ruiz said, …"), then a clause after it:
    an unquoted clause before the cue is often the sentence before, which the parse hung
    on this verb ("She met lawyers; one suggested she …", "Inside the hall - which looks
    like a church - Ruiz said he …")."""
    if clause.i < verb.i:
        return 0 if _quoted_before(clause, verb) else 2
    return 1


def _quoted_before(clause: Token, verb: Token) -> bool:
    """A quote mark closes between the clause and its verb, and no dash (a phrase quoted
    inside the subject: "a brand pitched as “the place for women” - noted that …")."""
    between = verb.doc[clause.right_edge.i : verb.i]
    quoted = any(t.text in _QUOTE_MARKS for t in between)
    return quoted and not any(t.text in _DASHES for t in between)


def _target_of(verb: Token, obj: Token) -> Token | None:
    """What a light verb's object is aimed at: "took a shot at the mayor", "offered his
    congratulations to the winners" (the phrase hung from the object or the verb)."""
    if verb.lemma_.lower() in CUE_VERBS:
        return None  # "expressed her support for the plan" reports the support
    if obj.lower_ not in LIGHT_OBJECTS and obj.lemma_.lower() not in LIGHT_OBJECTS:
        return None
    preps = [c for c in (*obj.rights, *verb.rights) if c.i > obj.i and c.dep_ in ("prep", "dative")]
    for prep in sorted(preps, key=lambda c: c.i)[:1]:
        if prep.lower_ in (_AIMED_PREPS if prep.head.i == obj.i else _AIMED_FROM_VERB):
            return next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    return None


def _has_own_object(verb: Token) -> bool:
    """ "Herself a former judge — she sat for years — Ruiz offered her view": an object
    after the cue is what it reports, not the unquoted clause the parse hung before it."""
    told = verb.lemma_.lower() in TELL_VERBS  # "…, the official told reporters"
    preps = PREP_CUE_VERBS.get(verb.lemma_.lower(), ())  # "…, his wife called for a recount"
    return any(
        (
            c.dep_ == "xcomp"
            or (c.dep_ == "dobj" and not told)
            or (c.dep_ == "prep" and c.lower_ in preps)
        )
        and c.i > verb.i
        for c in verb.children
    )


def _set_apart(clause: Token, verb: Token) -> bool:
    """A clause before its verb that a semicolon, colon or line break ends: a sentence of
    its own ("Morale fell; workers blame the board"), not what the verb reports."""
    between = verb.doc[clause.right_edge.i + 1 : verb.i]
    last = clause.doc[clause.right_edge.i]
    return any(t.text in (";", ":") or "\n" in t.text for t in (last, *between))


def _content(root: Token) -> Span | None:
    marks = [
        c
        for c in root.children
        if c.dep_ == "mark" and c.i < root.i and (c.lower_ == "that" or c.lower_ in _TOPIC_PREPS)
    ]
    tokens = _subtree_without(root, marks)
    if root.dep_ == "dobj":
        tokens += [t for c in _complement_of(root) for t in c.subtree]
    claims = [c for c in root.children if _is_claim_of(c, root) and _is_cue_verb(c)]
    if claims:
        # "he said A and called B …", "…, adding that …": the parse hangs the speaker's
        # next claim on the content; it is a statement of its own.
        first = min(t.i for c in claims for t in c.subtree)
        tokens = [t for t in tokens if t.i < first]
        while tokens and tokens[-1].dep_ in ("cc", "punct"):
            tokens.pop()
    return token_span(tokens)


def _is_claim_of(verb: Token, root: Token) -> bool:
    """`verb` is a clause after the clausal content `root` of another verb, hung from it."""
    return (
        verb.head.i == root.i
        and verb.i > root.i
        and verb.pos_ == "VERB"
        and verb.dep_ in ("advcl", "conj")
        and root.dep_ == "ccomp"
        and root.head.i != root.i
        and not any(c.dep_ in _SUBJECTS for c in verb.children)
    )


def _preceding_clause(verb: Token) -> Span | None:
    """ "Content, X said": the clause the cue hangs from, before the cue's own words."""
    head = verb.head
    if head.i == verb.i or verb.dep_ not in _CLAUSE_LINKS or verb.i < head.i:
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "mark" for c in verb.children):
        # "X suggested that the trend would continue": the clause is X's content, not a cue.
        return None
    first = min(t.i for t in verb.subtree)
    if verb.dep_ == "conj" and any(c.dep_ == "cc" and head.i < c.i < first for c in head.children):
        # "The plan was approved, but officials balked": a clause joined by "and" or "but"
        # is the sentence going on, not what the cue reports ("…, Ruiz said").
        return None
    return token_span(t for t in head.subtree if t.i < first)


def _is_aside(verb: Token) -> bool:
    """ "The plan, she said, will cost more": a cue set inside the sentence it reports."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i < verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    # "“The plan,” she said, “will cost more”" is a quote split by its cue, read as such;
    # words quoted inside the sentence ("would ''widen the conversation''") are not.
    first = min(t.i for t in head.subtree)
    return not any(t.text in _QUOTE_MARKS for t in head.doc[first : verb.i])


def _is_as_clause(verb: Token) -> bool:
    """ "As Ruiz pointed out, that is …", "…, as the council has acknowledged": the cue's "as"
    clause hangs from the sentence it reports."""
    return verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and _marked(verb, ("as",))


def _around_aside(verb: Token) -> list[Span]:
    """The reported sentence on both sides of an aside cue, in two pieces."""
    inner = [t.i for t in verb.subtree]
    first, last = min(inner), max(inner)
    sentence = list(verb.head.subtree)
    pieces = (
        token_span(t for t in sentence if t.i < first),
        token_span(t for t in sentence if t.i > last),
    )
    return [piece for piece in pieces if piece is not None]


def _attached(verb: Token, subject: Token | None) -> list[Token]:
    """Tokens that phrases about the statement may hang from: the cue and its subject."""
    return [verb] + ([subject] if subject is not None else [])


def _fill_details(frame: Frame, subject: Token | None, content_root: Token | None) -> None:
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


def _cue_span(verb: Token) -> Span | None:
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


def _clause(tokens: Iterable[Token]) -> Span | None:
    return token_span(tokens, trim=" \t\n\r")


def verb_frame(verb: Token) -> Frame | None:
    """The frame of any verb: for a verb right beside a quote, whatever the lexicon says."""
    return _verb_frame(verb)


def _verb_frame(verb: Token) -> Frame | None:
    cue = _cue_span(verb)
    if cue is None:
        return None
    subject = _subject(verb)
    if subject is None:
        subject = _stranded_subject(verb)
    if subject is None:
        subject = _number_subject(verb)
    frame = Frame(cue=cue, head=verb)
    if subject is not None:
        frame.source = _source(subject)
        frame.source_root = subject
    root, frame.weak = _content_root(verb)
    if root is None and (_is_aside(verb) or _is_as_clause(verb)):
        frame.content.extend(_around_aside(verb))
    else:
        if root is not None and root.i == verb.head.i:
            content = token_span(_subtree_without(root, [verb]))
        elif root is not None and root.dep_ in _IMPRESSIONS:
            frame.content.extend(_impression_subject(verb))
            content = token_span(root.subtree)
        else:
            content = _content(root) if root is not None else _preceding_clause(verb)
        if content is not None:
            frame.content.append(content)
    _fill_details(frame, subject, root)
    own = [verb]
    if subject is not None:
        own.extend(subject.subtree)
    for child in verb.children:
        if (
            (root is None or child.i != root.i)
            and child.dep_ not in ("punct", "cc")
            and child.dep_ not in _CLAUSE_LINKS
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
    verb = _verb_of_channel(noun) if owner is None else None
    if verb is not None:
        # "Weaver says in a statement that …": the parse hangs the clause on the noun;
        # the verb is the cue and its subject the source.
        cue = token_span([verb])
        owner = _subject(verb)
    else:
        cue = token_span([noun])
    if cue is None:
        return None
    frame = Frame(cue=cue, head=noun)
    if owner is not None:
        frame.source = _source(owner) if verb is not None else token_span(owner.subtree)
        frame.source_root = owner
    content = _content(clause)
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
    return verb if verb.i < noun.i and _is_cue_verb(verb) else None


def _stance_frame(noun: Token) -> Frame | None:
    """ "Cruz's attacks on Trump": a noun of stance, its owner and what it is about."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in _STANCE_PREPS), None)
    topic = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if owner is None or prep is None or topic is None:
        return None
    cue = token_span([noun, prep])
    content = token_span(topic.subtree)
    if cue is None or content is None:
        return None
    frame = Frame(cue=cue, head=noun, source=token_span(owner.subtree), source_root=owner)
    frame.content.append(content)
    frame.weak = True
    frame.clause = _clause(t for t in noun.subtree if t.i < topic.i)
    return frame


def find_frames(doc: Doc) -> list[Frame]:
    """Every attribution frame in the parse, in text order."""
    frames: list[Frame] = []
    for token in doc:
        frame: Frame | None = None
        if token.lower_ == "according" and token.dep_ == "prep":
            frame = _according_frame(token)
        elif _is_cue_verb(token):
            frame = _verb_frame(token)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in CUE_NOUNS:
            frame = _noun_frame(token)
        elif token.pos_ == "NOUN" and token.lower_ in STANCE_NOUNS:
            frame = _stance_frame(token)
        if frame is not None:
            frames.append(frame)
    return frames
