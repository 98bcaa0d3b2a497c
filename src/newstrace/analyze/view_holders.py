"""Who holds the view a cue reports: its source, read off the parse.

Mostly the cue's subject, or the subject of the verb it hangs from ("...,
adding that"); but also who does what an infinitive or a gerund with no
subject says ("led the chairman to declare", "with Lopez asking"), whose mind
a thing moves ("the data convinced him"), a name set off after the cue ("said
Ruiz") or left in apposition before it, and a share given as a number ("4 in
10 say"). `source_span` cuts the mention out of the subject's phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newstrace.analyze.content_clauses import is_claim_of
from newstrace.analyze.cue_verbs import is_cue_verb
from newstrace.analyze.lexicon import CIRCUMSTANCE_NOUNS, DASHES, IMPERSONAL_VERBS
from newstrace.analyze.parse_tree import (
    FINITE_TAGS,
    SUBJECTS,
    agent,
    subtree_without,
    token_span,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newstrace.records import Span

__all__ = ["number_subject", "owner_of_view", "source_span", "stranded_subject", "subject_of"]

# Links up which a verb with no subject of its own finds the one it shares.
_SUBJECT_CLIMB = ("advcl", "xcomp", "conj", "pcomp", "prep", "pobj", "acomp")
# Dependents of a source that are not part of the mention: "Lavrov in an interview".
_SOURCE_CUT = ("prep", "relcl", "acl", "punct", "cc", "advmod")
# Verbs whose object is the means to the infinitive after it, which their subject does.
_MEANS_VERBS = ("use", "employ")
# Prepositions whose object is rarely what a participle after it quotes ("an email to
# supporters stating", "at one point calling", "on record opposing").
_NOT_DOCUMENT_PREPS = ("to", "at", "on")
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
# Objects that are an amount or a thing, never who does the infinitive after them.
_AMOUNTS = (
    "little",
    "much",
    "more",
    "less",
    "this",
    "that",
    "nothing",
    "something",
    "everything",
    "anything",
    "enough",
    "all",
    "lot",
    "what",
)
_NOT_HOLDERS = ("it", "that", "this", "which", "there")
_PERSONAL_PRONOUNS = ("i", "we", "you", "he", "she", "they", "who")
_PART_NOUNS = ("majority", "minority", "half", "third", "quarter", "percent", "share", "number")


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it hangs from ("..., adding that")."""
    if _is_bare_question_participle(verb):
        # "Asked about the vote, Ruiz said …": Ruiz answers; the asker is only a "by" agent.
        return agent(verb)
    if _is_bare_participle(verb) and agent(verb) is not None:
        # "As reported by the Ledger, Ruiz found …": the Ledger reports.
        return agent(verb)
    if verb.lemma_ in IMPERSONAL_VERBS and not any(
        c.dep_ == "xcomp" and is_cue_verb(c) for c in verb.children
    ):
        # "The plan seems doomed", "Ruiz appeared to be confused": an impression, no
        # speaker; "she appeared to imply that …" keeps hers.
        return None
    experiencer = _experiencer(verb)
    if experiencer is not None:
        return experiencer
    controller = (
        _controller(verb) or _gerund_doer(verb) or _inverted_speaker(verb) or _modal_name(verb)
    )
    if controller is not None:
        return controller
    current: Token | None = verb
    for _ in range(5):
        if current is None:
            return None
        subjects = [c for c in current.children if c.dep_ in SUBJECTS]
        if (
            any(c.dep_ == "nsubjpass" for c in subjects)
            and current.i == verb.i
            and not _is_state_of_mind(verb)
        ):
            # "X was expected to …": X is not who expects; the agent ("by Y") is.
            return agent(current) or _stray_agent(current)
        if subjects:
            # "LONDON (Reuters) - Ana Ruiz said": the dateline is parsed as a second
            # subject; the one nearest the verb is the speaker.
            before = [c for c in subjects if c.i < current.i]
            subject = before[-1] if before else subjects[0]
            if subject.lower_ == "that" and current.dep_ == "relcl":
                # "a group that advocates for …": the group, not "that".
                return current.head
            if subject.lower_ == "it" and (
                verb.lemma_ in IMPERSONAL_VERBS
                or (current.i != verb.i and _is_empty_frame(current))
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
            # "Ruiz paused, then revealed …": a finite verb the parse left loose is
            # its neighbour's conjunct.
            current = current.head
            continue
        if current.i == verb.i and _outranks_its_conjunct(current):
            # "Ruiz says he would sit down and tells the crowd …": "tells" goes with "says".
            current = current.head
            while current.dep_ == "conj":
                current = current.head
            current = current.head
            continue
        if current.dep_ in _SUBJECT_CLIMB and current.head.i != current.i:
            if (
                current.i == verb.i
                and is_claim_of(verb, current.head)
                and _follows_its_cue(current.head)
            ):
                # "X said A and called B …": X calls, whoever A is about.
                current = current.head
            current = current.head
            continue
        return None
    return None


def _follows_its_cue(clause: Token) -> bool:
    """A clause that is what the verb before it reports ("X said A"), not a cue the parse
    put after the words it reports ("B would fail, the aide recalled, adding …") nor one
    it hung on a later verb ("X hit back, saying …, you know")."""
    if clause.head.i > clause.i:
        return False
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    if subject is None or not is_cue_verb(clause):
        return True
    start = subject.left_edge.i
    return start == 0 or clause.doc[start - 1].text != ","


def owner_of_view(noun: Token, owner: Token) -> Token:
    """Who holds the view a possessed noun names: the subject of the verb it is the object
    of ("Ruiz stepped up his attacks on …", "the group embraced her argument that …"), else
    the possessor."""
    if noun.dep_ != "dobj" or owner.pos_ != "PRON":
        return owner
    subject = subject_of(noun.head)
    return subject if subject is not None and subject.lower_ not in _NOT_HOLDERS else owner


def _is_empty_frame(verb: Token) -> bool:
    """ "It is hard to know", "it means admitting": with "it", a verb that frames the
    infinitive or gerund under it for no one in particular."""
    return verb.lemma_ in ("be", "mean")


def _modal_name(verb: Token) -> Token | None:
    """ "Will wrote that …": a name the parse took for a modal, which never comes before a
    verb in the past or third person."""
    if verb.tag_ not in ("VBD", "VBZ") or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.tag_ != "MD" or before.head.i != verb.i:
        return None
    return before if before.text.istitle() else None


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
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    doer = _infinitive_doer(verb)
    if doer is not None:
        return doer
    head = verb.head
    if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
        user = next((c for c in head.children if c.dep_ == "nsubj"), None)
        done_to = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if head.lemma_.lower() in _MEANS_VERBS:
            # "she used a blunt phrase to describe …", "using a blunt phrase to describe …,
            # she said": she describes.
            return user or subject_of(head) or done_to
        if done_to is not None and done_to.lemma_.lower() in _AMOUNTS:
            # "Ohio did little to encourage …", "she had this to say": Ohio, she.
            return None
        return done_to
    partner = _copula_partner(head) if verb.dep_ in ("relcl", "acl") else None
    if partner is not None:
        return partner
    if verb.dep_ == "relcl" and head.dep_ == "dobj" and head.pos_ in ("NOUN", "PRON"):
        owner = head.head
        given = next((c for c in owner.children if c.dep_ == "dative" and c.i < head.i), None)
        return given or next((c for c in owner.children if c.dep_ in SUBJECTS), None)
    return None


def _outranks_its_conjunct(verb: Token) -> bool:
    """A finite verb joined to a bare one inside a reported clause, which it cannot share
    a subject with: it goes with the verb that reports the clause."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBZ", "VBD") or verb.head.tag_ != "VB":
        return False
    top = verb.head
    while top.dep_ == "conj":
        top = top.head
    return top.dep_ == "ccomp" and top.head.tag_ in FINITE_TAGS and top.head.i < top.i


def _stray_agent(verb: Token) -> Token | None:
    """A passive's "by" phrase the parse hung on a noun after it ("Ruiz was attacked on
    taxes by Holt"): a name there is the agent."""
    for token in verb.subtree:
        if token.lower_ != "by" or token.i < verb.i or token.dep_ != "prep":
            continue
        step = token.head
        while step.i != verb.i and step.pos_ in ("NOUN", "PROPN", "ADP", "NUM", "ADJ"):
            step = step.head
        if step.i != verb.i:
            continue
        name = next((c for c in token.children if c.dep_ == "pobj"), None)
        if name is not None and (
            name.pos_ in ("PROPN", "NOUN") or name.ent_type_ in ("PERSON", "ORG")
        ):
            return name
    return None


def _copula_partner(noun: Token) -> Token | None:
    """ "The first senator to back him was Dana Ruiz", "Ruiz is the only one to have
    pledged": the infinitive says what the other side of "be" did."""
    if noun.dep_ not in ("nsubj", "attr") or noun.head.lemma_ != "be":
        return None
    other = "attr" if noun.dep_ == "nsubj" else "nsubj"
    partner = next((c for c in noun.head.children if c.dep_ == other), None)
    if partner is None or partner.pos_ not in ("PROPN", "PRON"):
        return None
    return partner if partner.lower_ not in ("it", "this", "that", "there") else None


def _experiencer(verb: Token) -> Token | None:
    """ "The attack reminded experts of …", "it amazes me that …": a thing, not a person,
    moves the mind of the verb's object, whose view the clause is."""
    if verb.lemma_.lower() not in _AFFECTING:
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
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
    if verb.tag_ != "VBG" or verb.i < 1 or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    noun = verb.doc[verb.i - 1]
    if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i > noun.i:
        return None
    if noun.head.lower_ not in _GERUND_PREPS or noun.lemma_ in CIRCUMSTANCE_NOUNS:
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
        and noun.lemma_ not in CIRCUMSTANCE_NOUNS
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
    return verb.lemma_.lower() in _MIND_STATES and agent(verb) is None


def _is_bare_participle(verb: Token) -> bool:
    return verb.tag_ == "VBN" and not any(
        c.dep_ in (*SUBJECTS, "auxpass", "aux") for c in verb.children
    )


def _is_bare_question_participle(verb: Token) -> bool:
    return (
        verb.lemma_ == "ask"
        and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "advcl"))
        and not any(c.dep_ in (*SUBJECTS, "auxpass", "aux") for c in verb.children)
    )


