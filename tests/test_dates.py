"""Dates and times as pages print them (`find_dates`) and their zones (`resolve_zone`)."""

from __future__ import annotations

from datetime import datetime

import pytest

from newstrace.extract.dates import find_dates
from newstrace.extract.timezones import resolve_zone


def iso(text: str, context: str = "") -> list[str]:
    return [mention.iso(context or text) for mention in find_dates(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("April 12, 2022", "2022-04-12"),
        ("12 Apr 2022", "2022-04-12"),
        ("12th February 2025", "2025-02-12"),
        ("November 4th, 2025", "2025-11-04"),
        ("Sept. 5, 2023", "2023-09-05"),
        ("Dec 18 2025", "2025-12-18"),
        ("Monday, 12 de abril de 2022", "2022-04-12"),
        ("12. März 2022", "2022-03-12"),
        ("12.04.2022", "2022-04-12"),
        ("12-04-2022", "2022-04-12"),
        ("2022-04-12", "2022-04-12"),
        ("2022/04/12", "2022-04-12"),
        ("2024 Jun 30", "2024-06-30"),
        ("12/19/2025", "2025-12-19"),
        ("22 February,2026", "2026-02-22"),
    ],
)
def test_date_forms(text: str, expected: str) -> None:
    assert iso(f"Posted {text} in News") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-04-12T01:09:52Z", "2022-04-12T01:09:52+00:00"),
        ("2022-04-12T01:09:52+05:30", "2022-04-12T01:09:52+05:30"),
        ("2020-01-02 10:00", "2020-01-02T10:00:00"),
        ("Nov 19, 2019, 10:31 pm CST", "2019-11-19T22:31:00-06:00"),
        ("Jan. 5, 2023 10:00 AM EST", "2023-01-05T10:00:00-05:00"),
        ("10:19am 19 December 2025 GMT", "2025-12-19T10:19:00"),
        ("10:31 PM ET, Nov 19, 2019", "2019-11-19T22:31:00-05:00"),
        ("July 4, 2023 at 5 p.m. PT", "2023-07-04T17:00:00-07:00"),
        ("March 3, 2020 at 10:00 GMT+5:30", "2020-03-03T10:00:00+05:30"),
        ("12 March 2021, 09:15 CET", "2021-03-12T09:15:00+01:00"),
        ("12 July 2021, 09:15 CEST", "2021-07-12T09:15:00+02:00"),
        ("5 Jan 2024 14:00 AEDT", "2024-01-05T14:00:00+11:00"),
        ("5 Jan 2024 14:00 JST", "2024-01-05T14:00:00+09:00"),
        ("3 July 2023 18:00 BST", "2023-07-03T18:00:00+01:00"),
    ],
)
def test_times_and_zones(text: str, expected: str) -> None:
    assert iso(text) == [expected]


def test_a_time_before_the_date_without_a_zone_has_no_offset() -> None:
    assert iso("Published 10:19am 19 December 2025") == ["2025-12-19T10:19:00"]


def test_et_is_eastern_standard_or_daylight_time_by_the_date() -> None:
    assert iso("Jan 15, 2024 9:00 AM ET") == ["2024-01-15T09:00:00-05:00"]
    assert iso("Jul 15, 2024 9:00 AM ET") == ["2024-07-15T09:00:00-04:00"]
    assert iso("Mar 9, 2024 9:00 AM PT") == ["2024-03-09T09:00:00-08:00"]
    assert iso("Mar 11, 2024 9:00 AM PT") == ["2024-03-11T09:00:00-07:00"]


INDIA = "Read the latest India news, cricket and Bollywood. Prices in rupees, Lok Sabha results."
ISRAEL = "The Knesset in Jerusalem voted; prices rose by 20 shekels in Tel Aviv."
IRELAND = "The Taoiseach spoke in Dublin about Irish housing."


