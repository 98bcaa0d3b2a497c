"""Statements: direct quotes and indirect speech, with speakers and relay chains.

Frames from the parse (`attribution`) give cue, source and content; quotes
(`quotes`) give direct speech. A frame with no clausal content takes the
quote beside it ("…," Lavrov said / Kuleba said: "…"); a quote split by its
cue, or running over paragraphs, is one statement; a quote with no cue of its
own after a statement in the same paragraph is that speaker's; "—Name" after
a quote names its speaker; any other quote is kept with no speaker. "According
to X" on a cue that has a frame of its own, or an outlet's report around a
statement, becomes that statement's `via`, innermost first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newstrace.analyze.attribution import Frame, find_frames, token_span, verb_frame
from newstrace.analyze.chain import outermost, relays
from newstrace.analyze.quotes import Quote, find_quotes
from newstrace.analyze.when import resolve_when
from newstrace.records import Article, Span, Speaker, Statement, When

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newstrace.analyze.speakers import Resolver

__all__ = ["find_statements"]

_BEFORE_CUE = re.compile(r"[\s,.!?;:\"”’'—–-]*")
_AFTER_CUE = re.compile(r"[\s,.;:\"“‘'—–-]*")
_DASH_NAME = re.compile(r"[\s\"”’]*[—–]\s*((?:[A-Z][\w.'’-]*\s?){1,4})")
# A quote this short inside a sentence is a phrase or title, not speech.
_MIN_QUOTE_WORDS = 4
_MIN_EMBEDDED_WORDS = 8
# "Name (at Place): what they said" as a paragraph of its own (headlines, summaries).
_COLON_LINE = re.compile(r"([^:\n.!?\"“]{3,60}?)\s*:\s+(\S[^\n]{10,})")
# How far after a quote a verb of saying is looked for ("…," the judge then interrupted).
_BESIDE_TOKENS = 8
_OPENING_MARKS = tuple('"“‘\'«„')


@dataclass
class _Draft:
    content: list[Span]
    frame: Frame | None = None
    speaker: Speaker | None = None
    via: list[Span] = field(default_factory=list)
    source: Span | None = None
    confidence: float = 0.9
    follows: _Draft | None = None


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _quote_kind(content: list[Span], quotes: list[Quote], text: str) -> str:
    """Direct when every piece is a quote that stands on its own; a quote opened
    mid-sentence ("said that “…”", "called it a “…”") is the reporter's sentence
    quoting some words, so mixed."""
    inside = 0
    touched = False
    for piece in content:
        hits = [q for q in quotes if _overlaps(q.span, piece)]
        holding = [
            q for q in hits if q.span.start <= piece.start + 1 and piece.end - 1 <= q.span.end
        ]
        if holding and not any(_opens_mid_sentence(q, text) for q in holding):
            inside += 1
        elif hits:
            touched = True
    if inside == len(content):
        return "direct"
    return "mixed" if touched or inside else "indirect"


def token_span_of_text(text: str, start: int, end: int) -> Span | None:
    """[start, end) trimmed of spaces, quote marks and closing punctuation."""
    while start < end and text[start] in " \t\"“‘'«":
        start += 1
    while end > start and text[end - 1] in " \t\"”’'».":
        end -= 1
    return Span(start, end) if end > start else None


def _opens_mid_sentence(quote: Quote, text: str) -> bool:
    before = text[: quote.span.start].rstrip(" \"“‘'«„")
    return bool(before) and (before[-1].isalnum() or before[-1] in "’")


def _paragraph_of(offset: int, article: Article) -> int:
    for number, para in enumerate(article.paragraphs):
        if para.start <= offset < para.end:
            return number
    return -1


class _Assembler:
    def __init__(self, article: Article, doc: Doc, resolver: Resolver) -> None:
        self.article = article
        self.text = article.text
        self.doc = doc
        self.resolver = resolver
        self.quotes = find_quotes(article.text, article.paragraphs)
        self.used: set[int] = set()

    def _quote_index(self, span: Span) -> list[int]:
        return [i for i, q in enumerate(self.quotes) if _overlaps(q.span, span)]

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

    def _adjacent_quote(self, frame: Frame, *, after_only: bool = False) -> int | None:
        clause = self._clause(frame)
        para = _paragraph_of(clause.start, self.article)
        before = after = None
        for i, quote in enumerate(self.quotes):
            if i in self.used or quote.paragraph != para:
                continue
            if quote.span.end <= clause.start:
                gap = self.text[quote.span.end : clause.start]
                if _BEFORE_CUE.fullmatch(gap):
                    before = i
            elif quote.span.start >= clause.end and after is None:
                gap = self.text[clause.end : quote.span.start]
                if _AFTER_CUE.fullmatch(gap):
                    after = i
        if after_only:
            # A guessed content gives way only to a quote the cue introduces, not to
            # one opening the next sentence.
            if after is None or "." in self.text[clause.end : self.quotes[after].span.start]:
                return None
            return after
        colon = self.text[clause.end : clause.end + 3].lstrip().startswith(":")
        if after is not None and (colon or before is None):
            return after
        if before is not None and self.text[self.quotes[before].span.end - 1] == ".":
            # "… end." Lavrov said. is rare; a colon or the next quote is likelier his.
            return after if after is not None else before
        return before

    def _split_opening(self, frame: Frame, first: Span) -> int | None:
        """The quote before the cue when the content quote follows it ("…," he said, "…")."""
        if first.start < frame.cue.end:
            return None
        before = self._adjacent_quote(frame)
        if before is None or self.quotes[before].span.end > frame.cue.start:
            return None
        return before

    def _resume_quote(self, frame: Frame, last: Span) -> int | None:
        """The quote that goes on right after the cue that split it ("…," he said, "…")."""
        clause = self._clause(frame)
        if last.end > clause.start:
            return None
        for i, quote in enumerate(self.quotes):
            if i in self.used or quote.span.start < clause.end:
                continue
            gap = self.text[clause.end : quote.span.start]
            return i if _AFTER_CUE.fullmatch(gap) and "\n" not in gap else None
        return None

    def from_frames(self, frames: list[Frame]) -> list[_Draft]:
        drafts: list[_Draft] = []
        for frame in frames:
            content = list(frame.content)
            if frame.weak and self._adjacent_quote(frame, after_only=True) is not None:
                content = []
            if content:
                hit = [i for i in self._quote_index(content[0]) if i not in self.used]
                if hit:
                    whole = [content[0], *(self.quotes[i].span for i in hit)]
                    content = [Span(min(s.start for s in whole), max(s.end for s in whole))]
                    for i in hit:
                        self.used.add(i)
                        if self.quotes[i].runs_on:
                            self._take_quote(i + 1, content)
                    opening = self._split_opening(frame, content[0])
                    if opening is not None:
                        self.used.add(opening)
                        content.insert(0, self.quotes[opening].span)
            else:
                index = self._adjacent_quote(frame)
                if index is None:
                    continue
                self._take_quote(index, content)
            resumed = self._resume_quote(frame, content[-1])
            if resumed is not None:
                self._take_quote(resumed, content)
            drafts.append(_Draft(content, frame, source=frame.source))
        return drafts

    def from_quotes(self, drafts: list[_Draft]) -> list[_Draft]:
        """Statements for the quotes no frame took."""
        found: list[_Draft] = []
        for i, quote in enumerate(self.quotes):
            if i in self.used:
                continue
            content: list[Span] = []
            self._take_quote(i, content)
            host = self._host_draft(quote, drafts)
            if host is not None:
                host.content.extend(content)
                continue
            words = len(self.text[quote.span.start : quote.span.end].split())
            if words < _MIN_QUOTE_WORDS or (self._embedded(quote) and words < _MIN_EMBEDDED_WORDS):
                continue
            frame = self._verb_beside(quote)
            if frame is not None:
                found.append(_Draft(content, frame, source=frame.source, confidence=0.7))
                continue
            draft = _Draft(content, confidence=0.4)
            dash = _DASH_NAME.match(self.text, quote.span.end)
            if dash and dash.start(1) - quote.span.end < 6:
                name = dash.group(1).rstrip()
                draft.source = Span(dash.start(1), dash.start(1) + len(name))
                draft.confidence = 0.8
            else:
                draft.follows = self._previous_in_paragraph(quote, drafts + found)
                if draft.follows is not None and self._continues_quote(draft.follows, quote):
                    # "“…,” she said, as she left. “…”": one statement in two pieces.
                    draft.follows.content.extend(content)
                    continue
                if draft.follows is None:
                    draft.follows = self._previous_paragraph_speaker(quote, drafts + found)
                if draft.follows is not None:
                    draft.source = draft.follows.source
                    draft.confidence = 0.7
            found.append(draft)
        return found

    def from_colon_lines(self, drafts: list[_Draft]) -> list[_Draft]:
        """Headline-style attributions: "Mukasey at RNC: Clinton email scandal disqualifies her".

        A paragraph that opens with a short phrase holding a name and no verb, then
        a colon, is that name's statement; the colon is the cue.
        """
        found: list[_Draft] = []
        for para in self.article.paragraphs:
            match = _COLON_LINE.match(self.text, para.start, para.end)
            if match is None:
                continue
            head = self.doc.char_span(para.start, match.end(1), alignment_mode="expand")
            if head is None or any(t.pos_ in ("VERB", "AUX") for t in head):
                continue
            names = [e for e in head.ents if e.label_ in ("PERSON", "ORG")]
            content = token_span_of_text(self.text, match.start(2), para.end)
            if not names or content is None:
                continue
            if any(_overlaps(content, piece) for d in drafts for piece in d.content):
                continue
            root = head.root
            # The name itself, without "at RNC" or ", 2016" after it.
            cut = {
                t.i
                for c in root.children
                if c.dep_ in ("prep", "punct", "appos")
                for t in c.subtree
            }
            source = token_span(t for t in root.subtree if t.i not in cut) or Span(
                para.start, match.end(1)
            )
            frame = Frame(
                cue=Span(match.end(1), match.end(1) + 1),
                head=root,
                source=source,
                source_root=root,
            )
            found.append(_Draft([content], frame, source=frame.source, confidence=0.6))
        return found

    def _verb_beside(self, quote: Quote) -> Frame | None:
        """A verb with a subject right after the quote ("…," the judge interrupted), or
        the main verb of a sentence that introduces it with a colon ("Cruz called them
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
                    frame = verb_frame(token)
                    gap = self.text[quote.span.end : self._clause(frame).start] if frame else ""
                    if (
                        frame is not None
                        and frame.source is not None
                        and _BEFORE_CUE.fullmatch(gap)
                    ):
                        return frame
                    break
        before = self.text[: quote.span.start].rstrip(" \t\n\"“‘'«„")
        if before.endswith(":") and len(before) > 1:
            colon = self.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
            if colon is not None:
                root = colon[0].sent.root
                near = quote.span.start - len(before) < 8
                if root.pos_ in ("VERB", "AUX") and near:
                    frame = verb_frame(root)
                    if frame is not None and frame.source is not None:
                        return frame
                elif near and root.ent_type_ in ("PERSON", "ORG") and root.i < colon[0].i:
                    # "Bush: “…”": a name and a colon introduce the quote; the colon is the cue.
                    name = token_span(t for t in root.subtree if t.i < colon[0].i)
                    cue = Span(len(before) - 1, len(before))
                    if name is not None:
                        return Frame(cue=cue, head=root, source=name, source_root=root)
        return None

    def _embedded(self, quote: Quote) -> bool:
        """A quote opened in the middle of a sentence ("slammed the plan as “…”")."""
        return _opens_mid_sentence(quote, self.text)

    def _host_draft(self, quote: Quote, drafts: list[_Draft]) -> _Draft | None:
        """The statement whose cue sits in the sentence this quote is in, before it."""
        token = self.doc.char_span(quote.span.start, quote.span.end, alignment_mode="expand")
        if token is None or not self._embedded(quote):
            return None
        sentence = token[0].sent
        for draft in drafts:
            frame = draft.frame
            if frame is None or frame.according:
                continue
            before = sentence.start_char <= frame.cue.start and frame.cue.end <= quote.span.start
            quoted = any(q.span.start <= draft.content[0].start < q.span.end for q in self.quotes)
            if before and not quoted and frame.head.sent.start == sentence.start:
                return draft
        return None

    def _continues_quote(self, earlier: _Draft, quote: Quote) -> bool:
        """`quote` goes on with `earlier`'s own direct quote, only its cue between them."""
        last = earlier.content[-1]
        if not any(q.span == last for q in self.quotes) or earlier.frame is None:
            return False
        between = [q for q in self.quotes if last.end <= q.span.start < quote.span.start]
        return not between and earlier.frame.cue.start < quote.span.start

    def _previous_paragraph_speaker(self, quote: Quote, drafts: list[_Draft]) -> _Draft | None:
        """For a quote that opens its paragraph: the last statement of the paragraph before."""
        para = self.article.paragraphs[quote.paragraph]
        if quote.paragraph == 0 or self.text[para.start : quote.span.start].strip() not in (
            "",
            *_OPENING_MARKS,
        ):
            return None
        previous = self.article.paragraphs[quote.paragraph - 1]
        earlier = [
            d
            for d in drafts
            if previous.start <= d.content[0].start < previous.end and d.frame is not None
        ]
        return max(earlier, key=lambda d: d.content[-1].end) if earlier else None

    def _previous_in_paragraph(self, quote: Quote, drafts: list[_Draft]) -> _Draft | None:
        para = self.article.paragraphs[quote.paragraph]
        earlier = [
            d
            for d in drafts
            if para.start <= d.content[0].start < quote.span.start
            and d.content[-1].end <= quote.span.start
        ]
        return max(earlier, key=lambda d: d.content[0].start) if earlier else None


def find_statements(article: Article, doc: Doc, resolver: Resolver) -> tuple[Statement, ...]:
    """Every statement in `article`, in text order."""
    assembler = _Assembler(article, doc, resolver)
    frames = [
        f
        for f in find_frames(doc)
        if not any(q.span.start <= f.cue.start < q.span.end for q in assembler.quotes)
    ]
    frames = outermost(frames)
    frames, vias = relays(frames)
    drafts = assembler.from_frames(frames)
    drafts += assembler.from_quotes(drafts)
    drafts += assembler.from_colon_lines(drafts)
    drafts.sort(key=lambda d: d.content[0].start)
    statements: list[Statement] = []
    speakers: list[tuple[int, Speaker]] = []
    seen: set[tuple[Span, ...]] = set()
    resolved: dict[int, Speaker] = {}
    for draft in drafts:
        key = tuple(draft.content)
        if key in seen:
            continue
        seen.add(key)
        statement = _statement(draft, article, resolver, speakers, resolved, vias, assembler.quotes)
        resolved[id(draft)] = statement.speaker
        if statement.speaker.name is not None:
            speakers.append((draft.content[0].start, statement.speaker))
        statements.append(statement)
    return tuple(statements)


def _statement(
    draft: _Draft,
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
        kind=_quote_kind(draft.content, quotes, article.text),
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
