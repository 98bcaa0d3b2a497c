"""Statements on hand-written paragraphs: one test per case the issue names.

Every text here is written for these tests. Each case is analysed as a plain
body, so offsets are into the text as given.
"""

from __future__ import annotations

import pytest

from newstrace import Article, Span, Statement, analyze_text

PUBLISHED = "2024-06-05T09:00:00+02:00"  # a Wednesday


def _analyze(text: str) -> Article:
    return analyze_text(text, plain=True, published=PUBLISHED)


def _only(text: str) -> tuple[Article, Statement]:
    article = _analyze(text)
    assert len(article.statements) == 1, [s.content for s in article.statements]
    return article, article.statements[0]


def _content(article: Article, statement: Statement) -> list[str]:
    return [piece.of(article.text) for piece in statement.content]


def span_text(article: Article, span: Span | None) -> str | None:
    return None if span is None else span.of(article.text)


def holding(article: Article, words: str) -> Statement:
    """The one statement of `article` whose content holds `words`."""
    found = [s for s in article.statements if any(words in p.of(article.text) for p in s.content)]
    assert len(found) == 1, [[p.of(article.text) for p in s.content] for s in article.statements]
    return found[0]


def statement_parts(text: str) -> list[tuple[str, str | None, list[str]]]:
    """(cue, source, content pieces) of each statement of `text`, analysed as a plain body."""
    article = analyze_text(text, plain=True)
    return [
        (
            span_text(article, s.cue) or "",
            span_text(article, s.source),
            [piece.of(article.text) for piece in s.content],
        )
        for s in article.statements
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            '"We will rebuild the bridge before winter," said Mayor Anna Berg.',
            "Anna Berg",
            "We will rebuild the bridge before winter",
        ),
        (
            "“The money is already in the budget,” Anna Berg said.",
            "Anna Berg",
            "The money is already in the budget",
        ),
        (
            "‘We are not leaving this town without a fight,’ said Tom Reyes.",
            "Tom Reyes",
            "We are not leaving this town without a fight",
        ),
        (
            "«We will stay here for as long as it takes», said Pierre Martin.",
            "Pierre Martin",
            "We will stay here for as long as it takes",
        ),
    ],
    ids=["straight", "curly", "single", "guillemets"],
)
def test_quote_marks_of_every_kind(text: str, speaker: str, content: str) -> None:
    article, statement = _only(text)
    assert statement.kind == "direct"
    assert statement.speaker.name == speaker
    assert _content(article, statement) == [content]
    assert span_text(article, statement.cue) == "said"


def test_speaker_before_the_quote_with_a_colon() -> None:
    article, statement = _only('Karl Weber said: "The vote was rigged from the start."')
    assert statement.speaker.name == "Karl Weber"
    assert _content(article, statement) == ["The vote was rigged from the start."]


def test_speaker_inside_a_split_quote_is_one_statement() -> None:
    article, statement = _only(
        '"The vote was rigged," Karl Weber said, "and everyone in this room knows it."'
    )
    assert statement.speaker.name == "Karl Weber"
    assert _content(article, statement) == [
        "The vote was rigged",
        "and everyone in this room knows it.",
    ]


def test_quote_running_over_paragraphs_without_a_closing_mark() -> None:
    text = (
        "Jane Okafor, the union's leader, said: \"The workers have waited long enough.\n\n"
        '"We will not accept another delay, and we will say so in every meeting."'
    )
    article, statement = _only(text)
    assert statement.speaker.name == "Jane Okafor"
    assert statement.speaker.role == "union's leader"
    assert _content(article, statement) == [
        "The workers have waited long enough.",
        "We will not accept another delay, and we will say so in every meeting.",
    ]


def test_trailing_dash_names_the_speaker() -> None:
    article, statement = _only('"Nobody told us anything about the plan." —Maria Lopez')
    assert statement.speaker.name == "Maria Lopez"
    assert statement.cue is None
    assert span_text(article, statement.source) == "Maria Lopez"


def test_quote_without_cue_belongs_to_the_speaker_before_it_in_the_paragraph() -> None:
    article = _analyze(
        "Health minister Ruth Adeyemi on Monday told the BBC the clinics would reopen. "
        '"We owe it to the patients who waited all winter."'
    )
    told, quote = article.statements
    assert told.kind == "indirect"
    assert told.speaker.name == "Ruth Adeyemi"
    assert told.speaker.role == "Health minister"
    assert span_text(article, told.addressee) == "the BBC"
    assert told.when is not None and told.when.date == "2024-06-03"
    assert quote.kind == "direct"
    assert quote.speaker.name == "Ruth Adeyemi"
    assert quote.cue is None and quote.speaker.mention == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg said that the talks would resume in May.",
        "Anna Berg said the talks would resume in May.",
    ],
    ids=["with-that", "without-that"],
)
def test_indirect_speech(text: str) -> None:
    article, statement = _only(text)
    assert statement.kind == "indirect"
    assert statement.speaker.name == "Anna Berg"
    assert _content(article, statement) == ["the talks would resume in May"]


