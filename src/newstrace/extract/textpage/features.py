"""Line codes: each line of a text page reduced to two small integers.

Rendering a page to text keeps few cues about what a line was. The *shape*
code packs the ones a line carries by itself: its length, how it ends (a
sentence, a colon, a number, an ellipsis, nothing), whether it was a list
item, whether a blank line (a block boundary) comes before it, whether it is
a stock furniture phrase ("Share", "Advertisement"), and whether the same
text occurs elsewhere on the page (menus, teasers and headlines repeat,
paragraphs do not). The *page* code says how long the line is next to the
longest lines of its page (on a page of short paragraphs a short paragraph
is still among the longest lines), whether it ends a sentence and whether it
is indented. The body model looks the codes up in learned tables, which
keeps scoring a page to a few list lookups per line.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache
from heapq import nlargest
from typing import Final

from newstrace.extract.textpage.furniture import phrase_reasons
from newstrace.extract.textpage.lines import PageLines

__all__ = [
    "FURNITURE_BIT",
    "LENGTH_BOUNDS",
    "NUM_PAGE_CODES",
    "NUM_SHAPE_CODES",
    "PAGE_SPAN",
    "RELATIVE_BOUNDS",
    "REPEAT_BIT",
    "PageCodes",
    "length_scale",
    "menu_like",
    "page_codes",
    "prose_codes",
]

# Upper bounds (in characters, inclusive) of the length buckets.
LENGTH_BOUNDS: Final = (8, 16, 30, 50, 80, 120, 200, 400)
_BUCKETS: Final = len(LENGTH_BOUNDS) + 1
_LONGEST: Final = LENGTH_BOUNDS[-1]
_BUCKET_OF: Final = tuple(
    next(b for b, bound in enumerate(LENGTH_BOUNDS) if n <= bound) for n in range(_LONGEST + 1)
)

# How a line ends.
_SENTENCE, _COLON, _DIGIT, _ELLIPSIS, _OTHER = range(5)
_ENDINGS: Final = 5
_END_OF: Final = {
    **dict.fromkeys('.!?"”’)»」』）。！？', _SENTENCE),
    **dict.fromkeys(":：", _COLON),
    **dict.fromkeys("0123456789", _DIGIT),
    "…": _ELLIPSIS,
}

# Shape code = ((bucket * _ENDINGS + ending) * 16) + 8 bullet + 4 blank before
# + 2 furniture phrase + 1 repeated text.
NUM_SHAPE_CODES: Final = _BUCKETS * _ENDINGS * 16
FURNITURE_BIT: Final = 2
REPEAT_BIT: Final = 1

# Page code = (relative length bucket * 2 + ends a sentence) * 2 + indented.
# Lengths are taken relative to the page's `_REFERENCE_RANK`-th longest line,
# not the longest, which may be a stray blob of script or a legal notice.
RELATIVE_BOUNDS: Final = (0.05, 0.1, 0.2, 0.35, 0.5, 0.75)
NUM_PAGE_CODES: Final = (len(RELATIVE_BOUNDS) + 1) * 4
_REFERENCE_RANK: Final = 3

# A line's two codes travel as one integer, shape * PAGE_SPAN + page, so that
# each model table is one lookup; the parts below are pre-multiplied.
PAGE_SPAN: Final = 32
_LENGTH_PART: Final = tuple(b * _ENDINGS * 16 * PAGE_SPAN for b in _BUCKET_OF)
_LONG_PART: Final = (_BUCKETS - 1) * _ENDINGS * 16 * PAGE_SPAN
# How a line ends, with the page code's ends-a-sentence bit: an ellipsis ("...")
# ends no sentence.
_END_PART: Final = {
    char: end * 16 * PAGE_SPAN + (2 if end == _SENTENCE else 0) for char, end in _END_OF.items()
}
_OTHER_PART: Final = _OTHER * 16 * PAGE_SPAN
_SENTENCE_PART: Final = _END_PART["."]
_ELLIPSIS_PART: Final = _ELLIPSIS * 16 * PAGE_SPAN
_BULLET_PART: Final = 8 * PAGE_SPAN
_BLANK_PART: Final = 4 * PAGE_SPAN
_REPEAT_PART: Final = REPEAT_BIT * PAGE_SPAN
_FURNITURE_PART: Final = FURNITURE_BIT * PAGE_SPAN


@dataclass(frozen=True, slots=True)
class PageCodes:
    """The codes of a page's lines, with what was found on the way.

    `codes` holds shape * `PAGE_SPAN` + page per line; `lengths` are line
    lengths in Latin-script characters (see `length_scale`); `furniture` maps
    the index of each stock-phrase line to its reason.
    """

    codes: list[int]
    texts: list[str]
    lengths: list[int]
    furniture: dict[int, str]

    @property
    def shape(self) -> list[int]:
        return [code // PAGE_SPAN for code in self.codes]

    @property
    def page(self) -> list[int]:
        return [code % PAGE_SPAN for code in self.codes]


def length_scale(texts: list[str], lengths: list[int] | None = None) -> float:
    """How many characters of a Latin-script text one character of `texts` is worth.

    A CJK character carries about as much as a short word; without this, whole
    paragraphs of Chinese or Japanese would read as menu items. `lengths`, the
    lengths of `texts` when the caller has them, spares measuring them again.
    """
    if lengths is None:
        lengths = list(map(len, texts))
    sample = texts[lengths.index(max(lengths))] if texts else ""
    if sample.isascii() or len(sample.encode()) < 1.6 * len(sample):
        return 1.0
    return 2.5


def page_codes(lines: PageLines) -> PageCodes:
    """The shape and page codes of each line (see the module docstring)."""
    texts = lines.texts
    lengths = list(map(len, texts))
    scale = length_scale(texts, lengths)
    if scale != 1.0:
        lengths = [int(length * scale) for length in lengths]
    end_part = _END_PART
    seen = Counter(texts)
    length_part = _LENGTH_PART
    relative = _relative_table(nlargest(_REFERENCE_RANK, lengths)[-1] if lengths else 1)
    top, size = _relative_part(len(RELATIVE_BOUNDS)), len(relative)
    # How the line ends is looked up inline: an ellipsis ("...") ends no sentence.
    codes = [
        (length_part[length] if length <= _LONGEST else _LONG_PART)
        + (
            ending
            if (ending := end_part.get(text[-1], _OTHER_PART)) != _SENTENCE_PART
            or not text.endswith("...")
            else _ELLIPSIS_PART
        )
        + (_BULLET_PART if bullet else indent > 0)
        + (_BLANK_PART if blank_before else 0)
        + (_REPEAT_PART if seen[text] > 1 else 0)
        + (relative[length] if length < size else top)
        for text, indent, bullet, blank_before, length in zip(
            texts, lines.indents, lines.bullets, lines.blank_before, lengths, strict=True
        )
    ]
    furniture = phrase_reasons(texts, lengths)
    for i in furniture:
        codes[i] += _FURNITURE_PART
    return PageCodes(codes, texts, lengths, furniture)


def _relative_part(bucket: int) -> int:
    """The page-code part of relative length bucket `bucket`."""
    return bucket * 4


def _relative_table(reference: int) -> list[int]:
    """The page-code part of the relative length bucket by length, for lengths up to
    the last bound.

    Capped in size: on a page whose lines run to many thousand characters the
    longest of them all land in the top bucket.
    """
    table: list[int] = []
    for bucket, bound in enumerate(RELATIVE_BOUNDS):
        # Bucket `bucket` holds the lengths up to `bound` times the reference.
        upto = min(int(bound * reference), _RELATIVE_TABLE_CAP)
        table += [_relative_part(bucket)] * (upto + 1 - len(table))
    return table


_RELATIVE_TABLE_CAP: Final = 5000


# Lines shorter than this that end neither a sentence nor with a colon read
# as menu entries.
_MENU_LENGTH: Final = 40


def menu_like(code: int, length: int) -> bool:
    """Whether a line of this code and length reads like a menu entry."""
    return length < _MENU_LENGTH and (code // (16 * PAGE_SPAN)) % _ENDINGS > _COLON


@cache
def prose_codes() -> frozenset[int]:
    """Codes of lines that read as prose: over 80 characters, ending a sentence."""
    first_long = _BUCKET_OF[81]
    return frozenset(
        ((bucket * _ENDINGS + _SENTENCE) * 16 + flags) * PAGE_SPAN + page
        for bucket in range(first_long, _BUCKETS)
        for flags in range(16)
        for page in range(PAGE_SPAN)
    )
