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
from itertools import compress, count, repeat
from operator import le, mul
from typing import Final

from newstrace.extract.authors import byline_cue
from newstrace.extract.dates import DateMention, find_dates
from newstrace.extract.textpage.byline import cue_lines
from newstrace.extract.textpage.labels import BODY
from newstrace.extract.textpage.lines import PageLines
from newstrace.extract.textpage.title_features import (
    PROSE_CHARS,
    copyright_lines,
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
    -0.000,  # bias
    2.917,  # blank_before
    3.351,  # blank_after
    -2.213,  # ends_period
    -2.372,  # ends_colon
    -0.565,  # ends_question
    -1.379,  # few_words
    -1.250,  # very_long
    -1.348,  # short
    -1.744,  # list_number
    -0.818,  # all_caps
    -0.602,  # is_prose
    1.486,  # same_next
    2.030,  # cue_next
    1.785,  # cue_after
    0.354,  # cue_before
    -0.958,  # is_cue
    0.174,  # near_1_3
    1.349,  # near_4_8
    0.954,  # near_9_20
    0.850,  # far_before
    -3.183,  # after_0_6
    -0.145,  # after_far
    2.003,  # overlap
    -1.050,  # no_overlap
    1.326,  # overlap_words
)

WEIGHTS: tuple[float, ...] = (
    -0.000,  # bias
    2.204,  # blank_before
    2.611,  # blank_after
    -1.480,  # ends_period
    -1.553,  # ends_colon
    -0.632,  # ends_question
    -1.392,  # few_words
    -0.714,  # very_long
    -1.262,  # short
    -0.464,  # list_number
    -0.363,  # all_caps
    -0.588,  # is_prose
    1.282,  # same_next
    1.740,  # cue_next
    1.543,  # cue_after
    0.210,  # cue_before
    -0.467,  # is_cue
    -0.183,  # near_1_3
    0.819,  # near_4_8
    0.558,  # near_9_20
    0.569,  # far_before
    -1.835,  # after_0_6
    0.073,  # after_far
    1.163,  # overlap
    -1.063,  # no_overlap
    2.087,  # overlap_words
    1.252,  # capital_ratio
    -0.792,  # repeated
    0.870,  # in_window
    -1.096,  # prose_before
    -0.296,  # nav_words
    -1.550,  # separator
    -1.195,  # inner_sentence
    -1.275,  # heading_before
    -0.669,  # name_like
    1.963,  # crumb_end
    -0.787,  # in_footer
)


def _prose_start(texts: list[str]) -> int:
    """The first line of the first cluster of sentence lines (3 in 6, 500 characters)."""
    first = len(texts)
    # Short lines are passed over by C-level iterators: most lines are short.
    for index in compress(count(), map(le, repeat(PROSE_CHARS), map(len, texts))):
        text = texts[index]
        if not is_prose(text):
            continue
        if index < first:
            first = index
        # The line itself is prose; of the next five, short ones are passed over uncalled.
        block = [len(text)]
        block += [
            len(other)
            for other in texts[index + 1 : index + 6]
            if len(other) >= PROSE_CHARS and is_prose(other)
        ]
        if len(block) >= 3 and sum(block) >= 500:
            return index
    return first


@dataclass(frozen=True, slots=True)
class TitleWindow:
    """The lines a headline is looked for in (``lo..hi-1``), and what is known about them.

    `anchor` is where the article's prose seems to start; `dates` are the
    dates printed on lines ``lo..end-1``; `cues` the indices of lines with a
    date or an explicit byline; `footer` the page's copyright lines and `copyright_at`
    the offset of its last copyright mark (`copyright_lines`); `cued` the lines
    ``lo..end-1`` that start as a byline may (`byline.cue_lines`).
    """

    lo: int
    hi: int
    end: int
    anchor: int
    dates: tuple[DateMention, ...]
    cues: frozenset[int]
    footer: str = ""
    copyright_at: int = -1
    cued: tuple[int, ...] = ()