def test_ist_is_india_by_default_and_on_an_indian_page() -> None:
    assert iso("April 12, 2022 01:09:52 IST") == ["2022-04-12T01:09:52+05:30"]
    assert iso("April 12, 2022 01:09:52 IST", INDIA) == ["2022-04-12T01:09:52+05:30"]


def test_ist_is_israel_on_an_israeli_page() -> None:
    assert iso("January 12, 2022 10:00 IST", ISRAEL) == ["2022-01-12T10:00:00+02:00"]


def test_ist_is_irish_summer_time_on_an_irish_page_in_summer_only() -> None:
    assert iso("July 3, 2021 10:00 IST", IRELAND) == ["2021-07-03T10:00:00+01:00"]
    # Ireland writes GMT in winter: a winter "IST" there is India's.
    assert iso("January 3, 2021 10:00 IST", IRELAND) == ["2021-01-03T10:00:00+05:30"]


def test_cst_pst_bst_ast_by_context() -> None:
    assert iso("May 5, 2023 08:00 CST", "Beijing announced new yuan rules.") == [
        "2023-05-05T08:00:00+08:00"
    ]
    assert iso("May 5, 2023 08:00 CST", "Chicago weather") == ["2023-05-05T08:00:00-06:00"]
    assert iso("May 5, 2023 08:00 PST", "Manila: the Philippines peso") == [
        "2023-05-05T08:00:00+08:00"
    ]
    assert iso("January 5, 2023 08:00 BST", "Dhaka, Bangladesh") == ["2023-01-05T08:00:00+06:00"]
    assert iso("May 5, 2023 08:00 AST", "Riyadh, Saudi Arabia") == ["2023-05-05T08:00:00+03:00"]


def test_resolve_zone_offsets_and_unknown_names() -> None:
    when = datetime(2024, 6, 1, 12, 0)
    offset = resolve_zone("UTC-4", when)
    assert offset is not None and offset.utcoffset(when) is not None
    assert str(offset.utcoffset(when)) == "-1 day, 20:00:00"
    assert resolve_zone("XYZ", when) is None


def test_published_and_updated_cues() -> None:
    found = find_dates("Published: Jun 25, 2025 | Updated August 14, 2025 | June 1, 2025")
    assert [(m.day.isoformat(), m.cue) for m in found] == [
        ("2025-06-25", "published"),
        ("2025-08-14", "updated"),
        ("2025-06-01", None),
    ]


def test_cue_glued_to_a_name() -> None:
    (found,) = find_dates("By Jane RoePublished: Jun 25, 2025")
    assert found.cue == "published"


def test_slashed_dates_are_day_first_when_the_stretch_shows_it() -> None:
    assert iso("03/04/2025") == ["2025-03-04"]
    assert iso("19/12/2025 and 03/04/2025") == ["2025-12-19", "2025-04-03"]


def test_glued_dates_are_split() -> None:
    assert iso("Jane DoeMarch 11, 2024sustainable living") == ["2024-03-11"]
    assert iso("May 21, 2025April 24, 2025 by Ann") == ["2025-05-21", "2025-04-24"]
    assert iso("January 14, 202620 Mins Read") == ["2026-01-14"]


@pytest.mark.parametrize(
    "text",
    [
        "Posted 2 hours ago",
        "© 2025 Example Media",
        "July 2025",
        "Top 10 picks, 2025",
        "Call 555-1234-2025",
        "12/04/20225",
        "",
    ],
)
def test_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_offsets_point_into_the_text() -> None:
    text = "Header\nBy Jane Roe | April 12, 2022 01:09:52 IST\nBody"
    (found,) = find_dates(text)
    assert text[found.start : found.end] == "April 12, 2022 01:09:52 IST"
    assert find_dates(text, 0, 10) == []


def test_a_day_far_before_its_year_is_read_and_one_before_the_stretch_is_not() -> None:
    # A date ending at its year is only looked for where a digit comes before the year.
    text = "Posted 12 de septiembre de 2022 in News"
    assert iso(text) == ["2022-09-12"]
    assert find_dates(text, text.index(" de ")) == []
