"""Direct quotes and their speakers in the layouts news uses; stance cues.

Every text here is written for these tests, analysed as a plain body.
"""

from __future__ import annotations

from tests.test_statements import holding, span_text

from newstrace import Article, Statement, analyze_text

PUBLISHED = "2024-06-05T09:00:00+02:00"


def _analyze(text: str) -> Article:
    return analyze_text(text, plain=True, published=PUBLISHED)


def _content(article: Article, statement: Statement) -> list[str]:
    return [piece.of(article.text) for piece in statement.content]


_holding = holding


def test_quote_after_the_speakers_sentence_is_the_same_statement() -> None:
    article = _analyze(
        "“The harbour will open in May,” Ines Duarte said, as workers unloaded the last "
        "crane behind her. “After that, the ferries come back every hour.”"
    )
    statement = _holding(article, "The harbour will open")
    assert statement.speaker.name == "Ines Duarte"
    assert _content(article, statement) == [
        "The harbour will open in May",
        "After that, the ferries come back every hour.",
    ]


def test_quote_paragraph_after_a_speakers_paragraph_is_theirs() -> None:
    article = _analyze(
        "“We counted every ballot twice,” election officer Paul Brandt said on Sunday.\n\n"
        "“Nobody has shown us a single error in the count so far.”"
    )
    statement = _holding(article, "Nobody has shown us")
    assert statement.kind == "direct"
    assert statement.speaker.name == "Paul Brandt"
    assert statement.source is None  # no mention of its own


def test_quote_paragraph_after_a_speakers_indirect_statement_is_theirs() -> None:
    article = _analyze(
        "Election officer Paul Brandt said on Sunday that every ballot was counted twice.\n\n"
        "“Nobody has shown us a single error in the count so far.”"
    )
    statement = _holding(article, "Nobody has shown us")
    assert statement.kind == "direct"
    assert statement.speaker.name == "Paul Brandt"
    assert statement.source is None  # no mention of its own


def test_colon_introduction_with_the_quote_in_the_next_paragraph() -> None:
    article = _analyze(
        "In a letter to the council, the head of the port authority, Marta Lindqvist, "
        "wrote:\n\n“The new quay cannot be finished before the autumn storms arrive.”"
    )
    statement = _holding(article, "The new quay")
    assert statement.kind == "direct"
    assert statement.speaker.name == "Marta Lindqvist"


def test_cue_owned_by_the_next_quote_is_not_taken_by_an_earlier_sentence() -> None:
    article = _analyze(
        "Senator Ruth Okafor disagreed. “The plan has no chance of passing this year,” "
        "Daniel Moss said. “It never had one.”"
    )
    statement = _holding(article, "The plan has no chance")
    assert statement.speaker.name == "Daniel Moss"
    assert _content(article, statement) == [
        "The plan has no chance of passing this year",
        "It never had one.",
    ]


def test_markup_attribute_values_are_not_quotes() -> None:
    article = _analyze(
        '<blockquote title="Ferry late again for the third time this week">'
        " was shared widely, and the council said it would answer on Friday."
    )
    quoted = [s for s in article.statements if s.kind == "direct"]
    assert not quoted, [_content(article, s) for s in quoted]


def test_a_verb_with_its_preposition_is_a_cue() -> None:
    article = _analyze("The union called for an inquiry into the accident at the mine.")
    statement = _holding(article, "an inquiry")
    assert statement.cue is not None
    assert statement.cue.of(article.text) == "called"


def test_a_name_the_tagger_missed_is_taken_from_its_apposition() -> None:
    article = _analyze(
        "The minister, Ana Ruiz, said on Monday that the budget would pass. "
        "Ana Ruiz, the finance minister, said taxes would not rise. "
        "The minister added that pensions were safe."
    )
    speakers = [(s.speaker.name, s.speaker.role) for s in article.statements]
    assert speakers[0] == ("Ana Ruiz", "minister")
    assert speakers[1] == ("Ana Ruiz", "finance minister") or speakers[1] == (
        "Ana Ruiz",
        "minister",
    )
    assert speakers[2][0] == "Ana Ruiz"


def test_a_person_tagged_as_an_organisation_beside_a_role_is_still_the_speaker() -> None:
    article = _analyze(
        '"The water is back," the mayor, Lina Holt, told reporters on Friday, '
        "adding that the homes had been reconnected."
    )
    assert [(s.speaker.name, s.speaker.role) for s in article.statements] == [
        ("Lina Holt", "mayor"),
        ("Lina Holt", "mayor"),
    ]


