"""Who vouches for a figure, and when it applies.

The source is an "according to X" in the figure's sentence; failing that, the
speaker of the statement whose content holds the figure; failing that, none.
The time is the date expression of the sentence (spaCy's DATE entities),
resolved to a year when it names one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from newstrace.analyze.when import resolve_when
from newstrace.records import Span, Statement, When

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as TokenSpan

__all__ = ["according_to", "dates_in", "speaker_of", "when_of"]

_ACCORDING_TO = re.compile(
    r"\b(?:according\s+to|citing|figures\s+from|data\s+from|estimates\s+by|per)\s+"
    r"(?P<source>[^,;:()\"“”.]+(?:\.(?=[A-Za-z])[^,;:()\"“”.]*)*)",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"\s+(?:on|in|last|this|said|says|which|who|that|as|and)\b.*$", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def according_to(sentence: str) -> str | None:
    """The X of an "according to X" in `sentence`, or None."""
    for match in _ACCORDING_TO.finditer(sentence):
        if match.group().lower().startswith("per ") and not match["source"][:1].isupper():
            continue
        source = _TRAILING.sub("", match["source"]).strip()
        if source and len(source) <= 100 and not source[0].isdigit():
            return source
    return None


def speaker_of(text: str, span: Span, statements: Sequence[Statement]) -> str | None:
    """The speaker of the statement whose content holds `span`, or None."""
    for statement in statements:
        if any(part.start <= span.start and span.end <= part.end for part in statement.content):
            if statement.speaker.name:
                return statement.speaker.name
            if statement.source is not None:
                return statement.source.of(text)
    return None


def dates_in(doc: Doc) -> list[TokenSpan]:
    """The date expressions (spaCy DATE entities) of `doc`, in order."""
    return [entity for entity in doc.ents if entity.label_ == "DATE"]


def when_of(dates: Sequence[TokenSpan], span: Span, published: str | None = None) -> When | None:
    """The date expression among `dates` nearest the figure (and not the figure itself).

    Resolved against `published` (ISO 8601) where it can be ("on Monday"); a
    year named in it stands for the date otherwise.
    """
    # `dates` are in text order: only the neighbours of the figure can be nearest
    index = bisect_left(dates, span.start, key=lambda date: date.start_char)
    near = [
        date
        for date in dates[max(0, index - 3) : index + 3]
        if not (date.start_char < span.end and span.start < date.end_char)
    ]
    if not near:
        return None
    nearest = min(
        near, key=lambda d: min(abs(d.start_char - span.end), abs(span.start - d.end_char))
    )
    resolved = resolve_when(nearest.text, published)
    if resolved is None:
        year = _YEAR.search(nearest.text)
        resolved = year.group() if year else None
    return When(Span(nearest.start_char, nearest.end_char), resolved)
