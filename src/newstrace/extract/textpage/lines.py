"""Split a plain-text page into lines that keep their offsets into the page.

Text dumps of web pages mark structure only with line breaks, blank lines,
indentation and list bullets ("  • Home"). A line keeps those cues and the
offset of its stripped content in the page, so every later decision can be
traced back to the input. Lines are split on ``\\n`` only (decoding turns
``\\r\\n``, ``\\r``, vertical tab and form feed into ``\\n``).

The passes read a page's lines as columns (`PageLines`): one list per field,
filled by one loop. Every pass reads the texts of hundreds of lines and a few
cues of many of them; a `Line` object per line would cost more to build than
most passes cost to run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

__all__ = ["Line", "PageLines", "split_lines", "split_page"]

# Symbol bullets as text renderers write <li> items ("  • Home"). Numbers
# ("2. Eat more plants") are kept as text: they are often numbered headings.
_BULLETS = frozenset("•·▪◦‣∙●○■□►▸*+-")


class Line(NamedTuple):
    """One non-blank line of a page.

    `start`/`end` are offsets of `text` (the content, stripped, bullet removed)
    in the page text; `blank_before` says a blank line separates it from the
    previous non-blank line (a block boundary in rendered pages).
    """

    start: int
    end: int
    text: str
    indent: int
    bullet: bool
    blank_before: bool


@dataclass(frozen=True, slots=True)
class PageLines:
    """The non-blank lines of `page`, one list per field of `Line`: line ``i`` is
    ``texts[i]`` starting at offset ``starts[i]`` of the page, and so on.

    Indexing gives the line as a `Line`, built on demand: for the few lines a
    pass reads whole. Loops over many lines read the columns.
    """

    page: str
    texts: list[str]
    starts: list[int]
    indents: list[int]
    bullets: list[bool]
    blank_before: list[bool]

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, index: int) -> Line:
        start, text = self.starts[index], self.texts[index]
        return Line(
            start,
            start + len(text),
            text,
            self.indents[index],
            self.bullets[index],
            self.blank_before[index],
        )

    def end(self, index: int) -> int:
        """The offset in the page where line `index` ends."""
        return self.starts[index] + len(self.texts[index])

    def lines(self) -> list[Line]:
        """Every line as a `Line`."""
        return [self[index] for index in range(len(self.texts))]


def split_lines(page: str) -> list[Line]:
    """The non-blank lines of `page`, in order, with offsets into `page`."""
    return split_page(page).lines()


def split_page(page: str) -> PageLines:
    """The non-blank lines of `page`, in order, with offsets into `page`, as columns.

    A loop over ``str.split`` and ``str.lstrip``/``str.rstrip`` rather than
    one regular expression: it is the hottest loop of extraction, and this is
    faster. Empty lines (most blank lines) are passed over first. Appends are
    written out: Python 3.11 runs ``texts.append(x)`` inline, but not a bound
    ``append`` kept in a variable.
    """
    texts: list[str] = []
    starts: list[int] = []
    indents: list[int] = []
    bullets: list[bool] = []
    blanks: list[bool] = []
    bullet_chars = _BULLETS
    offset = 0
    blank_before = True
    for raw in page.split("\n"):
        if not raw:
            blank_before = True
            offset += 1
            continue
        # Stripped in two steps: each hands back its input when there is nothing
        # to strip, and the first one's length gives the indent.
        left = raw.lstrip()
        if not left:
            blank_before = True
            offset += len(raw) + 1
            continue
        text = left.rstrip()
        size = len(raw)
        indent = size - len(left)
        start = offset + indent
        bullet = False
        if text[0] in bullet_chars and len(text) > 1 and text[1].isspace():
            rest = text[1:].lstrip()
            start += len(text) - len(rest)
            text, bullet = rest, True
        texts.append(text)
        starts.append(start)
        indents.append(indent)
        bullets.append(bullet)
        blanks.append(blank_before)
        blank_before = False
        offset += size + 1
    return PageLines(page, texts, starts, indents, bullets, blanks)
