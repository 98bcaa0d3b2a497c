"""Tell article body text from page furniture in a plain-text page.

Each line is reduced to two small codes (`features`), scored by a small
learned model and grouped into dense segments (`body_model`); the lines of
the segments that hold the article are ``body``, every other line gets the
reason it was removed (`reasons`). A page without any furniture (no stock
phrase, no menu) is taken to be a bare article and kept whole.
"""

from __future__ import annotations

from itertools import repeat
from operator import le

from newstrace.extract.textpage.body_model import (
    BodyModel,
    Segment,
    choose_segments,
    find_segments,
    line_scores,
    load_model,
    segment_rows,
    threshold_shift,
)
from newstrace.extract.textpage.features import PageCodes, menu_like, page_codes, prose_codes
from newstrace.extract.textpage.lines import PageLines
from newstrace.extract.textpage.reasons import removal_reasons

__all__ = ["body_mask", "label_lines", "looks_clean", "mask_from_scores"]

# A page with this many menu-like lines in a row has a menu.
_MENU_RUN = 8


def body_mask(lines: PageLines, model: BodyModel | None = None) -> list[bool]:
    """Whether each line is article text."""
    return _mask_and_codes(lines, model)[0]


def label_lines(lines: PageLines, model: BodyModel | None = None) -> list[str]:
    """One label per line: ``body`` or a removal reason from `labels.REASONS`."""
    mask, codes = _mask_and_codes(lines, model)
    return removal_reasons(lines, mask, codes)


def _mask_and_codes(lines: PageLines, model: BodyModel | None) -> tuple[list[bool], PageCodes]:
    codes = page_codes(lines)
    if not codes.codes:
        return [], codes
    model = model or load_model()
    return mask_from_scores(codes, line_scores(codes, model), model), codes


def looks_clean(codes: PageCodes) -> bool:
    """Whether the page is already a bare article: no furniture phrase, no menu.

    Such text (an article body pasted or extracted elsewhere) is kept whole;
    its subheadings and short paragraphs would otherwise read like furniture.
    """
    if codes.furniture:
        return False
    run = 0
    for is_menu in map(menu_like, codes.codes, codes.lengths):
        run = run + 1 if is_menu else 0
        if run >= _MENU_RUN:
            return False
    return True


def mask_from_scores(codes: PageCodes, scores: list[float], model: BodyModel) -> list[bool]:
    """Whether each line is article text, given its codes and stage-one score."""
    if looks_clean(codes):
        return [True] * len(scores)
    shift = threshold_shift(scores, model)
    segments = find_segments(scores, model, shift)
    keep = model.keep_score + shift
    mask = [False] * len(scores)
    for segment, chosen in zip(segments, _chosen(segments, scores, codes, model), strict=True):
        if chosen:
            start, end = segment.start, segment.end
            mask[start:end] = map(le, repeat(keep), scores[start:end])
    # A stock phrase ("Advertisement", "Share") inside the article is still furniture.
    for i in codes.furniture:
        mask[i] = False
    _extend_through_prose(mask, scores, codes, model.extend_score + shift)
    return mask


def _chosen(
    segments: list[Segment], scores: list[float], codes: PageCodes, model: BodyModel
) -> list[bool]:
    """Which segments hold the article (`choose_segments`).

    A lone segment is chosen whatever its features say: on the many pages with
    one segment, they are not computed.
    """
    if len(segments) == 1:
        return [True]
    return choose_segments(segment_rows(segments, scores, codes), model)


def _extend_through_prose(
    mask: list[bool], scores: list[float], codes: PageCodes, low: float
) -> None:
    """Take in the paragraphs right above and below the body that score at least `low`.

    The first and last paragraphs of a story sit next to the page's furniture,
    whose windows pull their scores down.
    """
    if True not in mask:
        return
    prose = prose_codes()
    combined = codes.codes
    i = mask.index(True) - 1
    while i >= 0 and combined[i] in prose and scores[i] >= low:
        mask[i] = True
        i -= 1
    i = len(mask) - mask[::-1].index(True)
    while i < len(mask) and combined[i] in prose and scores[i] >= low:
        mask[i] = True
        i += 1
