"""Benchmark statements on PolNeAR dev (and the CofeNet sentence split of it).

    python -m bench.bench_statements [--limit N] [--split dev|train] [--no-sentences] [--json OUT]

Runs the `analyze --plain` equivalent (the Python API) on the dev text files,
so offsets match the brat annotations, and prints P/R/F1 for content, source
and cue by overlap and by exact span, recall by kind, direct quotes with the
right speaker, and the speed of analysis next to the bare spaCy parse of the
same texts in the same run (words per CPU second of this process, one core;
`analyze` includes reading and extracting the plain files). With sentences, also
the sentence-level exact span F1 on ``cofenet-sentences/valid.txt``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from bench.attribution_scoring import AttributionScore
from bench.datasets import data_missing
from bench.polnear import POLNEAR, polnear_docs
from bench.sentences import sentence_scores
from newstrace.analyze import nlp as nlp_module
from newstrace.api import analyze
from newstrace.records import Article

ROUNDS = 2


def evaluate_dev(limit: int | None = None, split: str = "dev") -> dict[str, Any]:
    docs = list(polnear_docs(split))[:limit]
    paths = [str(POLNEAR / split / "text" / f"{d.id}.txt") for d in docs]
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)
    nlp = nlp_module.load_nlp()
    list(analyze(paths[:1], plain=True))  # warm up: models load on first use
    # CPU time of this process, so that other work on the machine does not count;
    # the better of two alternating rounds each, so that warming up does not either.
    bare = full = float("inf")
    articles: list[Article] = []
    for _ in range(ROUNDS):
        start = time.process_time()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        bare = min(bare, time.process_time() - start)
        nlp_module.forget_parses()
        start = time.process_time()
        articles = list(analyze(paths, plain=True))
        full = min(full, time.process_time() - start)
        nlp_module.forget_parses()
    score = AttributionScore()
    for doc, article in zip(docs, articles, strict=True):
        if article.text != doc.text:
            raise SystemExit(f"{doc.id}: the analysed text differs from the annotated text")
        score.add(article, doc.attributions)
    result: dict[str, Any] = {"documents": len(docs), **score.report()}
    result["words"] = words
    result["bare parse words/s"] = round(words / bare)
    result["analyze words/s"] = round(words / full)
    result["cost over bare parse"] = round(full / bare - 1, 3)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N dev documents")
    parser.add_argument(
        "--split", default="dev", help="dev (reported) or train (for developing rules)"
    )
    parser.add_argument("--no-sentences", action="store_true", help="skip the sentence split")
    parser.add_argument("--json", metavar="OUT", help="also write the results here")
    args = parser.parse_args()
    missing = data_missing("polnear")
    if missing:
        print(missing, file=sys.stderr)
        return 1
    result = {f"polnear {args.split}": evaluate_dev(args.limit, args.split)}
    if not args.no_sentences:
        result["cofenet sentences (valid)"] = sentence_scores()
    text = json.dumps(result, indent=1)
    print(text)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            out.write(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
