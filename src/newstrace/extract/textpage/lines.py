"""Split a plain-text page into lines that keep their offsets into the page.

Text dumps of web pages mark structure only with line breaks, blank lines,
indentation and list bullets ("  • Home"). A `Line` keeps those cues and the
offsets of its stripped content in the page, so every later decision can be
traced back to the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Line", "split_lines"]

# A list bullet at the start of a line, as text renderers write <li> items.
_BULLET = re.compile(r"[ \t]*(?:[•·▪◦‣∙●○■□►▸\-*+]|\d{1,2}[.)])[ \t\u00a0]+")
_LINE = re.compile(r"[^\n]*\n?")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line of a page.

    `start`/`end` are offsets of `text` (the content, stripped, bullet removed)
    in the page text; `blank_before` says a blank line separates it from the
    previous non-blank line (a block boundary in rendered pages).
    """

    index: int
    start: int
    end: int
    text: str
    indent: int
    bullet: bool
    blank_before: bool


def split_lines(page: str) -> list[Line]:
    """The non-blank lines of `page`, in order, with offsets into `page`."""
    lines: list[Line] = []
    offset = 0
    blank = True
    for raw in page.splitlines(keepends=True):
        line_start = offset
        offset += len(raw)
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if not stripped:
            blank = True
            continue
        lead = len(content) - len(content.lstrip())
        bullet = False
        match = _BULLET.match(content)
        if match and match.end() < len(content) and not content[match.end() - 1].isalnum():
            candidate = content[match.end() :].strip()
            # "- 5 people" is a bullet, "2. Plant-forward" is a numbered heading
            # we keep as text; only symbol bullets are dropped from the content.
            if not content[lead].isdigit() and candidate:
                bullet = True
                lead = match.end() + (
                    len(content[match.end() :]) - len(content[match.end() :].lstrip())
                )
                stripped = candidate
        start = line_start + lead
        lines.append(
            Line(
                index=len(lines),
                start=start,
                end=start + len(stripped),
                text=stripped,
                indent=len(content) - len(content.lstrip()),
                bullet=bullet,
                blank_before=blank,
            )
        )
        blank = False
    return lines
