"""Direct quotes with the right speaker: newstrace beside textacy on PolNeAR dev.

    pip install -e '.[compare]'        # textacy 0.13.0, only for this comparison
    python -m bench.textacy_quotes [--limit N] [--json OUT]

Issue 4 cites textacy's direct quotations with the same spaCy model at 0.83.
Both systems are scored here by `bench.attribution_scoring` in the same run, on
the same texts and parses: the F1 of direct quotes matched to gold direct
quotes with the right source, and the speaker accuracy on the direct quotes
that match a gold attribution (the measure that gives textacy its 0.83).
textacy refuses a document with an odd number of quote marks; such a document
gives it no quotes, as it would give a user.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from typing import Any

from bench.attribution_scoring import AttributionScore
from bench.datasets import data_missing
from bench.polnear import POLNEAR, GoldDoc, polnear_docs
from newstrace.analyze import nlp as nlp_module
from newstrace.api import analyze, extract_text
from newstrace.records import Article, Span, Statement

_KEYS = (
    "direct right speaker P",
    "direct right speaker R",
    "direct right speaker F1",
    "direct speaker accuracy",
)


def textacy_articles(docs: list[GoldDoc]) -> tuple[list[Article], int]:
    """textacy's direct quotations as Articles, and how many documents it refused."""
    from textacy.extract.triples import direct_quotations

    nlp = nlp_module.load_nlp()
    articles, refused = [], 0
    for gold, doc in zip(docs, nlp.pipe([d.text for d in docs], batch_size=16), strict=True):
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # "unclosed quotation": textacy bails out on the document
            refused += 1
            triples = []
        statements = tuple(
            Statement(
                kind="direct",
                content=(Span(t.content.start_char, t.content.end_char),),
                source=Span(t.speaker[0].idx, t.speaker[-1].idx + len(t.speaker[-1])),
                cue=Span(t.cue[0].idx, t.cue[-1].idx + len(t.cue[-1])),
            )
            for t in triples
            if t.speaker and t.cue
        )
        articles.append(replace(extract_text(gold.text, plain=True), statements=statements))
    return articles, refused


def compare(limit: int | None = None) -> dict[str, Any]:
    docs = list(polnear_docs("dev"))[:limit]
    paths = [str(POLNEAR / "dev" / "text" / f"{d.id}.txt") for d in docs]
    ours = list(analyze(paths, plain=True))
    theirs, refused = textacy_articles(docs)
    result: dict[str, Any] = {"documents": len(docs), "textacy refused documents": refused}
    for name, articles in (("newstrace", ours), ("textacy", theirs)):
        score = AttributionScore()
        for doc, article in zip(docs, articles, strict=True):
            score.add(article, doc.attributions)
        report = score.report()
        result[name] = {key: report[key] for key in _KEYS}
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N dev documents")
    parser.add_argument("--json", metavar="OUT", help="also write the results here")
    args = parser.parse_args()
    missing = data_missing("polnear")
    if missing:
        print(missing, file=sys.stderr)
        return 1
    try:
        import textacy  # noqa: F401
    except ImportError:
        print("textacy is not installed: pip install -e '.[compare]'", file=sys.stderr)
        return 1
    result = compare(args.limit)
    refused = result["textacy refused documents"]
    print(f"documents: {result['documents']} (textacy refused {refused})")
    print(f"{'':28}{'newstrace':>12}{'textacy':>12}")
    for key in _KEYS:
        print(f"{key:28}{result['newstrace'][key]:>12}{result['textacy'][key]:>12}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(result, out, indent=2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
