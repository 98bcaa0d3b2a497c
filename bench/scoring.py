"""Scoring used by the benchmarks and the accuracy gates.

Body: the ScrapingHub article-extraction benchmark's metric. Text is split into
``\\w+`` tokens (case kept), 4-token shingles are compared as multisets;
precision is averaged over pages with a prediction, recall over pages with a
ground truth (an empty prediction scores recall 0), and F1 is taken from the two
averages.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

__all__ = [
    "BodyScore",
    "MetadataScore",
    "author_matches",
    "day_matches",
    "shingles",
    "title_matches",
]

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[str]:
    tokens = _TOKEN.findall(text or "")
    return Counter(
        " ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens
    )


@dataclass
class BodyScore:
    """Accumulates per-page body precision and recall; `f1` from the averages."""

    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)

    def add(self, truth: str, prediction: str) -> tuple[float | None, float | None]:
        true, pred = shingles(truth), shingles(prediction)
        overlap = sum((true & pred).values())
        precision = recall = None
        if pred:
            precision = overlap / sum(pred.values())
            self.precisions.append(precision)
        if true:
            recall = overlap / sum(true.values())
            self.recalls.append(recall)
        return precision, recall

    @property
    def precision(self) -> float:
        return sum(self.precisions) / len(self.precisions) if self.precisions else 0.0

    @property
    def recall(self) -> float:
        return sum(self.recalls) / len(self.recalls) if self.recalls else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(text.split())


def title_matches(truth: str, predicted: str | None) -> bool:
    """Exact title match after normalising whitespace, quotes and dashes."""
    return predicted is not None and _norm(truth) == _norm(predicted)


_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\|)\s*", re.IGNORECASE)


def _name_key(name: str) -> str:
    return "".join(ch for ch in _norm(name).casefold() if ch.isalnum())


def author_matches(truth: str, predicted: list[str] | tuple[str, ...]) -> bool:
    """The predicted authors name the ground truth's first author and nobody else.

    Ground truths keep credentials ("Dylan Bailey, MS, RD"); a prediction that
    drops them still matches. Case and punctuation are ignored.
    """
    if not predicted:
        return False
    truth_key = _name_key(truth)
    first = _name_key(_NAME_SPLIT.split(truth.strip())[0])
    keys = [_name_key(name) for name in predicted]
    return all(key and key in truth_key for key in keys) and first in keys


def day_matches(truth: str, predicted: str | None) -> bool:
    """The predicted ISO timestamp falls on the ground truth's day (YYYY-MM-DD)."""
    return predicted is not None and predicted[:10] == truth[:10]


@dataclass
class MetadataScore:
    """Title, author and publish-day accuracy over the pages whose truth has each, and
    how often an author or a date is returned where the truth has none."""

    counts: Counter[str] = field(default_factory=Counter)

    def add(
        self,
        truth_title: str | None,
        truth_author: str | None,
        truth_day: str | None,
        title: str | None,
        authors: list[str] | tuple[str, ...],
        published: str | None,
    ) -> bool | None:
        """Count one page; return whether its day is right (None when the truth has none)."""
        counts = self.counts
        if truth_title:
            counts["titled"] += 1
            counts["title"] += title_matches(truth_title, title)
        if truth_author:
            counts["authored"] += 1
            counts["author"] += author_matches(truth_author, authors)
        else:
            counts["unauthored"] += 1
            counts["author_where_none"] += bool(authors)
        if not truth_day:
            counts["undated"] += 1
            counts["date_where_none"] += published is not None
            return None
        right = day_matches(truth_day, published)
        counts["dated"] += 1
        counts["day"] += right
        return right

    def result(self) -> dict[str, float]:
        counts = self.counts

        def share(part: str, whole: str) -> float:
            return round(counts[part] / max(1, counts[whole]), 4)

        return {
            "title_exact": share("title", "titled"),
            "author": share("author", "authored"),
            "author_where_none": share("author_where_none", "unauthored"),
            "publish_day": share("day", "dated"),
            "date_where_none": share("date_where_none", "undated"),
        }
