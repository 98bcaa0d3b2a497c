"""Reading quotes against the parse: the cue's own clause, and introductions.

`QuoteReader` holds an article's quotes and parse for the statement assembler
(`statements`): the clause of a cue cut where quotes begin, the verb right
after a quote ("…," the judge interrupted), the introduction ending in a colon
before one ("Kasich said:", "More from Jones:", "Bush:"), and headline-style
"Name: what they said" paragraphs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newstrace.analyze.attribution import Frame, verb_frame
from newstrace.analyze.drafts import Draft, opens_mid_sentence, overlaps, token_span_of_text
from newstrace.analyze.labels import names_a_speaker
from newstrace.analyze.lexicon import CUE_VERBS
from newstrace.analyze.parse_tree import token_span
from newstrace.analyze.quotes import Quote, find_quotes
from newstrace.records import Article, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newstrace.analyze.speakers import Resolver

__all__ = ["BEFORE_CUE", "LABEL_DASH", "QuoteReader", "looks_like_source"]

BEFORE_CUE = re.compile(r"[\s,.!?;:\"”’'—–-]*")
# "Name (at Place): what they said" as a paragraph of its own (headlines, summaries).
_COLON_LINE = re.compile(r"([^:\n.!?\"“]{3,60}?)\s*:\s+(\S[^\n]{10,})")
# "…,” Bozell answers." / "…?” the 43-year-old asked in …": after the closing mark, a
# short source and one verb, then the sentence ends or a phrase follows.
_NAME_THEN_CUE = re.compile(
    r"[,.!?]?[\"”’']?[,.!?]?[ \t]+((?:[\w.'’-]+ ){0,3}[\w.'’-]+) ([a-z]+)"
    r"(?=[.,;]| (?:in|on|at|to)\b)"
)
LABEL_DASH = re.compile(r" [-–—] ")
_LABEL_LEAD = re.compile(r"\s*(?:More from|From)\s+")
_LABEL_TOKENS = 5
# Words that open a source: a pronoun or an article before a description.
_SOURCE_OPENERS = ("he", "she", "they", "the", "a", "an", "one")
# Prepositions that name whom words are aimed at ("a message to Ruiz:", "a jab at Ott:").
_TOWARD = ("to", "at", "against", "toward", "towards", "for", "about", "on")
# A verb's word between it and the comma before a quote ("shot back,", "put it,").
_AFTER_VERB = ("prt", "advmod", "dobj")
# The longest name read after an inverted cue ("…,” said Gov. Ana Ruiz), in tokens.
_NAME_TOKENS = 8
_NAME_PUNCT = ("'s", "’s", "-")
_RELATIVES = ("who", "whom", "whose", "which", "that")
# Pronouns that stand for a speaker after an inverted cue ("…,” tweeted another).
_SOMEONE = ("another", "one", "someone", "somebody", "others")
# Verbs that follow their quote with the source after them ("…," read the statement,
# "…," begins a message), besides the verbs of saying.
_INVERTED_CUES = CUE_VERBS | frozenset(("read", "begin", "continue", "go", "run"))
# Links of a clause inside another one, whose verb does not introduce a quote after both.
_INNER_CLAUSE = ("relcl", "pcomp", "acl")
# Verbs of an "as" clause that introduces a quote ("as Ruiz put it", "as the band sang").
_AS_CUES = CUE_VERBS | frozenset(("put", "sing"))
# How far past a name and its description a verb of saying is looked for.
_ASIDE_TOKENS = 16
# How far after a quote a verb of saying is looked for ("…," the judge then interrupted).
_BESIDE_TOKENS = 8


def _addressed(token: Token) -> bool:
    """`token` is the object of a preposition that names whom or what words are aimed at."""
    return token.dep_ == "pobj" and token.head.lower_ in _TOWARD


def looks_like_source(words: str) -> bool:
    """A name ("Ruiz", "Gov. Ana Ruiz") or a pronoun or description ("the judge")."""
    first = words.split()[0] if words.split() else ""
    return first[:1].isupper() or first.lower() in _SOURCE_OPENERS


class QuoteReader:
    def __init__(self, article: Article, doc: Doc, resolver: Resolver) -> None:
        self.article = article
        self.text = article.text
        self.doc = doc
        self.resolver = resolver
        self.quotes = find_quotes(article.text, article.paragraphs)
        self.used: set[int] = set()
        self.claims: dict[int, int] = {}

    def _quote_index(self, span: Span) -> list[int]:
        return [i for i, q in enumerate(self.quotes) if overlaps(q.span, span)]

    def _take_quote(self, index: int, content: list[Span]) -> None:
        """Add quote `index` to `content`, with the paragraphs it runs on into."""
        while True:
            self.used.add(index)
            content.append(self.quotes[index].span)
            if not self.quotes[index].runs_on or index + 1 >= len(self.quotes):
                return
            index += 1

    def _clause(self, frame: Frame) -> Span:
        """The cue's own words, cut where a quote begins or ends."""
        clause = frame.clause or frame.cue
        start, end = clause.start, clause.end
        for quote in self.quotes:
            if quote.span.end <= frame.cue.start:
                start = max(start, quote.span.end)
            elif quote.span.start >= frame.cue.end:
                end = min(end, quote.span.start)
        return Span(min(start, frame.cue.start), max(end, frame.cue.end))

    def from_colon_lines(self, drafts: list[Draft]) -> list[Draft]:
        """Headline-style attributions: "Ruiz at the fair: the audit scandal disqualifies her".

        A paragraph that opens with a short phrase holding a name and no verb, then
        a colon, is that name's statement; the colon is the cue. Statements inside
        it stay ("HOLT: I think …" holds "I think …"), but a quote there that no
        cue introduced is the label's: its cue-less draft is taken out of `drafts`.
        """
        found: list[Draft] = []
        for para in self.article.paragraphs:
            match = _COLON_LINE.match(self.text, para.start, para.end)
            if match is None:
                continue
            head = self.doc.char_span(para.start, match.end(1), alignment_mode="expand")
            if head is None or any(t.pos_ in ("VERB", "AUX") for t in head):
                continue
            names = [e for e in head.ents if e.label_ in ("PERSON", "ORG")]
            content = token_span_of_text(self.text, match.start(2), para.end)
            if content is None or not (names or names_a_speaker(head, self.resolver.people)):
                continue
            inside = [d for d in drafts if any(overlaps(content, piece) for piece in d.content)]
            if any(d.frame is not None and self._holds_quote(d) for d in inside):
                continue  # the paragraph's quote is already someone's statement
            cueless = {id(d) for d in inside if d.frame is None}
            drafts[:] = [d for d in drafts if id(d) not in cueless]
            root = head.root
            # The name itself, without "at RNC" or ", 2016" after it.
            cut = {
                t.i
                for c in root.children
                if c.dep_ in ("prep", "punct", "appos")
                for t in c.subtree
            }
            source = token_span(t for t in head if t.i not in cut) or Span(para.start, match.end(1))
            frame = Frame(
                cue=Span(match.end(1), match.end(1) + 1),
                head=root,
                source=source,
                source_root=root,
            )
            found.append(Draft([content], frame, source=frame.source, confidence=0.6))
        return found

    def _holds_quote(self, draft: Draft) -> bool:
        return any(self._quote_index(piece) for piece in draft.content)

    def _verb_beside(self, quote: Quote) -> Frame | None:
        """A verb with a subject right after the quote ("…," the judge interrupted), or
        the main verb of a sentence that introduces it with a colon ("Ruiz called them
        on it: …"), even when the verb is no reporting verb the lexicon knows."""
        para = self.article.paragraphs[quote.paragraph]
        after = self.doc.char_span(quote.span.end, para.end, alignment_mode="expand")
        if after is not None:
            for token in list(after)[:_BESIDE_TOKENS]:
                if token.is_sent_start and token.idx > quote.span.end + 3:
                    break
                if token.pos_ == "VERB" and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in token.children
                ):
                    if (
                        self._new_sentence_after(quote)
                        and token.lemma_.lower() not in _INVERTED_CUES
                    ):
                        break
                    frame = verb_frame(token)
                    gap = self.text[quote.span.end : self._clause(frame).start] if frame else ""
                    if (
                        frame is not None
                        and frame.source is not None
                        and BEFORE_CUE.fullmatch(gap)
                        and "\n" not in gap
                    ):
                        return frame
                    break
        frame = (
            self._misread_cue_after(quote)
            or self._inverted_cue_after(quote)
            or self._name_aside_then_cue(quote)
        )
        if frame is not None:
            return frame
        before = self.text[: quote.span.start].rstrip(" \t\n\"“‘'«„")
        if before.endswith(":") and len(before) > 1 and quote.span.start - len(before) < 8:
            return self._colon_frame(len(before) - 1)
        opens = self.text[quote.span.start : quote.span.start + 1]
        if before.endswith(",") and quote.span.start - len(before) < 8:
            as_clause = self._as_clause_before(len(before) - 1)
            if as_clause is not None or not opens.isupper():
                return as_clause
            # A sentence of its own, not a phrase the reporter's sentence goes on into.
            return self._verb_before_comma(len(before) - 1)
        return None

    def _as_clause_before(self, comma_at: int) -> Frame | None:
        """ "As Ruiz put it, “…”", "as the band sang back in 1975, “…”": a clause of saying
        opened by "as" right before the comma introduces the quote, whatever follows."""
        comma = self.doc.char_span(comma_at, comma_at + 1)
        if comma is None or comma.start == 0:
            return None
        token = self.doc[comma.start - 1]
        while token.pos_ != "VERB" and token.head.i != token.i and token.head.i < comma.start:
            token = token.head
        if token.pos_ != "VERB" or token.lemma_.lower() not in _AS_CUES:
            return None
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
            return None
        frame = verb_frame(token)
        return frame if frame is not None and frame.source is not None else None

    def _new_sentence_after(self, quote: Quote) -> bool:
        """The quote ends its sentence and the next one opens in capitals ("“…”  Ruiz and Ott
        run the poll."): a verb there is the reporter's, unless it is one of saying."""
        ending = self.text[quote.span.end - 1 : quote.span.end]
        after = self.text[quote.span.end : quote.span.end + 6].lstrip(" \t\u00a0\"”’'»")
        return ending in ".!?" and after[:1].isupper()

    def _verb_before_comma(self, comma_at: int) -> Frame | None:
        """ "The senator cracked, “…”", "he shot back, “…”", "as Ruiz put it, “…”": a verb with a
        subject right before the comma that opens the quote introduces it, even when the
        verb is no reporting verb the lexicon knows."""
        comma = self.doc.char_span(comma_at, comma_at + 1)
        if comma is None or comma.start == 0:
            return None
        token = self.doc[comma.start - 1]
        if token.dep_ in _AFTER_VERB and token.head.i == token.i - 1:
            token = token.head
        if token.pos_ != "VERB" or any(
            c.dep_ == "mark" and c.lower_ != "as" for c in token.children
        ):
            return None  # "When the vote ended, “…”": a time, not who speaks
        frame = verb_frame(token)
        return frame if frame is not None and frame.source is not None else None

    def _inverted_cue_after(self, quote: Quote) -> Frame | None:
        """ "…," wrote a reader signing herself Pat, "…," read the statement: a verb of saying
        right after the quote, and its source after it, whatever the parse made of them."""
        match = BEFORE_CUE.match(self.text, quote.span.end)
        if match is None or "\n" in match.group():
            return None
        verb = self.doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
        if verb is None or verb[0].lemma_.lower() not in _INVERTED_CUES:
            return None
        if verb[0].pos_ not in ("VERB", "AUX"):
            return None
        name = self._name_run(verb[0])
        source = token_span(name)
        if source is None:
            return None
        return Frame(
            cue=Span(verb[0].idx, verb[0].idx + len(verb[0].text)),
            head=verb[0],
            source=source,
            source_root=max(name, key=lambda t: t.i) if name else None,
        )

    def _name_aside_then_cue(self, quote: Quote) -> Frame | None:
        """ "…,” Ana Ruiz, the pollster who founded the survey, tweeted on Monday: a name right
        after the quote, set off with its description, then a verb of saying."""
        match = BEFORE_CUE.match(self.text, quote.span.end)
        if match is None or "\n" in match.group():
            return None
        start = match.end()
        name = next(
            (e for e in self.doc.ents if e.start_char == start and e.label_ == "PERSON"), None
        )
        if name is None or self.text[name.end_char : name.end_char + 1] != ",":
            return None
        for token in self.doc[name.end : name.end + _ASIDE_TOKENS]:
            if token.is_sent_start or token.is_quote:
                return None
            if token.pos_ == "VERB" and token.lemma_.lower() in CUE_VERBS:
                if token.dep_ in ("relcl", "advcl", "xcomp", "ccomp"):
                    return None  # a verb of the description itself ("who said …")
                if token.dep_ == "acl" and any(c.dep_ == "agent" for c in token.children):
                    continue  # "the aide quoted by the paper"
                return Frame(
                    cue=Span(token.idx, token.idx + len(token.text)),
                    head=token,
                    source=Span(name.start_char, name.end_char),
                    source_root=name.root,
                )
        return None

    def _name_run(self, verb: Token) -> list[Token]:
        """The words right after `verb` that name someone, up to a comma, a verb or a
        preposition ("said retired surgeon Ana Ruiz, asked …", "tweeted another")."""
        run: list[Token] = []
        for token in self.doc[verb.i + 1 : verb.i + 1 + _NAME_TOKENS]:
            capital = token.text[:1].isupper()
            if token.is_sent_start or (token.is_punct and token.text not in _NAME_PUNCT):
                break
            if token.ent_type_ in ("DATE", "TIME"):
                break  # "…,” said Ana Ruiz Tuesday
            if token.lower_ in _RELATIVES or (
                not capital
                and token.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "ADV")
                and token.dep_ != "amod"
            ):
                break
            run.append(token)
        named = any(t.text[:1].isupper() for t in run)
        if not run or not (named or looks_like_source(run[0].text) or run[0].lower_ in _SOMEONE):
            return []
        return run if named or any(t.pos_ in ("NOUN", "PRON") for t in run) else []

    def _misread_cue_after(self, quote: Quote) -> Frame | None:
        """ "…,” Bozell answers.": a name and a verb of saying right after the quote, ending
        the sentence, where the parse read the verb as a noun or the name as a modifier."""
        match = _NAME_THEN_CUE.match(self.text, quote.span.end)
        if match is None or not looks_like_source(match.group(1)):
            return None
        cue = self.doc.char_span(match.start(2), match.end(2))
        source = self.doc.char_span(match.start(1), match.end(1))
        if cue is None or source is None or cue[0].lemma_.lower() not in _INVERTED_CUES:
            return None
        return Frame(
            cue=Span(match.start(2), match.end(2)),
            head=cue[0],
            source=Span(match.start(1), match.end(1)),
            source_root=source.root,
        )

    def _colon_frame(self, colon_at: int) -> Frame | None:
        """The introduction ending in the colon at `colon_at` ("Kasich said:", "More from
        Jones:", "Bush:"): the verb with a subject that leads to it, else the last name."""
        colon = self.doc.char_span(colon_at, colon_at + 1, alignment_mode="expand")
        if colon is None:
            return None
        start = max(colon[0].sent.start_char, self.text.rfind("\n", 0, colon_at) + 1)
        labelled = self._label_before_colon(start, colon_at)
        if labelled is not None:
            return labelled
        lead = [t for t in colon[0].sent if start <= t.idx < colon_at]
        names = [e for e in colon[0].doc.ents if e.label_ in ("PERSON", "ORG")]
        names = [e for e in names if start <= e.start_char and e.end_char <= colon_at]
        # "… - More from Jones:": a name right before the colon wins over the verbs.
        closing = bool(names) and not self.text[names[-1].end_char : colon_at].strip(" )")
        if closing and _addressed(names[-1].root):
            # "… delivered a blunt message to Ruiz:": the name is who was spoken to.
            closing = False
        # The lead's own verbs, not those of a clause inside it ("apologized for what happened:").
        verbs = [t for t in lead if t.pos_ in ("VERB", "AUX") and t.dep_ not in _INNER_CLAUSE]
        root = colon[0].sent.root
        for verb in ([root] if root in verbs else []) + verbs[::-1]:
            frame = verb_frame(verb)
            if frame is None or frame.source is None:
                continue
            if not closing or frame.source.start <= names[-1].start_char < frame.source.end:
                return frame
        if not names:
            return None
        # "Bush: “…”": a name and a colon introduce the quote; the colon is the cue.
        name = names[-1]
        cue = Span(colon_at, colon_at + 1)
        return Frame(
            cue=cue,
            head=name.root,
            source=Span(name.start_char, name.end_char),
            source_root=name.root,
        )

    def _label_before_colon(self, start: int, colon_at: int) -> Frame | None:
        """A roundup's label: "Iowa polls ran late - Ana Ruiz: “…”", "More from the report:
        “…”": a short phrase with no verb after a dash or opening the sentence names who
        is quoted; the colon is the cue."""
        dash = LABEL_DASH.search(self.text, start, colon_at)
        while dash is not None:
            start = dash.end()
            dash = LABEL_DASH.search(self.text, start, colon_at)
        lead = _LABEL_LEAD.match(self.text, start, colon_at)
        if lead is not None:
            start = lead.end()
        label = self.doc.char_span(start, colon_at, alignment_mode="contract")
        if (
            label is None
            or not 0 < len(label) <= _LABEL_TOKENS
            or any(t.pos_ in ("VERB", "AUX") for t in label)
            or not looks_like_source(label.text)
            or label[0].pos_ == "PRON"
        ):
            return None
        return Frame(
            cue=Span(colon_at, colon_at + 1),
            head=label.root,
            source=Span(label.start_char, label.end_char),
            source_root=label.root,
        )

    def _embedded(self, quote: Quote) -> bool:
        """A quote opened in the middle of a sentence ("slammed the plan as “…”")."""
        return opens_mid_sentence(quote, self.text)