def window(page: str, lines: PageLines, labels: list[str]) -> TitleWindow:
    """The window of `lines` where the headline, byline and date are looked for."""
    texts, starts = lines.texts, lines.starts
    count = len(texts)
    footer, copyright_at = copyright_lines(page)
    anchor = min(_prose_start(texts), count)
    first_body = labels.index(BODY) if BODY in labels else count
    lo = max(0, min(anchor, first_body) - _LOOK_BACK)
    hi = min(count, max(anchor, first_body) + _LOOK_AHEAD)
    end = min(count, hi + _LOOK_AHEAD)
    if end <= lo:
        return TitleWindow(lo, lo, lo, anchor, (), frozenset(), footer, copyright_at)
    dates = find_dates(page, starts[lo], lines.end(end - 1))
    cues = {bisect_right(starts, mention.start, lo, end) - 1 for mention in dates}
    cued = cue_lines(texts, lo, end)
    cues.update(i for i in cued if byline_cue(texts[i]) is not None)
    return TitleWindow(
        lo, hi, end, anchor, tuple(dates), frozenset(cues), footer, copyright_at, tuple(cued)
    )


def _eligible(lines: PageLines, labels: list[str], lo: int, hi: int) -> list[int]:
    """The headline-shaped lines among ``lo..hi-1``: a few words, not a list item nor a
    sentence, a block on one side.

    A sentence is a line closed by a full stop that is long, opens with a quotation
    mark, or that the body pass took for body.
    """
    texts, bullets, blank_before = lines.texts, lines.bullets, lines.blank_before
    last = len(texts) - 1
    found: list[int] = []
    for i in range(lo, hi):
        text = texts[i]
        if (
            bullets[i]
            or not 8 <= len(text) <= 250
            or " " not in text
            or not (blank_before[i] or i == last or blank_before[i + 1])
        ):
            continue
        if text[-1] == "." and (
            text.count(" ") >= _SENTENCE_SPACES or text[0] in _QUOTES or labels[i] == BODY
        ):
            continue
        found.append(i)
    return found


def _score(weights: tuple[float, ...], features: list[float]) -> float:
    # Only the features that are not zero are multiplied: most are booleans, most False.
    # Leaving out terms that are zero changes no sum (but the sign of a zero).
    return float(sum(map(mul, compress(weights, features), compress(features, features))))


def candidates(
    lines: PageLines, labels: list[str], win: TitleWindow, shortlist: int | None = SHORTLIST
) -> list[tuple[int, list[float], list[float]]]:
    """(line index, quick features, rich features) of the shortlisted headline candidates.

    The shortlist is the `shortlist` candidates with the best quick score, less
    those more than `QUICK_GAP` under the best (all candidates, in page order,
    for None).
    """
    return _with_rich_features(lines, win, _shortlist(lines, labels, win, shortlist))


def _shortlist(
    lines: PageLines, labels: list[str], win: TitleWindow, shortlist: int | None
) -> list[tuple[int, list[float]]]:
    """(line index, quick features) of the shortlisted candidates (see `candidates`)."""
    for text in lines.texts[win.lo : win.hi]:
        if text[-1] not in _PROSE_END:
            break
    else:
        return []  # plain prose, every line a sentence: a body without its header
    eligible = _eligible(lines, labels, win.lo, win.hi)
    if not eligible:
        return []
    prose = vocabulary(lines.texts, win.anchor)
    anchor, cues = win.anchor, win.cues
    quick: list[tuple[float, int, list[float]]] = []
    for i in eligible:
        features = quick_features(lines, i, anchor, cues, prose)
        quick.append((_score(QUICK_WEIGHTS, features), i, features))
    if shortlist is not None:
        quick.sort(key=lambda item: -item[0])
        floor = quick[0][0] - QUICK_GAP
        quick = [item for item in quick[:shortlist] if item[0] >= floor]
    return [(i, features) for _, i, features in quick]


def _with_rich_features(
    lines: PageLines, win: TitleWindow, shortlisted: list[tuple[int, list[float]]]
) -> list[tuple[int, list[float], list[float]]]:
    near = neighbourhood(lines, win.lo, win.hi, win.footer)
    return [(i, features, rich_features(lines, i, win.cues, near)) for i, features in shortlisted]


def find_title(lines: PageLines, labels: list[str], win: TitleWindow) -> int | None:
    """The index of the headline line, or None when no line in the window can be one."""
    shortlisted = _shortlist(lines, labels, win, SHORTLIST)
    if len(shortlisted) == 1:
        return shortlisted[0][0]  # the only candidate left wins whatever its full score
    best, best_score = None, float("-inf")
    for index, quick, rich in _with_rich_features(lines, win, shortlisted):
        score = _score(WEIGHTS, quick + rich)
        if score > best_score or (score == best_score and best is not None and index < best):
            best, best_score = index, score
    return best
