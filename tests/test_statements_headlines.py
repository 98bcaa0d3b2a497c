"""Statements whose cue is no verb in the article's parse: colon labels, polls, title-case lines.

Texts written for these tests.
"""

from __future__ import annotations

from tests.test_statements import statement_parts

from newstrace.analyze.headlines import is_title_case

_statements = statement_parts


def test_a_colon_label_naming_someone_the_article_mentions_is_the_source() -> None:
    text = (
        "Ortega: City Budget Will Not Cover New Parks.\n\n"
        "Mayor Lucia Ortega said on Monday that the city could not pay for the parks this year."
    )
    assert (":", "Ortega", ["City Budget Will Not Cover New Parks"]) in _statements(text)


def test_a_poll_before_a_colon_is_the_source_of_the_finding() -> None:
    text = "Poll: Ruiz and Ortega in dead heat in Lakeside.\n\nThe race is close."
    assert _statements(text) == [(":", "Poll", ["Ruiz and Ortega in dead heat in Lakeside"])]


def test_a_place_before_a_colon_labels_a_list_not_a_speaker() -> None:
    text = "Iowa: Tim Albrecht, Brad Anderson, Rob Barron and Jeff Boeyink.\n\nThey were surveyed."
    assert [cue for cue, _, _ in _statements(text)] == []


def test_the_colon_label_source_is_the_name_without_what_follows_the_colon() -> None:
    text = (
        "Dana Whitfield: Governor Ruiz Is a ‘Proven Failure’ on Farm Policy.\n\n"
        "The senator spoke in Ames on Monday."
    )
    sources = [source for cue, source, _ in _statements(text) if cue == ":"]
    assert sources == ["Dana Whitfield"]


def test_a_transcript_label_keeps_its_statement_beside_the_ones_inside_it() -> None:
    text = (
        "WHITFIELD: I think the plan is a disaster for the farmers in my state.\n\n"
        "The interview with Senator Dana Whitfield was recorded on Monday."
    )
    found = _statements(text)
    said = "I think the plan is a disaster for the farmers in my state"
    assert (":", "WHITFIELD", [said]) in found
    assert ("think", "I", ["the plan is a disaster for the farmers in my state"]) in found


def test_a_quote_no_cue_introduced_in_a_colon_line_is_the_label_s() -> None:
    text = (
        "Senator Whitfield: Farm Bill Stalls Again, ‘Like a Tractor in Mud.’\n\n"
        "Dana Whitfield spoke in Ames on Monday."
    )
    assert _statements(text) == [
        (":", "Senator Whitfield", ["Farm Bill Stalls Again, ‘Like a Tractor in Mud"])
    ]


def test_a_clause_opening_with_a_poll_reports_the_poll_s_finding() -> None:
    text = "In a new Harbor Institute poll, 54 percent of voters backed the transit plan."
    assert _statements(text) == [
        ("In", "a new Harbor Institute poll", ["54 percent of voters backed the transit plan"])
    ]


def test_a_poll_at_the_end_of_a_clause_credits_no_finding() -> None:
    assert _statements("Ruiz still leads in the polls.") == []


def test_a_named_body_reporting_what_its_poll_found_is_the_source() -> None:
    text = "In a survey of 800 voters, Fair Roads found that most residents want safer bike lanes."
    found = _statements(text)
    assert [(cue, source) for cue, source, _ in found] == [("found", "Fair Roads")]


def test_a_title_case_headline_verb_is_a_cue() -> None:
    text = (
        "Senator Dana Whitfield Slams Governor's Budget Plan\n\n"
        "Senator Dana Whitfield criticized the budget plan on Tuesday."
    )
    found = _statements(text)
    assert ("Slams", "Senator Dana Whitfield", ["Governor's Budget Plan"]) in found


def test_title_case_is_a_line_of_capitalised_words() -> None:
    assert is_title_case("Senator Dana Whitfield Slams Governor's Budget Plan")
    assert not is_title_case("Senator Dana Whitfield slams the governor's budget plan")
    assert not is_title_case("Whitfield Speaks")
