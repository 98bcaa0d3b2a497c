"""Benchmark the figures step on NewsQuant, beside quantulum3 in the same run.

    python -m bench.bench_figures [--json OUT] [--errors N] [--recognizers]

Each of the 590 NewsQuant sentences is analysed as a plain body (extraction,
then the figures step). Scores follow the set's publishers (CQE_Evaluation,
evaluate_models.py): a gold quantity is found when a prediction has the same
value (ranges as pairs, ``numpy.isclose`` tolerance); value+unit also needs
the normalised unit, value+change the change (``=``, ``~``, ``>``, ``<``,
``up``, ``down``), value+concept a word in common with the gold concepts
(partial) or the same word set (complete). Precision divides by all
predictions, recall by all gold quantities. Our units are mapped to the set's
unit names by `newsquant_unit`; quantulum3's by `quantulum_name`.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bench.datasets import DATA, data_missing
from bench.newsquant_names import UNIT_NAMES, quantulum_name
from newstrace.analyze.figures import FindFigures
from newstrace.analyze.figures.counted import holder_of
from newstrace.analyze.figures.find import converts
from newstrace.analyze.figures.numbers import magnitude_bounds
from newstrace.analyze.nlp import parse
from newstrace.extract.step import plain_article
from newstrace.records import Figure

NEWSQUANT = DATA / "newsquant" / "NewsQuant.json"
MEASURES = ("value", "value+unit", "value+change", "value+concept_partial")
MEASURES += ("value+concept_complete",)

_STOP = {"a", "an", "the", "of", "its", "their", "his", "her", "our", "this", "that", "these"}


@dataclass
class Tally:
    """Counts for the publishers' P/R/F1 of one system."""

    gold: int = 0
    predicted: int = 0
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MEASURES, 0))

    def add(self, other: Tally) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        for measure in MEASURES:
            self.correct[measure] += other.correct[measure]

    def perfect(self) -> bool:
        hits = self.correct["value+unit"]
        return hits == self.gold == self.predicted and self.correct["value+change"] >= hits

    def scores(self) -> dict[str, dict[str, float]]:
        out = {}
        for measure in MEASURES:
            hits = self.correct[measure]
            p = hits / self.predicted if self.predicted else 0.0
            r = hits / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out[measure] = {"P": round(p, 4), "R": round(r, 4), "F1": round(f, 4)}
        return out


def _value_of(raw: Any) -> float | tuple[float, float]:
    if isinstance(raw, tuple):
        return float(raw[0]), float(raw[1])
    if isinstance(raw, str) and "E" not in raw and not raw.startswith("-") and "-" in raw:
        low, high = raw.split("-")[:2]
        return float(low), float(high)
    return float(raw)


def _same_value(gold: float | tuple[float, float], ours: float | tuple[float, float]) -> bool:
    if isinstance(gold, tuple) != isinstance(ours, tuple):
        return False
    if isinstance(gold, tuple) and isinstance(ours, tuple):
        return _close(gold[0], ours[0]) and _close(gold[1], ours[1])
    assert isinstance(gold, float) and isinstance(ours, float)
    return _close(gold, ours)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-08 + 1e-05 * abs(b)


