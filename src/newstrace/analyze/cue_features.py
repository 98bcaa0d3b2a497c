"""Features of a verb for the learned cue model (`cue_model`), from its parse alone.

Shared by the model at run time and by ``bench/learn_cue_model.py``, which
learns the weights on PolNeAR train, so the two always agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["cue_features"]

_ARGUMENTS = ("ccomp", "xcomp", "dobj", "dative", "prep", "advcl", "prt", "agent")


def cue_features(token: Token) -> list[str]:
    """Names of the features of `token` (a verb) as a possible reporting cue."""
    lemma = token.lemma_.lower()
    children = list(token.children)
    deps = {c.dep_ for c in children}
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    features = [
        f"lemma={lemma}",
        f"dep={token.dep_}",
        f"tag={token.tag_}",
        f"lemma|dep={lemma}|{token.dep_}",
    ]
    for dep in _ARGUMENTS:
        if dep in deps:
            features.append(f"has={dep}")
            features.append(f"lemma|has={lemma}|{dep}")
    for child in children:
        if child.dep_ == "prep":
            features.append(f"lemma|prep={lemma}|{child.lower_}")
        elif child.dep_ == "prt":
            features.append(f"lemma|prt={lemma}|{child.lower_}")
        elif child.dep_ == "ccomp" and any(m.lower_ == "that" for m in child.children):
            features.append("that-clause")
    if subject is None:
        features.append("no-subject")
    else:
        kind = subject.ent_type_ or subject.pos_
        features.append(f"subject={kind}")
        features.append(f"subject-word={subject.lower_}" if subject.pos_ == "PRON" else "")
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
        features.append("infinitive")
    features.append(f"head-dep={token.head.dep_}" if token.head.i != token.i else "root")
    return [f for f in features if f]
