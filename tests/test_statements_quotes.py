"""Direct quotes: who says them after an inverted or unlisted cue, and which are mixed.

Every text here is written for these tests, analysed as a plain body.
"""

from __future__ import annotations

from tests.test_statements import holding, span_text

from newstrace import Article, analyze_text

PUBLISHED = "2024-06-05T09:00:00+02:00"


def _analyze(text: str) -> Article:
    return analyze_text(text, plain=True, published=PUBLISHED)


_holding = holding


def test_description_after_an_inverted_cue_is_the_source() -> None:
    # The parse reads the description as the object of "added", and gives it no subject.
    article = _analyze(
        "“There are more candidates in this race than seats on the bus,” added another "
        "Vermont Democrat."
    )
    statement = _holding(article, "There are more candidates")
    assert statement.kind == "direct"
    assert span_text(article, statement.source) == "another Vermont Democrat"


def test_description_after_an_inverted_cue_in_double_apostrophes_is_the_source() -> None:
    article = _analyze("''Gun owners should leave their weapons at home,'' added the governor.")
    statement = _holding(article, "Gun owners should")
    assert span_text(article, statement.source) == "the governor"


def test_words_of_the_quote_are_not_the_source_of_an_inverted_cue() -> None:
    # The parse takes "#Floods" at the end of the quote for the subject of "posted".
    article = _analyze(
        '"Nobody in this valley has seen the river this high before. #Floods," '
        "posted a farmer from the lower valley."
    )
    statement = _holding(article, "Nobody in this valley")
    assert statement.kind == "direct"
    assert span_text(article, statement.source) == "a farmer"


def test_opening_mark_typed_for_the_closing_one_ends_the_quote() -> None:
    article = _analyze(
        "“The bridge is safe,“ said Lena Sorensen, the city engineer. "
        "“We inspected every cable last week.”"
    )
    statement = _holding(article, "The bridge is safe")
    assert [p.of(article.text) for p in statement.content] == [
        "The bridge is safe",
        "We inspected every cable last week.",
    ]
    assert statement.speaker.name == "Lena Sorensen"


def test_verb_outside_the_lexicon_before_a_comma_introduces_the_quote() -> None:
    article = _analyze(
        "During their last debate, Maria Lopez cracked, ''I'm a mayor, but I'm a mayor who "
        "likes to fix potholes'' - she has often been an effective manager."
    )
    statement = _holding(article, "I'm a mayor")
    assert statement.kind == "direct"
    assert statement.speaker.name == "Maria Lopez"
    assert span_text(article, statement.cue) == "cracked"


def test_as_someone_put_it_introduces_the_quote() -> None:
    article = _analyze(
        "The vote was close. As the columnist Mira Holt put it, "
        "“Nobody won tonight, and everybody knows it.”"
    )
    statement = _holding(article, "Nobody won tonight")
    assert statement.speaker.name == "Mira Holt"


def test_clause_before_a_comma_that_is_only_a_time_names_no_speaker() -> None:
    article = _analyze(
        "After the storm passed, “everyone in the hall just kept singing along in the dark.”"
    )
    statement = _holding(article, "everyone in the hall")
    assert statement.cue is None
    assert statement.source is None


def test_quote_the_reporters_sentence_goes_on_after_is_mixed() -> None:
    article = _analyze(
        "“Every ferry leaves on the hour and never a minute late” became the motto "
        "of the season.\n\n"
        "“We are very pleased with the new schedule for the ferries” the director said."
    )
    assert _holding(article, "Every ferry leaves").kind == "mixed"
    assert _holding(article, "We are very pleased").kind == "direct"


def test_name_after_an_inverted_cue_that_the_parse_gave_to_a_later_verb() -> None:
    # The parse makes the name the subject of "asked", and "said" has none.
    article = _analyze(
        '"I\'m not going to say it is a mistake, so forget about it," said retired '
        "neurosurgeon Paul Okafor, asked about his claims that he had received a scholarship."
    )
    statement = _holding(article, "forget about it")
    assert span_text(article, statement.source) == "retired neurosurgeon Paul Okafor"
    assert statement.speaker.name == "Paul Okafor"


