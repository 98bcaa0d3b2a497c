"""Numbers, units and qualifiers as written, parsed without the spaCy model."""

from __future__ import annotations

import pytest

from newstrace.analyze.figures.numbers import find_amounts, magnitude_bounds, parse_number_words
from newstrace.analyze.figures.qualifiers import qualifier_after, qualifier_before
from newstrace.analyze.figures.units import currency_before, unit_after


def _amounts(text: str) -> list[tuple[str, float | None, float | None, float | None, str | None]]:
    return [
        (text[a.start : a.end], a.value, a.low, a.high, a.magnitude) for a in find_amounts(text)
    ]


@pytest.mark.parametrize(
    ("text", "written", "value"),
    [
        ("it has 4.5 million members", "4.5 million", 4_500_000),
        ("a 1.2bn deal", "1.2bn", 1_200_000_000),
        ("sales of 35m units", "35m", 35_000_000),
        ("she won the 100m in style", "100", 100),
        ("it closed at 27,349.19 on Friday", "27,349.19", 27_349.19),
        ("a dozen eggs", "a dozen", 12),
        ("half of the voters", "half", 0.5),
        ("three-quarters of the city", "three-quarters", 0.75),
        ("two-thirds of members", "two-thirds", 2 / 3),
        ("one in five adults", "one in five", 0.2),
        ("twenty-five houses", "twenty-five", 25),
        ("two hundred and fifty thousand people", "two hundred and fifty thousand", 250_000),
        ("a million times", "a million", 1_000_000),
        ("4 hundred million people", "4 hundred million", 400_000_000),
        ("temperatures of minus-130 degrees", "minus-130", -130),
        ("a walk of 3 1/2 miles", "3 1/2", 3.5),
        ("add 3/4 of the flour", "3/4", 0.75),
        ("a charge of 1.6×10−19 coulombs", "1.6×10−19", 1.6e-19),
    ],
)
def test_values(text: str, written: str, value: float) -> None:
    found = _amounts(text)
    assert len(found) == 1, found
    assert found[0][0] == written
    assert found[0][1] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "magnitude", "bounds"),
    [
        ("thousands of people", "thousands", (1e3, 1e4)),
        ("dozens of homes", "dozens", (12, 120)),
        ("hundreds of thousands of refugees", "hundreds of thousands", (1e5, 1e6)),
        ("tens of millions of dollars", "tens of millions", (1e7, 1e8)),
    ],
)
def test_vague_amounts_carry_a_magnitude_and_no_value(
    text: str, magnitude: str, bounds: tuple[float, float]
) -> None:
    [(_, value, _, _, found)] = _amounts(text)
    assert value is None
    assert found == magnitude
    assert magnitude_bounds(magnitude) == pytest.approx(bounds)


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [
        ("between 10 and 20 people", "between 10 and 20", 10, 20),
        ("10-20 km away", "10-20", 10, 20),
        ("four to five thousand people", "four to five thousand", 4000, 5000),
        ("from $750,000 to $1 million", "from $750,000 to $1 million", 750_000, 1_000_000),
        ("between 2% and 3%", "between 2% and 3", 2, 3),
        ("slid from 3.1 percent to 2.9 percent", "from 3.1 percent to 2.9", 3.1, 2.9),
    ],
)
def test_ranges(text: str, written: str, low: float, high: float) -> None:
    [(found, value, found_low, found_high, _)] = _amounts(text)
    assert (found, value) == (written, None)
    assert (found_low, found_high) == (pytest.approx(low), pytest.approx(high))


def test_a_score_and_a_change_with_its_level_are_not_ranges() -> None:
    assert [a[2] for a in _amounts("they drew 2-2 at home")] == [None, None]
    assert [a[2] for a in _amounts("it rose by 5% to 20%")] == [None, None]


def test_number_words() -> None:
    assert parse_number_words("ninety five") == 95
    assert parse_number_words("two and a half") == 2.5
    assert parse_number_words("three thousand") == 3000
    assert parse_number_words("banana") is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("$5", "USD"),
        ("US$5", "USD"),
        ("C$5", "CAD"),
        ("€5", "EUR"),
        ("£5", "GBP"),
        ("¥5", "JPY"),
        ("RM5", "MYR"),
        ("EUR 5", "EUR"),
    ],
)
def test_currency_symbols_and_codes_become_iso_codes(text: str, code: str) -> None:
    found = currency_before(text, text.index("5"))
    assert found == (code, 0)


@pytest.mark.parametrize(
    ("after", "code"),
    [
        ("% of voters", "%"),
        (" per cent", "%"),
        (" percent", "%"),
        (" km of road", "km"),
        (" kilometres", "km"),
        (" bcm of gas", "bcm"),
        (" barrels a day", "barrel/day"),
        (" barrels per day", "barrel/day"),
        (" dollars", "USD"),
        (" euros", "EUR"),
        (" points", "point"),
        (" percentage points", "percentage point"),
        (" degrees Celsius", "°C"),
        (" mph", "mph"),
        (" year-old man", "years old"),
        (" €", "EUR"),
        (" USD", "USD"),
    ],
)
def test_units_after_a_number(after: str, code: str) -> None:
    text = "5" + after
    found = unit_after(text, 1)
    assert found is not None
    assert found[0] == code


def test_a_currency_rate_and_no_unit() -> None:
    text = "$52 a barrel"
    assert unit_after(text, 3, "USD") == ("USD/barrel", len(text))
    assert unit_after("5 apples", 1) is None


@pytest.mark.parametrize(
    ("before", "sign"),
    [
        ("more than ", ">"),
        ("at least ", ">"),
        ("over ", ">"),
        ("fewer than ", "<"),
        ("up to ", "<"),
        ("less than ", "<"),
        ("about ", "~"),
        ("nearly ", "~"),
        ("an estimated ", "~"),
        ("roughly ", "~"),
    ],
)
def test_qualifiers_before(before: str, sign: str) -> None:
    text = f"It cost {before}40 dollars"
    found = qualifier_before(text, text.index("40"))
    assert found == (sign, len("It cost "))


def test_qualifiers_after_and_none() -> None:
    assert qualifier_after("40 or more", 2) == (">", len("40 or more"))
    assert qualifier_before("It cost 40", 8) is None
