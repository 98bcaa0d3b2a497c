"""The reporter's words that open a quoted sentence around a parenthetical cue.

In "If the levy fails, she said, “the library closes in May”" the speaker's
sentence begins before the cue and the quote goes on with it in lower case:
"If the levy fails" is part of what she said, so the statement holds it and
the quote (a mixed statement). The cue must be an aside of a few words set
off by commas, and the opening words a clause of their own or the subject of
a quote that starts with its verb ("The deal, he said, “would cost jobs”");
a time or place before the cue ("On Monday, she said, “…”") stays outside.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newstrace.analyze.parse_tree import FINITE_TAGS
from newstrace.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from newstrace.analyze.attribution import Frame
    from newstrace.analyze.quotes import Quote

__all__ = ["lead_before_aside"]

# The aside holds the source, the verb and at most this many other words ("she
# said on Sunday", "explained Rosenberg").
_ASIDE_EXTRA_WORDS = 3
_QUOTE_MARKS = "\"“”‘’'«»„"
_SPACES = " \t\u00a0"
_ENDS_ASIDE = re.compile(r"[,:]?$")


def lead_before_aside(text: str, doc: Doc, frame: Frame, quote: Quote) -> Span | None:
    """The words that open the quote's sentence before the cue's aside, if any."""
    source = frame.source
    spoken = quote.span.of(text).lstrip(_QUOTE_MARKS + _SPACES)
    if source is None or quote.span.start < frame.cue.end or not spoken[:1].islower():
        return None
    if not _short_aside(text, frame, source, quote):
        return None
    sentence = frame.head.sent
    aside_start = min(source.start, frame.cue.start)
    before = text[sentence.start_char : aside_start].rstrip(_SPACES)
    if not before.endswith(",") or any(m in before for m in _QUOTE_MARKS) or "\n" in before:
        return None
    lead_text = before[:-1].rstrip(_SPACES)
    start = sentence.start_char + len(lead_text) - len(lead_text.lstrip(_SPACES))
    lead = Span(start, sentence.start_char + len(lead_text))
    if lead.end <= lead.start or not _speaks_the_lead(doc, lead, quote):
        return None
    return lead


def _short_aside(text: str, frame: Frame, source: Span, quote: Quote) -> bool:
    """Source and cue side by side, a few words after them, then a comma or colon."""
    between = text[min(source.end, frame.cue.end) : max(source.start, frame.cue.start)]
    after = text[max(source.end, frame.cue.end) : quote.span.start]
    after = after.rstrip(_QUOTE_MARKS + _SPACES)
    return (
        len(between.split()) <= _ASIDE_EXTRA_WORDS
        and len(after.split()) <= _ASIDE_EXTRA_WORDS
        and "\n" not in after
        and _ENDS_ASIDE.search(after) is not None
        and (not after.strip() or after.endswith((",", ":")))
    )


def _speaks_the_lead(doc: Doc, lead: Span, quote: Quote) -> bool:
    """The lead is a clause, or the subject of a quote that opens with its verb."""
    words = doc.char_span(lead.start, lead.end, alignment_mode="expand")
    opening = doc.char_span(quote.span.start, quote.span.end, alignment_mode="expand")
    if words is None or opening is None:
        return False
    if any(t.tag_ in FINITE_TAGS or t.tag_ == "MD" for t in words):
        return True
    first = next((t for t in opening if not (t.is_quote or t.is_space)), None)
    return first is not None and first.pos_ in ("VERB", "AUX")