def score_sentence(
    tally: Tally, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> None:
    """Add one sentence to `tally`, matching as the publishers' `calculate_metrics` does."""
    tally.gold += len(gold)
    tally.predicted += len(predicted)
    left = sorted(predicted, key=lambda q: q["normalized_unit"])
    value_budget = len(gold)
    for quantity in sorted(gold, key=lambda q: q["normalized_unit"]):
        gold_value = _value_of(quantity["value"])
        gold_unit = quantity["normalized_unit"].lower()
        gold_concepts = {w.lower() for w in quantity["referred_concepts"].replace(",", " ").split()}
        for ours in left:
            if not _same_value(gold_value, _value_of(ours["value"])):
                continue
            if value_budget > 0:
                tally.correct["value"] += 1
                value_budget -= 1
            tally.correct["value+change"] += ours.get("change") == quantity["change"]
            concepts = {w.lower() for w in ours.get("referred_concepts", [])}
            common = gold_concepts & concepts
            tally.correct["value+concept_partial"] += bool(common)
            tally.correct["value+concept_complete"] += (
                len(common) == len(gold_concepts) == len(concepts)
            )
            if ours["normalized_unit"].lower() == gold_unit:
                tally.correct["value+unit"] += 1
                left.remove(ours)
                break


def newsquant_unit(figure: Figure, text: str) -> str:
    """Our unit in the set's vocabulary; a counted noun phrase by its lemmas."""
    unit = figure.unit
    if unit is None:
        return "-"
    if unit in UNIT_NAMES:
        return UNIT_NAMES[unit]
    if "/" in unit and unit not in ("km/h", "m/s", "Mbit/s"):
        base, per = unit.split("/", 1)
        return f"{UNIT_NAMES.get(base, base)} per {UNIT_NAMES.get(per, per)}"
    if figure.counted is not None:
        doc = parse(text)
        phrase = doc.char_span(figure.counted.start, figure.counted.end, alignment_mode="expand")
        if phrase is not None:
            return " ".join(t.lemma_ for t in phrase if t.lower_ not in _STOP and not t.is_punct)
    return unit


def _is_count_noun(unit: str) -> bool:
    return unit not in UNIT_NAMES and unit.split("/")[0] not in UNIT_NAMES


def as_newsquant(figure: Figure, text: str) -> dict[str, Any]:
    value: float | tuple[float, float]
    if figure.low is not None and figure.high is not None:
        value = (figure.low, figure.high)
    elif figure.value is not None:
        value = figure.value
    else:
        bounds = magnitude_bounds(figure.magnitude or "")
        value = bounds if bounds is not None else math.nan
    counted = figure.counted.of(text).split() if figure.counted else []
    is_count = figure.unit is not None and _is_count_noun(figure.unit)
    holder = holder_of(parse(text), figure.span)
    held = holder.of(text).split() if holder is not None else []
    # for a count the set's concept is what has the count; the counted noun is its unit
    concepts = held if is_count else counted + [w for w in held if w not in counted]
    concepts = [w.strip("()[]{},;:\"'") for w in concepts]
    concepts = [w for w in concepts if w] or ["-"]
    return {
        "value": value,
        "normalized_unit": newsquant_unit(figure, text),
        "change": figure.qualifier,
        "referred_concepts": [w for w in concepts if w.lower() not in _STOP],
    }


def as_newsquant_all(figures: tuple[Figure, ...], text: str) -> list[dict[str, Any]]:
    """All figures of a text; a conversion ("100 km (60 miles)") keeps the concept before it."""
    out: list[dict[str, Any]] = []
    for index, figure in enumerate(figures):
        quantity = as_newsquant(figure, text)
        if index and out and converts(text, figures[index - 1], figure):
            quantity["referred_concepts"] = out[-1]["referred_concepts"]
        out.append(quantity)
    return out


def quantulum_quantities(text: str) -> list[dict[str, Any]]:
    from quantulum3 import classifier, parser

    # its pickled unit classifier does not load under the locked scikit-learn, and
    # retraining needs the `stemming` package: use its heuristic disambiguation
    classifier.USE_CLF = False

    out = []
    for quantity in parser.parse(text):
        unit = quantity.unit.name.lower()
        out.append(
            {
                "value": float(quantity.value),
                "normalized_unit": quantulum_name(unit),
                "change": "=",
                "referred_concepts": [],
            }
        )
    return out


def _average_ranges(gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The publishers score quantulum3, which gives no ranges, against range midpoints."""
    out = []
    for quantity in gold:
        value = _value_of(quantity["value"])
        if isinstance(value, tuple):
            quantity = {**quantity, "value": str((value[0] + value[1]) / 2)}
        out.append(quantity)
    return out


def _show(text: str, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> None:
    print(text, file=sys.stderr)
    for label, quantities in (("gold", gold), ("ours", predicted)):
        for q in quantities:
            fields = (q["change"], q["value"], q["normalized_unit"], q["referred_concepts"])
            print(f"  {label}", *fields, sep=" | ", file=sys.stderr)


def load_newsquant() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(NEWSQUANT.read_text(encoding="utf-8"))
    return data


RECOGNIZERS_SETS = ("currency-model", "dimension-model", "age-model", "temperature-model")


def load_recognizers_set(name: str) -> list[dict[str, Any]]:
    """One of the Recognizers-Text test sets beside NewsQuant (value and unit only)."""
    path = NEWSQUANT.parent / f"{name}.json"
    data: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    for item in data:
        for quantity in item["quantities"]:
            quantity.setdefault("change", "=")
            quantity.setdefault("referred_concepts", "-")
    return data


def _print_table(title: str, result: dict[str, Any], measures: tuple[str, ...]) -> None:
    print(f"{title}: {result['sentences']} sentences, {result['gold_quantities']} quantities")
    systems = ["newstrace"] + (["quantulum3"] if "quantulum3" in result else [])
    print(f"{'measure':24}" + "".join(f"{s:>28}" for s in systems))
    for measure in measures:
        cells = ["P {P:.3f} R {R:.3f} F1 {F1:.3f}".format(**result[s][measure]) for s in systems]
        print(f"{measure:24}" + "".join(f"{c:>28}" for c in cells))


def evaluate(
    sentences: Iterable[dict[str, Any]], *, quantulum: bool = True, errors: int = 0
) -> dict[str, Any]:
    items = list(sentences)
    step = FindFigures()
    ours, theirs = Tally(), Tally()
    timing = {"extract": 0.0, "parse": 0.0, "figures": 0.0, "quantulum3": 0.0}
    shown = 0
    for item in items:
        text = item["text"]
        start = time.perf_counter()
        article = plain_article(text, "newsquant")
        timing["extract"] += time.perf_counter() - start
        start = time.perf_counter()
        parse(article.text)
        timing["parse"] += time.perf_counter() - start
        start = time.perf_counter()
        article = step.run(article)
        timing["figures"] += time.perf_counter() - start
        predicted = as_newsquant_all(article.figures, article.text)
        sentence = Tally()
        score_sentence(sentence, item["quantities"], predicted)
        ours.add(sentence)
        if shown < errors and not sentence.perfect():
            shown += 1
            _show(text, item["quantities"], predicted)
        if quantulum:
            start = time.perf_counter()
            quantities = quantulum_quantities(text)
            timing["quantulum3"] += time.perf_counter() - start
            score_sentence(theirs, _average_ranges(item["quantities"]), quantities)
    analysis = timing["extract"] + timing["parse"] + timing["figures"]
    result: dict[str, Any] = {
        "sentences": len(items),
        "gold_quantities": ours.gold,
        "newstrace": {"predicted": ours.predicted, **ours.scores()},
        "seconds": {k: round(v, 3) for k, v in timing.items()},
        "figures_share_of_analysis": round(timing["figures"] / analysis, 3) if analysis else 0.0,
    }
    if quantulum:
        result["quantulum3"] = {"predicted": theirs.predicted, **theirs.scores()}
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", help="write the results to this file")
    parser.add_argument("--errors", type=int, default=0, help="print N sentences we get wrong")
    parser.add_argument("--no-quantulum", action="store_true")
    parser.add_argument(
        "--recognizers",
        action="store_true",
        help="also score the four Recognizers-Text sets beside NewsQuant (never tuned on)",
    )
    args = parser.parse_args(argv)
    missing = data_missing("newsquant")
    if missing:
        print(missing, file=sys.stderr)
        return 2
    result = evaluate(load_newsquant(), quantulum=not args.no_quantulum, errors=args.errors)
    _print_table("NewsQuant", result, MEASURES)
    print(
        f"seconds: {result['seconds']}; figures step share of analysis time: "
        f"{result['figures_share_of_analysis']:.1%}"
    )
    if args.recognizers:
        result["recognizers"] = {}
        for name in RECOGNIZERS_SETS:
            other = evaluate(load_recognizers_set(name), quantulum=not args.no_quantulum)
            result["recognizers"][name] = other
            _print_table(name, other, ("value", "value+unit"))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(result, out, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
