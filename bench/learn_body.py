"""Learn the text-page body model from the gold sets in ../shared/data.

    python -m bench.learn_body [--folds 5] [--out PATH] [--cache FILE]

Writes ``src/newstrace/extract/textpage/body_model.json`` (see
`newstrace.extract.textpage.body_model` for what the model is).

Training labels: a line of a pagetext page is body when most of its 4-token
shingles occur in the page's ground-truth body; a line of under four tokens
must equal a ground-truth paragraph. Stage one is an L2-regularised logistic
regression over one-hot line codes (the line's own, counts in a near and a
wide window, the part of the page), exported as lookup tables and checked to
reproduce the fit. Stage two is a logistic regression over the features of
segments found in out-of-fold stage-one scores, so it learns from scores like
those it will see on unseen pages; its thresholds are chosen on those scores.

With ``--folds N`` (default 5) the whole procedure is first cross-validated
by site: pages of one site are never on both sides of a split, so the printed
body precision/recall/F1 (the benchmark's metric), for the body pass alone
and for the whole `extract_text_page`, is what to expect on unseen sites.

Needs numpy, scipy and scikit-learn, for training only: the package reads the
JSON with the standard library.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from unittest import mock
from urllib.parse import urlparse

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from bench.datasets import data_missing, scrapinghub_pages, wcxb_pages
from bench.scoring import BodyScore
from newstrace.extract.textpage import body as body_pass
from newstrace.extract.textpage import extract_text_page
from newstrace.extract.textpage.assemble import body_paragraphs
from newstrace.extract.textpage.body import mask_from_scores
from newstrace.extract.textpage.body_model import (
    POSITION_PARTS,
    SEGMENT_FEATURES,
    BodyModel,
    find_segments,
    line_scores,
    segment_rows,
    threshold_shift,
)
from newstrace.extract.textpage.features import (
    NUM_PAGE_CODES,
    NUM_SHAPE_CODES,
    PageCodes,
    page_codes,
)
from newstrace.extract.textpage.lines import PageLines, split_page

MODEL_PATH = Path(__file__).resolve().parents[1] / "src/newstrace/extract/textpage/body_model.json"
SETS = ("scrapinghub", "wcxb")
_TOKEN = re.compile(r"\w+")
_SHAPES = NUM_SHAPE_CODES + 1  # one entry per code, and one for "off the page"
_PAGES = NUM_PAGE_CODES + 1
NEAR_RADIUS = 3
# Paragraphs next to the body are taken in down to this score (chosen on
# out-of-fold scores once; it hardly matters between -2 and -4).
EXTEND_SCORE = -4.0
WIDE_RADIUS = 10


@dataclass
class Example:
    """One gold page: its lines, codes and per-line truth."""

    set: str
    id: str
    site: str
    lines: PageLines
    codes: PageCodes
    truth: np.ndarray
    body: str
    text: str


def truth_mask(lines: PageLines, body: str) -> list[bool]:
    """Which lines belong to the ground-truth `body` (see the module docstring)."""
    tokens = _TOKEN.findall(body)
    shingles = {" ".join(tokens[i : i + 4]) for i in range(len(tokens) - 3)}
    paragraphs = {" ".join(_TOKEN.findall(p)) for p in body.split("\n") if p.strip()}
    mask = []
    for text in lines.texts:
        words = _TOKEN.findall(text)
        if len(words) >= 4:
            own = [" ".join(words[i : i + 4]) for i in range(len(words) - 3)]
            mask.append(sum(s in shingles for s in own) >= 0.5 * len(own))
        else:
            mask.append(bool(words) and " ".join(words) in paragraphs)
    return mask


def site_of(url: str | None, page_id: str) -> str:
    host = urlparse(url or "").netloc.lower()
    return host.removeprefix("www.") or page_id


def load_examples(cache: Path | None = None) -> list[Example]:
    """Every gold page with a body, labelled; `cache` keeps the labels between runs.

    Only the page texts and labels are cached: lines and codes are recomputed,
    so a cache stays valid when the code features change.
    """
    if cache and cache.exists():
        with cache.open("rb") as handle:
            records = pickle.load(handle)
    else:
        records = [
            (page.set, page.id, site_of(page.url, page.id), text, page.body, truth)
            for page in [*scrapinghub_pages(), *wcxb_pages()]
            if page.body
            for text in [page.pagetext()]
            for truth in [truth_mask(split_page(text), page.body)]
            if truth
        ]
        if cache:
            with cache.open("wb") as handle:
                pickle.dump(records, handle)
    examples = []
    for set_name, page_id, site, text, gold, truth in records:
        lines = split_page(text)
        if len(truth) != len(lines):  # the line splitter changed since the cache
            truth = truth_mask(lines, gold)
        examples.append(
            Example(set_name, page_id, site, lines, page_codes(lines), np.array(truth), gold, text)
        )
    return examples


# ---------------------------------------------------------------- stage one


def _one_hot(rows: np.ndarray, cols: np.ndarray, values: np.ndarray, width: int, count: int) -> Any:
    return sparse.csr_matrix((values, (rows, cols)), shape=(count, width))


def _window_counts(codes: np.ndarray, pad: int, radius: int) -> Any:
    """Row i: how often each code occurs within ±radius of line i (off the page: `pad`)."""
    count = len(codes)
    padded = np.concatenate([np.full(radius, pad), codes, np.full(radius, pad)])
    rows = np.repeat(np.arange(count), 2 * radius + 1)
    cols = np.concatenate([padded[i : i + 2 * radius + 1] for i in range(count)])
    return _one_hot(rows, cols, np.ones(len(cols)), pad + 1, count)


# The blocks of the stage-one design matrix, in order: (table, width).
BLOCKS = (
    ("own", _SHAPES),
    ("near", _SHAPES),
    ("wide", _SHAPES),
    ("page_own", _PAGES),
    ("page_near", _PAGES),
    ("position", POSITION_PARTS),
)


def stage1_matrix(codes: PageCodes) -> Any:
    """The one-hot design matrix of one page, one block per table of the model."""
    shapes = np.asarray(codes.shape)
    pages = np.asarray(codes.page)
    count = len(shapes)
    index = np.arange(count)
    ones = np.ones(count)
    pad = NUM_SHAPE_CODES
    places = index * POSITION_PARTS // count
    return sparse.hstack(
        [
            _one_hot(index, shapes, ones, _SHAPES, count),
            _window_counts(shapes, pad, NEAR_RADIUS),
            _window_counts(shapes, pad, WIDE_RADIUS),
            _one_hot(index, pages, ones, _PAGES, count),
            _window_counts(pages, NUM_PAGE_CODES, NEAR_RADIUS),
            _one_hot(index, places, ones, POSITION_PARTS, count),
        ]
    ).tocsr()


def fit_stage1(examples: Sequence[Example], strength: float) -> dict[str, Any]:
    """Stage-one tables fitted on `examples` (L2-regularised, C=`strength`)."""
    design = sparse.vstack([stage1_matrix(e.codes) for e in examples]).tocsr()
    target = np.concatenate([e.truth for e in examples])
    fit = LogisticRegression(C=strength, max_iter=3000).fit(design, target)
    weights = fit.coef_[0]
    tables: dict[str, Any] = {"bias": round(float(fit.intercept_[0]), 4)}
    offset = 0
    for name, width in BLOCKS:
        tables[name] = _rounded(weights[offset : offset + width])
        offset += width
    tables |= {"near_radius": NEAR_RADIUS, "wide_radius": WIDE_RADIUS}
    # The runtime's lookups must reproduce the fitted model.
    for example in examples[:5]:
        expected = fit.decision_function(stage1_matrix(example.codes))
        got = line_scores(example.codes, _draft(tables))
        if not np.allclose(expected, got, atol=0.01):
            raise AssertionError(f"exported tables do not reproduce the fit on {example.id}")
    return tables


def _rounded(values: np.ndarray) -> tuple[float, ...]:
    return tuple(round(float(v), 4) for v in values)


def _draft(stage1: dict[str, Any], **settings: Any) -> BodyModel:
    """A model with stage-one tables and placeholder stage-two settings."""
    defaults: dict[str, Any] = {
        "gap_score": -1.0,
        "gap_lines": 3,
        "segment_bias": 0.0,
        "segment_weights": (0.0,) * len(SEGMENT_FEATURES),
        "keep_score": -1.0,
        "extend_score": EXTEND_SCORE,
    }
    return BodyModel(**(stage1 | defaults | settings))


def out_of_fold_scores(
    examples: Sequence[Example], folds: int, strength: float
) -> list[list[float]]:
    """Stage-one scores of each page from a model not trained on its site."""
    scores: list[list[float]] = [[] for _ in examples]
    groups = [e.site for e in examples]
    for train, test in GroupKFold(folds).split(examples, groups=groups):
        model = _draft(fit_stage1([examples[i] for i in train], strength))
        for i in test:
            scores[i] = line_scores(examples[i].codes, model)
    return scores


# ---------------------------------------------------------------- stage two


def segment_table(
    examples: Sequence[Example], scores: Sequence[list[float]], model: BodyModel
) -> tuple[np.ndarray, np.ndarray]:
    """Segment features and labels (most of the segment's text is body)."""
    rows: list[tuple[float, ...]] = []
    labels: list[bool] = []
    for example, page_scores in zip(examples, scores, strict=True):
        segments = find_segments(page_scores, model, threshold_shift(page_scores, model))
        rows += segment_rows(segments, page_scores, example.codes)
        lengths = np.asarray(example.codes.lengths)
        for segment in segments:
            span = slice(segment.start, segment.end)
            weights = np.minimum(lengths[span], 800)
            labels.append(bool(weights @ example.truth[span] > 0.5 * weights.sum()))
    return np.asarray(rows), np.asarray(labels)


def fit_stage2(
    examples: Sequence[Example], scores: Sequence[list[float]], model: BodyModel
) -> BodyModel:
    rows, labels = segment_table(examples, scores, model)
    if labels.all() or not labels.any():
        return model
    fit = LogisticRegression(C=1.0, max_iter=3000).fit(rows, labels)
    return replace(
        model,
        segment_bias=round(float(fit.intercept_[0]), 4),
        segment_weights=_rounded(fit.coef_[0]),
    )


def proxy_f1(examples: Sequence[Example], scores: Sequence[list[float]], model: BodyModel) -> float:
    """Mean over sets of the body F1 computed on words of whole lines (fast to evaluate)."""
    result = []
    for name in SETS:
        precisions, recalls = [], []
        for example, page_scores in zip(examples, scores, strict=True):
            if example.set != name:
                continue
            mask = np.asarray(mask_from_scores(example.codes, page_scores, model))
            words = np.asarray([text.count(" ") + 1 for text in example.lines.texts])
            hit = words @ (mask & example.truth)
            if mask.any():
                precisions.append(hit / (words @ mask))
            recalls.append(hit / max(1, words @ example.truth))
        if recalls:
            p, r = np.mean(precisions) if precisions else 0.0, np.mean(recalls)
            result.append(2 * p * r / (p + r) if p + r else 0.0)
    return float(np.mean(result))


GAP_SCORES = (-2.0, -1.5, -1.0, -0.5)
GAP_LINES = (2, 3, 4, 6)
KEEP_SCORES = (-3.0, -2.5, -2.0, -1.5, -1.0, -0.5)
FINALISTS = 6


def fit_model(
    examples: Sequence[Example], folds: int, strength: float, log: Callable[[str], None]
) -> BodyModel:
    """Both stages and their thresholds, learned from `examples`.

    The thresholds are searched on out-of-fold stage-one scores: first all
    combinations with a quick word-based F1, then the best few with the
    benchmark's own metric (mean F1 of the two sets).
    """
    scores = out_of_fold_scores(examples, folds, strength)
    stage1 = fit_stage1(examples, strength)
    candidates: list[tuple[float, BodyModel]] = []
    for gap_score in GAP_SCORES:
        for gap_lines in GAP_LINES:
            draft = _draft(stage1, gap_score=gap_score, gap_lines=gap_lines)
            draft = fit_stage2(examples, scores, draft)
            for keep_score in KEEP_SCORES:
                candidate = replace(draft, keep_score=min(keep_score, gap_score))
                candidates.append((proxy_f1(examples, scores, candidate), candidate))
    candidates.sort(key=lambda pair: -pair[0])
    finalists = []
    for _, candidate in candidates[:FINALISTS]:
        masks = [
            mask_from_scores(e.codes, s, candidate) for e, s in zip(examples, scores, strict=True)
        ]
        result = evaluate(examples, masks)
        finalists.append((float(np.mean([result[name]["f1"] for name in SETS])), candidate))
    quality, model = max(finalists, key=lambda pair: pair[0])
    log(
        f"  chosen gap_score={model.gap_score} gap_lines={model.gap_lines} "
        f"keep_score={model.keep_score} (out-of-fold F1 {quality:.4f})"
    )
    return model


# ---------------------------------------------------------------- evaluation


def evaluate(examples: Sequence[Example], masks: Sequence[Sequence[bool]]) -> dict[str, Any]:
    """Body precision/recall/F1 per set, as the benchmark computes them."""
    scores = {name: BodyScore() for name in SETS}
    for example, mask in zip(examples, masks, strict=True):
        labels = ["body" if keep else "boilerplate" for keep in mask]
        text = "\n\n".join(body_paragraphs(example.lines, labels))
        scores[example.set].add(example.body, text)
    return {name: _rounded_score(score) for name, score in scores.items()}


def _rounded_score(score: BodyScore) -> dict[str, float]:
    return {
        "precision": round(score.precision, 4),
        "recall": round(score.recall, 4),
        "f1": round(score.f1, 4),
    }


def cross_validate(
    examples: Sequence[Example], folds: int, strength: float, log: Callable[[str], None]
) -> dict[str, Any]:
    """Held-out scores of the body pass alone and of the whole `extract_text_page`.

    The later passes (header, structure) take more lines out of the body, so
    the second is the number to compare with the benchmark.
    """
    masks: list[list[bool]] = [[] for _ in examples]
    pipeline = {name: BodyScore() for name in SETS}
    groups = [e.site for e in examples]
    for fold, (train, test) in enumerate(GroupKFold(folds).split(examples, groups=groups), 1):
        log(f"fold {fold}/{folds}: {len(train)} training pages, {len(test)} held out")
        model = fit_model([examples[i] for i in train], folds, strength, log)
        with mock.patch.object(body_pass, "load_model", return_value=model):
            for i in test:
                example = examples[i]
                masks[i] = mask_from_scores(example.codes, line_scores(example.codes, model), model)
                article = extract_text_page(example.text, example.id)
                pipeline[example.set].add(example.body, article.text)
    return {
        "body_pass": evaluate(examples, masks),
        "extract_text_page": {name: _rounded_score(score) for name, score in pipeline.items()},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5, help="site-grouped CV folds (0: skip CV)")
    parser.add_argument("--strength", type=float, default=0.03, help="stage-one C (inverse L2)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--cache", type=Path, help="pickle the parsed pages here between runs")
    args = parser.parse_args(argv)
    missing = data_missing()
    if missing:
        print(missing, file=sys.stderr)
        return 2

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    started = time.perf_counter()
    examples = load_examples(args.cache)
    sites = len({e.site for e in examples})
    log(f"{len(examples)} pages from {sites} sites, {sum(len(e.lines) for e in examples)} lines")
    if args.folds:
        result = cross_validate(examples, args.folds, args.strength, log)
        print(json.dumps({"cross_validated_by_site": result}))
    model = fit_model(examples, max(args.folds, 3), args.strength, log)
    print(json.dumps({"training_pages": evaluate(examples, _masks(examples, model))}))
    args.out.write_text(json.dumps(model.to_json(), separators=(",", ":")) + "\n", encoding="utf-8")
    log(f"wrote {args.out} in {time.perf_counter() - started:.0f}s")
    return 0


def _masks(examples: Sequence[Example], model: BodyModel) -> list[list[bool]]:
    return [mask_from_scores(e.codes, line_scores(e.codes, model), model) for e in examples]


if __name__ == "__main__":
    raise SystemExit(main())