def stranded_subject(verb: Token) -> Token | None:
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


def number_subject(verb: Token) -> Token | None:
    """A share the parse hung on a finite verb as a number ("About 4 in 10 say …")."""
    if verb.tag_ not in FINITE_TAGS or any(c.dep_ in SUBJECTS for c in verb.children):
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


def source_span(subject: Token) -> Span | None:
    """The source mention: the subject's phrase less what follows it ("Lavrov in an interview")."""
    cut = [
        c
        for c in subject.children
        if c.dep_ in _SOURCE_CUT
        and c.i > subject.i
        and not _names_the_part(subject, c)
        and not _names_the_author(subject, c)
    ]
    return token_span(_after_dateline(subtree_without(subject, cut)))


def _names_the_part(subject: Token, prep: Token) -> bool:
    """ "some of his admirers", "majorities of Democrats": the "of" says who speaks."""
    return prep.lower_ == "of" and (
        subject.pos_ in ("PRON", "DET", "NUM") or subject.lemma_.lower() in _PART_NOUNS
    )


def _names_the_author(subject: Token, prep: Token) -> bool:
    """ "an estimate by the budget office": the "by" says whose it is."""
    return prep.lower_ == "by" and subject.pos_ == "NOUN"


def _after_dateline(tokens: list[Token]) -> list[Token]:
    """A source less the dateline the parse ran into it ("LONDON (Reuters) - Tom Becker")."""
    for k, token in enumerate(tokens[1:], 1):
        if token.text in DASHES and tokens[k - 1].text == ")" and k + 1 < len(tokens):
            return tokens[k + 1 :]
    return tokens
