"""Learn the cue model (which verbs report speech or stance) on PolNeAR train.

A logistic regression over `cue_features` of every verb; a verb is a cue when
it lies inside a gold Cue span. Writes ``src/newstrace/analyze/cue_weights.py``
(weights under a floor are dropped). Never reads dev. Takes a few minutes.

    python -m bench.learn_cue_model
"""

from __future__ import annotations

import os
import tempfile
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from bench.polnear import polnear_docs
from newstrace.analyze.cue_features import cue_features
from newstrace.analyze.nlp import load_nlp

if TYPE_CHECKING:
    from spacy.tokens import Doc

OUT = Path(__file__).resolve().parents[1] / "src" / "newstrace" / "analyze" / "cue_weights.py"
CACHE = Path(
    os.environ.get("NEWSTRACE_CUE_CACHE", Path(tempfile.gettempdir()) / "cue-train-parses.spacy")
)
MIN_WEIGHT = 0.3
MIN_COUNT = 5
C = 1.0


def _parses(texts: list[str]) -> list[Doc]:
    """The parses of the train texts; kept in CACHE between runs, so that a change of
    features needs no new parse."""
    from spacy.tokens import DocBin

    nlp = load_nlp()
    if CACHE.exists():
        docs = list(DocBin().from_disk(CACHE).get_docs(nlp.vocab))
        if [d.text for d in docs] == texts:
            return docs
    docs = list(nlp.pipe(texts))
    store = DocBin(store_user_data=False)
    for doc in docs:
        store.add(doc)
    store.to_disk(CACHE)
    return docs


def examples() -> tuple[list[dict[str, int]], list[bool], list[str]]:
    """Features and labels of every verb in train, with the id of its article."""
    golds = list(polnear_docs("train"))
    rows, labels, ids = [], [], []
    for gold, doc in zip(golds, train_parses(), strict=True):
        cue_chars = {i for a in gold.attributions for s, e in a.cue for i in range(s, e)}
        for token in doc:
            if token.pos_ != "VERB":
                continue
            rows.append(dict.fromkeys(cue_features(token), 1))
            labels.append(token.idx in cue_chars)
            ids.append(gold.id)
    return rows, labels, ids


def train_parses() -> list[Doc]:
    """The parses of the train texts, in `polnear_docs` order."""
    return _parses([g.text for g in polnear_docs("train")])


def fit(
    rows: list[dict[str, int]], labels: list[bool], c: float = C
) -> tuple[float, list[tuple[str, float]], int]:
    """The model's bias, its weights of at least MIN_WEIGHT by feature name, and how many
    features it was learnt over."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    counts: dict[str, int] = {}
    for row in rows:
        for name in row:
            counts[name] = counts.get(name, 0) + 1
    rows = [{k: v for k, v in row.items() if counts[k] >= MIN_COUNT} for row in rows]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=c, max_iter=2000, class_weight={True: 1.5, False: 1.0})
    model.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    kept = [
        (str(n), float(w))
        for n, w in zip(names, model.coef_[0], strict=True)
        if abs(w) >= MIN_WEIGHT and " " not in n
    ]
    return float(model.intercept_[0]), sorted(kept), len(names)


def main() -> None:
    rows, labels, _ = examples()
    bias, kept, learnt_over = fit(rows, labels)
    pairs = " ".join(f"{n} {w:.2f}" for n, w in kept)
    body = textwrap.fill(pairs, 96, break_long_words=False, break_on_hyphens=False)
    OUT.write_text(
        '"""Weights of the learned cue model, written by ``bench/learn_cue_model.py``.\n\n'
        f"Logistic regression on PolNeAR train verbs; {len(kept)} features of "
        f"{learnt_over} kept (|weight| >= {MIN_WEIGHT}).\n"
        '"""\n\n'
        f"BIAS = {bias:.3f}\n\n"
        f'WEIGHTS = """\n{body}\n"""\n',
        encoding="utf-8",
    )
    positives = sum(labels)
    print(f"{len(rows)} verbs, {positives} cues, {len(kept)} weights written to {OUT}")


if __name__ == "__main__":
    main()
