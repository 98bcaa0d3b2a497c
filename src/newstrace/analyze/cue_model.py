"""The learned cue model: how likely a verb is to report speech or stance.

A logistic regression over `cue_features`, learned on PolNeAR train by
``bench/learn_cue_model.py``; its weights are in `cue_weights`. It finds the
cues a word list misses ("called for", "pushed back", "slammed") from the
verb's lemma together with its arguments and subject.
"""

from __future__ import annotations

from functools import cache
from math import exp
from typing import TYPE_CHECKING

from newstrace.analyze import cue_weights
from newstrace.analyze.cue_features import cue_features

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["cue_probability"]


@cache
def _weights() -> dict[str, float]:
    words = cue_weights.WEIGHTS.split()
    return {name: float(weight) for name, weight in zip(words[::2], words[1::2], strict=True)}


def cue_probability(token: Token) -> float:
    """The model's probability that verb `token` is a reporting cue."""
    weights = _weights()
    score = cue_weights.BIAS + sum(weights.get(name, 0.0) for name in cue_features(token))
    return 1.0 / (1.0 + exp(-score))
