"""Scoring predicted statements against PolNeAR gold attributions.

A predicted statement matches a gold attribution when their contents overlap
by at least half of the shorter (one-to-one, best overlap first). Content,
source and cue are scored by overlap (the same half-of-the-shorter rule) and
by exact span after trimming quote marks, punctuation and spaces.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from bench.polnear import GoldAttribution, Pieces, gold_kind
from newstrace.records import Article, Statement

__all__ = ["AttributionScore", "overlap_enough", "trimmed_text"]

_TRIM = " \t\n\r.,;:!?\"“”„«»‘’'—–-()[]"


def _chars(pieces: Pieces) -> set[int]:
    return {i for start, end in pieces for i in range(start, end)}


def overlap_enough(a: Pieces, b: Pieces) -> bool:
    """True when `a` and `b` share at least half of the shorter's characters."""
    ca, cb = _chars(a), _chars(b)
    if not ca or not cb:
        return False
    return len(ca & cb) * 2 >= min(len(ca), len(cb))


def trimmed_text(text: str, pieces: Pieces) -> str:
    return " ".join(" ".join(text[s:e] for s, e in pieces).strip(_TRIM).split())


def _pieces(statement: Statement) -> dict[str, Pieces]:
    return {
        "content": tuple((s.start, s.end) for s in statement.content),
        "source": ((statement.source.start, statement.source.end),) if statement.source else (),
        "cue": ((statement.cue.start, statement.cue.end),) if statement.cue else (),
    }


def _earlier_source(article: Article, i: int, name: str) -> Pieces | None:
    """The source of the last statement before statement `i` whose speaker is `name`."""
    start = article.statements[i].content[0].start
    earlier = [
        s
        for s in article.statements
        if s.speaker.name == name and s.source is not None and s.content[0].start < start
    ]
    if not earlier:
        return None
    last = max(earlier, key=lambda s: s.content[0].start)
    return ((last.source.start, last.source.end),)  # type: ignore[union-attr]


def _gold_pieces(gold: GoldAttribution) -> dict[str, Pieces]:
    return {"content": gold.content, "source": gold.source, "cue": gold.cue}


@dataclass
class AttributionScore:
    """Counts over documents; `report` turns them into P/R/F1."""

    counts: Counter[str] = field(default_factory=Counter)

    def add(self, article: Article, golds: tuple[GoldAttribution, ...]) -> None:
        text = article.text
        preds = [_pieces(s) for s in article.statements]
        gold = [_gold_pieces(g) for g in golds]
        kinds = [gold_kind(text, g.content) for g in golds]
        pairs = []
        for i, p in enumerate(preds):
            for j, g in enumerate(gold):
                if overlap_enough(p["content"], g["content"]):
                    shared = len(_chars(p["content"]) & _chars(g["content"]))
                    pairs.append((shared, i, j))
        taken_p: set[int] = set()
        taken_g: set[int] = set()
        matches = []
        for _, i, j in sorted(pairs, reverse=True):
            if i not in taken_p and j not in taken_g:
                taken_p.add(i)
                taken_g.add(j)
                matches.append((i, j))
        c = self.counts
        for role in ("content", "source", "cue"):
            c[f"pred {role}"] += sum(1 for p in preds if p[role])
            c[f"gold {role}"] += sum(1 for g in gold if g[role])
            exact_gold = Counter(trimmed_text(text, g[role]) for g in gold if g[role])
            exact_pred = Counter(trimmed_text(text, p[role]) for p in preds if p[role])
            if role == "content":
                c["overlap content"] += len(matches)
                c["exact content"] += sum((exact_gold & exact_pred).values())
                continue
            for i, j in matches:
                p, g = preds[i][role], gold[j][role]
                if p and g and overlap_enough(p, g):
                    c[f"overlap {role}"] += 1
                if p and g and trimmed_text(text, p) == trimmed_text(text, g):
                    c[f"exact {role}"] += 1
        for kind in kinds:
            c[f"gold kind {kind}"] += 1
        for _, j in matches:
            c[f"found kind {kinds[j]}"] += 1
        self._direct_speaker(article, preds, gold, kinds, matches)

    def _direct_speaker(self, article, preds, gold, kinds, matches) -> None:  # type: ignore[no-untyped-def]
        """Direct quotes with the right speaker, counted two ways.

        F1: a predicted direct quote matched to a gold direct one whose source it
        shares. Accuracy: of the predicted direct quotes that match a gold
        attribution of any kind, the share whose speaker is right (the measure under
        which textacy scores the 0.83 issue 4 cites; `bench.textacy_quotes`).
        """
        c = self.counts
        c["pred direct"] += sum(1 for s in article.statements if s.kind == "direct")
        c["gold direct"] += sum(1 for k in kinds if k == "direct")
        for i, j in matches:
            if article.statements[i].kind != "direct":
                continue
            right = self._same_speaker(article, preds[i], gold[j], i)
            c["direct matched"] += 1
            c["direct matched right speaker"] += right
            if kinds[j] == "direct" and right:
                c["direct right speaker"] += 1

    @staticmethod
    def _same_speaker(
        article: Article, pred: dict[str, Pieces], gold: dict[str, Pieces], i: int
    ) -> bool:
        if pred["source"] and gold["source"]:
            return overlap_enough(pred["source"], gold["source"])
        name = article.statements[i].speaker.name
        if not gold["source"]:
            # Gold leaves the quote unattributed: right only when we name no one either.
            return not pred["source"] and not name
        # A quote with no source of its own: right when its speaker is named in the gold
        # source, or when the gold source is where an earlier statement of the same
        # speaker names them ("he tweeted" one paragraph up).
        if not name:
            return False
        written = trimmed_text(article.text, gold["source"])
        if name.split()[-1] in written:
            return True
        source = _earlier_source(article, i, name)
        return source is not None and overlap_enough(source, gold["source"])

    def report(self) -> dict[str, float | int]:
        c = self.counts
        out: dict[str, float | int] = {}
        for mode in ("overlap", "exact"):
            for role in ("content", "source", "cue"):
                tp, pred, gold = c[f"{mode} {role}"], c[f"pred {role}"], c[f"gold {role}"]
                p = tp / pred if pred else 0.0
                r = tp / gold if gold else 0.0
                out[f"{mode} {role} P"] = round(p, 3)
                out[f"{mode} {role} R"] = round(r, 3)
                out[f"{mode} {role} F1"] = round(2 * p * r / (p + r) if p + r else 0.0, 3)
        for kind in ("direct", "mixed", "indirect"):
            gold = c[f"gold kind {kind}"]
            out[f"recall {kind}"] = round(c[f"found kind {kind}"] / gold, 3) if gold else 0.0
            out[f"gold {kind}"] = gold
        tp, pred, gold = c["direct right speaker"], c["pred direct"], c["gold direct"]
        p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
        out["direct right speaker P"] = round(p, 3)
        out["direct right speaker R"] = round(r, 3)
        out["direct right speaker F1"] = round(2 * p * r / (p + r) if p + r else 0.0, 3)
        matched = c["direct matched"]
        out["direct speaker accuracy"] = (
            round(c["direct matched right speaker"] / matched, 3) if matched else 0.0
        )
        out["gold attributions"] = c["gold content"]
        out["predicted statements"] = c["pred content"]
        return out
