"""Sentence-level exact span F1 on PolNeAR dev as CofeNet splits it (BIO tags).

The tokens are joined back into text (PTB quote marks as curly quotes, no space
before punctuation and clitics), each sentence is analysed alone, and the
predicted source, cue and content spans are projected onto the tokens they
overlap; a direct quote's span takes in its quote marks and the punctuation
inside them, as the tags do. A span counts when its role, first and last
token equal a gold span's (CofeNet's exact match).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from bench.polnear import POLNEAR
from newstrace.analyze.step import FindStatements
from newstrace.extract.step import plain_article
from newstrace.records import Article, Span

__all__ = ["sentence_scores"]

_SWAP = {"``": "“", "''": "”", "`": "‘", "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]",
         "-LCB-": "{", "-RCB-": "}", "--": "—"}  # fmt: skip
_NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", "%", ")", "]", "}", "”", "'", "’", "...",
                    "'s", "n't", "'re", "'ve", "'ll", "'m", "'d"}  # fmt: skip
_NO_SPACE_AFTER = {"“", "(", "[", "{", "$", "‘"}
_MARKS = "“”‘’\"'"
_BATCH = 64


def _detokenize(tokens: list[str]) -> tuple[str, list[Span]]:
    text, spans = "", []
    previous = ""
    for token in tokens:
        word = _SWAP.get(token, token)
        if text and word not in _NO_SPACE_BEFORE and previous not in _NO_SPACE_AFTER:
            text += " "
        spans.append(Span(len(text), len(text) + len(word)))
        text += word
        previous = word
    return text, spans


def _bio_spans(labels: list[str]) -> set[tuple[str, int, int]]:
    found, role, start = set(), None, 0
    for i, label in enumerate([*labels, "O"]):
        if label.startswith("B-") or label == "O" or (label.startswith("I-") and label[2:] != role):
            if role is not None:
                found.add((role, start, i - 1))
            role, start = (label[2:], i) if label != "O" else (None, i)
    return found


def _project(span: Span, tokens: list[Span]) -> tuple[int, int] | None:
    hit = [i for i, t in enumerate(tokens) if t.start < span.end and span.start < t.end]
    return (hit[0], hit[-1]) if hit else None


def _with_marks(first: int, last: int, words: list[str]) -> tuple[int, int]:
    """A direct quote's tokens with the marks around them and the punctuation inside."""
    while last + 1 < len(words) and words[last + 1] in (",", ".", "?", "!", "--", ":"):
        if last + 2 < len(words) and words[last + 2] in _MARKS:
            last += 1
        else:
            break
    if last + 1 < len(words) and words[last + 1] in _MARKS:
        last += 1
    if first > 0 and words[first - 1] in _MARKS:
        first -= 1
    return first, last


def _predicted(article: Article, tokens: list[Span], words: list[str]) -> set[tuple[str, int, int]]:
    found = set()
    for statement in article.statements:
        for role, spans in (
            ("source", [statement.source]),
            ("cue", [statement.cue]),
            ("content", list(statement.content)),
        ):
            for span in spans:
                if span is None:
                    continue
                hit = _project(span, tokens)
                if hit is None:
                    continue
                if role == "content" and statement.kind != "indirect":
                    hit = _with_marks(*hit, words)
                found.add((role, *hit))
    return found


def sentence_scores() -> dict[str, Any]:
    """Exact span P/R/F1 per role over the sentences of ``cofenet-sentences/valid.txt``."""
    path = POLNEAR / "cofenet-sentences" / "valid.txt"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    step = FindStatements()
    counts: Counter[str] = Counter()
    for begin in range(0, len(rows), _BATCH):
        batch = rows[begin : begin + _BATCH]
        made = [_detokenize(row["tokens"]) for row in batch]
        # The sentences are English; a sentence is too short to detect that reliably.
        articles = [
            Article(**{**_fields(plain_article(text, row["id"])), "language": "en"})
            for row, (text, _) in zip(batch, made, strict=True)
        ]
        for row, (_, tokens), article in zip(batch, made, step.run_many(articles), strict=True):
            words = [_SWAP.get(w, w) for w in row["tokens"]]
            gold = _bio_spans(row["labels"])
            pred = _predicted(article, tokens, words)
            for role in ("source", "cue", "content"):
                g = {s for s in gold if s[0] == role}
                p = {s for s in pred if s[0] == role}
                counts[f"{role} tp"] += len(g & p)
                counts[f"{role} gold"] += len(g)
                counts[f"{role} pred"] += len(p)
    result: dict[str, Any] = {"sentences": len(rows)}
    for role in ("source", "cue", "content"):
        tp, gold, pred = counts[f"{role} tp"], counts[f"{role} gold"], counts[f"{role} pred"]
        p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
        result[f"{role} exact F1"] = round(100 * (2 * p * r / (p + r) if p + r else 0.0), 1)
        result[f"{role} P"] = round(100 * p, 1)
        result[f"{role} R"] = round(100 * r, 1)
    result["CofeNet (BERT, test split) source / cue / content"] = "83.2 / 75.3 / 72.9"
    return result


def _fields(article: Article) -> dict[str, Any]:
    return {name: getattr(article, name) for name in article.__slots__}  # type: ignore[attr-defined]