def test_pronoun_for_someone_after_an_inverted_cue_is_the_source() -> None:
    article = _analyze(
        '"Better watch the river tonight since the council said the dam is safe," tweeted another.'
    )
    statement = _holding(article, "Better watch the river")
    assert span_text(article, statement.source) == "another"


def test_dash_line_under_a_quote_paragraph_names_its_speaker() -> None:
    article = _analyze(
        "The claims were checked one by one.\n\n"
        '"Half of all new income goes to the top 1 percent of households in this state."\n\n'
        "- Paula Mendez.\n\n"
        "The senator is relying on an outdated statistic."
    )
    statement = _holding(article, "Half of all new income")
    assert statement.speaker.name == "Paula Mendez"
    assert span_text(article, statement.source) == "Paula Mendez"


def test_quoted_title_is_not_direct_speech() -> None:
    article = _analyze(
        "Fans were inspecting the senator's new book, \"Broken Harbour: How to Rebuild "
        'Our Coast," for clues about his plans.'
    )
    statement = _holding(article, "Broken Harbour")
    assert statement.kind != "direct"


def test_capitalised_opening_of_a_split_quote_is_still_direct() -> None:
    article = _analyze(
        '"As President," she said, "I will oppose every effort to close the harbour."'
    )
    assert _holding(article, "As President").kind == "direct"


def test_as_someone_with_a_long_apposition_put_it_introduces_the_quote() -> None:
    article = _analyze(
        "As Akhil Amar, professor of constitutional law at Yale and author of ''America's "
        "Unwritten Constitution,'' put it, ''Senate Republicans should remember that a "
        "compromise candidate today may be far better for them than the justice they may "
        "get stuck with.''"
    )
    statement = _holding(article, "Senate Republicans should remember")
    assert statement.speaker.name == "Akhil Amar"


def test_day_after_the_name_of_an_inverted_cue_is_not_part_of_the_source() -> None:
    article = _analyze(
        "''Gun owners should leave their weapons at home,'' added the governor Tuesday."
    )
    statement = _holding(article, "Gun owners should")
    assert span_text(article, statement.source) == "the governor"


def test_phrase_after_a_comma_is_not_introduced_by_the_verb_before_it() -> None:
    article = _analyze(
        "Prices rose sharply, “a sign of the pressure on every household in the valley "
        "this winter.”"
    )
    statement = _holding(article, "a sign of the pressure")
    assert statement.source is None


def test_statement_or_editorial_that_reads_a_quote_is_its_source() -> None:
    article = _analyze(
        '"Our team took notes on the mayor\'s life and her own thinking," read the '
        "statement, which was signed by her aide.\n\n"
        "“If she wants to lead the region, the mayor should come to the valley,” the "
        "editorial read."
    )
    assert span_text(article, _holding(article, "Our team took notes").source) == ("the statement")
    assert span_text(article, _holding(article, "If she wants to lead").source) == ("the editorial")


def test_verb_outside_the_lexicon_before_its_source_after_a_quote() -> None:
    article = _analyze(
        "The doors opened at seven. ''Please keep your phones switched off during the whole "
        "show,'' begins a recorded message that plays before every concert."
    )
    statement = _holding(article, "Please keep your phones")
    assert span_text(article, statement.source) == "a recorded message"
    assert span_text(article, statement.cue) == "begins"


def test_name_before_an_apposition_is_the_speaker_the_parse_lost() -> None:
    article = _analyze(
        "In a statement to the Courier, her senior policy adviser, Jake Lund, said: "
        "“Mayor Ruiz believes that the harbour deal is essential for the valley.”"
    )
    statement = _holding(article, "Mayor Ruiz believes")
    assert statement.speaker.name == "Jake Lund"
    assert span_text(article, statement.source) == "Jake Lund"


def test_words_before_a_cue_set_off_as_an_aside_open_the_quoted_sentence() -> None:
    article = _analyze(
        "If the levy fails in March, Mayor Tilda Brandt said, “the library on Elm Street "
        "will close its doors by summer.”"
    )
    statement = _holding(article, "the library on Elm Street")
    assert statement.kind == "mixed"
    assert [p.of(article.text) for p in statement.content] == [
        "If the levy fails in March",
        "the library on Elm Street will close its doors by summer.",
    ]
    assert statement.speaker.name == "Tilda Brandt"


