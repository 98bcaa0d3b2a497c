"""Markup left in a page's text is not read as speech.

Texts written for these tests.
"""

from __future__ import annotations

from tests.test_statements import statement_parts


def test_a_tag_name_is_not_a_cue_and_its_attributes_are_not_content() -> None:
    text = (
        "The council met on Tuesday.\n\n"
        '<tweet pic="" author="OrlaFenn" timestamp="1449075600">'
        "Sad news from the harbor tonight.</tweet>"
    )
    assert statement_parts(text) == []


def test_a_source_that_starts_inside_a_tag_keeps_the_words_after_it() -> None:
    text = (
        "The council met on Tuesday.\n\n"
        '<tweet author="dockwatch" date="May 2, 2016">'
        "Mayor Tova Lind wants a new pier and a longer ferry season, she told us.</tweet>"
    )
    found = statement_parts(text)
    assert found == [("wants", "Mayor Tova Lind", ["a new pier and a longer ferry season"])]


def test_content_that_runs_into_a_tag_is_not_a_statement() -> None:
    text = (
        "The council met on Tuesday.\n\n"
        '<tweet author="dockwatch">Mayor Tova Lind wants a new pier<br/>a longer season</tweet>'
    )
    assert statement_parts(text) == []