def test_pronoun_and_description_resolve_to_the_person_named_before() -> None:
    article = _analyze(
        "Finance minister Lena Holt said the budget was balanced. "
        "She added that taxes would not rise. "
        "The minister said the deficit would shrink next year."
    )
    _, added, described = article.statements
    assert added.speaker.name == "Lena Holt" and added.speaker.mention == "pronoun"
    assert described.speaker.name == "Lena Holt"
    assert described.speaker.mention == "description"
    assert described.speaker.role == "Finance minister"


def test_reporting_noun_gives_the_channel() -> None:
    article, statement = _only(
        "In a statement, the ministry said the border would stay closed until further notice."
    )
    assert span_text(article, statement.channel) == "a statement"
    assert _content(article, statement) == ["the border would stay closed until further notice"]


def test_reporting_noun_with_a_clause_is_a_statement() -> None:
    article = _analyze("Weber's claim that the vote was rigged angered the council.")
    claim = next(s for s in article.statements if span_text(article, s.cue) == "claim")
    assert _content(article, claim) == ["the vote was rigged"]
    assert claim.speaker.name == "Weber"


def test_according_to_is_a_source() -> None:
    article, statement = _only("The factory will close in June, according to the company.")
    assert span_text(article, statement.cue) == "according to"
    assert span_text(article, statement.source) == "the company"
    assert _content(article, statement) == ["The factory will close in June"]


def test_nested_attribution_keeps_the_speaker_and_records_the_relay() -> None:
    article, statement = _only(
        "Anna Berg said the bridge would reopen in May, according to Reuters."
    )
    assert statement.speaker.name == "Anna Berg"
    assert [span_text(article, v) for v in statement.via] == ["Reuters"]


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Ledger reported that Mayor Ines Farrow said the bridge would reopen in June.",
        "Mayor Ines Farrow said the bridge would reopen in June, the Harbor Ledger reported.",
    ],
)
def test_a_saying_an_outlet_reports_is_a_statement_relayed_by_it(text: str) -> None:
    article = analyze_text(text, plain=True)
    relayed = [s for s in article.statements if s.via]
    assert [span_text(article, s.source) for s in relayed] == ["Mayor Ines Farrow"]
    assert [span_text(article, v).lower() for v in relayed[0].via] == ["the harbor ledger"]
    # The outlet's report stays a statement of its own, holding the relayed one.
    sources = [span_text(article, s.source).lower() for s in article.statements if s.source]
    assert "the harbor ledger" in sources


def test_a_saying_a_person_reports_is_part_of_that_statement() -> None:
    article, statement = _only("Officials said the mayor told them the plant would close.")
    assert span_text(article, statement.source) == "Officials"
    assert _content(article, statement) == ["the mayor told them the plant would close"]


def test_hedge_and_channel() -> None:
    article, statement = _only(
        "Karl Weber reportedly said in an interview with Radio Nord that he would resign."
    )
    assert span_text(article, statement.hedge) == "reportedly"
    assert span_text(article, statement.channel) == "an interview with Radio Nord"


def test_unattributed_quote_is_kept_without_a_speaker() -> None:
    _, statement = _only('"This is a disgrace to the whole city and everyone who lives in it."')
    assert statement.kind == "direct"
    assert statement.speaker.name is None
    assert statement.confidence < 0.5


def test_broken_quote_mark_costs_no_more_than_its_paragraph() -> None:
    text = (
        'The council voted late. Weber called the result "a disgrace for all who live in the valley, he said, and left\n\n'
        '"It is over," Jane Okafor said.\n\n'
        "Anna Berg said the bridge would reopen in May."
    )
    article = _analyze(text)
    contents = [_content(article, s) for s in article.statements]
    # The unclosed quote runs to the end of its own paragraph, and no further.
    assert ["a disgrace for all who live in the valley, he said, and left"] in contents
    over = next(s for s in article.statements if _content(article, s) == ["It is over"])
    assert over.speaker.name == "Jane Okafor"
    assert ["the bridge would reopen in May"] in contents


def test_statements_are_not_sought_in_other_languages() -> None:
    article = analyze_text(
        "Le maire a déclaré que le pont serait rouvert au printemps prochain, "
        "après deux années de travaux et de longues discussions avec les habitants.",
        plain=True,
    )
    assert article.statements == ()
    assert [p.code for p in article.problems] == ["language-not-analyzed"]
