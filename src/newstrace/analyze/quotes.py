"""Direct quotes: the stretches of a paragraph inside quote marks.

Marks may be straight (``"``), curly (“ ”), single (‘ ’ or ``'``), low (``„``)
or guillemets (« »). Pages often get them wrong: a straight mark is opened
and never closed, a paragraph of a long quote opens with a mark and ends
without one (the news convention for quotes running over paragraphs). Marks
are read one paragraph at a time, so a broken mark costs at most the rest of
its own paragraph; an opening mark with no closing one quotes to the end of
the paragraph, and is marked `runs_on` when the next paragraph opens a quote
too (the quote goes on there).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newstrace.records import Span

__all__ = ["Quote", "find_quotes", "inside_any"]

# Opening mark -> the closing marks that end it.
_PAIRS: dict[str, str] = {
    # An opening mark typed for the closing one ("…,“ she said) closes too.
    "“": '”"“',
    "„": '“”"',
    "«": "»",
    "»": "«",  # German and Danish order
    "‹": "›",
    "‘": "’'",
    '"': '"”',
    "'": "'’",
}
_DOUBLE = '"“”„«»'
_SINGLE = "'‘’‹›"
_WORD = re.compile(r"\w")
# Fewer characters than this inside single marks is a nickname or scare quote
# rather than a quotation ('Mad Dog'); double marks are taken at any length.
_MIN_SINGLE_QUOTE = 12


@dataclass(frozen=True, slots=True)
class Quote:
    """The text inside one pair of quote marks (marks excluded, spaces trimmed)."""

    span: Span
    opened: bool
    closed: bool
    paragraph: int
    runs_on: bool = False


def _is_letter(char: str) -> bool:
    return bool(_WORD.match(char))


def _can_open(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    # A mark after "=" opens a markup attribute's value (author="…"), not a quote.
    return not _is_letter(before) and not after.isspace() and before not in ".,="


def _can_close(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() or not _is_letter(after)


def _is_apostrophe(text: str, i: int) -> bool:
    """A single mark inside a word (don't, Ukraine’s) or after a plural s (voters')."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if _is_letter(before) and _is_letter(after):
        return True
    return before in "sS" and not _is_letter(after) and text[i] in "'’"


def _trimmed(start: int, end: int, text: str) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return Span(start, end)


def _paragraph_quotes(
    text: str, start: int, end: int, marks: str, continues: bool
) -> list[tuple[int, int, bool, bool]]:
    """(inner start, inner end, opened, closed) for quotes using `marks` in text[start:end].

    `continues` says the paragraph before left a quote open, so a closing mark
    met before any opening one ends that quote here.
    """
    found: list[tuple[int, int, bool, bool]] = []
    i = start
    open_at: int | None = None
    opener = ""
    while i < end:
        char = text[i]
        if char in marks:
            if open_at is None:
                if (
                    char in _PAIRS
                    and _can_open(text, i)
                    and not (char in _SINGLE and _is_apostrophe(text, i))
                ):
                    open_at, opener = i, char
                elif continues and not found and char in '”»"' and _can_close(text, i):
                    # A closing mark with no opening: the paragraph continues a quote.
                    found.append((start, i, False, True))
            elif (
                char in _PAIRS[opener]
                and _can_close(text, i)
                and not (char in _SINGLE and _is_apostrophe(text, i))
            ):
                found.append((open_at + 1, i, True, True))
                open_at = None
        i += 1
    if open_at is not None:
        found.append((open_at + 1, end, True, False))
    return found


def find_quotes(text: str, paragraphs: tuple[Span, ...]) -> list[Quote]:
    """Every quote in `text`, paragraph by paragraph, in text order."""
    quotes: list[Quote] = []
    # Two apostrophes are a double mark in some archives (''like this''): read the
    # first as the mark and the second as nothing, offsets unchanged.
    doubled = text.replace("''", '"\x01') if "''" in text else text
    for number, para in enumerate(paragraphs):
        continues = bool(quotes) and quotes[-1].paragraph == number - 1 and not quotes[-1].closed
        pieces = [
            (a + 1 if doubled[a : a + 1] == "\x01" else a, b, opened, closed)
            for a, b, opened, closed in _paragraph_quotes(
                doubled, para.start, para.end, _DOUBLE, continues
            )
        ]
        covered = [Span(a, b) for a, b, _, _ in pieces]
        for a, b, opened, closed in _paragraph_quotes(
            doubled, para.start, para.end, _SINGLE, False
        ):
            inside = any(c.start <= a < c.end for c in covered)
            if b - a >= _MIN_SINGLE_QUOTE and not inside and (closed or " " in text[a:b]):
                pieces.append((a, b, opened, closed))
        for a, b, opened, closed in sorted(pieces):
            span = _trimmed(a, b, text)
            if len(span) == 0:
                continue
            quotes.append(Quote(span, opened, closed, number))
    return _mark_runs_on(text, paragraphs, quotes)


def _opens_sentence(text: str, start: int, paragraph_start: int) -> bool:
    """A quote opened where a sentence or an introduction ends ("said:"), not mid-phrase."""
    before = text[paragraph_start:start].rstrip(" \t\"“‘'«„")
    return not before or before[-1] in ".:!?,;—–-"


def _mark_runs_on(text: str, paragraphs: tuple[Span, ...], quotes: list[Quote]) -> list[Quote]:
    marked: list[Quote] = []
    for index, quote in enumerate(quotes):
        following = quotes[index + 1] if index + 1 < len(quotes) else None
        runs_on = (
            not quote.closed
            and _opens_sentence(text, quote.span.start, paragraphs[quote.paragraph].start)
            and following is not None
            and following.paragraph == quote.paragraph + 1
            and following.opened
            and text[paragraphs[following.paragraph].start : following.span.start].strip()
            in tuple(_DOUBLE + _SINGLE)
        )
        marked.append(Quote(quote.span, quote.opened, quote.closed, quote.paragraph, runs_on))
    return marked


def inside_any(start: int, end: int, quotes: list[Quote]) -> Quote | None:
    """The quote that holds all of [start, end), if any."""
    for quote in quotes:
        if quote.span.start <= start and end <= quote.span.end:
            return quote
    return None
