"""Choose the cue model's C and threshold by publisher-grouped cross-validation on train.

For each publisher in PolNeAR train, the model (`learn_cue_model`) is learnt on
the other publishers' verbs, and that publisher's articles are analysed with
it; the statements of all folds are scored together (`AttributionScore`,
overlap F1 of content, source and cue). One line per C and threshold. Scores
on train itself are in-sample for the model and favour a weakly regularised,
low threshold; held-out publishers are what unseen sites look like. Never
reads dev. Takes several minutes (parses come from the learner's cache).

    python -m bench.cue_model_cv [--c 0.1 0.3 1 3] [--thresholds 0.4 0.45 0.5]
"""

from __future__ import annotations

import argparse
from unittest import mock

from bench.attribution_scoring import AttributionScore
from bench.learn_cue_model import examples, fit, train_parses
from bench.polnear import POLNEAR, polnear_docs
from newstrace.analyze import cue_model, cue_verbs, cue_weights
from newstrace.analyze import nlp as nlp_module
from newstrace.api import analyze


def _publisher(doc_id: str) -> str:
    return doc_id.split("_")[0]


def _fold_models(c: float) -> dict[str, tuple[float, dict[str, float]]]:
    """Bias and weights learnt without each publisher, by publisher."""
    rows, labels, ids = examples()
    models = {}
    for held_out in sorted({_publisher(i) for i in ids}):
        keep = [k for k, i in enumerate(ids) if _publisher(i) != held_out]
        bias, weights, _ = fit([rows[k] for k in keep], [labels[k] for k in keep], c)
        models[held_out] = (bias, dict(weights))
    return models


def _score(models: dict[str, tuple[float, dict[str, float]]], threshold: float) -> dict[str, float]:
    golds = list(polnear_docs("train"))
    score = AttributionScore()
    with mock.patch.object(cue_verbs, "CUE_THRESHOLD", threshold):
        for gold, doc in zip(golds, train_parses(), strict=True):
            bias, weights = models[_publisher(gold.id)]
            nlp_module._remember(gold.text, doc)  # the parse cache: analyse the stored parse
            with (
                mock.patch.object(cue_weights, "BIAS", bias),
                mock.patch.object(cue_model, "_weights", lambda w=weights: w),
            ):
                article = next(
                    iter(analyze([str(POLNEAR / "train" / "text" / f"{gold.id}.txt")], plain=True))
                )
            score.add(article, gold.attributions)
    counts = score.counts
    return {
        role: 2 * counts[f"overlap {role}"] / (counts[f"pred {role}"] + counts[f"gold {role}"])
        for role in ("content", "source", "cue")
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, nargs="+", default=[0.1, 0.3, 1.0, 3.0])
    parser.add_argument("--thresholds", type=float, nargs="+", default=[0.4, 0.45, 0.5])
    args = parser.parse_args()
    for c in args.c:
        models = _fold_models(c)
        for threshold in args.thresholds:
            f1 = _score(models, threshold)
            print(
                f"C={c:g} threshold={threshold:g}: content {f1['content']:.4f} "
                f"source {f1['source']:.4f} cue {f1['cue']:.4f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
