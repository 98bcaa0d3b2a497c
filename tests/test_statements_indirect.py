"""Indirect statements: sources and contents the parse gives awkwardly.

Texts written for these tests.
"""

from __future__ import annotations

from tests.test_statements import statement_parts

_statements = statement_parts


def test_a_dateline_parsed_as_a_second_subject_is_not_the_source() -> None:
    found = _statements("BERLIN (AP) — Karl Weiss said the talks would resume next week.")
    assert ("said", "Karl Weiss", ["the talks would resume next week"]) in found


def test_a_dateline_run_into_the_subject_is_cut_from_the_source() -> None:
    text = "LONDON (Reuters) - Mayor Tom Becker said he was unlikely to back the stadium deal."
    sources = [source for _, source, _ in _statements(text)]
    assert sources == ["Mayor Tom Becker"]


def test_the_relative_that_gives_way_to_the_noun_it_stands_for() -> None:
    text = (
        "Mr. Okafor now chairs Fair Roads, a group that advocates for safer bike lanes in the city."
    )
    sources = [source for cue, source, _ in _statements(text) if cue == "advocates"]
    assert sources == ["a group"]


def test_a_passive_cue_is_about_its_subject_and_said_by_its_agent() -> None:
    found = _statements("The new zoning proposal was denounced by opposition leaders on Tuesday.")
    assert found == [("was denounced", "opposition leaders", ["The new zoning proposal"])]


def test_an_infinitive_cue_with_a_subject_of_its_own_is_a_statement() -> None:
    found = _statements("Senator Dana Whitfield went on local radio to criticize the budget plan.")
    assert ("to criticize", "Senator Dana Whitfield", ["the budget plan"]) in found


def test_an_infinitive_cue_inside_another_statement_is_not_one_of_its_own() -> None:
    found = _statements("The mayor said she plans to criticize the budget plan at the meeting.")
    assert [cue for cue, _, _ in found] == ["said"]


def test_a_verb_of_phase_or_attempt_with_an_infinitive_is_no_statement() -> None:
    assert _statements("Hiring continues to grow in the region.") == []
    assert _statements("Kim Ortega tried to reach the minister on Monday.") == []


def test_a_verb_of_perception_is_a_cue_only_with_a_clause_or_an_as_phrase() -> None:
    assert _statements("Many graduates can't find jobs that pay well.") == []
    found = _statements("A new survey finds that most residents support the plan.")
    assert found == [("finds", "A new survey", ["most residents support the plan"])]
    assert [cue for cue, _, _ in _statements("Developers see golf courses as wasted space.")] == [
        "see"
    ]


def test_an_impersonal_it_is_nobody_speaking() -> None:
    found = _statements("It seems that the council will delay the vote again.")
    assert found == [("seems", None, ["the council will delay the vote again"])]


def test_a_name_hung_on_a_fronted_phrase_speaks_and_its_that_clause_is_content() -> None:
    text = "At the club, Jay Holt, its longtime president, suggested that the trend would continue."
    found = _statements(text)
    assert found == [
        ("suggested", "Jay Holt, its longtime president", ["the trend would continue"])
    ]


def test_a_claim_hung_on_the_content_is_a_statement_of_the_same_speaker() -> None:
    text = (
        "Mayor Ruth Adler said the levy would fund new schools, adding that rents would not rise."
    )
    assert _statements(text) == [
        ("said", "Mayor Ruth Adler", ["the levy would fund new schools"]),
        ("adding", "Mayor Ruth Adler", ["rents would not rise"]),
    ]


def test_a_second_cue_joined_to_the_content_ends_it() -> None:
    text = "Mayor Ruth Adler said she respects the governor and praised her handling of the flood."
    assert _statements(text) == [
        ("said", "Mayor Ruth Adler", ["she respects the governor"]),
        ("praised", "Mayor Ruth Adler", ["her handling of the flood"]),
    ]


def test_an_aside_cue_reports_the_sentence_around_it() -> None:
    text = "The new levy, Mayor Ruth Adler said, will cost more than the city expects."
    assert _statements(text) == [
        ("said", "Mayor Ruth Adler", ["The new levy", "will cost more than the city expects"])
    ]


def _sources_of(text: str) -> dict[str, str | None]:
    return {cue: source for cue, source, _ in _statements(text)}


def test_a_name_in_apposition_right_before_the_verb_is_its_source() -> None:
    text = (
        "Tuesday in Denver, while campaigning for his sister Maria Ortiz, former governor"
        " Luis Ortiz said she was ready to lead."
    )
    assert _sources_of(text)["said"] == "former governor Luis Ortiz"


