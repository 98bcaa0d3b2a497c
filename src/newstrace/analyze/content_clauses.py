"""Which clause or phrase is the content a cue reports.

A clausal complement ("said that …") first, with a quote before the cue
ranked above an unquoted clause there; failing that, a weaker guess: an
infinitive, an object, what a light verb's object is aimed at, a topic phrase
("spoke about …"). A cue set inside the sentence it reports ("The plan, she
said, will …") takes the sentence on both sides; a cue hung after a clause
("Content, X said") takes that clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newstrace.analyze.cue_verbs import is_cue_verb
from newstrace.analyze.lexicon import (
    CIRCUMSTANCE_NOUNS,
    CUE_VERBS,
    DASHES,
    IMPERSONAL_VERBS,
    LIGHT_OBJECTS,
    PLATFORMS,
    PREP_CUE_VERBS,
    SPEECH_VERBS,
    STANCE_PREPS,
    TELL_VERBS,
    TOPIC_PREPS,
)
from newstrace.analyze.parse_tree import SUBJECTS, agent, subtree_without, token_span

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newstrace.records import Span

__all__ = [
    "CLAUSE_LINKS",
    "IMPRESSIONS",
    "around_aside",
    "content_root",
    "content_span",
    "impression_subject",
    "is_as_clause",
    "is_aside",
    "is_claim_of",
    "preceding_clause",
]

# Verbs whose "if" or "whether" clause is the question put.
_ASKING = ("ask", "wonder", "question", "inquire")
# What is told or asked, as the object of a verb of telling ("told a story").
_TALES = ("story", "joke", "question", "truth", "lie", "anecdote", "tale")
# One-word answers a verb of saying can report ("said yes", "said so").
_ANSWERS = ("yes", "no", "so")
# Verbs of opinion that take "so" or "that" for a view ("thinks so").
_OPINING = ("think", "believe", "hope", "suppose", "guess", "expect", "doubt", "agree")
# The complements that say what impression a "seem" or "appear" gives.
IMPRESSIONS = ("oprd", "acomp", "attr")
_QUOTE_MARKS = frozenset("\"“”‘’«»„'") | {"''", "``"}
# Verbs of wanting or expecting: joined to a content clause, they share its subject.
_WANTING = ("want", "expect", "plan", "hope", "intend", "wish", "need")
# Prepositions after a light verb's object that say whom or what it is aimed at.
_AIMED_PREPS = (*STANCE_PREPS, "at", "behind", "over", "toward", "towards")
# The same hung from the verb, less those that more often say where or when ("on Monday").
_AIMED_FROM_VERB = ("at", "behind", "against", "to", "over", "toward", "towards")
# Prepositions that describe a verb's object ("saw him as", "accused the mayor of").
_DESCRIBING_PREPS = ("as", "of", "for")
_CLAUSE_PRONOUNS = ("what", "that")
_RELATIVE_WORDS = ("who", "that", "which", "whom", "whose", "where", "when", "why")
CLAUSE_LINKS = ("parataxis", "ccomp", "advcl", "conj")


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


def content_root(verb: Token) -> tuple[Token | None, bool]:
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
    if lemma in IMPERSONAL_VERBS:
        # "The mayor seems fixated on parking": the impression, said of the subject.
        for child in children:
            if child.dep_ in IMPRESSIONS and child.i > verb.i:
                # "seemed likely to describe her as …": the cue inside reports it.
                inner = [t for t in child.subtree if t.i != child.i and is_cue_verb(t)]
                return (None if inner else child), True
    if lemma not in TELL_VERBS:
        for child in children:
            if child.dep_ == "dobj" and (_stands_for_content(child) or _described(child)):
                return _target_of(verb, child) or child, True
    for child in children:
        # "called for an inquiry", "spoke about the deal", "railed against the plan"; a phrase
        # before the verb says where or when ("On local radio, she called for …").
        if (
            child.dep_ == "prep"
            and child.i > verb.i
            and (child.lower_ in TOPIC_PREPS or child.lower_ in PREP_CUE_VERBS.get(lemma, ()))
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
            m.dep_ == "mark" and m.lower_ in TOPIC_PREPS and m.i < child.i for m in child.children
        ):
            return child, True
    for child in children:
        # "The plan was denounced by Democrats": what the passive cue is about is its subject.
        if child.dep_ == "nsubjpass" and (child.pos_ != "PRON" or agent(verb) is not None):
            return child, True
    return None, True


def _is_object_relative(verb: Token) -> bool:
    """ "a fact he often mentions", "an arrangement the campaign has criticized": with no
    relative word, the noun the clause hangs from is what the cue is about ("which he
    favors" has its "which")."""
    head = verb.head
    if verb.dep_ != "relcl" or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i:
        return False
    if head.ent_type_ in ("DATE", "TIME") or head.lemma_.lower() in CIRCUMSTANCE_NOUNS:
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


def impression_subject(verb: Token) -> list[Span]:
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
    return quoted and not any(t.text in DASHES for t in between)


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


def content_span(root: Token) -> Span | None:
    """The content under `root`, less its "that" and any next claim the parse hung on it."""
    marks = [
        c
        for c in root.children
        if c.dep_ == "mark" and c.i < root.i and (c.lower_ == "that" or c.lower_ in TOPIC_PREPS)
    ]
    tokens = subtree_without(root, marks)
    if root.dep_ == "dobj":
        tokens += [t for c in _complement_of(root) for t in c.subtree]
    claims = [c for c in root.children if is_claim_of(c, root) and _is_next_claim(c)]
    if claims:
        # "he said A and called B …", "…, adding that …": the parse hangs the speaker's
        # next claim on the content; it is a statement of its own.
        first = min(t.i for c in claims for t in c.subtree)
        tokens = [t for t in tokens if t.i < first]
        while tokens and tokens[-1].dep_ in ("cc", "punct"):
            tokens.pop()
    return token_span(tokens)


def _is_next_claim(verb: Token) -> bool:
    """A cue joined to the content is the speaker's next claim ("… and called for a vote"),
    unless it wants or expects: that goes on with the content's own subject ("she said
    she was tired and wanted a change"); nor is an infinitive, which says what the
    content's doer did it for ("said the board met to discuss the cuts")."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return is_cue_verb(verb) and verb.lemma_.lower() not in _WANTING


def is_claim_of(verb: Token, root: Token) -> bool:
    """`verb` is a clause after the clausal content `root` of another verb, hung from it."""
    return (
        verb.head.i == root.i
        and verb.i > root.i
        and verb.pos_ == "VERB"
        and verb.dep_ in ("advcl", "conj")
        and root.dep_ == "ccomp"
        and root.head.i != root.i
        and not any(c.dep_ in SUBJECTS for c in verb.children)
    )


def preceding_clause(verb: Token) -> Span | None:
    """ "Content, X said": the clause the cue hangs from, before the cue's own words."""
    head = verb.head
    if head.i == verb.i or verb.dep_ not in CLAUSE_LINKS or verb.i < head.i:
        return None
    if head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ == "mark" for c in verb.children):
        # "X suggested that the trend would continue": the clause is X's content, not a cue.
        return None
    first = min(t.i for t in verb.subtree)
    if verb.dep_ == "conj" and any(
        c.dep_ == "cc" and _after_earlier_conjuncts(verb) < c.i < first for c in head.children
    ):
        # "The plan was approved, but officials balked": a clause joined by "and" or "but"
        # is the sentence going on, not what the cue reports ("…, Ruiz said").
        return None
    return token_span(t for t in head.subtree if t.i < first)


