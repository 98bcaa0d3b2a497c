"""Every figure in a text: the number, its unit and qualifier, what it counts, who says so."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from newstrace.analyze.figures.authority import according_to, dates_in, speaker_of, when_of
from newstrace.analyze.figures.counted import counted_of
from newstrace.analyze.figures.exclusions import not_a_figure
from newstrace.analyze.figures.numbers import Amount, find_amounts
from newstrace.analyze.figures.qualifiers import change_of, qualifier_after, qualifier_before
from newstrace.analyze.figures.units import currency_before, unit_after
from newstrace.analyze.nlp import parse
from newstrace.records import Figure, Span, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan

__all__ = ["converts", "find_figures"]

_ONE_NOT_A_NUMBER = frozenset({"each", "the", "this", "that", "no", "any", "every", "which", "a"})
_ONE_AFTER = re.compile(r"\s*(?:another|'s|’s|-on-one|-off|-time|-way|-sided)\b", re.I)


def _number_token(doc: Doc, amount: Amount) -> Token | None:
    span = doc.char_span(amount.start, amount.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    numbers = [t for t in span if t.like_num or t.pos_ == "NUM"]
    return numbers[-1] if numbers else span.root


def _is_pronoun_one(text: str, amount: Amount, token: Token | None) -> bool:
    """ "each one", "the same one", "one another": "one" standing for a noun, counting nothing."""
    if text[amount.start : amount.end].lower() != "one":
        return False
    if _ONE_AFTER.match(text, amount.end):
        return True
    if re.match(r"-[a-z]", text[amount.end : amount.end + 2]):
        return False  # "a one-yen bid", "a one-year deal"
    if token is None:
        return False
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is not None and (previous.lower_ in _ONE_NOT_A_NUMBER or previous.pos_ == "ADJ"):
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    counts_something = following is not None and (
        following.lower_ in ("of", "in", "out") or following.pos_ in ("NOUN", "ADJ", "PROPN")
    )
    return token.pos_ != "NUM" and not counts_something


def _is_age(text: str, amount: Amount) -> bool:
    """ "Jane Roe, 57, said ...": a number between commas after a name is an age."""
    value = amount.value
    if value is None or amount.in_words or not (value == int(value) and 1 <= value <= 120):
        return False
    before = text[max(0, amount.start - 30) : amount.start]
    return bool(re.search(r"[A-Z][a-z]+,\s*$", before)) and text[amount.end : amount.end + 1] == ","


_Facts = tuple[str | None, list["TokenSpan"]]


class _Sentences:
    """The sentences of a parse, looked up by token, with their "according to" source and
    dates found once per sentence (a long text holds many figures per sentence)."""

    def __init__(self, doc: Doc) -> None:
        self._sentences = list(doc.sents)
        self._starts = [sentence.start for sentence in self._sentences]
        self._facts: dict[int, _Facts] = {}
        self._dates = dates_in(doc)
        self._date_starts = [date.start for date in self._dates]

    def facts(self, token: Token) -> _Facts:
        index = bisect_right(self._starts, token.i) - 1
        if index not in self._facts:
            sentence = self._sentences[index]
            first = bisect_left(self._date_starts, sentence.start)
            last = bisect_left(self._date_starts, sentence.end)
            self._facts[index] = (according_to(sentence.text), self._dates[first:last])
        return self._facts[index]


def _figure(
    text: str,
    doc: Doc,
    amount: Amount,
    statements: Sequence[Statement],
    published: str | None,
    sentences: _Sentences,
) -> Figure | None:
    token = _number_token(doc, amount)
    if _is_pronoun_one(text, amount, token):
        return None
    start, end = amount.start, amount.end
    opening = re.match(r"(?:between|from)\s+", text[start:end], re.IGNORECASE)
    inner = start
    if opening:
        digit = re.search(r"\d", text[start + opening.end() : end])
        inner = start + opening.end() + (digit.start() if digit else 0)
    currency = currency_before(text, inner)
    if currency is not None and inner != start:
        currency = (currency[0], start)  # "from $500,000 to $2 million": the range keeps its start
    code = None
    if currency is not None:
        code, start = currency
    unit_found = unit_after(text, end, code)
    unit = code
    if unit_found is not None:
        unit, end = unit_found
    unit_end = end
    qualifier = "="
    low, high, value = amount.low, amount.high, amount.value
    before = qualifier_before(text, start)
    if before is not None:
        qualifier, start = before
        if qualifier == "<" and re.match(r"up\s+to\b", text[start : start + 6], re.I):
            high = high if high is not None else value
    else:
        after = qualifier_after(text, end)
        if after is not None:
            qualifier, end = after
    if qualifier in ("=", "~") and token is not None:
        qualifier = change_of(token) or qualifier
    counted = counted_of(
        doc,
        min(amount.start, currency[1] if currency else amount.start),
        unit_end,
        unit is not None,
    )
    if unit is None and counted.noun_is_count:
        unit = counted.noun
    if unit is None and _is_age(text, amount):
        unit = "years old"
    span = Span(start, end)
    facts = sentences.facts(token) if token is not None else None
    return Figure(
        span=span,
        value=value,
        low=low,
        high=high,
        magnitude=amount.magnitude,
        unit=unit,
        qualifier=qualifier,
        counted=counted.counted,
        predicate=counted.predicate,
        source=(facts[0] if facts else None) or speaker_of(text, span, statements),
        when=when_of(facts[1], span, published) if facts else None,
    )


def find_figures(
    text: str, statements: Sequence[Statement] = (), published: str | None = None
) -> list[Figure]:
    """The figures of `text`, in order; `statements` lend their speakers as sources.

    `published` (ISO 8601) resolves relative dates ("on Monday") in `when`.
    """
    amounts = [a for a in find_amounts(text) if not_a_figure(text, a) is None]
    if not amounts:
        return []
    doc = parse(text)
    figures: list[Figure] = []
    sentences = _Sentences(doc)
    for amount in amounts:
        figure = _figure(text, doc, amount, statements, published, sentences)
        if figure is not None:
            if figures:
                figure = _as_restated(text, figures[-1], figure)
                figure = _with_unit_of(text, figures[-1], figure)
            figures.append(figure)
    return figures


_RESTATED = re.compile(r"\s*(?:,\s*or|\(|/|\bor)\s*$")
_SIGNED = re.compile(r"(?<![\w.])([+-])\d|.([+-])\d")


_OWN_UNITS = frozenset({"%", "year", "month", "week", "day", "hour", "minute", "second"})


def _with_unit_of(text: str, previous: Figure, figure: Figure) -> Figure:
    """A bare number after a figure of the same sentence shares its unit: "rose 64 points
    to 4,577.10", "435 homes by open sale and 187 by tender"."""
    if figure.unit is not None or previous.unit is None or previous.unit in _OWN_UNITS:
        return figure
    if previous.unit == "years old" or figure.magnitude is not None:
        return figure
    between = text[previous.span.end : figure.span.start]
    if re.search(r"[.;:!?]\s|\n", between) or len(between) > 60:
        return figure
    if not re.match(r"[\s\d.,]+$", text[figure.span.start : figure.span.end]):
        return figure
    return replace(figure, unit=previous.unit)


def converts(text: str, previous: Figure, figure: Figure) -> bool:
    """Whether `figure` converts the one before: "100 km (62 miles)", "150 kW / 204 PS"."""
    between = text[previous.span.end : figure.span.start]
    return bool(re.fullmatch(r"\s*(?:\(|/)\s*", between))


def _as_restated(text: str, previous: Figure, figure: Figure) -> Figure:
    """A figure that restates the one before ("lost 120 points, or 0.4%", "100 km (62 miles)")
    shares its qualifier; an explicit sign ("FTSE +0.5%") says which way it moved."""
    if figure.qualifier == "=" and figure.unit == "%":
        sign = _SIGNED.match(text, max(0, figure.span.start - 1))
        if sign:
            up = "+" in (sign.group(1), sign.group(2))
            return replace(figure, qualifier="up" if up else "down")
    between = text[previous.span.end : figure.span.start]
    if not _RESTATED.fullmatch(between):
        return figure
    if figure.qualifier == "=" and previous.qualifier != "=":
        figure = replace(figure, qualifier=previous.qualifier)
    if converts(text, previous, figure):  # a conversion counts what the figure before counts
        figure = replace(figure, counted=previous.counted, predicate=previous.predicate)
    return figure