def test_a_verb_hung_on_the_only_noun_of_the_sentence_has_it_as_subject() -> None:
    text = "A Marist College poll found last week that Ortiz would beat Lee by ten points."
    assert _sources_of(text)["found"] == "A Marist College poll"


def test_a_loose_finite_verb_shares_the_subject_of_its_neighbour() -> None:
    assert _sources_of("Lopez paused, then revealed that the deal had collapsed.") == {
        "revealed": "Lopez"
    }


def test_who_was_asked_is_not_the_source_of_asked() -> None:
    found = _sources_of("Asked about the delay, Ortiz said the city would pay for the repairs.")
    assert found == {"Asked": None, "said": "Ortiz"}
    found = _sources_of("When asked whether he would run again, the mayor said he had not decided.")
    assert found == {"asked": None, "said": "the mayor"}
    found = _sources_of("Asked by reporters to explain the delay, Ortiz said the city would pay.")
    assert found["Asked"] == "reporters"
    # The parse reads this "Asked" as a past tense; it is still the participle.
    found = _sources_of("Asked what a fair price looks like, Ortiz replied that nobody knew.")
    assert found == {"Asked": None, "replied": "Ortiz"}


def test_seeming_is_an_impression_with_no_speaker_unless_it_reports_speech() -> None:
    assert _sources_of("The mayor seemed to be confused by the question.") == {"seemed": None}
    assert _sources_of("Voters appear to be tired of the feud.") == {"appear": None}
    assert _sources_of("She appeared to imply that the deal was dead.") == {"appeared": "She"}


def test_said_in_a_statement_that_is_the_verbs_cue_and_its_subjects_statement() -> None:
    text = (
        "Rep. Ann Lowe, who wrote the bill this spring, said in a statement that the new"
        " rules were unfair to renters."
    )
    assert ("said", "Rep. Ann Lowe", ["the new rules were unfair to renters"]) in _statements(text)


def test_a_part_of_a_group_keeps_the_group_it_is_part_of() -> None:
    found = _sources_of("Even some of his admirers wonder about his quiet style.")
    assert found == {"wonder": "Even some of his admirers"}
    found = _sources_of("Majorities of tenants in both buildings say they would accept the offer.")
    assert found["say"].startswith("Majorities of tenants")


def test_a_passive_state_of_mind_is_held_by_its_subject() -> None:
    found = _sources_of("But Mr. Okafor is convinced that the plan will work.")
    assert found == {"convinced": "Mr. Okafor"}
    assert _sources_of("The plan was criticized by the tenants.") == {
        "was criticized": "the tenants"
    }


def test_a_cue_after_an_adjective_speaks_for_the_adjectives_subject() -> None:
    text = "Younger voters were more likely to say that the economy was improving."
    assert _sources_of(text) == {"to say": "Younger voters"}


def test_a_preposition_with_a_clause_gives_the_content_of_a_cue_without_one() -> None:
    found = _statements("Councillor Mae Dunn talked about how the new depot would cut bus fares.")
    assert ("talked", "Councillor Mae Dunn", ["how the new depot would cut bus fares"]) in found


def test_a_pronoun_object_with_its_description_is_the_content() -> None:
    found = _statements("Local farmers dismissed him as a city lawyer with no feel for the land.")
    assert found == [
        ("dismissed", "Local farmers", ["him as a city lawyer with no feel for the land"])
    ]


def test_an_object_with_its_description_is_the_content() -> None:
    found = _statements("The union criticized the mayor for delaying the pay talks again.")
    assert found == [("criticized", "The union", ["the mayor for delaying the pay talks again"])]


def test_called_for_someone_to_act_has_the_clause_as_content() -> None:
    found = _statements("The mayor called for all departments to publish their budgets.")
    assert found == [("called", "The mayor", ["all departments to publish their budgets"])]


def test_an_aside_cue_in_a_sentence_that_quotes_a_few_words_is_still_an_aside() -> None:
    text = 'The new route, she said, would "open the valley" to more visitors.'
    found = _statements(text)
    assert [(cue, source) for cue, source, _ in found] == [("said", "she")]
    assert found[0][2] == ["The new route", 'would "open the valley" to more visitors']


def test_an_as_clause_cue_reports_the_sentence_it_hangs_from() -> None:
    found = _statements("As the treasurer noted, the budget has grown every year since 2010.")
    assert found == [("noted", "the treasurer", ["the budget has grown every year since 2010"])]
    found = _statements("The fees went up in March, as the council has acknowledged.")
    assert found == [("has acknowledged", "the council", ["The fees went up in March"])]


