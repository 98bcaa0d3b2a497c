"""Learn the reporting-cue lexicon from PolNeAR train (never dev).

For each lemma, counts how often a token with it heads a gold Cue span and how
often it occurs at all; prints the lemmas that are cues often enough, as the
Python literal kept in ``newstrace/analyze/lexicon.py``. Takes a few minutes.

    python -m bench.learn_cues
"""

from __future__ import annotations

from collections import Counter

from bench.polnear import polnear_docs
from newstrace.analyze.nlp import load_nlp

MIN_CUES = 4
MIN_SHARE = 0.25


def main() -> None:
    nlp = load_nlp()
    docs = list(polnear_docs("train"))
    as_cue: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for gold, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
        cue_chars = set()
        for attribution in gold.attributions:
            for start, end in attribution.cue:
                cue_chars.update(range(start, end))
        for token in doc:
            if token.pos_ not in ("VERB", "NOUN", "ADJ"):
                continue
            key = f"{token.pos_}:{token.lemma_.lower()}"
            total[key] += 1
            if token.idx in cue_chars:
                as_cue[key] += 1
    for key, n in sorted(as_cue.items(), key=lambda kv: -kv[1]):
        share = n / total[key]
        if n >= MIN_CUES and share >= MIN_SHARE:
            print(f"{key}\t{n}\t{total[key]}\t{share:.2f}")


if __name__ == "__main__":
    main()
