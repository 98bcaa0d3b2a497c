"""Relative dates of statements, resolved against the publish date."""

from __future__ import annotations

import pytest

from newstrace.analyze.when import resolve_when

TUESDAY = "2022-04-12T01:09:52+05:30"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("on Monday", "2022-04-11"),
        ("Tuesday", "2022-04-12"),
        ("last Tuesday", "2022-04-05"),
        ("on Sunday", "2022-04-10"),
        ("yesterday", "2022-04-11"),
        ("today", "2022-04-12"),
        ("last week", "2022-04-04"),
        ("last month", "2022-03-01"),
        ("last year", "2021-01-01"),
        ("on April 3", "2022-04-03"),
        ("Monday morning", "2022-04-11"),
    ],
)
def test_relative_dates_resolve_against_the_publish_day(text: str, day: str) -> None:
    assert resolve_when(text, TUESDAY) == day


def test_unresolvable_or_undated() -> None:
    assert resolve_when("later", TUESDAY) is None
    assert resolve_when("on Monday", None) is None
    assert resolve_when("on Monday", "not a date") is None
