"""What the headline scorer knows about a candidate line, as numbers.

Two groups: `quick_features` read the line's shape, which of its neighbours
carry a date or a byline, and how many of its words the article's first
paragraphs use (cheap, computed for every candidate); `rich_features` read
repeats, menus and the lines around it (computed only for the candidates the
quick score keeps). Each group's names are listed in the same order as its
values; `bench/learn_title.py` fits weights for them.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Final

from newstrace.extract.authors import looks_like_name
from newstrace.extract.textpage.lines import PageLines

__all__ = [
    "PROSE_CHARS",
    "QUICK_FEATURES",
    "RICH_FEATURES",
    "Neighbourhood",
    "copyright_lines",
    "is_prose",
    "neighbourhood",
    "quick_features",
    "rich_features",
    "vocabulary",
]

_SENTENCE_END: Final = frozenset('.!?:"”’)')
# A sentence line (`is_prose`) is at least this long.
PROSE_CHARS: Final = 70
# Menu and account words; a set lookup is much cheaper than a regex per line.
_NAV_WORDS: Final = frozenset(
    {"login", "signin", "signup", "subscribe", "menu", "home", "search", "cookie", "cookies"}
    | {"privacy", "newsletter", "newsletters", "contact", "cart", "account", "download", "share"}
)
# Phrases and separators as one pattern each: one search is cheaper than a loop of `in`.
_NAV_PHRASES: Final = ("sign in", "sign up", "log in", "skip to", "follow us", "all rights")
_NAV_PHRASE: Final = re.compile("|".join(_NAV_PHRASES))
_SEPARATORS: Final = (" | ", " - ", " – ", " — ", "|")
_SEPARATOR: Final = re.compile("|".join(map(re.escape, _SEPARATORS)))
_LIST_NUMBER: Final = re.compile(r"\d{1,3}\s?[.)]\s")
_CRUMB_SEPARATORS: Final = frozenset("/>»›|•·")
_INNER_SENTENCE: Final = re.compile(r"\w[.!?] +[A-Z]")
# ASCII punctuation to spaces, on UTF-8 bytes: much cheaper than a regex or str.translate.
_SPACES: Final = bytes(ord(" ") if chr(byte) in string.punctuation else byte for byte in range(256))
_VOCABULARY_CHARS: Final = 1000
# A copyright line is looked for in the page's last characters.
_FOOTER_CHARS: Final = 3000

QUICK_FEATURES: Final = [
    "bias",
    "blank_before",
    "blank_after",
    "ends_period",
    "ends_colon",
    "ends_question",
    "few_words",
    "very_long",
    "short",
    "list_number",
    "all_caps",
    "is_prose",
    "same_next",
    "cue_next",
    "cue_after",
    "cue_before",
    "is_cue",
    "near_1_3",
    "near_4_8",
    "near_9_20",
    "far_before",
    "after_0_6",
    "after_far",
    "overlap",
    "no_overlap",
    "overlap_words",
]
RICH_FEATURES: Final = [
    "capital_ratio",
    "repeated",
    "in_window",
    "prose_before",
    "nav_words",
    "separator",
    "inner_sentence",
    "heading_before",
    "name_like",
    "crumb_end",
    "in_footer",
]


def is_prose(text: str) -> bool:
    """A sentence line: long, several words, ending as a sentence does."""
    return len(text) >= PROSE_CHARS and text[-1] in _SENTENCE_END and text.count(" ") >= 9


def quick_features(
    lines: PageLines, i: int, anchor: int, cues: frozenset[int], prose: frozenset[bytes]
) -> list[float]:
    """Shape of line `i`, dates and bylines near it, its distance to the prose `anchor`, and
    how many of its words come back in the `prose` (its `vocabulary`)."""
    texts, blank_before = lines.texts, lines.blank_before
    text = texts[i]
    last_line = i + 1 == len(texts)
    last = text[-1]
    spaces = text.count(" ")
    length = len(text)
    # The long words of `_words(text)`, inline: this runs for every candidate.
    words = [word for word in text.lower().encode().translate(_SPACES).split() if len(word) > 3]
    known = sum(map(prose.__contains__, words))
    distance = i - anchor
    # Booleans count as 0 and 1: the weights multiply them as they are.
    return [
        1.0,
        blank_before[i],
        last_line or blank_before[i + 1],
        last == ".",
        last in ":,;",
        last in "?!",
        spaces <= 2,
        length > 150,
        length < 20,
        text[0].isdigit() and _LIST_NUMBER.match(text) is not None,
        text.isupper(),
        length >= PROSE_CHARS and last in _SENTENCE_END and spaces >= 9,  # is_prose
        not last_line and texts[i + 1] == text,
        i + 1 in cues,
        i + 2 in cues or i + 3 in cues,
        i - 1 in cues or i - 2 in cues,
        i in cues,
        # One-hot: 1-3, 4-8, 9-20, more lines before the anchor; 0-6, more lines after it.
        -3 <= distance <= -1,
        -8 <= distance <= -4,
        -20 <= distance <= -9,
        distance < -20,
        0 <= distance <= 6,
        distance > 6,
        known / len(words) if words else 0.0,
        known == 0,
        min(known, 6) / 6,
    ]


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    """What `rich_features` needs from the whole window, computed once per page, and the
    page's copyright lines (`copyright_lines`)."""

    texts: list[str]
    window_text: str
    footer: str


