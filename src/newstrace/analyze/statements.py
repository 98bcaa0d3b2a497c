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
from typing import TYPE_CHECKING

from newstrace.analyze.attribution import Frame, find_frames
from newstrace.analyze.chain import outermost, relays
from newstrace.analyze.content_tails import cut_tails_with_statements
from newstrace.analyze.drafts import (
    Draft,
    build_statement,
    overlaps,
    paragraph_of,
    token_span_of_text,
)
from newstrace.analyze.headlines import headline_drafts
from newstrace.analyze.markup import without_markup
from newstrace.analyze.nested import without_nested
from newstrace.analyze.parse_tree import FINITE_TAGS, token_span
from newstrace.analyze.quote_leads import lead_before_aside
from newstrace.analyze.quote_reader import (
    BEFORE_CUE,
    LABEL_DASH,
    QuoteReader,
    looks_like_source,
)
from newstrace.analyze.quotes import Quote, inside_any
from newstrace.analyze.survey_frames import survey_frames
from newstrace.records import Article, Span, Speaker, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newstrace.analyze.speakers import Resolver

__all__ = ["find_statements"]

_AFTER_CUE = re.compile(r"[\s,.;:\"“‘'—–-]*")
_DASH_NAME = re.compile(r"[\s\"”’]*[—–]\s*((?:[A-Z][\w.'’-]*\s?){1,4})")
# "“Mayor tours the flooded valley,” by Ana Ruiz": the quote is a cited headline.
_BYLINE_AFTER = re.compile(r"[,.!?]?[\"”’']+,?[ \t\u00a0]+by[ \t\u00a0]+\S")
_DASH_LINE = re.compile(r"[-—–] ?((?:[A-Z][\w.'’-]*[ \t]?){1,4})")
# A quote this short inside a sentence is a phrase or title, not speech.
_MIN_QUOTE_WORDS = 4
_MIN_EMBEDDED_WORDS = 8
_OPENING_MARKS = tuple("\"“‘'«„")