def test_a_time_before_the_cue_is_not_part_of_the_quote() -> None:
    article = _analyze(
        "On Monday, Mayor Tilda Brandt said, “the library on Elm Street will close its "
        "doors by summer.”"
    )
    statement = _holding(article, "the library on Elm Street")
    assert statement.kind == "direct"
    assert [p.of(article.text) for p in statement.content] == [
        "the library on Elm Street will close its doors by summer.",
    ]


def test_a_subject_before_the_aside_goes_with_a_quote_that_opens_on_its_verb() -> None:
    article = _analyze(
        "The new toll on the harbor bridge, Councillor Omar Vesely said, “will drive "
        "the delivery vans back onto our narrow streets.”"
    )
    statement = _holding(article, "will drive the delivery vans")
    assert statement.kind == "mixed"
    assert statement.content[0].of(article.text) == "The new toll on the harbor bridge"


def test_an_aside_with_words_of_its_own_keeps_its_opening_phrase_out() -> None:
    article = _analyze(
        "If the levy fails, Mayor Tilda Brandt told the council at a long meeting on "
        "Tuesday, “the library on Elm Street will close its doors by summer.”"
    )
    statement = _holding(article, "the library on Elm Street")
    assert statement.kind == "direct"


def test_a_quoted_headline_followed_by_its_byline_is_not_speech() -> None:
    article = _analyze(
        "READING LIST:\n\n"
        "—“Harbor cranes stand idle as the port strike enters its third week,” by the "
        "Tribune’s Nils Arvidsson: “Dockworkers walked off the job on Monday and have not "
        "come back since.”"
    )
    quoted = [p.of(article.text) for s in article.statements for p in s.content]
    assert not any("Harbor cranes" in piece for piece in quoted)
    statement = _holding(article, "Dockworkers walked off")
    assert span_text(article, statement.source).endswith("Nils Arvidsson")


def test_the_reporters_words_before_a_colon_are_not_part_of_the_quote() -> None:
    article = _analyze(
        "Mr. Halvorsen saw the ruling differently: “When the court says the levy is "
        "legal, I take that as a green light for the whole county,” he said."
    )
    statement = _holding(article, "When the court says")
    assert statement.kind == "direct"
    assert [p.of(article.text) for p in statement.content] == [
        "When the court says the levy is legal, I take that as a green light for the whole county",
    ]


def test_a_verb_in_the_sentence_after_a_quote_does_not_introduce_it() -> None:
    article = _analyze(
        "The surge in the northern wards did not surprise pollster Dana Whitcombe: “The "
        "turnout was higher than any of us had planned for.”  Whitcombe and Ortega conduct "
        "the county poll together."
    )
    statement = _holding(article, "The turnout was higher")
    assert span_text(article, statement.source) == "pollster Dana Whitcombe"


def test_a_name_after_on_or_to_before_the_colon_is_not_the_speaker() -> None:
    article = _analyze(
        "Hours after the blast, a familiar voice praised the attackers on Twitter: “Our "
        "fighters are already among you. Choose how your end will come.”"
    )
    statement = _holding(article, "Our fighters are already")
    assert span_text(article, statement.source) == "a familiar voice"


def test_a_paragraph_in_single_marks_quoted_again_below_is_a_subheading() -> None:
    article = _analyze(
        "The storm reached the coast just after midnight.\n\n"
        "'A long night for the harbor crews'\n\n"
        "“It was a long night for the harbor crews and for every one of us,” said dock"
        " foreman Ivo Marek."
    )
    starts = [s.content[0].start for s in article.statements]
    assert article.text.index("'A long") + 1 not in starts
    assert _holding(article, "It was a long night").speaker.name == "Ivo Marek"


def test_a_lone_paragraph_in_single_marks_is_kept_as_a_quote() -> None:
    article = _analyze(
        "Dock foreman Ivo Marek said the crews had worked through the night.\n\n"
        "‘We have never seen the water rise this fast in twenty years.’"
    )
    assert _holding(article, "We have never seen the water").kind == "direct"


