"""The PolNeAR scorer's direct-speaker measures, on hand-made predictions and gold."""

from __future__ import annotations

from dataclasses import replace

from bench.attribution_scoring import AttributionScore
from bench.polnear import GoldAttribution
from newstrace import extract_text
from newstrace.records import Article, Span, Speaker, Statement

TEXT = (
    "Ana Ruiz spoke at the fair.\n\n"
    "“We will build the bridge,” she said.\n\n"
    "“It will take a year and cost less than the old one.”\n\n"
    "Her rival was asked, “Who pays for it?”\n\n"
    "Ruiz said that the town would pay “every cent of it, and gladly.”"
)


def _span(text: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return Span(start, start + len(text))


def _pieces(span: Span | None) -> tuple[tuple[int, int], ...]:
    return () if span is None else ((span.start, span.end),)


def _gold(content: Span, source: Span | None, cue: Span) -> GoldAttribution:
    return GoldAttribution(content=_pieces(content), cue=_pieces(cue), source=_pieces(source))


def _article(*statements: Statement) -> Article:
    return replace(extract_text(TEXT, plain=True), statements=statements)


def _score(article: Article, *gold: GoldAttribution) -> dict[str, float | int]:
    score = AttributionScore()
    score.add(article, gold)
    return score.report()


RUIZ = Speaker("Ana Ruiz", mention="pronoun")
FIRST = _span("We will build the bridge")
SECOND = _span("It will take a year and cost less than the old one.")
SAID = _span("said")


def test_a_quote_going_on_takes_the_source_of_its_speakers_earlier_statement() -> None:
    article = _article(
        Statement("direct", (FIRST,), RUIZ, source=_span("she"), cue=SAID),
        Statement("direct", (SECOND,), replace(RUIZ, mention="none")),
    )
    gold = (
        _gold(FIRST, _span("she"), SAID),
        _gold(SECOND, _span("she"), SAID),  # PolNeAR marks the earlier pronoun again
    )
    report = _score(article, *gold)
    assert report["direct right speaker F1"] == 1.0
    assert report["direct speaker accuracy"] == 1.0
    # Without the earlier statement to take the source from, the name is not in "she".
    alone = _score(_article(article.statements[1]), gold[1])
    assert alone["direct speaker accuracy"] == 0.0


def test_an_unattributed_quote_is_right_only_when_no_one_is_named() -> None:
    question = _span("Who pays for it?")
    gold = _gold(question, None, _span("was asked"))
    nobody = Statement("direct", (question,), cue=_span("was asked"))
    assert _score(_article(nobody), gold)["direct speaker accuracy"] == 1.0
    named = replace(nobody, speaker=Speaker("Ana Ruiz"))
    assert _score(_article(named), gold)["direct speaker accuracy"] == 0.0


def test_accuracy_counts_a_direct_quote_that_gold_calls_mixed() -> None:
    quote = _span("every cent of it, and gladly.")
    gold_content = Span(_span("that the town").start, quote.end)
    gold = _gold(gold_content, _span("Ruiz", 1), _span("said", 1))
    ours = Statement(
        "direct", (quote,), Speaker("Ana Ruiz"), source=_span("Ruiz", 1), cue=_span("said", 1)
    )
    report = _score(_article(ours), gold)
    assert report["direct speaker accuracy"] == 1.0
    assert report["direct right speaker F1"] == 0.0  # the F1 wants gold direct too
