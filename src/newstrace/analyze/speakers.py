"""Who a source mention refers to, resolved within one article (coreference-lite).

People are the PERSON names the parser finds. A full name ("Sergei Lavrov")
is canonical; a surname alone ("Lavrov") is the full name it ends; a role
comes from the words before a name ("Russian foreign minister Sergei
Lavrov") or an apposition ("Lavrov, Russia's foreign minister"). A pronoun
("He added") is the speaker of the statement before it when that is near,
else the person named last; a description ("the minister") is the person
last named with that word in their role. The resolver remembers the
pronoun and description mentions it resolved, for `entities`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newstrace.analyze.lexicon import words
from newstrace.analyze.nlp import text_of
from newstrace.analyze.parse_tree import token_span
from newstrace.records import Mention, Span, Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as DocSpan

__all__ = ["Resolver", "clean_name"]

_PERSONAL = words(
    """
    he she him her
    """
)
# Heads of descriptions that name a body, not a person ("the company said").
_GROUP_NOUNS = words(
    """
    company group organization organisation agency ministry department office campaign
    committee government court party team paper newspaper report website statement email
    letter study survey poll police army military administration council board union
    firm bank network station magazine site book document memo release data
    """
)
# Words before a name that are courtesy titles, not roles.
_TITLES = words(
    """
    mr mrs ms miss dr sir dame lord lady rev prof
    """
)
_GROUP = words(
    """
    they we them us
    """
)
_NAMED = ("ORG", "NORP", "GPE", "FAC", "LOC")
_ROLE_DEPS = ("compound", "amod", "poss", "nmod", "nummod")
# A pronoun refers to the speaker before it when that speaker's statement is this close.
_NEAR_CHARS = 600
_RELATIVE = ("who", "that")
_TRIM = " \t\n,.;:'’\"“”"


def _antecedent(pronoun: Token) -> Token | None:
    """The person or group a relative "who"/"that" subject stands for, if named."""
    clause = pronoun.head
    if pronoun.lower_ not in _RELATIVE or clause.dep_ != "relcl" or clause.i == pronoun.i:
        return None
    noun = clause.head
    return noun if noun.pos_ in ("PROPN", "NOUN") and noun.i < pronoun.i else None


def clean_name(text: str) -> str:
    """A name as written, without a possessive, leading "the" or edge punctuation."""
    name = " ".join(text.split()).strip(_TRIM)
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.lower().startswith("the "):
        name = name[4:]
    return name.strip(_TRIM)


@dataclass
class Person:
    name: str
    role: str | None = None
    mentions: list[Mention] = field(default_factory=list)


def _role_before(ent: DocSpan) -> str | None:
    tokens: list[Token] = []
    for child in ent.root.children:
        if child.i < ent.start and child.dep_ in _ROLE_DEPS and child.ent_type_ != "PERSON":
            tokens.extend(child.subtree)
    tokens = [t for t in tokens if t.i < ent.start and t.dep_ != "det"]
    if not tokens or not any(t.pos_ == "NOUN" for t in tokens):
        return None
    tokens.sort(key=lambda t: t.i)
    return clean_role(text_of(ent.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)])


def clean_role(text: str) -> str | None:
    role = " ".join(text.split()).strip(_TRIM)
    for lead in ("the ", "a ", "an "):
        if role.lower().startswith(lead):
            role = role[len(lead) :]
    return role or None


def _role_beside(ent: DocSpan) -> str | None:
    """An apposition: "Lavrov, Russia's foreign minister" or "the minister, Sergei Lavrov"."""
    for child in ent.root.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON" and child.i > ent.end - 1:
            tokens = [t for t in child.subtree if t.dep_ not in ("relcl", "punct")]
            if len(tokens) <= 8:
                return clean_role(
                    text_of(ent.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
                )
    head = ent.root.head
    if ent.root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < ent.start:
        tokens = [t for t in head.subtree if t.i < ent.start and t.dep_ != "punct"]
        return clean_role(text_of(ent.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)])
    return None


def _appositive_people(doc: Doc) -> list[tuple[list[Token], str | None, bool]]:
    """(name tokens, role, is a subject) for each name-role apposition the tagger did not
    tag as a person: "the minister, Ana Ruiz" and "Ana Ruiz, the finance minister".

    The small English model often tags a person's name as an organisation; a
    two-word name beside a role noun is taken as a person all the same.
    """
    found = []
    for token in doc:
        kinds = {token.ent_type_, token.head.ent_type_}
        if token.dep_ != "appos" or "PERSON" in kinds or kinds - {"", "ORG"}:
            continue
        if token.pos_ == "PROPN" and token.head.pos_ == "NOUN":
            name, role_head = token, token.head
        elif token.pos_ == "NOUN" and token.head.pos_ == "PROPN":
            name, role_head = token.head, token
        else:
            continue
        if role_head.lemma_.lower() in _GROUP_NOUNS:
            continue
        name_tokens = [t for t in name.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        name_tokens = [*name_tokens, name]
        if not all(t.text[:1].isupper() for t in name_tokens):
            continue
        if name.ent_type_ == "ORG" and len(name_tokens) < 2:
            continue
        role_tokens = [
            t
            for t in role_head.subtree
            if t.dep_ not in ("punct", "relcl") and t not in name_tokens and t.i <= role_head.i
        ]
        role = clean_role(" ".join(t.text for t in role_tokens)) if len(role_tokens) <= 8 else None
        subject = token.head.dep_ in ("nsubj", "nsubjpass")
        found.append((name_tokens, role, subject))
    return found


def _person_name(ent: DocSpan) -> tuple[str, str | None, int]:
    """The name in a PERSON entity, a title the tagger took into it, and where the name starts.

    "Spokeswoman Lena Ott" is Lena Ott, spokeswoman; "Mr. Ruiz" is Ruiz.
    """
    tokens = list(ent)
    lead = 0
    while lead < len(tokens) - 1 and (
        tokens[lead].lower_.rstrip(".") in _TITLES or tokens[lead].pos_ in ("NOUN", "ADJ", "DET")
    ):
        lead += 1
    title = None
    if lead:
        words = " ".join(t.text for t in tokens[:lead])
        title = None if words.lower().rstrip(".") in _TITLES else clean_role(words)
    start = tokens[lead].idx
    return clean_name(text_of(ent.doc)[start : ent.end_char]), title, start


class Resolver:
    """Resolves mentions of people (and named organisations) in one parsed article."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.people: dict[str, Person] = {}
        # (char offset, canonical name) of every person mention, in text order.
        self._named_at: list[tuple[int, str]] = []
        # Offsets of the person mentions that are the subject of their clause.
        self._subjects: set[int] = set()
        names = [(ent, *_person_name(ent)) for ent in doc.ents if ent.label_ == "PERSON"]
        full_names: list[str] = []
        for _, name, _, _ in names:
            if " " in name and self._canonical(name, full_names) == name:
                full_names.append(name)
        for ent, name, title, start in names:
            if not name:
                continue
            canonical = self._canonical(name, full_names)
            person = self.people.setdefault(canonical, Person(canonical))
            if person.role is None:
                person.role = title or _role_before(ent) or _role_beside(ent)
            end = ent.end_char - 2 if ent.text.endswith(("'s", "’s")) else ent.end_char
            person.mentions.append(Mention(Span(start, max(start, end))))
            self._named_at.append((start, canonical))
            if ent.root.dep_ in ("nsubj", "nsubjpass") or (
                ent.root.dep_ == "appos" and ent.root.head.dep_ in ("nsubj", "nsubjpass")
            ):
                self._subjects.add(start)
        # People the tagger missed but an apposition names ("the minister, Ana Ruiz").
        self._appositions: list[tuple[int, int, str]] = []
        for name_tokens, role, subject in _appositive_people(doc):
            start, end = name_tokens[0].idx, name_tokens[-1].idx + len(name_tokens[-1].text)
            canonical = self._canonical(clean_name(text_of(doc)[start:end]), full_names)
            person = self.people.setdefault(canonical, Person(canonical))
            person.role = person.role or role
            person.mentions.append(Mention(Span(start, end)))
            self._appositions.append((start, end, canonical))
            self._named_at.append((start, canonical))
            if subject:
                self._subjects.add(start)
        self._named_at.sort()

    @staticmethod
    def _canonical(name: str, full_names: list[str]) -> str:
        last = name.split()[-1]
        for full in full_names:
            parts = full.split()
            if full == name or (" " not in name and last in (parts[-1], parts[0])):
                return full
            if full.endswith(" " + name) or (
                len(name.split()) > 1 and parts[-1] == last and parts[0][0] == name[0]
            ):
                return full
        return name

    def person_at(self, start: int, end: int) -> str | None:
        """The canonical name of the person named inside [start, end), if any."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return None
        for ent in span.ents:
            if ent.label_ == "PERSON":
                return self._canonical(clean_name(ent.text), [p for p in self.people if " " in p])
        for name_start, name_end, name in self._appositions:
            if start <= name_start and name_end <= end:
                return name
        return None

    def learn_role(self, name: str, role: str) -> None:
        """Keep a role written beside a later mention for the person's other mentions."""
        person = self.people.get(name)
        if person is not None and person.role is None:
            person.role = role

    def resolve_name(self, source: Span) -> Speaker:
        """The speaker a bare name stands for ("—Kuleba" after a quote)."""
        name = clean_name(source.of(text_of(self.doc)))
        canonical = self._canonical(name, [p for p in self.people if " " in p])
        person = self.people.get(canonical)
        return Speaker(canonical, person.role if person else None, "name")

    def last_person_before(self, offset: int) -> str | None:
        """The person a pronoun at `offset` most likely means.

        The subject of the nearest clause that has a person as subject is the
        most salient; failing one nearby, the person named last.
        """
        found = None
        subject = None
        for start, name in self._named_at:
            if start >= offset:
                break
            found = name
            if start in self._subjects and offset - start < _NEAR_CHARS:
                subject = name
        return subject or found

    def resolve(
        self, source: Span | None, root: Token | None, before: list[tuple[int, Speaker]]
    ) -> Speaker:
        """The speaker `source` (whose head token is `root`) refers to.

        `before` holds (offset, speaker) of the statements earlier in the article.
        """
        if source is None or root is None:
            return Speaker(None)
        text = source.of(text_of(self.doc))
        person = self.person_at(source.start, source.end)
        if person is None and root.pos_ == "PROPN" and " " not in text.strip():
            person = clean_name(text)
        if person is not None and " " not in person:
            # A surname whose full name the tagger missed, but an earlier statement's speaker has.
            person = next(
                (s.name for _, s in reversed(before) if s.name and s.name.endswith(" " + person)),
                person,
            )
        if person is not None:
            known = self.people.get(person)
            if known is None:
                return Speaker(person, None, "name")
            if not any(source.start <= m.span.start < source.end for m in known.mentions):
                # A name the tagger missed ("Holt told …"): the source is the mention.
                known.mentions.append(Mention(source))
            return Speaker(person, known.role, "name")
        lower = root.lower_
        antecedent = _antecedent(root)
        if antecedent is not None:
            # "said Murphy, who thinks often about it": whoever the clause is about.
            found = self.resolve(token_span([antecedent]), antecedent, before)
            return Speaker(found.name, found.role, "pronoun")
        if root.pos_ == "PRON":
            return self._pronoun(source, lower, before)
        span = self.doc.char_span(source.start, source.end, alignment_mode="expand")
        if span is not None:
            for ent in span.ents:
                if ent.label_ not in _NAMED:
                    continue
                if ent.root.i == root.i:
                    return Speaker(clean_name(ent.text), None, "name")
                if ent.root.head.i == root.i and ent.root.dep_ == "compound":
                    # "the United Nations refugee agency": the name with the noun it heads.
                    end = root.idx + len(root.text)
                    return Speaker(
                        clean_name(text_of(self.doc)[ent.start_char : end]), None, "name"
                    )
        if root.pos_ == "PROPN":
            return Speaker(clean_name(text), None, "name")
        return self._description(source, root, text, before)

    def _pronoun(self, source: Span, lower: str, before: list[tuple[int, Speaker]]) -> Speaker:
        if lower not in _PERSONAL:
            if (
                lower in _GROUP
                and before
                and before[-1][1].name
                and before[-1][1].name not in self.people
            ) and source.start - before[-1][0] < _NEAR_CHARS:
                return Speaker(before[-1][1].name, before[-1][1].role, "pronoun")
            return Speaker(None, None, "pronoun")
        named = self.last_person_before(source.start)
        for offset, speaker in reversed(before):
            if speaker.name in self.people and source.start - offset < _NEAR_CHARS:
                # Someone else named since that statement is the likelier referent.
                recent = [
                    n
                    for at, n in self._named_at
                    if offset < at < source.start and at in self._subjects
                ]
                if recent and recent[-1] != speaker.name and recent[-1] in self.people:
                    break
                return self._remember(speaker.name, source, "pronoun")
            break
        if named is None:
            return Speaker(None, None, "pronoun")
        return self._remember(named, source, "pronoun")

    def _remember(self, name: str | None, source: Span, kind: str) -> Speaker:
        if name is None or name not in self.people:
            return Speaker(name, None, kind)
        person = self.people[name]
        person.mentions.append(Mention(source, kind))
        return Speaker(name, person.role, kind)

    def _description(
        self, source: Span, root: Token, text: str, before: list[tuple[int, Speaker]]
    ) -> Speaker:
        head = root.lemma_.lower()
        definite = root.tag_ != "NNS" and text.lower().startswith(("the ", "this ", "that "))
        candidates = [
            name
            for at, name in self._named_at
            if at < source.start and (self.people[name].role or "").lower().split()[-1:] == [head]
        ]
        if candidates and definite:
            return self._remember(candidates[-1], source, "description")
        if definite and head not in _GROUP_NOUNS and len(text.split()) <= 3 and before:
            # "the candidate said", right after a named person's statement: that person.
            offset, speaker = before[-1]
            near = source.start - offset < _NEAR_CHARS
            if speaker.name and speaker.mention != "description" and near:
                return self._remember(speaker.name, source, "description")
        return Speaker(None, clean_role(text), "description")
