"""Captions, related-article teasers and sourcing lines of a text page.

Runs after the body and header passes. It takes out of the body, and records,
what a reader sees around the article but is not its text:

- images, as caption and credit (`captions`);
- teasers for other articles, under "Related"/"Also read" headers or inline
  (`related`);
- sourcing lines such as "With inputs from PTI" (`sourcing`).

Only lines near the body are looked at, and of those only the ones that open
or end the way such lines do (a dictionary lookup on the first or last
character, then `startswith`/`endswith`); the readers then parse those few.
Sourcing is read first, then captions, then teasers (a caption ends a teaser
list), each leaving alone the lines the header pass and earlier readers took.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from newstrace.extract.textpage import captions, related, sourcing
from newstrace.extract.textpage.labels import BODY
from newstrace.extract.textpage.lines import PageLines
from newstrace.records import Image, Related

__all__ = ["Structure", "find_structure"]

# Labels the header pass gives: this pass never takes those lines.
_HEADER: Final = frozenset({"title", "duplicate-title", "dek", "byline", "date"})
# Furniture that ends a teaser list, and furniture a teaser list may contain.
_ENDS_TEASERS: Final = _HEADER | {"footer", "cookie", "comments", "subscribe", "tags"}
_INSIDE_TEASERS: Final = frozenset({"share", "advert"})
# Lines looked at: from a little before the first body line to a little after
# the last (captions, sourcing), or a little further (teaser headers).
_BEFORE_BODY, _AFTER_BODY, _TEASERS_AFTER_BODY = 8, 8, 30
_MAX_CANDIDATE: Final = 300


@dataclass(frozen=True, slots=True)
class Structure:
    """What the page shows besides the article text."""

    images: tuple[Image, ...] = ()
    related: tuple[Related, ...] = ()
    sourcing: tuple[str, ...] = ()


def _by_char(words: Iterable[str], at: int, cased: bool) -> dict[str, tuple[str, ...]]:
    """`words` by their character at `at` (0: first, -1: last), shortest first.

    `cased`: in their usual letter cases too. A word that another in its group
    already covers ("(AP" under "(") is left out.
    """
    groups: dict[str, set[str]] = {}
    for word in words:
        variants = (word, word.lower(), word.upper(), word.title(), word.capitalize())
        for variant in variants if cased else (word,):
            groups.setdefault(variant[at], set()).add(variant)
    covers = str.startswith if at == 0 else str.endswith
    result: dict[str, tuple[str, ...]] = {}
    for char, group in groups.items():
        kept: list[str] = []
        for word in sorted(group, key=len):
            if not any(covers(word, shorter) for shorter in kept):
                kept.append(word)
        result[char] = tuple(kept)
    return result


_READERS: Final = (sourcing, captions, related)
_CAPTIONS: Final = 1
# Per reader (sourcing, captions, related): how its lines open and end.
_OPENINGS: Final = tuple(_by_char(reader.OPENINGS, 0, cased=True) for reader in _READERS)
_ENDINGS: Final[tuple[dict[str, tuple[str, ...]], ...]] = (
    _by_char(sourcing.ENDINGS, -1, cased=False),
    _by_char(captions.ENDINGS, -1, cased=False),
    {},
)
# Any reader's openings for short lines; for longer ones, teaser headers aside.
_ANY_OPENING: Final = _by_char(
    (*sourcing.OPENINGS, *captions.OPENINGS, *related.OPENINGS), 0, cased=True
)
_LONG_OPENING: Final = _by_char(
    (*sourcing.OPENINGS, *captions.OPENINGS, *related.INLINE_OPENINGS), 0, cased=True
)
_ANY_ENDING: Final = _by_char((*sourcing.ENDINGS, *captions.ENDINGS), -1, cased=False)
_CREDIT_LABELS: Final = tuple(
    variant for label in captions.CREDIT_LABELS for variant in (label, label.lower(), label.upper())
)


def _maybe_credit(text: str) -> bool:
    """A line ending like "... Photo: Jane Doe" or "... © Reuters / Jane Doe"."""
    if not text[-1].isalpha():
        return False
    colon = text.rfind(":")
    return (colon > 0 and text.endswith(_CREDIT_LABELS, 0, colon)) or "©" in text


def _route(text: str, i: int, routed: tuple[list[int], ...]) -> None:
    """Give line `i` to each reader (sourcing, captions, related) whose lines it looks like."""
    first, last = text[0], text[-1]
    for reader, (openings, endings) in enumerate(zip(_OPENINGS, _ENDINGS, strict=True)):
        opens = openings.get(first)
        ends = endings.get(last)
        if (opens and text.startswith(opens)) or (ends and text.endswith(ends)):
            routed[reader].append(i)
    captions_lines = routed[_CAPTIONS]
    if (not captions_lines or captions_lines[-1] != i) and _maybe_credit(text):
        captions_lines.append(i)


def _candidates(texts: list[str], start: int, stop: int) -> tuple[list[int], ...]:
    """The lines in [start, stop) for each reader (sourcing, captions, related).

    Most lines fail the first tests: a dictionary lookup on their first or
    last character and one `startswith`/`endswith` on a few words.
    """
    routed: tuple[list[int], ...] = ([], [], [])
    short_opening, long_opening = _ANY_OPENING.get, _LONG_OPENING.get
    any_ending = _ANY_ENDING.get
    longest, max_header = _MAX_CANDIDATE, related.MAX_HEADER
    for i, text in enumerate(texts[start:stop], start):
        length = len(text)
        if length > longest:
            continue
        openings = (short_opening if length <= max_header else long_opening)(text[0])
        if openings is None or not text.startswith(openings):
            last = text[-1]
            endings = any_ending(last)
            if not (
                (endings is not None and text.endswith(endings))
                or (last.isalpha() and ("©" in text or ":" in text) and _maybe_credit(text))
            ):
                continue
        _route(text, i, routed)
    return routed


def find_structure(lines: PageLines, labels: list[str]) -> Structure:
    """Find captions, teasers and sourcing lines; relabel the lines they come from."""
    try:
        first_body = labels.index(BODY)
    except ValueError:
        return Structure()
    last_body = len(labels) - 1 - labels[::-1].index(BODY)
    start = max(0, first_body - _BEFORE_BODY)
    stop = min(len(lines), last_body + _TEASERS_AFTER_BODY + 1)
    for_sourcing, for_captions, for_related = _candidates(lines.texts, start, stop)
    near_body = last_body + _AFTER_BODY
    # A reader leaves header lines and what earlier readers took, but reads
    # lines the body pass may already have called "caption" or "related".
    found_sourcing = sourcing.find_sourcing(
        lines, labels, [i for i in for_sourcing if i <= near_body], _HEADER
    )
    images = captions.find_captions(
        lines, labels, [i for i in for_captions if i <= near_body], _HEADER | {"sourcing"}
    )
    found_related = related.find_related(
        lines,
        labels,
        for_related,
        taken=_HEADER | {"sourcing", "caption"},
        stop_labels=_ENDS_TEASERS | {"sourcing", "caption"},
        skip_labels=_INSIDE_TEASERS,
    )
    return Structure(tuple(images), tuple(found_related), tuple(found_sourcing))