def _after_earlier_conjuncts(verb: Token) -> int:
    """Where the clauses joined before `verb` end: an "and" or "but" before that joins
    them, not `verb` ("The mill is open, but it is struggling, said its owner")."""
    head = verb.head
    earlier = [c for c in head.children if c.dep_ == "conj" and c.i < verb.i]
    return max([head.i] + [max(t.i for t in c.subtree) for c in earlier])


def is_aside(verb: Token) -> bool:
    """ "The plan, she said, will cost more": a cue set inside the sentence it reports."""
    head = verb.head
    if verb.dep_ != "parataxis" or head.i < verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    # "“The plan,” she said, “will cost more”" is a quote split by its cue, read as such;
    # words quoted inside the sentence ("would ''widen the conversation''") are not.
    first = min(t.i for t in head.subtree)
    return not any(t.text in _QUOTE_MARKS for t in head.doc[first : verb.i])


def is_as_clause(verb: Token) -> bool:
    """ "As Ruiz pointed out, that is …", "…, as the council has acknowledged": the cue's "as"
    clause hangs from the sentence it reports."""
    return verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") and _marked(verb, ("as",))


def around_aside(verb: Token) -> list[Span]:
    """The reported sentence on both sides of an aside cue, in two pieces."""
    inner = [t.i for t in verb.subtree]
    first, last = min(inner), max(inner)
    sentence = list(verb.head.subtree)
    pieces = (
        token_span(t for t in sentence if t.i < first),
        token_span(t for t in sentence if t.i > last),
    )
    return [piece for piece in pieces if piece is not None]
