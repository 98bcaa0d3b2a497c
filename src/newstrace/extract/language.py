"""The language of an article body, as an ISO 639-1 code.

`py3langid` (naive Bayes over byte n-grams) is accurate on a few hundred
characters of prose, and its cost grows with the length of the text (about
0.3 ms for 400 characters), so only a bounded sample from the start of the
body is classified: about ``_SAMPLE_CHARS`` characters, cut at a word
boundary. The model is loaded by py3langid on the first call, not at import.

English, most of what newstrace reads, is first checked for by its function
words, ten times cheaper: a sample where a tenth or more of the words are
English function words and they are many is English. Other languages do
not reach that share with these words; anything that falls short goes to
py3langid.
"""

from __future__ import annotations

from typing import Final

__all__ = ["detect_language"]

_SAMPLE_CHARS: Final = 400
# Fewer letters than this is a caption or a heading, not enough to tell.
_MIN_LETTERS: Final = 20
# Words frequent in English prose and rare in other languages' ("a", "in", "is" are
# left out: they are words in Dutch, German, Italian too).
_ENGLISH: Final = frozenset(
    {"the", "and", "of", "to", "that", "for", "with", "was", "were", "are", "this", "have"}
    | {"has", "from", "which", "their", "they", "would", "been", "will", "said", "not", "but"}
    | {"its", "his", "her", "who", "what", "when", "there"}
)
_ENGLISH_SHARE: Final = 0.10
_ENGLISH_MIN_WORDS: Final = 6


def _sample(text: str) -> str:
    """The first ``_SAMPLE_CHARS`` characters of `text`, not ending mid-word."""
    if len(text) <= _SAMPLE_CHARS:
        return text
    cut = text.rfind(" ", _SAMPLE_CHARS // 2, _SAMPLE_CHARS)
    return text[: cut if cut > 0 else _SAMPLE_CHARS]


def _is_english(sample: str) -> bool:
    words = sample.lower().split()
    hits = sum(1 for word in words if word in _ENGLISH)
    return hits >= _ENGLISH_MIN_WORDS and hits >= _ENGLISH_SHARE * len(words)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language `text` is written in; None for too little text."""
    sample = _sample(text.strip())
    if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
        return None
    if _is_english(sample):
        return "en"
    import py3langid  # deferred: importing it loads numpy

    language, _score = py3langid.classify(sample)
    code = str(language)
    return code if code.isalpha() and len(code) == 2 else None