def test_a_paragraph_in_double_apostrophes_is_still_a_quote() -> None:
    article = _analyze(
        "The storm reached the coast just after midnight, said dock foreman Ivo Marek.\n\n"
        "''It was a long night for every one of us on the harbor crews.''"
    )
    assert _holding(article, "It was a long night").kind == "direct"


def test_a_name_and_its_description_between_a_quote_and_its_cue_is_the_source() -> None:
    # The parse hangs the verb from the name, so no frame gives the quote its speaker.
    article = _analyze(
        "The race tightened in August.\n\n"
        "“Walsh needs a strategy for winning [independent candidate Ray] Ortiz voters,” "
        "Oskar Lindgren, the polling analyst who founded harborsurvey.com tweeted on "
        "Wednesday. “They're clearly drawing more from her side now.”"
    )
    statement = _holding(article, "Walsh needs a strategy")
    assert span_text(article, statement.source) == "Oskar Lindgren"
    assert statement.speaker.name == "Oskar Lindgren"


def test_a_name_inside_the_aside_is_not_the_speaker_before_it() -> None:
    article = _analyze(
        "During the primary Lena Ruiz, goaded by Paul Ott, came out against the harbor toll "
        'and the stadium deal\'s "hidden gifts to the owners of the team."'
    )
    statement = _holding(article, "hidden gifts")
    assert span_text(article, statement.source) == "Lena Ruiz"


def test_a_name_before_an_aside_speaks_for_a_cue_with_a_helper_verb() -> None:
    article = _analyze(
        "The dispute began after Lena Ruiz, asked about the closures of clinics across the "
        "county, had said, “I think our city does plenty of closing also.”"
    )
    statement = _holding(article, "I think our city")
    assert span_text(article, statement.source) == "Lena Ruiz"


def test_an_as_clause_of_saying_before_the_quote_gives_its_speaker() -> None:
    article = _analyze(
        'But at the time, as district prosecutor Anton Weller put it, "apart from the '
        'wrong friends and some jogging, there was not much to charge him with."'
    )
    statement = _holding(article, "apart from the wrong friends")
    assert span_text(article, statement.source) == "district prosecutor Anton Weller"
    article = _analyze(
        "As the Harbor Kings sang back in the 1970s, \"They'll take your land and sell it "
        'back to you."'
    )
    statement = _holding(article, "They'll take your land")
    assert span_text(article, statement.source) == "the Harbor Kings"


def test_a_time_clause_with_as_before_a_quote_is_not_its_speaker() -> None:
    article = _analyze(
        'As the last ballots were counted, "we knew the harbor plan had failed for good."'
    )
    quoted = [s for s in article.statements if s.source is not None]
    assert not quoted


def test_the_verb_of_a_clause_inside_the_lead_does_not_introduce_the_quote() -> None:
    article = _analyze(
        '"There was wrongdoing," said a former official.\n\n'
        'Ruiz has since apologized for what happened: "Yes, I should have used two '
        'accounts, one for personal matters and one for my work. Not doing so was a mistake."'
    )
    statement = _holding(article, "Yes, I should have used")
    assert span_text(article, statement.source) == "Ruiz"


def test_a_quote_ending_an_earlier_sentence_is_not_the_opening_of_the_next() -> None:
    article = _analyze(
        "Holm did not say how she planned to reboot her campaign, saying in her statement "
        "only that she was “refining some practices and moving some staff to better match "
        "the tasks ahead.” She added: “My senior team remains in place with my full "
        "confidence, and they will carry out our plan.”"
    )
    statement = _holding(article, "My senior team")
    assert statement.kind == "direct"
    assert [p.of(article.text) for p in statement.content] == [
        "My senior team remains in place with my full confidence, and they will carry out "
        "our plan.",
    ]


def test_cue_the_parse_hangs_on_a_verb_inside_the_quote_before_it_keeps_its_speaker() -> None:
    # With double apostrophes the parse makes "said" a clause of "says" in the quote.
    article = _analyze(
        "Voters lined the road.\n\n"
        "''She says what others are scared to say,'' Tom Blake, a plumber, said at the "
        "rally on Tuesday. ''Taxes keep rising year after year after year.''"
    )
    statement = _holding(article, "She says what others")
    assert statement.speaker.name == "Tom Blake"
    assert span_text(article, statement.cue) == "said"
