"""Which clause or phrase a cue reports, read off parses built by hand.

The parses are written out here (the sentences too), so that each rule is
tested on the tree it is about, whatever the statistical parser makes of
the sentence on a given day.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newstrace import analyze_text
from newstrace.analyze.attribution import find_frames
from newstrace.analyze.nlp import load_nlp


def _doc(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A parse from (word, head index, dependency, lemma, coarse tag, fine tag) rows."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in (",", ".", "”") for i in range(len(rows))]
    spaces = [s and w != "“" for s, w in zip(spaces, words, strict=True)]
    return Doc(
        load_nlp().vocab,
        words=words,
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        lemmas=[r[3] for r in rows],
        pos=[r[4] for r in rows],
        tags=[r[5] for r in rows],
    )


def _contents(doc: Doc, cue: str) -> list[list[str]]:
    return [[c.of(doc.text) for c in f.content] for f in find_frames(doc) if f.head.text == cue]


def test_a_quote_before_the_cue_is_its_content_over_a_clause_after_it() -> None:
    doc = _doc(
        [
            ("“", 8, "punct", "“", "PUNCT", "``"),
            ("She", 2, "nsubj", "she", "PRON", "PRP"),
            ("paid", 8, "ccomp", "pay", "VERB", "VBD"),
            ("it", 2, "dobj", "it", "PRON", "PRP"),
            ("back", 2, "prt", "back", "ADP", "RP"),
            (",", 8, "punct", ",", "PUNCT", ","),
            ("”", 8, "punct", "”", "PUNCT", "''"),
            ("he", 8, "nsubj", "he", "PRON", "PRP"),
            ("said", 8, "ROOT", "say", "VERB", "VBD"),
            ("as", 11, "mark", "as", "SCONJ", "IN"),
            ("some", 11, "nsubj", "some", "PRON", "DT"),
            ("booed", 8, "ccomp", "boo", "VERB", "VBD"),
            (".", 8, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _contents(doc, "said") == [["She paid it back"]]


def _contents_of(text: str) -> list[list[str]]:
    found = analyze_text(text, plain=True)
    return [[c.of(found.text) for c in s.content] for s in found.statements]


def test_a_clause_after_the_cue_is_its_content_over_an_unquoted_one_before() -> None:
    text = (
        "Morale at the plant has fallen sharply; several workers say the new shift schedule "
        "is to blame."
    )
    assert _contents_of(text) == [["the new shift schedule is to blame"]]


def test_a_clause_ended_by_a_semicolon_before_the_cue_is_a_sentence_of_its_own() -> None:
    text = "Morale at the plant has fallen sharply; several workers blame the new shift schedule."
    assert _contents_of(text) == [["the new shift schedule"]]


def test_a_light_verb_reports_what_its_object_is_aimed_at() -> None:
    assert _contents_of("Senator Dana Ruiz took a shot at the governor on Tuesday.") == [
        ["the governor"]
    ]
    assert _contents_of("Mayor Tom Becker threw his support behind the stadium plan.") == [
        ["the stadium plan"]
    ]


def test_a_reporting_verb_keeps_its_stance_object_whole() -> None:
    assert _contents_of("The senator expressed her support for the stadium plan.") == [
        ["her support for the stadium plan"]
    ]


def test_a_cue_joined_by_but_does_not_report_the_clause_before_it() -> None:
    assert _contents_of("The stadium was built last year, but city officials balked.") == []


def test_a_relative_clause_with_no_relative_word_reports_the_noun_it_describes() -> None:
    assert _contents_of("Ana Ruiz runs a program the mayor has criticized.") == [["a program"]]
    assert _contents_of("The plan, which the mayor has criticized, passed on Monday.") == [
        ["which"]
    ]


def test_seem_with_a_complement_is_an_impression_of_its_subject() -> None:
    assert _contents_of("The governor seemed unconvinced by the new budget numbers.") == [
        ["The governor", "unconvinced by the new budget numbers"]
    ]


def test_the_if_clause_of_a_verb_of_asking_is_the_question() -> None:
    assert _contents_of("Then Ms. Ortega asked the students if they had read the report.") == [
        ["if they had read the report"]
    ]


def test_a_one_word_answer_is_what_was_said() -> None:
    assert _contents_of("Most council members said yes.") == [["yes"]]
    assert _contents_of("Neither side would say so.") == [["so"]]


def test_a_story_told_is_the_content_of_a_verb_of_telling() -> None:
    assert _contents_of("The mayor told the story of a nurse who worked nights at the clinic.") == [
        ["the story of a nurse who worked nights at the clinic"]
    ]


def test_a_verb_of_opinion_reports_so_or_a_closing_that() -> None:
    assert _contents_of("Senator Ruiz apparently thinks so, too.") == [["so"]]
    assert _contents_of("Among older parents, only half believe that.") == [["that"]]


def test_what_a_person_is_reminded_of_or_told_about_is_the_content() -> None:
    text = "She constantly reminded voters of the years her family had lived in Reno."
    assert _contents_of(text) == [["the years her family had lived in Reno"]]
    text = "The mayor told members of the council about the new budget."
    assert _contents_of(text) == [["the new budget"]]


def test_an_object_after_the_cue_wins_over_an_unquoted_clause_before_it() -> None:
    text = "The more politics gets polarized, the more voters fear the candidate at the far end."
    assert _contents_of(text) == [["the candidate"]]


def test_a_verb_with_its_cue_preposition_after_it_reports_that_phrase() -> None:
    doc = _doc(
        [
            ("Once", 3, "mark", "once", "SCONJ", "IN"),
            ("the", 2, "det", "the", "DET", "DT"),
            ("count", 3, "nsubj", "count", "NOUN", "NN"),
            ("ended", 7, "ccomp", "end", "VERB", "VBD"),
            (",", 7, "punct", ",", "PUNCT", ","),
            ("his", 6, "poss", "his", "PRON", "PRP$"),
            ("wife", 7, "nsubj", "wife", "NOUN", "NN"),
            ("called", 7, "ROOT", "call", "VERB", "VBD"),
            ("for", 7, "prep", "for", "ADP", "IN"),
            ("a", 10, "det", "a", "DET", "DT"),
            ("recount", 8, "pobj", "recount", "NOUN", "NN"),
            (".", 7, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _contents(doc, "called") == [["a recount"]]


def test_a_phrase_quoted_inside_the_subject_is_not_a_quote_the_cue_reports() -> None:
    text = (
        'A spokesman for the brand - a small firm pitched as "the place for working women" - '
        "noted that the company offers paid leave."
    )
    assert _contents_of(text) == [["the company offers paid leave"]]


def _sources(doc: Doc, cue: str) -> list[str | None]:
    return [
        f.source.of(doc.text) if f.source else None for f in find_frames(doc) if f.head.text == cue
    ]


def test_a_participle_on_a_subject_noun_is_said_by_that_noun() -> None:
    doc = _doc(
        [
            ("Polls", 5, "nsubj", "poll", "NOUN", "NNS"),
            ("showing", 0, "acl", "show", "VERB", "VBG"),
            ("that", 4, "mark", "that", "SCONJ", "IN"),
            ("she", 4, "nsubj", "she", "PRON", "PRP"),
            ("leads", 1, "ccomp", "lead", "VERB", "VBZ"),
            ("worried", 5, "ROOT", "worry", "VERB", "VBD"),
            ("him", 5, "dobj", "he", "PRON", "PRP"),
            (".", 5, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "showing") == ["Polls"]


def test_a_participle_on_the_object_of_a_preposition_is_said_by_that_noun() -> None:
    doc = _doc(
        [
            ("In", 10, "prep", "in", "ADP", "IN"),
            ("a", 2, "det", "a", "DET", "DT"),
            ("statement", 0, "pobj", "statement", "NOUN", "NN"),
            ("saying", 2, "acl", "say", "VERB", "VBG"),
            ("that", 6, "mark", "that", "SCONJ", "IN"),
            ("she", 6, "nsubj", "she", "PRON", "PRP"),
            ("leads", 3, "ccomp", "lead", "VERB", "VBZ"),
            (",", 10, "punct", ",", "PUNCT", ","),
            ("the", 9, "det", "the", "DET", "DT"),
            ("group", 10, "nsubj", "group", "NOUN", "NN"),
            ("thanked", 10, "ROOT", "thank", "VERB", "VBD"),
            ("him", 10, "dobj", "he", "PRON", "PRP"),
            (".", 10, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "saying") == ["a statement"]


def test_a_participle_on_the_people_addressed_is_said_by_the_sender() -> None:
    doc = _doc(
        [
            ("He", 1, "nsubj", "he", "PRON", "PRP"),
            ("sent", 1, "ROOT", "send", "VERB", "VBD"),
            ("an", 3, "det", "an", "DET", "DT"),
            ("email", 1, "dobj", "email", "NOUN", "NN"),
            ("to", 1, "prep", "to", "ADP", "IN"),
            ("supporters", 4, "pobj", "supporter", "NOUN", "NNS"),
            ("saying", 5, "acl", "say", "VERB", "VBG"),
            ("that", 9, "mark", "that", "SCONJ", "IN"),
            ("she", 9, "nsubj", "she", "PRON", "PRP"),
            ("leads", 6, "ccomp", "lead", "VERB", "VBZ"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "saying") == ["He"]


def test_a_participle_on_an_object_is_said_by_whoever_put_the_object_out() -> None:
    doc = _doc(
        [
            ("His", 1, "poss", "his", "PRON", "PRP$"),
            ("office", 2, "nsubj", "office", "NOUN", "NN"),
            ("issued", 2, "ROOT", "issue", "VERB", "VBD"),
            ("a", 4, "det", "a", "DET", "DT"),
            ("statement", 2, "dobj", "statement", "NOUN", "NN"),
            ("saying", 4, "acl", "say", "VERB", "VBG"),
            ("that", 8, "mark", "that", "SCONJ", "IN"),
            ("she", 8, "nsubj", "she", "PRON", "PRP"),
            ("leads", 5, "ccomp", "lead", "VERB", "VBZ"),
            (".", 2, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "saying") == ["His office"]


def test_a_gerund_after_an_object_and_preposition_is_the_subjects() -> None:
    doc = _doc(
        [
            ("She", 1, "nsubj", "she", "PRON", "PRP"),
            ("took", 1, "ROOT", "take", "VERB", "VBD"),
            ("the", 3, "det", "the", "DET", "DT"),
            ("step", 1, "dobj", "step", "NOUN", "NN"),
            ("of", 3, "prep", "of", "ADP", "IN"),
            ("criticizing", 4, "pcomp", "criticize", "VERB", "VBG"),
            ("the", 7, "det", "the", "DET", "DT"),
            ("plan", 5, "dobj", "plan", "NOUN", "NN"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "criticizing") == ["She"]


def test_a_share_parsed_as_a_number_on_the_verb_is_its_subject() -> None:
    doc = _doc(
        [
            ("About", 1, "advmod", "about", "ADV", "RB"),
            ("4", 3, "quantmod", "4", "NUM", "CD"),
            ("in", 3, "quantmod", "in", "ADP", "IN"),
            ("10", 4, "nummod", "10", "NUM", "CD"),
            ("say", 4, "ROOT", "say", "VERB", "VBP"),
            ("they", 6, "nsubj", "they", "PRON", "PRP"),
            ("agree", 4, "ccomp", "agree", "VERB", "VBP"),
            (".", 4, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "say") == ["About 4 in 10"]


def test_an_infinitive_after_a_verbs_object_is_that_objects_to_say() -> None:
    doc = _doc(
        [
            ("The", 1, "det", "the", "DET", "DT"),
            ("vote", 2, "nsubj", "vote", "NOUN", "NN"),
            ("led", 2, "ROOT", "lead", "VERB", "VBD"),
            ("Ruiz", 2, "dobj", "Ruiz", "PROPN", "NNP"),
            ("to", 5, "aux", "to", "PART", "TO"),
            ("declare", 2, "xcomp", "declare", "VERB", "VB"),
            ("that", 9, "mark", "that", "SCONJ", "IN"),
            ("she", 9, "nsubj", "she", "PRON", "PRP"),
            ("had", 9, "aux", "have", "AUX", "VBD"),
            ("won", 5, "ccomp", "win", "VERB", "VBN"),
            (".", 2, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "declare") == ["Ruiz"]


def test_an_infinitive_on_an_object_noun_is_said_by_who_has_the_noun() -> None:
    doc = _doc(
        [
            ("Ruiz", 1, "nsubj", "Ruiz", "PROPN", "NNP"),
            ("held", 1, "ROOT", "hold", "VERB", "VBD"),
            ("a", 3, "det", "a", "DET", "DT"),
            ("briefing", 1, "dobj", "briefing", "NOUN", "NN"),
            ("to", 5, "aux", "to", "PART", "TO"),
            ("announce", 3, "relcl", "announce", "VERB", "VB"),
            ("that", 8, "mark", "that", "SCONJ", "IN"),
            ("she", 8, "nsubj", "she", "PRON", "PRP"),
            ("runs", 5, "ccomp", "run", "VERB", "VBZ"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "announce") == ["Ruiz"]


def test_a_name_set_off_after_an_inverted_cue_is_the_speaker() -> None:
    doc = _doc(
        [
            ("The", 1, "det", "the", "DET", "DT"),
            ("plan", 3, "nsubj", "plan", "NOUN", "NN"),
            (",", 3, "punct", ",", "PUNCT", ","),
            ("said", 3, "ROOT", "say", "VERB", "VBD"),
            ("Ruiz", 7, "nsubj", "Ruiz", "PROPN", "NNP"),
            (",", 4, "punct", ",", "PUNCT", ","),
            ("would", 7, "aux", "would", "AUX", "MD"),
            ("fail", 3, "ccomp", "fail", "VERB", "VB"),
            (".", 3, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "said") == ["Ruiz"]


def test_a_participle_on_the_object_of_of_is_said_by_that_noun() -> None:
    doc = _doc(
        [
            ("He", 1, "nsubj", "he", "PRON", "PRP"),
            ("spoke", 1, "ROOT", "speak", "VERB", "VBD"),
            ("after", 1, "prep", "after", "ADP", "IN"),
            ("the", 4, "det", "the", "DET", "DT"),
            ("release", 2, "pobj", "release", "NOUN", "NN"),
            ("of", 4, "prep", "of", "ADP", "IN"),
            ("a", 7, "det", "a", "DET", "DT"),
            ("poll", 5, "pobj", "poll", "NOUN", "NN"),
            ("showing", 7, "acl", "show", "VERB", "VBG"),
            ("that", 11, "mark", "that", "SCONJ", "IN"),
            ("she", 11, "nsubj", "she", "PRON", "PRP"),
            ("leads", 8, "ccomp", "lead", "VERB", "VBZ"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "showing") == ["a poll"]


def test_the_noun_right_before_a_subjectless_gerund_after_with_does_it() -> None:
    doc = _doc(
        [
            ("The", 1, "det", "the", "DET", "DT"),
            ("talk", 2, "nsubj", "talk", "NOUN", "NN"),
            ("ended", 2, "ROOT", "end", "VERB", "VBD"),
            ("with", 2, "prep", "with", "ADP", "IN"),
            ("Lopez", 3, "pobj", "Lopez", "PROPN", "NNP"),
            ("asking", 2, "advcl", "ask", "VERB", "VBG"),
            ("the", 7, "det", "the", "DET", "DT"),
            ("mayor", 5, "dobj", "mayor", "NOUN", "NN"),
            ("whether", 11, "mark", "whether", "SCONJ", "IN"),
            ("she", 11, "nsubj", "she", "PRON", "PRP"),
            ("would", 11, "aux", "would", "AUX", "MD"),
            ("run", 5, "ccomp", "run", "VERB", "VB"),
            (".", 2, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "asking") == ["Lopez"]


def test_a_share_of_people_before_a_subjectless_gerund_is_its_source() -> None:
    doc = _doc(
        [
            ("The", 1, "det", "the", "DET", "DT"),
            ("vote", 2, "nsubj", "vote", "NOUN", "NN"),
            ("left", 2, "ROOT", "leave", "VERB", "VBD"),
            ("40", 4, "nummod", "40", "NUM", "CD"),
            ("percent", 2, "dobj", "percent", "NOUN", "NN"),
            ("of", 4, "prep", "of", "ADP", "IN"),
            ("farmers", 5, "pobj", "farmer", "NOUN", "NNS"),
            ("saying", 2, "advcl", "say", "VERB", "VBG"),
            ("prices", 9, "nsubj", "price", "NOUN", "NNS"),
            ("fell", 7, "ccomp", "fall", "VERB", "VBD"),
            (".", 2, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "saying") == ["40 percent of farmers"]


def test_the_object_of_on_before_an_infinitive_does_it() -> None:
    doc = _doc(
        [
            ("The", 1, "det", "the", "DET", "DT"),
            ("firms", 2, "nsubj", "firm", "NOUN", "NNS"),
            ("rely", 2, "ROOT", "rely", "VERB", "VBP"),
            ("on", 2, "prep", "on", "ADP", "IN"),
            ("readers", 3, "pobj", "reader", "NOUN", "NNS"),
            ("to", 6, "aux", "to", "PART", "TO"),
            ("report", 2, "xcomp", "report", "VERB", "VB"),
            ("abuse", 6, "dobj", "abuse", "NOUN", "NN"),
            (".", 2, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "report") == ["readers"]


def test_a_place_after_on_is_not_who_does_the_infinitive() -> None:
    doc = _doc(
        [
            ("Ruiz", 1, "nsubj", "Ruiz", "PROPN", "NNP"),
            ("went", 1, "ROOT", "go", "VERB", "VBD"),
            ("on", 1, "prep", "on", "ADP", "IN"),
            ("radio", 2, "pobj", "radio", "NOUN", "NN"),
            ("to", 5, "aux", "to", "PART", "TO"),
            ("defend", 1, "advcl", "defend", "VERB", "VB"),
            ("the", 7, "det", "the", "DET", "DT"),
            ("plan", 5, "dobj", "plan", "NOUN", "NN"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "defend") == ["Ruiz"]


def test_the_object_of_for_before_an_infinitive_does_it() -> None:
    doc = _doc(
        [
            ("The", 1, "det", "the", "DET", "DT"),
            ("vote", 2, "nsubj", "vote", "NOUN", "NN"),
            ("made", 2, "ROOT", "make", "VERB", "VBD"),
            ("room", 2, "dobj", "room", "NOUN", "NN"),
            ("for", 3, "prep", "for", "ADP", "IN"),
            ("Lopez", 4, "pobj", "Lopez", "PROPN", "NNP"),
            ("to", 7, "aux", "to", "PART", "TO"),
            ("argue", 3, "relcl", "argue", "VERB", "VB"),
            ("that", 10, "mark", "that", "SCONJ", "IN"),
            ("taxes", 10, "nsubj", "tax", "NOUN", "NNS"),
            ("fell", 7, "ccomp", "fall", "VERB", "VBD"),
            (".", 2, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "argue") == ["Lopez"]


def test_the_person_a_thing_reminds_holds_the_view() -> None:
    doc = _doc(
        [
            ("The", 1, "det", "the", "DET", "DT"),
            ("flood", 2, "nsubj", "flood", "NOUN", "NN"),
            ("reminded", 2, "ROOT", "remind", "VERB", "VBD"),
            ("farmers", 2, "dobj", "farmer", "NOUN", "NNS"),
            ("that", 7, "mark", "that", "SCONJ", "IN"),
            ("levees", 7, "nsubj", "levee", "NOUN", "NNS"),
            ("can", 7, "aux", "can", "AUX", "MD"),
            ("fail", 2, "ccomp", "fail", "VERB", "VB"),
            (".", 2, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "reminded") == ["farmers"]


def test_a_person_who_reminds_others_is_still_the_speaker() -> None:
    doc = _doc(
        [
            ("She", 1, "nsubj", "she", "PRON", "PRP"),
            ("reminded", 1, "ROOT", "remind", "VERB", "VBD"),
            ("farmers", 1, "dobj", "farmer", "NOUN", "NNS"),
            ("that", 6, "mark", "that", "SCONJ", "IN"),
            ("levees", 6, "nsubj", "levee", "NOUN", "NNS"),
            ("can", 6, "aux", "can", "AUX", "MD"),
            ("fail", 1, "ccomp", "fail", "VERB", "VB"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "reminded") == ["She"]


def test_wanting_joined_to_the_content_goes_on_with_the_content() -> None:
    text = "The singer said she was tired of the old guard and wanted a candidate of her own."
    assert _contents_of(text) == [
        ["she was tired of the old guard and wanted a candidate of her own"]
    ]


def test_a_cue_joined_to_the_content_is_the_speakers_next_claim() -> None:
    text = "Councillor Ines Farrow said the count was fair and called for calm."
    assert _contents_of(text) == [["the count was fair"], ["calm"]]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ruiz said the board met on Monday to discuss the cuts.",
            "the board met on Monday to discuss the cuts",
        ),
        (
            "Ruiz told reporters that the onus is on Ott to show that he can lead.",
            "the onus is on Ott to show that he can lead",
        ),
    ],
)
def test_an_infinitive_joined_to_the_content_stays_in_it(text: str, content: str) -> None:
    assert _contents_of(text) == [[content]]


def test_an_infinitive_on_a_subject_of_be_is_said_by_the_name_after_be() -> None:
    doc = _doc(
        [
            ("The", 2, "det", "the", "DET", "DT"),
            ("first", 2, "amod", "first", "ADJ", "JJ"),
            ("senator", 6, "nsubj", "senator", "NOUN", "NN"),
            ("to", 4, "aux", "to", "PART", "TO"),
            ("endorse", 2, "relcl", "endorse", "VERB", "VB"),
            ("Ruiz", 4, "dobj", "Ruiz", "PROPN", "NNP"),
            ("was", 6, "ROOT", "be", "AUX", "VBD"),
            ("Dana", 8, "compound", "Dana", "PROPN", "NNP"),
            ("Holt", 6, "attr", "Holt", "PROPN", "NNP"),
            (".", 6, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "endorse") == ["Dana Holt"]


def test_a_participle_on_a_cue_set_off_after_the_words_is_that_cues_speaker() -> None:
    doc = _doc(
        [
            ("Holt", 1, "nsubj", "Holt", "PROPN", "NNP"),
            ("said", 1, "ROOT", "say", "VERB", "VBD"),
            ("Ruiz", 4, "nsubj", "Ruiz", "PROPN", "NNP"),
            ("would", 4, "aux", "would", "AUX", "MD"),
            ("lose", 1, "ccomp", "lose", "VERB", "VB"),
            (",", 8, "punct", ",", "PUNCT", ","),
            ("the", 7, "det", "the", "DET", "DT"),
            ("aide", 8, "nsubj", "aide", "NOUN", "NN"),
            ("recalled", 1, "ccomp", "recall", "VERB", "VBD"),
            (",", 8, "punct", ",", "PUNCT", ","),
            ("adding", 8, "advcl", "add", "VERB", "VBG"),
            ("that", 14, "mark", "that", "SCONJ", "IN"),
            ("Ruiz", 14, "nsubj", "Ruiz", "PROPN", "NNP"),
            ("had", 14, "aux", "have", "AUX", "VBD"),
            ("quit", 10, "ccomp", "quit", "VERB", "VBN"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "adding") == ["the aide"]


def test_a_participle_on_a_clause_hung_on_a_later_verb_is_that_clauses_subjects() -> None:
    doc = _doc(
        [
            ("Holt", 1, "nsubj", "Holt", "PROPN", "NNP"),
            ("hit", 10, "ccomp", "hit", "VERB", "VBD"),
            ("back", 1, "prt", "back", "ADP", "RP"),
            (",", 1, "punct", ",", "PUNCT", ","),
            ("saying", 1, "advcl", "say", "VERB", "VBG"),
            ("Ruiz", 6, "nsubj", "Ruiz", "PROPN", "NNP"),
            ("is", 4, "ccomp", "be", "AUX", "VBZ"),
            ("weak", 6, "acomp", "weak", "ADJ", "JJ"),
            (",", 10, "punct", ",", "PUNCT", ","),
            ("you", 10, "nsubj", "you", "PRON", "PRP"),
            ("know", 10, "ROOT", "know", "VERB", "VBP"),
            (".", 10, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "saying") == ["Holt"]


def test_a_by_phrase_hung_on_a_noun_after_a_passive_cue_is_its_agent() -> None:
    doc = _doc(
        [
            ("Holt", 3, "nsubjpass", "Holt", "PROPN", "NNP"),
            ("has", 3, "aux", "have", "AUX", "VBZ"),
            ("been", 3, "auxpass", "be", "AUX", "VBN"),
            ("attacked", 3, "ROOT", "attack", "VERB", "VBN"),
            ("on", 3, "prep", "on", "ADP", "IN"),
            ("taxes", 4, "pobj", "tax", "NOUN", "NNS"),
            ("by", 5, "prep", "by", "ADP", "IN"),
            ("Dana", 8, "compound", "Dana", "PROPN", "NNP"),
            ("Ruiz", 6, "pobj", "Ruiz", "PROPN", "NNP"),
            (".", 3, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "attacked") == ["Dana Ruiz"]


def test_a_finite_verb_joined_to_a_bare_one_in_a_reported_clause_goes_with_the_reporter() -> None:
    doc = _doc(
        [
            ("Holt", 1, "nsubj", "Holt", "PROPN", "NNP"),
            ("says", 1, "ROOT", "say", "VERB", "VBZ"),
            ("she", 4, "nsubj", "she", "PRON", "PRP"),
            ("would", 4, "aux", "would", "AUX", "MD"),
            ("sit", 1, "ccomp", "sit", "VERB", "VB"),
            ("down", 4, "prt", "down", "ADP", "RP"),
            ("and", 4, "cc", "and", "CCONJ", "CC"),
            ("talk", 4, "conj", "talk", "VERB", "VB"),
            ("and", 7, "cc", "and", "CCONJ", "CC"),
            ("tells", 7, "conj", "tell", "VERB", "VBZ"),
            ("voters", 9, "dative", "voter", "NOUN", "NNS"),
            ("she", 12, "nsubj", "she", "PRON", "PRP"),
            ("won", 9, "ccomp", "win", "VERB", "VBD"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "tells") == ["Holt"]


def test_a_stance_noun_owned_by_a_pronoun_as_an_object_is_held_by_the_verbs_subject() -> None:
    doc = _doc(
        [
            ("Holt", 1, "nsubj", "Holt", "PROPN", "NNP"),
            ("stepped", 1, "ROOT", "step", "VERB", "VBD"),
            ("up", 1, "prt", "up", "ADP", "RP"),
            ("her", 4, "poss", "her", "PRON", "PRP$"),
            ("attacks", 1, "dobj", "attack", "NOUN", "NNS"),
            ("on", 4, "prep", "on", "ADP", "IN"),
            ("Ruiz", 5, "pobj", "Ruiz", "PROPN", "NNP"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "attacks") == ["Holt"]


def test_a_stance_noun_owned_by_a_pronoun_elsewhere_is_held_by_the_pronoun() -> None:
    doc = _doc(
        [
            ("Holt", 1, "nsubj", "Holt", "PROPN", "NNP"),
            ("spoke", 1, "ROOT", "speak", "VERB", "VBD"),
            ("about", 1, "prep", "about", "ADP", "IN"),
            ("his", 4, "poss", "his", "PRON", "PRP$"),
            ("attacks", 2, "pobj", "attack", "NOUN", "NNS"),
            ("on", 4, "prep", "on", "ADP", "IN"),
            ("Ruiz", 5, "pobj", "Ruiz", "PROPN", "NNP"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "attacks") == ["his"]


def test_a_gerund_under_it_means_has_no_source() -> None:
    doc = _doc(
        [
            ("It", 1, "nsubj", "it", "PRON", "PRP"),
            ("means", 1, "ROOT", "mean", "VERB", "VBZ"),
            ("admitting", 1, "xcomp", "admit", "VERB", "VBG"),
            ("that", 5, "mark", "that", "SCONJ", "IN"),
            ("Holt", 5, "nsubj", "Holt", "PROPN", "NNP"),
            ("won", 2, "ccomp", "win", "VERB", "VBD"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "admitting") == [None]


def test_the_agent_of_a_bare_participle_is_its_source() -> None:
    doc = _doc(
        [
            ("As", 1, "mark", "as", "SCONJ", "IN"),
            ("reported", 7, "advcl", "report", "VERB", "VBN"),
            ("by", 1, "agent", "by", "ADP", "IN"),
            ("the", 4, "det", "the", "DET", "DT"),
            ("Ledger", 2, "pobj", "Ledger", "PROPN", "NNP"),
            (",", 7, "punct", ",", "PUNCT", ","),
            ("Holt", 7, "nsubj", "Holt", "PROPN", "NNP"),
            ("quit", 7, "ROOT", "quit", "VERB", "VBD"),
            (".", 7, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "reported") == ["the Ledger"]


def test_a_by_phrase_on_a_subject_noun_stays_in_the_source() -> None:
    doc = _doc(
        [
            ("An", 1, "det", "an", "DET", "DT"),
            ("estimate", 5, "nsubj", "estimate", "NOUN", "NN"),
            ("by", 1, "prep", "by", "ADP", "IN"),
            ("the", 4, "det", "the", "DET", "DT"),
            ("Ledger", 2, "pobj", "Ledger", "PROPN", "NNP"),
            ("projected", 5, "ROOT", "project", "VERB", "VBD"),
            ("that", 8, "mark", "that", "SCONJ", "IN"),
            ("costs", 8, "nsubj", "cost", "NOUN", "NNS"),
            ("rise", 5, "ccomp", "rise", "VERB", "VBP"),
            (".", 5, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "projected") == ["An estimate by the Ledger"]


def test_an_infinitive_after_using_with_no_subject_is_the_users_further_up() -> None:
    doc = _doc(
        [
            ("Using", 10, "advcl", "use", "VERB", "VBG"),
            ("a", 3, "det", "a", "DET", "DT"),
            ("blunt", 3, "amod", "blunt", "ADJ", "JJ"),
            ("phrase", 0, "dobj", "phrase", "NOUN", "NN"),
            ("to", 5, "aux", "to", "PART", "TO"),
            ("describe", 0, "xcomp", "describe", "VERB", "VB"),
            ("the", 7, "det", "the", "DET", "DT"),
            ("plan", 5, "dobj", "plan", "NOUN", "NN"),
            (",", 10, "punct", ",", "PUNCT", ","),
            ("Holt", 10, "nsubj", "Holt", "PROPN", "NNP"),
            ("said", 10, "ROOT", "say", "VERB", "VBD"),
            ("it", 13, "nsubj", "it", "PRON", "PRP"),
            ("would", 13, "aux", "would", "AUX", "MD"),
            ("fail", 10, "ccomp", "fail", "VERB", "VB"),
            (".", 10, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "describe") == ["Holt"]


def test_an_amount_as_object_before_an_infinitive_does_not_do_it() -> None:
    doc = _doc(
        [
            ("Holt", 1, "nsubj", "Holt", "PROPN", "NNP"),
            ("had", 1, "ROOT", "have", "VERB", "VBD"),
            ("little", 1, "dobj", "little", "ADJ", "JJ"),
            ("to", 4, "aux", "to", "PART", "TO"),
            ("say", 1, "xcomp", "say", "VERB", "VB"),
            ("about", 4, "prep", "about", "ADP", "IN"),
            ("the", 7, "det", "the", "DET", "DT"),
            ("plan", 5, "pobj", "plan", "NOUN", "NN"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "say") == ["Holt"]


def test_a_cue_verb_said_in_a_possessed_statement_keeps_its_subject_as_source() -> None:
    doc = _doc(
        [
            ("Holt", 1, "nsubj", "Holt", "PROPN", "NNP"),
            ("said", 1, "ROOT", "say", "VERB", "VBD"),
            ("in", 1, "prep", "in", "ADP", "IN"),
            ("her", 4, "poss", "her", "PRON", "PRP$"),
            ("statement", 2, "pobj", "statement", "NOUN", "NN"),
            ("that", 7, "mark", "that", "SCONJ", "IN"),
            ("Ruiz", 7, "nsubj", "Ruiz", "PROPN", "NNP"),
            ("lost", 4, "acl", "lose", "VERB", "VBD"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "statement") == ["Holt"]


def test_a_name_taken_for_a_modal_before_a_past_verb_is_its_subject() -> None:
    doc = _doc(
        [
            ("May", 1, "aux", "may", "AUX", "MD"),
            ("wrote", 1, "ROOT", "write", "VERB", "VBD"),
            ("that", 4, "mark", "that", "SCONJ", "IN"),
            ("Ruiz", 4, "nsubj", "Ruiz", "PROPN", "NNP"),
            ("lost", 1, "ccomp", "lose", "VERB", "VBD"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ]
    )
    assert _sources(doc, "wrote") == ["May"]


def test_a_cue_inside_what_an_earlier_cue_reports_is_marked_as_reported_within() -> None:
    doc = _doc(
        [
            ("Varga", 1, "nsubj", "Varga", "PROPN", "NNP"),
            ("wrote", 1, "ROOT", "write", "VERB", "VBD"),
            ("that", 4, "mark", "that", "SCONJ", "IN"),
            ("Pell", 4, "nsubj", "Pell", "PROPN", "NNP"),
            ("told", 1, "ccomp", "tell", "VERB", "VBD"),
            ("the", 6, "det", "the", "DET", "DT"),
            ("board", 4, "dobj", "board", "NOUN", "NN"),
            ("it", 9, "nsubj", "it", "PRON", "PRP"),
            ("would", 9, "aux", "would", "AUX", "MD"),
            ("close", 4, "ccomp", "close", "VERB", "VB"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ]
    )
    frames = find_frames(doc)
    assert [f.head.text for f in frames if not f.reported_within] == ["wrote"]
    assert [f.head.text for f in frames if f.reported_within] == ["told"]


def test_a_cue_an_earlier_cue_governs_as_its_infinitive_is_marked_as_reported_within() -> None:
    doc = _doc(
        [
            ("Moss", 1, "nsubj", "Moss", "PROPN", "NNP"),
            ("declined", 1, "ROOT", "decline", "VERB", "VBD"),
            ("to", 3, "aux", "to", "PART", "TO"),
            ("say", 1, "xcomp", "say", "VERB", "VB"),
            ("whether", 7, "mark", "whether", "SCONJ", "IN"),
            ("the", 6, "det", "the", "DET", "DT"),
            ("mill", 7, "nsubj", "mill", "NOUN", "NN"),
            ("closed", 3, "ccomp", "close", "VERB", "VBD"),
            (".", 1, "punct", ".", "PUNCT", "."),
        ]
    )
    frames = find_frames(doc)
    assert [f.head.text for f in frames if not f.reported_within] == ["declined"]
    assert [f.head.text for f in frames if f.reported_within] == ["say"]


def test_a_cue_whose_subject_is_what_names_a_thing_and_reports_nothing() -> None:
    doc = _doc(
        [
            ("What", 1, "nsubj", "what", "PRON", "WP"),
            ("seemed", 3, "csubj", "seem", "VERB", "VBD"),
            ("odd", 1, "acomp", "odd", "ADJ", "JJ"),
            ("was", 3, "ROOT", "be", "AUX", "VBD"),
            ("the", 5, "det", "the", "DET", "DT"),
            ("date", 3, "attr", "date", "NOUN", "NN"),
            (".", 3, "punct", ".", "PUNCT", "."),
        ]
    )
    assert [f.head.text for f in find_frames(doc)] == []


def test_that_said_opening_a_sentence_reports_nothing() -> None:
    doc = _doc(
        [
            ("That", 1, "nsubj", "that", "PRON", "DT"),
            ("said", 4, "advcl", "say", "VERB", "VBD"),
            (",", 4, "punct", ",", "PUNCT", ","),
            ("prices", 4, "nsubj", "price", "NOUN", "NNS"),
            ("fell", 4, "ROOT", "fall", "VERB", "VBD"),
            (".", 4, "punct", ".", "PUNCT", "."),
        ]
    )
    assert [f.head.text for f in find_frames(doc)] == []


def test_a_phrase_before_the_cue_is_not_what_it_calls_for() -> None:
    text = "On local radio Tuesday, his wife, Jane, called for an open primary process."
    assert _contents_of(text) == [["an open primary process"]]


def test_a_cue_after_a_clause_joined_by_but_reports_the_whole_sentence() -> None:
    text = (
        "In nearby Dover, the old paper mill is hanging on, but it is under pressure from "
        "cheap imports, said the company's chief executive, Mark Tolliver."
    )
    assert _contents_of(text) == [
        [
            "In nearby Dover, the old paper mill is hanging on, but it is under pressure from "
            "cheap imports"
        ]
    ]