def _words(text: str) -> list[bytes]:
    """The words of `text`, lower case, as UTF-8 bytes split at spaces and punctuation."""
    return text.lower().encode().translate(_SPACES).split()


def vocabulary(texts: list[str], anchor: int) -> frozenset[bytes]:
    """The words of the first ``_VOCABULARY_CHARS`` characters of `texts` from line
    `anchor` on (`_words`)."""
    parts: list[str] = []
    size = 0
    index = anchor
    while index < len(texts) and size < _VOCABULARY_CHARS:
        parts.append(texts[index])
        size += len(parts[-1])
        index += 1
    return frozenset(_words(" ".join(parts)[:_VOCABULARY_CHARS]))


def neighbourhood(lines: PageLines, lo: int, hi: int, footer: str) -> Neighbourhood:
    """The texts of the window's lines, as a list and joined, and the page's `footer`."""
    texts = lines.texts[lo:hi]
    return Neighbourhood(texts, "\n".join(texts), footer)


def copyright_lines(page: str) -> tuple[str, int]:
    """The page's last lines with a copyright mark, where a site's name comes back
    ("© 2025 Example News"): the last line with "©" and the last with "copyright",
    joined, and the offset of the later mark (-1 without one)."""
    found: list[str] = []
    tail = max(0, len(page) - _FOOTER_CHARS)
    marks = (page.rfind("©", tail), page.rfind("opyright", tail))
    for at in marks:
        if at >= 0:
            end = page.find("\n", at)
            found.append(page[page.rfind("\n", 0, at) + 1 : end if end >= 0 else len(page)])
    return "\n".join(found), max(marks)


def _heading_like(lines: PageLines, index: int, cues: frozenset[int]) -> bool:
    if not 0 <= index < len(lines.texts):
        return False
    text = lines.texts[index]
    return (
        lines.blank_before[index]
        and not lines.bullets[index]
        and index not in cues
        and 2 <= text.count(" ") <= 19
        and text[-1] not in ".:"
    )


def _is_nav(text: str) -> bool:
    lowered = text.lower()
    return not _NAV_WORDS.isdisjoint(lowered.split()) or _NAV_PHRASE.search(lowered) is not None


def _prose_before(texts: list[str], i: int) -> int:
    """How many of the 4 lines before `i` are sentences."""
    return len([text for text in texts[max(0, i - 4) : i] if is_prose(text)])


def rich_features(
    lines: PageLines, i: int, cues: frozenset[int], near: Neighbourhood
) -> list[float]:
    """Words, repeats and surroundings of candidate line `i`."""
    text = lines.texts[i]
    words = text.split()
    # A breadcrumb's end is a second occurrence: most lines occur once, and need no look.
    in_window = near.window_text.count(text) > 1
    return [
        len([word for word in words if word[0].isupper()]) / len(words),
        near.texts.count(text) > 1,
        in_window,
        _prose_before(lines.texts, i),
        _is_nav(text),
        _SEPARATOR.search(text) is not None,
        ". " in text and _INNER_SENTENCE.search(text) is not None,
        _heading_like(lines, i - 1, cues),
        looks_like_name(text),
        in_window and _crumb_end(text, near.texts),
        text in near.footer,
    ]


def _crumb_end(text: str, texts: list[str]) -> bool:
    """A line of the window ends with `text` after a path separator or a list number: a
    breadcrumb ("Home / Blog / Title", "3. Title")."""
    for other in texts:
        if len(other) > len(text) and other.endswith(text):
            before = other[: -len(text)].rstrip()
            if before[-1:] in _CRUMB_SEPARATORS or _LIST_NUMBER.fullmatch(before + " "):
                return True
    return False
