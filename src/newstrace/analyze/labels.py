"""Who a short label before a colon names: "Ortega: …", "HOST: …", "Poll: …".

Headlines and transcripts put the speaker as a bare label before a colon. The
tagger often misses a lone surname set in title or capital letters; the label
still names a speaker when it is a name of someone the article mentions, or a
body that publishes findings (a poll, a report, a newspaper).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newstrace.analyze.lexicon import words

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Span as DocSpan

__all__ = ["names_a_speaker"]

# Bodies whose findings a headline attributes to them ("Poll: …", "Report: …").
_PUBLISHING_NOUNS = words(
    """
    poll polls survey study report newspaper paper audit analysis investigation review
    """
)
_MAX_WORDS = 3


def names_a_speaker(label: DocSpan, people: Iterable[str]) -> bool:
    """A label of up to three capitalised words that names a person the article
    mentions ("Ortega", "ANNA HOLT"), or a lone publishing noun ("Poll")."""
    tokens = [t for t in label if not t.is_space]
    if not 0 < len(tokens) <= _MAX_WORDS:
        return False
    if any(not t.text[:1].isupper() for t in tokens):
        return False
    if len(tokens) == 1 and tokens[0].lower_ in _PUBLISHING_NOUNS:
        return True
    written = [t.lower_ for t in tokens]
    for name in people:
        parts = name.lower().split()
        if written == parts or written == parts[-1:]:
            return True
    return False
