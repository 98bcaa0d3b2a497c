"""Which line of a text page is the article's headline.

Text dumps keep no markup, so the headline is told by its shape and its
neighbours: a line of a few words in a block of its own, whose words come
back in the article's first paragraphs, often repeated (breadcrumb, a second
heading), next to a byline or a date, before the article's prose. Candidate
lines in a window around the start of the prose are scored in two rounds: a
quick score from shape and position for all of them, then a full score with
the costlier features (`title_features`) for the best few. The weights were
fitted on a public benchmark by `bench/learn_title.py` (conditional logits:
one softmax over each page's candidates) and are pasted below.

The window is found from the prose itself (the first cluster of sentence
lines) and from the body pass's labels, which serve only as a hint: a cookie
notice or a menu blurb can look like prose, so the window spans both.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from operator import mul
from typing import Final

from newstrace.extract.authors import CUE_STARTS, byline_cue
from newstrace.extract.dates import DateMention, find_dates
from newstrace.extract.textpage.labels import BODY
from newstrace.extract.textpage.lines import Line
from newstrace.extract.textpage.title_features import (
    is_prose,
    neighbourhood,
    quick_features,
    rich_features,
    vocabulary,
)

__all__ = [
    "QUICK_GAP",
    "QUICK_WEIGHTS",
    "SHORTLIST",
    "WEIGHTS",
    "TitleWindow",
    "candidates",
    "find_title",
    "window",
]

# The window: this many lines before the start of the prose (or the first body line),
# this many after; dates and bylines are read a little further.
_LOOK_BACK: Final = 40
_LOOK_AHEAD: Final = 6
# A line closed by a full stop with this many spaces, or opening with a quotation mark,
# is a sentence.
_SENTENCE_SPACES: Final = 12
_QUOTES: Final = frozenset("\"“‘'«")
_PROSE_END: Final = frozenset('.!?"”’')
# How many candidates, best by the quick score, get the full score, and how far under
# the best quick score they may be (further under, the rich features never made up for it).
SHORTLIST: Final = 4
QUICK_GAP: Final = 5.0

QUICK_WEIGHTS: tuple[float, ...] = (
    0.000,  # bias
    3.076,  # blank_before
    3.353,  # blank_after
    -2.349,  # ends_period
    -2.135,  # ends_colon
    -0.379,  # ends_question
    -1.238,  # few_words
    -1.321,  # very_long
    -1.602,  # short
    -1.728,  # list_number
    -0.815,  # all_caps
    -0.483,  # is_prose
    1.477,  # same_next
    2.088,  # cue_next
    1.751,  # cue_after
    0.361,  # cue_before
    -0.954,  # is_cue
    0.239,  # near_1_3
    1.444,  # near_4_8
    1.016,  # near_9_20
    0.853,  # far_before
    -3.060,  # after_0_6
    -0.492,  # after_far
    2.022,  # overlap
    -0.969,  # no_overlap
    1.315,  # overlap_words
)

WEIGHTS: tuple[float, ...] = (
    0.000,  # bias
    2.252,  # blank_before
    2.579,  # blank_after
    -1.185,  # ends_period
    -1.336,  # ends_colon
    -0.557,  # ends_question
    -1.425,  # few_words
    -0.764,  # very_long
    -1.221,  # short
    -0.570,  # list_number
    -0.424,  # all_caps
    -0.334,  # is_prose
    1.349,  # same_next
    1.813,  # cue_next
    1.472,  # cue_after
    0.177,  # cue_before
    -0.483,  # is_cue
    -0.040,  # near_1_3
    0.933,  # near_4_8
    0.610,  # near_9_20
    0.620,  # far_before
    -1.733,  # after_0_6
    -0.390,  # after_far
    1.281,  # overlap
    -0.934,  # no_overlap
    2.093,  # overlap_words
    1.377,  # capital_ratio
    -1.148,  # repeated
    1.348,  # in_window
    -1.144,  # prose_before
    -0.458,  # nav_words
    -1.413,  # separator
    -1.436,  # inner_sentence
    -1.326,  # heading_before
    -0.999,  # name_like
)


def _prose_start(lines: list[Line]) -> int:
    """The first line of the first cluster of sentence lines (3 in 6, 500 characters)."""
    first = len(lines)
    for index, line in enumerate(lines):
        if len(line.text) < 70 or not is_prose(line.text):
            continue
        first = min(first, index)
        block = [len(other.text) for other in lines[index : index + 6] if is_prose(other.text)]
        if len(block) >= 3 and sum(block) >= 500:
            return index
    return first


@dataclass(frozen=True, slots=True)
class TitleWindow:
    """The lines a headline is looked for in (``lo..hi-1``), and what is known about them.

    `anchor` is where the article's prose seems to start; `dates` are the
    dates printed on lines ``lo..end-1``; `cues` the indices of lines with a
    date or an explicit byline.
    """

    lo: int
    hi: int
    end: int
    anchor: int
    dates: tuple[DateMention, ...]
    cues: frozenset[int]


def window(page: str, lines: list[Line], labels: list[str]) -> TitleWindow:
    """The window of `lines` where the headline, byline and date are looked for."""
    anchor = min(_prose_start(lines), len(lines))
    first_body = labels.index(BODY) if BODY in labels else len(lines)
    lo = max(0, min(anchor, first_body) - _LOOK_BACK)
    hi = min(len(lines), max(anchor, first_body) + _LOOK_AHEAD)
    end = min(len(lines), hi + _LOOK_AHEAD)
    if end <= lo:
        return TitleWindow(lo, lo, lo, anchor, (), frozenset())
    dates = find_dates(page, lines[lo].start, lines[end - 1].end)
    starts = [line.start for line in lines[lo:end]]
    cues = {lo + bisect_right(starts, mention.start) - 1 for mention in dates}
    cued = [i for i, line in enumerate(lines[lo:end], lo) if line.text[:2] in CUE_STARTS]
    cues.update(i for i in cued if byline_cue(lines[i].text) is not None)
    return TitleWindow(lo, hi, end, anchor, tuple(dates), frozenset(cues))


def _eligible(line: Line, following: Line | None, label: str) -> bool:
    """Headline-shaped: a few words, not a list item nor a sentence, a block on one side.

    A sentence is a line closed by a full stop that is long, opens with a quotation
    mark, or that the body pass took for body.
    """
    text = line.text
    if line.bullet or not 8 <= len(text) <= 250:
        return False
    sentence = text[-1] == "." and (
        text.count(" ") >= _SENTENCE_SPACES or text[0] in _QUOTES or label == BODY
    )
    return (
        " " in text
        and (line.blank_before or following is None or following.blank_before)
        and not sentence
    )


def _score(weights: tuple[float, ...], features: list[float]) -> float:
    return float(sum(map(mul, weights, features)))


def candidates(
    lines: list[Line], labels: list[str], win: TitleWindow, shortlist: int | None = SHORTLIST
) -> list[tuple[int, list[float], list[float]]]:
    """(line index, quick features, rich features) of the shortlisted headline candidates.

    The shortlist is the `shortlist` candidates with the best quick score, less
    those more than `QUICK_GAP` under the best (all candidates, in page order,
    for None).
    """
    window_lines = lines[win.lo : win.hi]
    if all(line.text[-1] in _PROSE_END for line in window_lines):
        return []  # plain prose, every line a sentence: a body without its header
    quick: list[tuple[float, int, list[float]]] = []
    prose = vocabulary(lines, win.anchor)
    for i in range(win.lo, win.hi):
        if _eligible(lines[i], lines[i + 1] if i + 1 < len(lines) else None, labels[i]):
            features = quick_features(lines, i, win.anchor, win.cues, prose)
            quick.append((_score(QUICK_WEIGHTS, features), i, features))
    if not quick:
        return []
    if shortlist is not None:
        quick.sort(key=lambda item: -item[0])
        floor = quick[0][0] - QUICK_GAP
        quick = [item for item in quick[:shortlist] if item[0] >= floor]
    near = neighbourhood(lines, win.lo, win.hi)
    return [(i, features, rich_features(lines, i, win.cues, near)) for _, i, features in quick]


def find_title(lines: list[Line], labels: list[str], win: TitleWindow) -> int | None:
    """The index of the headline line, or None when no line in the window can be one."""
    best, best_score = None, float("-inf")
    for index, quick, rich in candidates(lines, labels, win):
        score = _score(WEIGHTS, quick + rich)
        if score > best_score or (score == best_score and best is not None and index < best):
            best, best_score = index, score
    return best
