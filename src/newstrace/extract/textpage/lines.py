"""Split a plain-text page into lines that keep their offsets into the page.

Text dumps of web pages mark structure only with line breaks, blank lines,
indentation and list bullets ("  • Home"). A `Line` keeps those cues and the
offsets of its stripped content in the page, so every later decision can be
traced back to the input. Lines are split on ``\\n`` only (decoding turns
``\\r\\n``, ``\\r``, vertical tab and form feed into ``\\n``).
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Line", "split_lines"]

# One non-blank line: indentation, an optional symbol bullet as text renderers
# write <li> items ("  • Home"), and the stripped content. Numbers ("2. Eat
# more plants") are kept as text: they are often numbered headings of the body.
_LINE = re.compile(
    r"^(?P<indent>[^\S\n]*)"
    r"(?:(?P<bullet>[•·▪◦‣∙●○■□►▸*+\-])[^\S\n]+)?"
    r"(?P<text>\S(?:[^\n]*\S)?)[^\S\n]*$",
    re.MULTILINE,
)


class Line(NamedTuple):
    """One non-blank line of a page.

    `start`/`end` are offsets of `text` (the content, stripped, bullet removed)
    in the page text; `blank_before` says a blank line separates it from the
    previous non-blank line (a block boundary in rendered pages). A named tuple
    rather than a dataclass: pages have hundreds of lines and this is the
    hottest allocation of extraction.
    """

    start: int
    end: int
    text: str
    indent: int
    bullet: bool
    blank_before: bool


def split_lines(page: str) -> list[Line]:
    """The non-blank lines of `page`, in order, with offsets into `page`."""
    lines: list[Line] = []
    append = lines.append
    count = page.count
    make = tuple.__new__  # a third faster than Line(...), which goes through a Python __new__
    previous_end = 0
    for index, match in enumerate(_LINE.finditer(page)):
        indent, bullet, text = match.groups()
        start = match.start(3)
        blank_before = index == 0 or count("\n", previous_end, start) > 1
        previous_end = start + len(text)
        line = (start, previous_end, text, len(indent), bullet is not None, blank_before)
        append(make(Line, line))
    return lines
