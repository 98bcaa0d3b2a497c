"""The figures step on texts the project wrote: what becomes a figure and what does not."""

from __future__ import annotations

import pytest

from newstrace.analyze.figures import FindFigures, find_figures
from newstrace.errors import PipelineError
from newstrace.jsonform import article_from_json, article_to_json
from newstrace.records import Article, Figure, Page, Span, Speaker, Statement
from newstrace.steps import check_order

REPORT = (
    "More than 4.5 million refugees have fled the region, according to the regional aid office. "
    "The shelling has killed thousands of people since March. "
    "The fighting has killed an estimated 20,000 people. "
    "Exports fell 40 points on Monday, while imports rose by 3% in 2023. "
    "The pipeline carries up to 30 bcm of gas a year over 1,200 km. "
    "Fewer than 10 lorries crossed, and a $2.4 billion deal was signed."
)


def _figure(text: str, figures: list[Figure], written: str) -> Figure:
    found = [f for f in figures if written in f.span.of(text)]
    assert found, f"no figure covers {written!r}: {[f.span.of(text) for f in figures]}"
    return found[0]


@pytest.fixture(scope="module")
def report() -> list[Figure]:
    return find_figures(REPORT)


def test_value_qualifier_counted_predicate_and_source(report: list[Figure]) -> None:
    figure = _figure(REPORT, report, "4.5 million")
    assert figure.span.of(REPORT) == "More than 4.5 million"
    assert (figure.value, figure.qualifier, figure.unit) == (4_500_000, ">", "refugee")
    assert figure.counted is not None and figure.counted.of(REPORT) == "refugees"
    assert figure.predicate is not None and figure.predicate.of(REPORT) == "fled"
    assert figure.source == "the regional aid office"


def test_vague_amount_has_a_magnitude_and_no_value(report: list[Figure]) -> None:
    figure = _figure(REPORT, report, "thousands")
    assert (figure.value, figure.magnitude, figure.unit) == (None, "thousands", "people")
    assert figure.counted is not None and figure.counted.of(REPORT) == "people"
    assert figure.predicate is not None and figure.predicate.of(REPORT) == "killed"
    assert figure.source is None


def test_estimate_is_approximate(report: list[Figure]) -> None:
    figure = _figure(REPORT, report, "20,000")
    assert (figure.value, figure.qualifier) == (20_000, "~")


def test_changes_carry_their_size_and_direction(report: list[Figure]) -> None:
    fell = _figure(REPORT, report, "40 points")
    assert (fell.value, fell.unit, fell.qualifier) == (40, "point", "down")
    rose = _figure(REPORT, report, "3%")
    assert (rose.value, rose.unit, rose.qualifier) == (3, "%", "up")
    assert rose.when is not None and rose.when.date == "2023"


def test_units_and_bounds(report: list[Figure]) -> None:
    gas = _figure(REPORT, report, "30 bcm")
    assert (gas.value, gas.high, gas.qualifier) == (30, 30, "<")
    assert gas.unit is not None and gas.unit.startswith("bcm")
    assert _figure(REPORT, report, "1,200 km").unit == "km"
    lorries = _figure(REPORT, report, "Fewer than 10")
    assert (lorries.value, lorries.qualifier, lorries.unit) == (10, "<", "lorry")
    deal = _figure(REPORT, report, "2.4 billion")
    assert (deal.value, deal.unit) == (2_400_000_000, "USD")
    assert deal.counted is not None and deal.counted.of(REPORT) == "deal"


def test_the_speaker_vouches_for_a_figure_in_their_statement() -> None:
    text = 'The minister said: "We have built 300 new schools this year."'
    content = Span(text.index("We"), text.rindex('"'))
    statement = Statement("direct", (content,), Speaker("Jane Roe", mention="name"))
    [figure] = [f for f in find_figures(text, [statement]) if f.value == 300]
    assert figure.source == "Jane Roe"
    assert find_figures(text)[0].source is None


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held on April 12, 2022 in the capital.",
        "They met on 3 March and again on Dec. 2.",
        "The meeting began at 10:30 and ended at 5pm GMT.",
        "Posted 01:09:52 IST",
        "The plan was first drawn up in 2016.",
        "He spoke to Russia 24 and to the G7 about COVID-19.",
        "Call the newsroom on +44 20 7946 0958 or 555-0123.",
        "1. Read the text\n2. Check the figures",
        "By Jane Roe, 34, Staff Writer",
        "12 comments",
        "Page 2 of 5",
        "He scored in the 96th minute and United won 2-1.",
        "The S&P 500 and the Nasdaq ended the day flat.",
        "Trading ran from 9.30am to 4pm.",
        "Striker Jane Roe (9) scored twice.",
        "The offices are at 12 Mill Lane Road.",
        "Boeing 737 Max jets stayed grounded after 9/11.",
        "The shop is open 24/7 and the release is version 3.2.1.",
    ],
)
def test_not_figures(text: str) -> None:
    assert [f.span.of(text) for f in find_figures(text)] == []


def test_restated_figures_share_qualifier_and_what_they_count() -> None:
    text = "The index lost 120 points, or 0.4%, and the trail runs more than 100 km (62 miles)."
    figures = {f.span.of(text): f for f in find_figures(text)}
    assert figures["0.4%"].qualifier == "down"
    assert figures["62 miles"].qualifier == ">"
    assert figures["62 miles"].counted == figures["more than 100 km"].counted


def test_one_as_a_pronoun_is_no_figure_but_one_of_is() -> None:
    text = "He lost his phone and bought a new one. One of the three bridges fell."
    assert [f.span.of(text) for f in find_figures(text)] == ["One", "three"]


def test_the_step_adds_figures_after_statements() -> None:
    step = FindFigures()
    article = step.run(Article(source="t", text="Prices rose 5% last year."))
    assert [f.value for f in article.figures] == [5]
    assert (step.name, step.needs, step.adds) == ("figures", {"text", "statements"}, {"figures"})
    with pytest.raises(PipelineError):
        check_order([step])
    with pytest.raises(PipelineError):
        step.run(Page(source="t", content="x"))


def test_empty_text_has_no_figures() -> None:
    assert FindFigures().run(Article(source="t")).figures == ()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "1" * 400 + " people",
        "It weighs 2×10^999 kg.",
        "$" * 50,
        "5" + "-5" * 200,
        "one " * 300,
        "thousands of " * 50 + "people",
        "1/0 of the cake",
        "between 5 and",
        "\x00 5 \x00 people",
    ],
)
def test_hostile_text_gives_finite_figures_or_none(text: str) -> None:
    for figure in find_figures(text):
        for number in (figure.value, figure.low, figure.high):
            assert number is None or abs(number) < float("inf")
        assert 0 <= figure.span.start <= figure.span.end <= len(text)


def test_figures_survive_the_json_form() -> None:
    text = "Inflation was about 5% last year, according to the statistics office."
    article = FindFigures().run(Article(source="t", text=text, published="2024-03-01"))
    assert article_from_json(article_to_json(article)).figures == article.figures
    [figure] = article.figures
    assert (figure.qualifier, figure.source) == ("~", "the statistics office")
    assert figure.when is not None and figure.when.span.of(text) == "last year"