def test_a_passive_cue_with_an_agent_is_about_its_pronoun_subject() -> None:
    found = _statements("He was endorsed by the teachers union.")
    assert found == [("was endorsed", "the teachers union", ["He"])]


def test_a_pronoun_object_is_what_a_stance_cue_is_about_but_not_a_reflexive() -> None:
    found = _statements("The teachers union endorsed her in the spring.")
    assert ("endorsed", "The teachers union", ["her"]) in found
    found = _statements("She defended herself against the charges.")
    assert found == [("defended", "She", ["the charges"])]


def test_verbs_that_report_a_stance_with_their_preposition() -> None:
    found = _statements("Other defenders pointed to earlier examples of borrowed speeches.")
    assert found == [("pointed", "Other defenders", ["earlier examples of borrowed speeches"])]
    found = _statements("The county clerk agreed with the ruling.")
    assert found == [("agreed", "The county clerk", ["the ruling"])]


def test_verbs_of_raised_voice_report_what_was_said() -> None:
    found = _statements("“We won!” she screamed.")
    assert found == [("screamed", "she", ["We won!"])]
    found = _statements("Outside the hall, Dana Price yelled that the vote had been rigged.")
    assert ("yelled", "Dana Price", ["the vote had been rigged"]) in found


def test_what_respondents_said_in_a_poll_is_part_of_the_poll_finding() -> None:
    found = _statements("In a new county poll, most residents said they wanted a second bridge.")
    assert found == [
        ("In", "a new county poll", ["most residents said they wanted a second bridge"])
    ]


def test_a_saying_inside_an_unrelayed_according_to_is_part_of_that_statement() -> None:
    found = _statements(
        "Turnout in the valley, where most voters said the roads mattered most, "
        "rose to a record, according to the county's exit poll."
    )
    assert [(cue, source) for cue, source, _ in found] == [
        ("according to", "the county's exit poll")
    ]


def _content_of(found: list[tuple[str, str, list[str]]], cue: str, source: str) -> list[str]:
    return next(content for c, s, content in found if (c, s) == (cue, source))


def test_a_which_clause_holding_another_statement_is_cut_from_the_content() -> None:
    found = _statements(
        "Councilor Ada Pell criticized the harbor plan, which the port auditors said was "
        "far too costly."
    )
    assert _content_of(found, "criticized", "Councilor Ada Pell") == ["the harbor plan"]


def test_a_while_clause_holding_another_statement_is_cut_from_the_content() -> None:
    found = _statements(
        "Tomas Ruiz said the levy would pass easily, while Nell Okafor argued it would fail."
    )
    assert _content_of(found, "said", "Tomas Ruiz") == ["the levy would pass easily"]
    assert _content_of(found, "argued", "Nell Okafor") == ["it would fail"]


def test_a_trailing_participle_that_reports_is_cut_from_the_content() -> None:
    found = _statements(
        "Ada Pell said her brother had been a fair employer for years and would do the same "
        "as mayor, saying that he paid every worker the same wage."
    )
    assert _content_of(found, "said", "Ada Pell") == [
        "her brother had been a fair employer for years and would do the same as mayor"
    ]


def test_an_aside_set_off_by_a_dash_is_cut_like_one_set_off_by_a_comma() -> None:
    found = _statements(
        "Councilor Ada Pell criticized the harbor plan — which the port auditors said was "
        "far too costly."
    )
    assert _content_of(found, "criticized", "Councilor Ada Pell") == ["the harbor plan"]


def test_a_participle_hung_on_the_content_verb_is_said_by_the_speaker_before_it() -> None:
    found = _statements(
        "Ada Pell said her brother had been a fair employer for years and would do the same "
        "as mayor, saying that he paid every worker the same wage."
    )
    assert _content_of(found, "saying", "Ada Pell") == ["he paid every worker the same wage"]


def test_whoever_uses_a_means_to_speak_is_the_source_not_the_means() -> None:
    found = _statements("Okafor used a crude expression to describe the council as lazy.")
    assert ("to describe", "Okafor", ["the council as lazy"]) in found


def test_a_cue_inside_what_another_statement_reports_is_part_of_that_report() -> None:
    text = (
        "Gina Moretti wrote in her column that officials at the harbor board, who said "
        "the pier was safe, had ignored the warnings of two engineers."
    )
    assert [cue for cue, _, _ in _statements(text)] == ["wrote"]
