"""Author names out of bylines: `byline_cue`, `clean_byline`, `looks_like_name`."""

from __future__ import annotations

import pytest

from newstrace.extract.authors import byline_cue, clean_byline, looks_like_name


def names(byline: str) -> list[str]:
    """The names of a byline line as the header pass reads it (explicit cue, then cleaned)."""
    rest = byline_cue(byline)
    return list(clean_byline(rest, lenient=True)) if rest is not None else []


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Jane Roe", ["Jane Roe"]),
        ("BY JANE ROE", ["JANE ROE"]),
        ("ByJane Roe", ["Jane Roe"]),
        ("Written by Jane Roe", ["Jane Roe"]),
        ("Author: Jane Roe", ["Jane Roe"]),
        ("By Jane Roe and John Doe", ["Jane Roe", "John Doe"]),
        ("By Ann Lee, Bo Park and Cy Young", ["Ann Lee", "Bo Park", "Cy Young"]),
        ("By Ann Lee, Bo Park & Cy Young", ["Ann Lee", "Bo Park", "Cy Young"]),
        ("By Jane Roe, Staff Writer", ["Jane Roe"]),
        ("By Jane Roe Staff Writer", ["Jane Roe"]),
        ("By Jane Roe, Senior Director, Content & Marketing, Acme Institute", ["Jane Roe"]),
        ("By Jane Roe | Guest Columnist", ["Jane Roe"]),
        ("By Jane Roe, MD, FACP", ["Jane Roe"]),
        ("By Jane Roe with inputs from agencies", ["Jane Roe"]),
        ("By Jane Roe (with agency inputs)", ["Jane Roe"]),
        ("By Jane Roe 5 min read", ["Jane Roe"]),
        ("By Jane Roe. Reviewed by John Doe, MD", ["Jane Roe"]),
        ("By FP Staff", ["FP Staff"]),
        ("By the Example Team", ["the Example Team"]),
        ("By newsdesk_bot", ["newsdesk_bot"]),
        ("By Maria & Katerina", ["Maria", "Katerina"]),
        ("Von Anna Schmidt", ["Anna Schmidt"]),
        ("Par Jean Dupont", ["Jean Dupont"]),
        ("Contributors: Jane Roe", ["Jane Roe"]),
        ("Guide by Jane Roe Former Deputy Tech Editor", ["Jane Roe"]),
        ("By J. K. Roe    View In Digital Edition", ["J. K. Roe"]),
        ("By J. K. Roe \xa0 \xa0 View In Digital Edition", ["J. K. Roe"]),
        ("By The Example Team", ["The Example Team"]),
        ("By the Metro editors", ["the Metro editors"]),
        ("By The Almanac", ["The Almanac"]),
        # Where the names end: a section, a place, a date, someone else's credit.
        ("By Jane Roe in Budget Travel", ["Jane Roe"]),
        ("By Jane RoeIn Travel", ["Jane Roe"]),
        ("By Jane Roe at Reuters", ["Jane Roe"]),
        ("By Jane Roe on 04-ago-2021", ["Jane Roe"]),
        ("By Jane Roe December 8", ["Jane Roe"]),
        ("By Jane Roe\tPhotos By John Doe", ["Jane Roe"]),
        ("By Martin Katz", ["Martin Katz"]),
    ],
)
def test_bylines(byline: str, expected: list[str]) -> None:
    assert names(byline) == expected


@pytest.mark.parametrize(
    "line",
    [
        "By following these tips, you will save money.",
        "By mail, send the form to the office.",
        "By clicking subscribe, you agree to our terms.",
        "By the way, we moved.",
        "By Category",
        "By Style",
        "By the Numbers",
        "Reviewed by John Doe, MD",
        "Photos by Jane Roe",
        "Partner Login",
        "Portland, Oregon",
        "Byline",
        "By",
    ],
)
def test_not_bylines(line: str) -> None:
    assert names(line) == []


def test_names_left_on_a_date_line() -> None:
    assert clean_byline("FP Staff") == ("FP Staff",)
    assert clean_byline("Friday Philosophy • Jane Roe") == ("Jane Roe",)
    assert clean_byline("| 30 min | 6,279 words | Jane Roe") == ("Jane Roe",)
    assert clean_byline("Jane Roe | 4 Comments") == ("Jane Roe",)


def test_a_job_title_glued_to_the_name_is_cut_off() -> None:
    assert clean_byline("Jane RoeFounder at Acme") == ("Jane Roe",)
    assert clean_byline("Jane RoeSenior Writer") == ("Jane Roe",)


def test_credentials_with_a_field_in_brackets_are_dropped() -> None:
    byline = "Jane Roe, DVM, VTS (Behavior); John Doe, BA"
    assert clean_byline(byline) == ("Jane Roe", "John Doe")


def test_desk_names() -> None:
    assert clean_byline("Metro Lifestyle Desk") == ("Metro Lifestyle Desk",)
    assert clean_byline("The Acme Team") == ("The Acme Team",)
    assert clean_byline("Join Our Team") == ()
    assert clean_byline("Meet the Team") == ()
    assert clean_byline("Team AcmeWorks") == ("Team AcmeWorks",)


def test_an_organisation_in_capitals_after_a_name_is_no_name() -> None:
    assert clean_byline("Jane Roe   EXAMPLE TODAY") == ("Jane Roe",)
    assert clean_byline("JANE ROE, JOHN DOE") == ("JANE ROE", "JOHN DOE")


def test_a_role_in_brackets_stays_with_the_name() -> None:
    assert clean_byline("Jane Roe (Content Manager)") == ("Jane Roe (Content Manager)",)
    assert looks_like_name("Jane Roe (Content Manager)")
    assert not looks_like_name("Table of Contents (Updated)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Roe", True),
        ("Mary-Jane O'Neil", True),
        ("Ludwig van Beethoven", True),
        ("A.D. Sui", True),
        ("FP Staff", True),
        ("Jane", False),
        ("Table of Contents", False),
        ("Share This Post", False),
        ("Understanding Oral Hygiene", False),
        ("Marketing Director", False),
        ("Key Takeaways", False),
        ("Getty Images", False),
        ("HomeKnowledge Centre", False),
        ("AcmeHR Team", True),
        ("Watch Video", False),
        ("Acme Solutions Inc", False),
        ("jane roe", False),
        ("Room 101", False),
        ("jane@example.com", False),
    ],
)
def test_looks_like_name(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected


def test_lenient_names_take_handles() -> None:
    assert looks_like_name("newsdesk_bot", lenient=True)
    assert not looks_like_name("Stop! Read this", lenient=True)
