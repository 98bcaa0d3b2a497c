"""The learned body model: line scores from line codes, then the main segments.

Two stages, both linear and both learned by ``bench/learn_body.py``:

1. Line score. A logistic model over the codes (`features.page_codes`) of the
   line itself, of the lines in a near (±3) and a wide (±10) window around
   it, and the part of the page it stands in. Every input being a code, the
   model is a handful of lookup tables; they are folded into three tables by
   combined code on loading, so scoring a page is three lookups, two running
   sums and a few additions per line, all in C-level `map` calls.
2. Segments. Lines scoring below `gap_score` are gaps; a run of `gap_lines`
   gap lines or more splits the page into segments (the idea of content-
   density extractors such as jusText and CETD: article text comes in one
   dense stretch, page furniture in sparse ones). A second logistic model
   scores each segment from its mass of text, its density, its place on the
   page and its rank among the segments; lines of the segments it keeps are
   body where their own score reaches `keep_score`, and prose paragraphs
   right next to the body are taken in down to `extend_score`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, chain, compress, islice, repeat
from math import exp, log1p
from operator import add, itemgetter, le, sub
from pathlib import Path
from typing import Any

from newstrace.extract.textpage.features import (
    NUM_PAGE_CODES,
    NUM_SHAPE_CODES,
    PAGE_SPAN,
    PageCodes,
    prose_codes,
)

__all__ = [
    "SEGMENT_FEATURES",
    "BodyModel",
    "Segment",
    "choose_segments",
    "find_segments",
    "line_scores",
    "load_model",
    "segment_rows",
    "threshold_shift",
]

MODEL_PATH = Path(__file__).with_name("body_model.json")
# The combined code of a line off the page.
_PAD = NUM_SHAPE_CODES * PAGE_SPAN + NUM_PAGE_CODES
# The position table splits the page into this many equal parts.
POSITION_PARTS = 5
# On a page whose best line scores low, lines this far under it still count.
_FALLBACK_MARGIN = 1.0
# Characters of a line counted towards a segment's mass, at most.
_MASS_CAP = 800

SEGMENT_FEATURES: tuple[str, ...] = (
    "log_mass",
    "share_of_best_mass",
    "density",
    "prose_share",
    "log_lines",
    "start",
    "is_best",
    "before_best",
    "after_best",
    "log_gap_before",
    "log_gap_after",
    "furniture_before",
    "rank",
)


@dataclass(frozen=True, slots=True)
class BodyModel:
    """Weights of both stages (see the module docstring). Shape-code tables
    have `NUM_SHAPE_CODES` + 1 entries, page-code tables `NUM_PAGE_CODES` + 1:
    the last entry stands for a line off the page."""

    bias: float
    own: tuple[float, ...]
    near: tuple[float, ...]
    wide: tuple[float, ...]
    position: tuple[float, ...]
    page_own: tuple[float, ...]
    page_near: tuple[float, ...]
    near_radius: int
    wide_radius: int
    gap_score: float
    gap_lines: int
    segment_bias: float
    segment_weights: tuple[float, ...]
    keep_score: float
    extend_score: float
    # Derived: the tables by combined code (see `features.PAGE_SPAN`), the
    # line's own entries with the bias folded in. Lists, never changed.
    local: list[float] = field(init=False, repr=False, compare=False)
    near_local: list[float] = field(init=False, repr=False, compare=False)
    wide_local: list[float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        shapes = range(NUM_SHAPE_CODES + 1)
        pages = range(PAGE_SPAN)
        page_own = (*self.page_own, *[0.0] * (PAGE_SPAN - len(self.page_own)))
        page_near = (*self.page_near, *[0.0] * (PAGE_SPAN - len(self.page_near)))
        local = [self.bias + self.own[s] + page_own[p] for s in shapes for p in pages]
        near = [self.near[s] + page_near[p] for s in shapes for p in pages]
        wide = [self.wide[s] for s in shapes for _ in pages]
        object.__setattr__(self, "local", local)
        object.__setattr__(self, "near_local", near)
        object.__setattr__(self, "wide_local", wide)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BodyModel:
        sizes = dict.fromkeys(("own", "near", "wide"), NUM_SHAPE_CODES)
        sizes |= dict.fromkeys(("page_own", "page_near"), NUM_PAGE_CODES)
        for name, size in sizes.items():
            if len(data[name]) != size + 1:
                raise ValueError(f"body model table {name!r} does not match the line codes")
        if len(data["segment_weights"]) != len(SEGMENT_FEATURES):
            raise ValueError("body model segment weights do not match the segment features")
        values: dict[str, Any] = {
            name: tuple(data[name]) if isinstance(data[name], list) else data[name]
            for name in _STORED
        }
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        return {
            name: list(value) if isinstance(value, tuple) else value
            for name in _STORED
            for value in [getattr(self, name)]
        }


# The fields kept in ``body_model.json``; the rest are derived on loading.
_STORED = (
    "bias",
    "own",
    "near",
    "wide",
    "position",
    "page_own",
    "page_near",
    "near_radius",
    "wide_radius",
    "gap_score",
    "gap_lines",
    "segment_bias",
    "segment_weights",
    "keep_score",
    "extend_score",
)


@cache
def load_model() -> BodyModel:
    """The model shipped with the package (``body_model.json``)."""
    text = MODEL_PATH.read_text(encoding="utf-8")
    return BodyModel.from_json(json.loads(text))


def _window_sums(values: Iterable[float], pad: float, radius: int) -> list[float]:
    """Sum of `values` over each ±`radius` window, `pad` standing in off the page."""
    prefix = [0.0, *accumulate(chain(repeat(pad, radius), values, repeat(pad, radius)))]
    return list(map(sub, islice(prefix, 2 * radius + 1, None), prefix))


def line_scores(codes: PageCodes, model: BodyModel) -> list[float]:
    """Stage one: the log-odds that each line is article text."""
    combined = codes.codes
    count = len(combined)
    if not count:
        return []
    # Each table's entries for the page's lines in one C-level gather. An `itemgetter`
    # of one index gives the entry itself: a one-line page takes a slice of one.
    first = combined[0]
    gather = itemgetter(*combined) if count > 1 else itemgetter(slice(first, first + 1))
    near = _window_sums(gather(model.near_local), model.near_local[_PAD], model.near_radius)
    wide = _window_sums(gather(model.wide_local), model.wide_local[_PAD], model.wide_radius)
    places: list[float] = []
    for part, weight in enumerate(model.position):
        places += [weight] * (_part_start(part + 1, count) - _part_start(part, count))
    local = gather(model.local)
    return list(map(add, map(add, local, near), map(add, wide, places)))


def _part_start(part: int, count: int) -> int:
    """The first line index `i` with ``i * POSITION_PARTS // count == part``."""
    return -(-part * count // POSITION_PARTS)


@dataclass(frozen=True, slots=True)
class Segment:
    """Lines ``start`` to ``end`` (exclusive), with the gap before them."""

    start: int
    end: int
    gap_before: int


def threshold_shift(scores: list[float], model: BodyModel) -> float:
    """How far to lower the gap and keep scores on this page (zero or less).

    Every page is taken to hold an article: where not even the best line
    reaches the gap score (a one-paragraph story lost in an archive page),
    the thresholds come down to just under the best line.
    """
    return min(0.0, max(scores, default=0.0) - model.gap_score - _FALLBACK_MARGIN)


def find_segments(scores: list[float], model: BodyModel, shift: float = 0.0) -> list[Segment]:
    """Stretches of lines split by runs of at least `gap_lines` low-scoring lines."""
    low, needed = model.gap_score + shift, model.gap_lines
    highs = list(compress(range(len(scores)), map(le, repeat(low), scores)))
    if not highs:
        return []
    segments: list[Segment] = []
    start = previous = highs[0]
    gap = start
    for i in highs[1:]:
        if i - previous - 1 >= needed:
            segments.append(Segment(start, previous + 1, gap))
            start, gap = i, i - previous - 1
        previous = i
    segments.append(Segment(start, previous + 1, gap))
    return segments


def segment_rows(
    segments: list[Segment], scores: list[float], codes: PageCodes
) -> list[tuple[float, ...]]:
    """Stage two's `SEGMENT_FEATURES` of each segment."""
    count = len(scores)
    prose = prose_codes()
    combined, lengths, furniture = codes.codes, codes.lengths, codes.furniture
    masses: list[float] = []
    densities: list[float] = []
    prose_shares: list[float] = []
    for segment in segments:
        start, end = segment.start, segment.end
        chars = [length if length < _MASS_CAP else _MASS_CAP for length in lengths[start:end]]
        weight = sum(chars)
        # Characters weighted by the probability that their line is body.
        mass = sum(
            [
                size / (1.0 + exp(-score))
                for size, score in zip(chars, scores[start:end], strict=True)
                if score > -30
            ]
        )
        masses.append(mass)
        densities.append(mass / weight if weight else 0.0)
        prose_shares.append(sum(map(prose.__contains__, combined[start:end])) / (end - start))
    best_mass = max(masses, default=0.0) or 1.0
    best = masses.index(max(masses)) if masses else 0
    order = sorted(range(len(segments)), key=lambda k: -masses[k])
    rank = {k: place for place, k in enumerate(order)}
    rows: list[tuple[float, ...]] = []
    for k, segment in enumerate(segments):
        gap_after = (segments[k + 1].start if k + 1 < len(segments) else count) - segment.end
        rows.append(
            (
                log1p(masses[k] / 100),
                masses[k] / best_mass,
                densities[k],
                prose_shares[k],
                log1p(segment.end - segment.start),
                segment.start / count,
                float(k == best),
                float(k < best),
                float(k > best),
                log1p(segment.gap_before),
                log1p(gap_after),
                min(_count_in(furniture, segment.start - segment.gap_before, segment.start), 3) / 3,
                min(rank[k], 3) / 3,
            )
        )
    return rows


def _count_in(indices: dict[int, str], start: int, end: int) -> int:
    if end - start < len(indices):
        return sum(i in indices for i in range(start, end))
    return sum(start <= i < end for i in indices)


def choose_segments(rows: list[tuple[float, ...]], model: BodyModel) -> list[bool]:
    """Which segments hold the article: those the segment model favours, or the best one."""
    weights, bias = model.segment_weights, model.segment_bias
    scores = [bias + sum(w * x for w, x in zip(weights, row, strict=True)) for row in rows]
    chosen = [score > 0 for score in scores]
    if scores and not any(chosen):
        chosen[scores.index(max(scores))] = True
    return chosen