class _Assembler(QuoteReader):
    def _adjacent_quote(self, frame: Frame, *, after_only: bool = False) -> int | None:
        clause = self._clause(frame)
        para = paragraph_of(clause.start, self.article)
        before = after = None
        for i, quote in enumerate(self.quotes):
            if i in self.used or quote.paragraph != para:
                continue
            if self.claims.get(i, id(frame)) != id(frame):
                continue
            if quote.span.end <= clause.start:
                gap = self.text[quote.span.end : clause.start]
                inside = not gap and quote.closed and frame.clause is not None
                if BEFORE_CUE.fullmatch(gap) and not (
                    inside and frame.clause.start < quote.span.start  # type: ignore[union-attr]
                ):
                    before = i
            elif quote.span.start >= clause.end and after is None:
                gap = self.text[clause.end : quote.span.start]
                if _AFTER_CUE.fullmatch(gap) and not self._labelled(quote, frame.cue):
                    after = i
        if after is None and before is None:
            after = self._next_paragraph_quote(clause, para)
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

    def _labelled(self, quote: Quote, cue: Span) -> bool:
        """A roundup label stands between the cue and the quote ("… did predict the
        caucus - Ana Ruiz: “…”"): the quote is the label's."""
        before = self.text[cue.end : quote.span.start].rstrip(" \t\n\"“‘'«„")
        colon = cue.end + len(before) - 1
        if not before.endswith(":") or LABEL_DASH.search(self.text, cue.end, colon) is None:
            return False  # "He said the following: “…”" is his
        return self._label_before_colon(cue.end, colon) is not None

    def _next_paragraph_quote(self, clause: Span, para: int) -> int | None:
        """The quote opening the next paragraph when the cue's ends this one with a colon
        or comma ("He said:" / "Hillary shot back,", then the quote set apart)."""
        paragraphs = self.article.paragraphs
        if para < 0 or para + 1 >= len(paragraphs):
            return None
        if self.text[clause.end : paragraphs[para].end].strip() not in (":", ","):
            return None
        following = paragraphs[para + 1]
        for i, quote in enumerate(self.quotes):
            if quote.paragraph == para + 1 and i not in self.used:
                lead = self.text[following.start : quote.span.start].strip()
                return i if lead in _OPENING_MARKS and self.claims.get(i) is None else None
        return None

    def _split_opening(self, frame: Frame, first: Span) -> int | None:
        """The quote before the cue when the content quote follows it ("…," he said, "…")."""
        if first.start < frame.cue.end:
            return None
        before = self._adjacent_quote(frame)
        if before is None or self.quotes[before].span.end > frame.cue.start:
            return None
        if self.text[self.quotes[before].span.end - 1] == ".":
            return None  # "… the tasks ahead.” She added: “…”": an earlier sentence's quote
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
            # A title the cue's own words go on into ("told NBC’s “Today.”") is not
            # the quote going on.
            resumes = _AFTER_CUE.fullmatch(gap) and "\n" not in gap and not self._embedded(quote)
            return i if resumes else None
        return None

    def _claim_quotes(self, frames: list[Frame]) -> None:
        """Quotes that a cue right after them owns ("…," he said), or that a frame's own
        content covers: no other frame takes them as an adjacent quote."""
        for frame in frames:
            clause = self._clause(frame)
            for i, quote in enumerate(self.quotes):
                gap = self.text[quote.span.end : clause.start]
                trailing = quote.span.end <= clause.start and BEFORE_CUE.fullmatch(gap)
                ended = "." in gap or self.text[quote.span.end - 1] == "."
                if (trailing and "\n" not in gap and not ended) or (
                    frame.content and any(overlaps(quote.span, c) for c in frame.content)
                ):
                    self.claims.setdefault(i, id(frame))

    def from_frames(self, frames: list[Frame]) -> list[Draft]:
        self._claim_quotes(frames)
        drafts: list[Draft] = []
        for frame in frames:
            content = list(frame.content)
            if frame.weak and self._adjacent_quote(frame, after_only=True) is not None:
                content = []
            if content and self._quoted_by_another(frame, content[0]):
                continue
            if content and any(
                self._labelled(self.quotes[i], frame.cue) for i in self._quote_index(content[0])
            ):
                continue  # the parse ran the cue into a roundup label's quote
            if content:
                hit = [i for i in self._quote_index(content[0]) if i not in self.used]
                first = self.quotes[hit[0]].span if hit else None
                if (
                    first is not None
                    and content[0].start >= first.start - 1
                    and first.end <= frame.cue.start
                    and content[0].end > first.end
                ):
                    # "“…,” Texas delegate Bill Eastland, wearing a hat, said": the parse
                    # ran the quote into its speaker; the quote is what was said.
                    hit = hit[:1]
                    content = [first]
                    if frame.source is None or frame.source.start < first.end:
                        self._set_source(frame, self._name_after(first, frame.cue))
                if hit:
                    whole = [content[0], *(self.quotes[i].span for i in hit)]
                    content = [Span(min(s.start for s in whole), max(s.end for s in whole))]
                    content = self._without_intro(frame, content, self.quotes[hit[0]].span)
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
            self._source_after_cue(frame, content)
            if frame.source is None:
                self._source_before_cue(frame, content)
            if frame.source is None:
                self._subject_before_participle(frame)
            if frame.source is None and any(self._quote_index(c) for c in content):
                self._name_before_aside(frame)
            self._source_outside_quotes(frame, content)
            self._lead_before_aside(frame, content)
            drafts.append(Draft(content, frame, source=frame.source))
        return drafts

    def _without_intro(self, frame: Frame, content: list[Span], first: Span) -> list[Span]:
        """ "For example: “…,” he said": the reporter's words before a colon that opens the
        quote are not the speaker's, when the cue comes after the quote."""
        piece = content[0]
        if piece.start >= first.start or first.end > frame.cue.start:
            return content
        intro = self.text[piece.start : first.start].rstrip(" \t\u00a0" + "".join(_OPENING_MARKS))
        if not intro.endswith(":"):
            return content
        return [Span(first.start, piece.end), *content[1:]]

    def _lead_before_aside(self, frame: Frame, content: list[Span]) -> None:
        """ "If the levy fails, she said, “…”": the words before the aside are hers too."""
        quote = next((q for q in self.quotes if q.span == content[0]), None)
        if quote is None:
            return
        lead = lead_before_aside(self.text, self.doc, frame, quote)
        if lead is not None:
            content.insert(0, lead)

    def _quoted_by_another(self, frame: Frame, content: Span) -> bool:
        """The parse gave this cue a content inside a quote that another cue owns
        ("“…,” Ruiz said, after Ott said the …": Ott's content is not that quote)."""
        inside = [
            i for i in self._quote_index(content) if self.quotes[i].span.start <= content.start
        ]
        return bool(inside) and all(
            self.claims.get(i, id(frame)) != id(frame)
            and not self.quotes[i].span.start <= frame.cue.start < self.quotes[i].span.end
            for i in inside
        )

    def _source_outside_quotes(self, frame: Frame, content: list[Span]) -> None:
        """No speaker is inside their own quote: a source the parse found there gives
        way to the words between the quote and its cue, or to none."""
        source = frame.source
        if source is None:
            return
        for piece in content:
            if piece.start <= source.start < piece.end and any(
                q.span == piece for q in self.quotes
            ):
                beside = piece.end <= frame.cue.start
                self._set_source(frame, self._name_after(piece, frame.cue) if beside else None)
                if not beside:
                    # "Ruiz seemed to mock him, saying, “…”": the parse made the quote the
                    # sentence's main clause; the participle still speaks for Ruiz.
                    self._subject_before_participle(frame)
                return

    def _source_after_cue(self, frame: Frame, content: list[Span]) -> None:
        """The speaker named after a cue that follows a quote ("…,” added the governor,
        "…,” said Ana Ruiz, who …"), where the parse found the verb no subject, or took a
        word of the quote or of the name's own clause for one."""
        source = frame.source
        if source is not None and inside_any(source.start, source.start + 1, self.quotes) is None:
            return
        ending = [q.span for q in self.quotes if q.span.end <= frame.cue.start]
        gap = self.text[ending[-1].end : frame.cue.start] if ending else "\n"
        if not BEFORE_CUE.fullmatch(gap) or "\n" in gap:
            return
        name = self._name_run(frame.head)
        if name:
            self._set_source(frame, token_span(name))

    def _name_before_aside(self, frame: Frame) -> None:
        """ "Jake Lund, her adviser, said: “…”", "Sen. Ana Ruiz (D-Ill.), noting the vote, said,
        “…”", "Ruiz, asked about Ott, had said, “…”": the parse lost the subject in the phrase
        set off between the name and the cue."""
        cue = frame.head
        helpers = [c for c in cue.children if c.dep_ == "aux" and c.i < cue.i]
        if cue.tag_ not in FINITE_TAGS and not any(
            c.tag_ in FINITE_TAGS or c.tag_ == "MD" for c in helpers
        ):
            return
        first_word = min([cue.i, *(c.i for c in helpers)])
        sentence = cue.sent
        people = [
            e
            for e in self.doc.ents
            if e.label_ == "PERSON" and sentence.start <= e.start and e.end <= first_word
        ]
        inside_aside = None
        for person in reversed(people):
            between = self.doc[person.end : first_word]
            if not between:
                return
            if len(between) == 1 and person.root.dep_ == "pobj" and inside_aside is None:
                inside_aside = person  # "goaded by Ott,": the aside may begin further back
                continue
            if between[0].text not in (",", "(") or between[-1].text != ",":
                break
            if any(self._has_own_subject(t) or t.is_quote for t in between):
                break
            self._set_source(frame, Span(person.start_char, person.end_char))
            return
        if inside_aside is not None and self.doc[inside_aside.end].text == ",":
            self._set_source(frame, Span(inside_aside.start_char, inside_aside.end_char))

    @staticmethod
    def _has_own_subject(token: Token) -> bool:
        """A finite verb with a subject of its own ("who runs the poll"); a participle the
        tagger read as a past tense ("asked about the vote") has none."""
        return token.tag_ in FINITE_TAGS and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children
        )

    def _source_before_cue(self, frame: Frame, content: list[Span]) -> None:
        """A cue the parse gave no subject, right after its quote with a name between
        ("“…,” Ruiz barked and …", the name read as part of the quote's sentence)."""
        quote = next(
            (q.span for q in self.quotes if q.span in content and q.span.end <= frame.cue.start),
            None,
        )
        if quote is None or not BEFORE_CUE.fullmatch(self.text[quote.end : quote.end + 2]):
            return
        name = self._name_after(quote, frame.cue)
        if name is None or "." in self.text[quote.end : name.start]:
            return  # "… “self-deportation.” Why not just say: “…”": a new sentence
        if looks_like_source(name.of(self.text)):
            self._set_source(frame, name)

    def _subject_before_participle(self, frame: Frame) -> None:
        """ "Flea shared the news, writing “…”": a participle the parse hung from the quote's
        own verb speaks for the subject of the clause before it."""
        cue = frame.head
        if cue.tag_ != "VBG" or cue.i == 0 or self.doc[cue.i - 1].text != ",":
            return
        for verb in reversed(self.doc[cue.sent.start : cue.i - 1]):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if verb.pos_ in ("VERB", "AUX") and subjects:
                subject = subjects[0]
                if subject.pos_ in ("PROPN", "NOUN") or subject.lower_ in ("he", "she"):
                    tokens = [t for t in subject.subtree if t.dep_ not in ("relcl", "punct")]
                    self._set_source(frame, token_span(tokens, trim=""))
                return

    def _set_source(self, frame: Frame, source: Span | None) -> None:
        frame.source = source
        frame.source_root = None
        if source is not None:
            words = self.doc.char_span(source.start, source.end, alignment_mode="expand")
            frame.source_root = words.root if words is not None else None

    def _name_after(self, quote: Span, cue: Span) -> Span | None:
        """The words between a quote and its cue, up to the first comma (an apposition)."""
        gap = self.text[quote.end : cue.start]
        lead = len(gap) - len(gap.lstrip(" ,.;:!?\"”’'—–-"))
        name = gap[lead:].split(",")[0]
        if not name.strip() or "\n" in name or len(name.split()) > 8:
            return None
        return token_span_of_text(self.text, quote.end + lead, quote.end + lead + len(name))

    def from_quotes(self, drafts: list[Draft]) -> list[Draft]:
        """Statements for the quotes no frame took."""
        found: list[Draft] = []
        for i, quote in enumerate(self.quotes):
            if i in self.used:
                continue
            content: list[Span] = []
            self._take_quote(i, content)
            host = self._host_draft(quote, drafts)
            if host is not None:
                if not any(
                    c.start <= quote.span.start and quote.span.end <= c.end for c in host.content
                ):
                    host.content.extend(content)  # not a quote its content already holds
                continue
            words = len(self.text[quote.span.start : quote.span.end].split())
            if words < _MIN_QUOTE_WORDS or (self._embedded(quote) and words < _MIN_EMBEDDED_WORDS):
                continue
            if _BYLINE_AFTER.match(self.text, quote.span.end) or self._subheading(quote):
                continue
            frame = self._verb_beside(quote)
            if frame is not None:
                self._source_after_cue(frame, content)
                found.append(Draft(content, frame, source=frame.source, confidence=0.7))
                continue
            draft = Draft(content, confidence=0.4)
            dash = _DASH_NAME.match(self.text, quote.span.end)
            if not (dash and dash.start(1) - quote.span.end < 6):
                dash = self._dash_line_after(quote)
            if dash:
                name = dash.group(1).rstrip(" \t\n.")
                draft.source = Span(dash.start(1), dash.start(1) + len(name))
                draft.confidence = 0.8
            else:
                draft.follows = self._previous_in_paragraph(quote, drafts + found)
                quoted = self._quoted_before(quote, draft.follows, drafts + found)
                if quoted is not None and self._continues_quote(quoted, quote):
                    # "“…,” she said, as she left. “…”": one statement in two pieces.
                    quoted.content.extend(content)
                    continue
                if draft.follows is None:
                    draft.follows = self._previous_paragraph_speaker(quote, drafts + found)
                if draft.follows is not None:
                    draft.confidence = 0.7
            found.append(draft)
        return found

    def _subheading(self, quote: Quote) -> bool:
        """A paragraph that is only a line in single marks ("'A long night for the crew.'")
        heads a section when its words are quoted again elsewhere, with their speaker;
        a lone quote paragraph that is not repeated is speech and is kept."""
        para = self.article.paragraphs[quote.paragraph]
        line = self.text[para.start : para.end].strip()
        single = line[:1] in "'‘" and line[1:2] != "'"
        inner = line.strip(" '‘’.!?")
        if not (single and inner and inner == quote.span.of(self.text).strip(" '‘’.!?")):
            return False
        text, inner = self.text.lower(), inner.lower()
        return text.find(inner, para.end) >= 0 or 0 <= text.find(inner) < para.start

    def _dash_line_after(self, quote: Quote) -> re.Match[str] | None:
        """A line of its own under a quote that ends its paragraph, naming who said it
        ("- Ana Ruiz, in Tuesday's debate."), as fact-checks and quote roundups set them."""
        paragraphs = self.article.paragraphs
        number = quote.paragraph
        if number + 1 >= len(paragraphs):
            return None
        if self.text[quote.span.end : paragraphs[number].end].strip(" \t\"”’'.,!?"):
            return None
        return _DASH_LINE.match(self.text, paragraphs[number + 1].start)

    def _host_draft(self, quote: Quote, drafts: list[Draft]) -> Draft | None:
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
            start = draft.content[0].start
            quoted = inside_any(start, start + 1, self.quotes) is not None
            if before and not quoted and frame.head.sent.start == sentence.start:
                return draft
        return None

    @staticmethod
    def _quoted_before(quote: Quote, last: Draft | None, drafts: list[Draft]) -> Draft | None:
        """The statement a cue-less quote may go on with: the last one before it, or the
        one before that when the last only adds to the same speaker ("“…,” Ruiz said,
        referring to Kerry. “…”")."""
        if last is None or last.frame is None:
            return last
        earlier = [
            d
            for d in drafts
            if d.frame is not None
            and d.content[-1].end <= last.content[0].start
            and (
                d.frame.source == last.frame.source is not None
                or d.frame.head.is_ancestor(last.frame.head)
            )
            and d.frame.cue.end <= last.frame.cue.start < quote.span.start
            and last.frame.cue.start - d.frame.cue.end < 80
        ]
        return max(earlier, key=lambda d: d.content[-1].end) if earlier else last

    def _continues_quote(self, earlier: Draft, quote: Quote) -> bool:
        """`quote` goes on with `earlier`'s own direct quote, only its cue between them."""
        last = earlier.content[-1]
        if not any(q.span == last for q in self.quotes) or earlier.frame is None:
            return False
        cue_sentence = earlier.frame.head.sent
        between = [
            q
            for q in self.quotes
            if last.end <= q.span.start < quote.span.start
            # A title inside the cue's own sentence ("he said on ABC’s “This Week.”").
            and not (q.span.end <= cue_sentence.end_char and self._embedded(q))
        ]
        return not between and earlier.frame.cue.start < quote.span.start

    def _previous_paragraph_speaker(self, quote: Quote, drafts: list[Draft]) -> Draft | None:
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

    def _previous_in_paragraph(self, quote: Quote, drafts: list[Draft]) -> Draft | None:
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
        for f in sorted(find_frames(doc) + survey_frames(doc), key=lambda f: f.cue.start)
        if inside_any(f.cue.start, f.cue.start + 1, assembler.quotes) is None
    ]
    frames = without_markup(frames, article.text)
    frames = outermost(frames)
    frames, vias = relays(frames)
    frames = cut_tails_with_statements(frames)
    drafts = assembler.from_frames(frames)
    drafts += assembler.from_quotes(drafts)
    drafts += assembler.from_colon_lines(drafts)
    drafts += headline_drafts(article, doc, drafts)
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
        statement = build_statement(
            draft, article, resolver, speakers, resolved, vias, assembler.quotes
        )
        resolved[id(draft)] = statement.speaker
        if statement.speaker.name is not None:
            speakers.append((draft.content[0].start, statement.speaker))
        statements.append(statement)
    return tuple(without_nested(statements, article.text))
