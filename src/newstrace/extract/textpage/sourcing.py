"""Sourcing lines: where an article's text came from and who reported it.

"With input from agencies", "(Reporting by ...; Editing by ...)", "Additional
reporting by ...", "Compiled by ...", "— The Associated Press contributed to
this report.", "This story has been published from a wire agency feed ...",
"This article was originally published by ...", "Source: PTI", "(ANI)". They
sit at the end of the body (sometimes the start) and are kept as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from newstrace.extract.textpage.captions import WIRE_AGENCIES
from newstrace.extract.textpage.lines import PageLines

__all__ = ["ENDINGS", "OPENINGS", "find_sourcing", "is_sourcing"]

# How sourcing lines may open and end (any letter case): the cheap first
# test that picks the lines worth reading.
_OPENING_WORDS: Final = (
    *("With", "Reporting", "Additional reporting", "Compiled", "Writing by", "Editing by"),
    "Source",
    *(f"This {word}" for word in ("story", "article", "report", "piece", "post", "copy")),
    "The above",
    "A version of this",
)
# "— AP", "(With inputs from ANI)", "[Reporting by ...]": any line opening
# with a dash or bracket is read.
OPENINGS: Final = (*_OPENING_WORDS, "—", "–", "-", "(", "[")
ENDINGS: Final = tuple(
    ending + stop
    for ending in ("report", "reporting", "story", "article", "feed", "text")
    for stop in ("", ".", ".)")
)

_AGENCY: Final = "|".join(map(re.escape, WIRE_AGENCIES))
# Matched on the line with leading dashes, brackets and bullets removed.
_OPENING: Final = re.compile(
    r"(?:with\s+(?:additional\s+)?(?:inputs?|reporting)\s+(?:from|by)\s+\S"
    r"|(?:additional\s+)?reporting\s+by\s+\S"
    r"|(?:writing|editing|compiled|compilation)\s+by\s+\S"
    r"|(?:this|the\s+above)\s+(?:story|article|report|piece|post|copy)\s+"
    r"(?:has\s+been\s+|was\s+|is\s+|had\s+)?(?:originally\s+|first\s+)?"
    r"(?:published|appeared|ran|auto-generated|generated|republished|reprinted|adapted"
    r"|syndicated|originally\s+written)\b"
    r"|a\s+version\s+of\s+this\s+(?:story|article)\s+(?:first\s+)?appear"
    rf"|sources?\s*:\s*(?:(?:news\s+|wire\s+)?agencies|wires?|(?:{_AGENCY})\b)"
    rf"|(?:{_AGENCY}|agencies)\s*\)?$)",
    re.I,
)
# Matched on the end of the line.
_CLOSING: Final = re.compile(
    r"(?:contributed(?:\s+reporting)?\s+(?:to\s+)?this\s+(?:report|story|article)"
    r"|(?:syndicated|wire(?:\s+agency)?|agency|news)\s+feed"
    r"(?:\s+without\s+modifications\s+to\s+the\s+text)?)"
    r"\W*$",
    re.I,
)
_LEADING: Final = "([—–-*_• \u00a0"
_MAX_LENGTH: Final = 400
_MIN_LENGTH: Final = 3


def is_sourcing(text: str) -> bool:
    """Whether `text` is a sourcing line."""
    if not _MIN_LENGTH <= len(text) <= _MAX_LENGTH:
        return False
    opening = text.lstrip(_LEADING)
    if opening and _OPENING.match(opening):
        # A bare agency ("(ANI)", "— AFP") counts only when set off by a dash or bracket.
        return len(opening) != len(text) or not _bare_agency(opening)
    tail = text[-90:]
    return ("contribut" in tail or "feed" in tail) and bool(_CLOSING.search(tail))


def _bare_agency(text: str) -> bool:
    return text.rstrip(")").lower() in WIRE_AGENCIES


def find_sourcing(
    lines: PageLines, labels: list[str], candidates: Iterable[int], taken: frozenset[str]
) -> list[str]:
    """The sourcing lines among `candidates`, as written; they are relabelled ``sourcing``."""
    found: list[str] = []
    for i in candidates:
        if labels[i] in taken:
            continue
        text = lines.texts[i]
        if is_sourcing(text):
            labels[i] = "sourcing"
            if text not in found:
                found.append(text)
    return found