def test_quote_a_verb_of_saying_introduces_with_no_comma_is_direct() -> None:
    article = _analyze(
        "At the rally on Friday, Governor Lena Voss says “we will fix every road in this "
        "county before the winter comes.”"
    )
    statement = _holding(article, "we will fix every road")
    assert statement.kind == "direct"
    assert statement.speaker.name == "Lena Voss"


def test_quoted_phrase_after_that_or_a_noun_stays_mixed() -> None:
    article = _analyze(
        "Governor Lena Voss said that “every road in this county will be fixed before the "
        "winter comes.” She called the old plan “a slow and costly mistake for everyone.”"
    )
    assert _holding(article, "every road in this county").kind == "mixed"
    assert _holding(article, "a slow and costly mistake").kind == "mixed"


def test_a_title_after_the_cue_is_not_part_of_the_quote() -> None:
    article = _analyze(
        "“The bridge will stay closed until March,” Mayor Anna Berg told the program "
        "“City Hour.” “We cannot take any risks with it.”"
    )
    statement = _holding(article, "The bridge will stay closed")
    assert statement.kind == "direct"
    assert statement.speaker.name == "Anna Berg"
    assert _content(article, statement) == [
        "The bridge will stay closed until March",
        "We cannot take any risks with it.",
    ]


def test_name_between_a_quote_and_a_verb_the_parse_gave_no_subject() -> None:
    article = _analyze(
        "“Go back to your own network,” Trump barked and a security guard escorted Silva out."
    )
    statement = _holding(article, "Go back to your own network")
    assert statement.speaker.name == "Trump"
    assert span_text(article, statement.source) == "Trump"


def test_description_and_verb_of_saying_after_a_question() -> None:
    article = _analyze("“Why would anyone build a road there?” the 40-year-old asked in the video.")
    statement = _holding(article, "Why would anyone build")
    assert span_text(article, statement.source) == "the 40-year-old"
    assert span_text(article, statement.cue) == "asked"


def test_roundup_label_after_a_dash_names_who_is_quoted() -> None:
    article = _analyze(
        "Turnout broke the record in the county - Maria Lopez: “At long last the primaries "
        "have started and we finally have a first look at turnout.”\n\n"
        "What the study means - Not every panel is equal. More from the report: “Samples "
        "with longer field periods produced more accurate results than the rest.”"
    )
    lopez = _holding(article, "At long last")
    assert lopez.speaker.name == "Maria Lopez"
    assert span_text(article, lopez.cue) == ":"
    report = _holding(article, "Samples with longer field periods")
    assert span_text(article, report.source) == "the report"


def test_quote_after_that_and_a_no_break_space_is_mixed() -> None:
    article = _analyze(
        "“It is not new here,” said Rep. Tom Scott at the time, adding that\u00a0“we have been "
        "electing women to office for a long time.”"
    )
    assert _holding(article, "we have been electing").kind == "mixed"


def test_participle_after_a_comma_speaks_for_the_subject_before_it() -> None:
    article = _analyze(
        "Singer Ana Vold shared the news online last week, writing “Feels great to back "
        "someone I believe in. This is a man with integrity.”"
    )
    statement = _holding(article, "Feels great to back")
    assert statement.speaker.name == "Ana Vold"
    assert span_text(article, statement.cue) == "writing"


def test_roundup_label_wins_over_the_headline_verb_before_it() -> None:
    article = _analyze(
        "But polls did predict the Democratic caucus - Pollwatch: “While the Iowa caucuses "
        "provided a polling upset on the Republican side, most pollsters fared much better.”"
    )
    statement = _holding(article, "While the Iowa caucuses")
    assert span_text(article, statement.source) == "Pollwatch"
    assert span_text(article, statement.cue) == ":"


def test_participle_speaks_for_the_subject_before_it_when_the_parse_puts_it_in_the_quote() -> None:
    article = _analyze(
        "Lowe didn’t seem impressed with the council’s comments Tuesday, telling reporters, "
        "“A lot of people said the mayor should step down.”"
    )
    statement = _holding(article, "A lot of people said")
    assert span_text(article, statement.source) == "Lowe"
    assert span_text(article, statement.cue) == "telling"


def test_a_relative_who_speaks_for_the_person_it_follows() -> None:
    article = analyze_text(
        "Voters lined the road.\n\n"
        "“There is something about all those stories, right?” said Blake, who argued "
        "that the farm would survive.\n\n"
        "“I mean, I don't think all those things are coincidences. I struggle with it.”",
        plain=True,
    )
    inner = next(s for s in article.statements if s.source and s.source.of(article.text) == "who")
    assert inner.speaker.name == "Blake"
    going_on = next(
        s for s in article.statements if s.content[0].of(article.text).startswith("I mean")
    )
    assert going_on.speaker.name == "Blake"
