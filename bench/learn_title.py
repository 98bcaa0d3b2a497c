"""Fit the headline scorer's weights (`newstrace.extract.textpage.title`) on wcxb.

    python -m bench.learn_title [--folds 5] [--l2 1.0] [--write]

The scorer works in two rounds: a quick score (`QUICK_WEIGHTS`, quick features
only) keeps the best `SHORTLIST` candidates of a page, and the full score
(`WEIGHTS`, quick and rich features) picks among them. Each round is a
conditional logit: one softmax over a page's candidates, the lines equal to the
ground-truth title as positives, the log of their total probability maximised
with an L2 penalty. Prints the accuracy (pages whose chosen line is the title)
cross-validated with folds split by site, so that it estimates unseen sites,
and the weights fitted on all pages; `--write` pastes them into title.py.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
from numpy.typing import NDArray
from scipy.optimize import minimize

from bench.datasets import data_missing, wcxb_pages
from bench.scoring import title_matches
from newstrace.extract.textpage import title
from newstrace.extract.textpage.body import label_lines
from newstrace.extract.textpage.lines import split_page
from newstrace.extract.textpage.title_features import QUICK_FEATURES, RICH_FEATURES

Array = NDArray[np.float64]


@dataclass
class Page:
    """All headline candidates of one page: quick and rich features, which are the title."""

    site: str
    quick: Array
    rich: Array
    positive: NDArray[np.bool_]


def load() -> tuple[list[Page], int]:
    """The pages whose title is among the candidates, and the number of pages read."""
    pages: list[Page] = []
    read = 0
    for gold in wcxb_pages():
        read += 1
        text = gold.pagetext()
        lines = split_page(text)
        labels = label_lines(lines)
        win = title.window(text, lines, labels)
        found = title.candidates(lines, labels, win, shortlist=None)
        positive = np.array([title_matches(gold.title or "", lines.texts[i]) for i, _, _ in found])
        if not positive.any():
            continue
        site = urlsplit(gold.url or gold.id).netloc or gold.id
        quick = np.array([q for _, q, _ in found])
        rich = np.array([r for _, _, r in found])
        pages.append(Page(site, quick, rich, positive))
    return pages, read


def fit(groups: list[tuple[Array, NDArray[np.bool_]]], l2: float) -> Array:
    """Weights maximising the sum over groups of log P(positives), minus the L2 penalty."""
    features = np.concatenate([f for f, _ in groups])
    positive = np.concatenate([p for _, p in groups])
    sizes = [len(p) for _, p in groups]
    starts = np.cumsum([0, *sizes])[:-1]
    owner = np.repeat(np.arange(len(groups)), sizes)

    def loss(weights: Array) -> tuple[float, Array]:
        scores = features @ weights
        scores -= np.maximum.reduceat(scores, starts)[owner]
        e = np.exp(scores)
        all_sum = np.add.reduceat(e, starts)
        pos_sum = np.add.reduceat(np.where(positive, e, 0.0), starts)
        value = -np.sum(np.log(pos_sum) - np.log(all_sum)) + 0.5 * l2 * weights @ weights
        p = e / all_sum[owner]
        q = np.where(positive, e, 0.0) / pos_sum[owner]
        return float(value), -(features.T @ (q - p)) + l2 * weights

    result = minimize(loss, np.zeros(features.shape[1]), jac=True, method="L-BFGS-B")
    return np.asarray(result.x)


def shortlisted(page: Page, quick_weights: Array) -> tuple[Array, NDArray[np.bool_]]:
    """The page's shortlist as `title.candidates` makes it: full features, positives."""
    scores = page.quick @ quick_weights
    order = np.argsort(-scores, kind="stable")[: title.SHORTLIST]
    order = np.sort(order[scores[order] >= scores[order[0]] - title.QUICK_GAP])
    full = np.hstack([page.quick[order], page.rich[order]])
    return full, page.positive[order]


def train(pages: list[Page], l2: float) -> tuple[Array, Array]:
    quick_weights = fit([(p.quick, p.positive) for p in pages], l2)
    groups = [shortlisted(p, quick_weights) for p in pages]
    return quick_weights, fit([g for g in groups if g[1].any()], l2)


def correct(pages: list[Page], quick_weights: Array, weights: Array) -> int:
    hits = 0
    for page in pages:
        full, positive = shortlisted(page, quick_weights)
        hits += bool(positive[int(np.argmax(full @ weights))])
    return hits


def block(name: str, names: list[str], weights: Array) -> str:
    rows = [f"    {weight:.3f},  # {label}" for label, weight in zip(names, weights, strict=True)]
    return "\n".join([f"{name}: tuple[float, ...] = (", *rows, ")\n"])


def paste(source: Path, name: str, text: str) -> None:
    content = source.read_text(encoding="utf-8")
    start = content.index(f"\n{name}: tuple[float, ...] = (") + 1
    end = content.index("\n)\n", start) + 3
    source.write_text(content[:start] + text + content[end:], encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--write", action="store_true", help="paste the weights into title.py")
    args = parser.parse_args()
    missing = data_missing("wcxb")
    if missing:
        print(missing, file=sys.stderr)
        return 2
    pages, read = load()
    fold_of = {site: i % args.folds for i, site in enumerate(sorted({p.site for p in pages}))}
    hits = 0
    for fold in range(args.folds):
        weights = train([p for p in pages if fold_of[p.site] != fold], args.l2)
        hits += correct([p for p in pages if fold_of[p.site] == fold], *weights)
    print(f"cross-validated: {hits}/{len(pages)} findable, {hits / read:.3f} of {read} pages")
    quick_weights, weights = train(pages, args.l2)
    print(f"fitted on all: {correct(pages, quick_weights, weights) / read:.3f} of pages")
    quick_block = block("QUICK_WEIGHTS", QUICK_FEATURES, quick_weights)
    full_block = block("WEIGHTS", QUICK_FEATURES + RICH_FEATURES, weights)
    print(quick_block, full_block, sep="\n")
    if args.write:
        source = Path(title.__file__)
        paste(source, "QUICK_WEIGHTS", quick_block)
        paste(source, "WEIGHTS", full_block)
        print(f"written to {source}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
