"""Which verbs are cues, on sentences written for these tests."""

from __future__ import annotations

from spacy.tokens import Doc

from newstrace.analyze.cue_model import cue_probability
from newstrace.analyze.cue_verbs import CUE_THRESHOLD, is_cue_verb
from newstrace.analyze.nlp import load_nlp


def _doc(rows: list[tuple[str, int, str, str, str, str]]) -> Doc:
    """A parse from (word, head index, dependency, lemma, coarse tag, fine tag) rows."""
    return Doc(
        load_nlp().vocab,
        words=[r[0] for r in rows],
        spaces=[i + 1 < len(rows) and rows[i + 1][0] != "." for i in range(len(rows))],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        lemmas=[r[3] for r in rows],
        pos=[r[4] for r in rows],
        tags=[r[5] for r in rows],
    )


def test_taking_the_stage_is_no_cue_however_sure_the_model_is() -> None:
    # The parser's own tree: the model's features read named entities a hand-built one lacks.
    doc = load_nlp()("Senator Mara Quill took the stage in Dayton and called the plan reckless.")
    took, called = doc[3], doc[9]
    assert (took.lemma_, called.lemma_) == ("take", "call")
    assert cue_probability(took) >= CUE_THRESHOLD
    assert not is_cue_verb(took)
    assert is_cue_verb(called)


def test_delivering_the_keynote_is_no_cue() -> None:
    doc = load_nlp()("Senator Mara Quill delivered the keynote, telling the crowd it would fail.")
    delivered = doc[3]
    assert delivered.lemma_ == "deliver"
    assert cue_probability(delivered) >= CUE_THRESHOLD
    assert not is_cue_verb(delivered)


def test_struggling_to_do_something_is_no_cue() -> None:
    doc = _doc(
        [
            ("The", 1, "det", "the", "DET", "DT"),
            ("council", 2, "nsubj", "council", "NOUN", "NN"),
            ("struggled", 2, "ROOT", "struggle", "VERB", "VBD"),
            ("to", 4, "aux", "to", "PART", "TO"),
            ("agree", 2, "xcomp", "agree", "VERB", "VB"),
            ("on", 4, "prep", "on", "ADP", "IN"),
            ("the", 7, "det", "the", "DET", "DT"),
            ("budget", 5, "pobj", "budget", "NOUN", "NN"),
            (".", 2, "punct", ".", "PUNCT", "."),
        ]
    )
    struggled = doc[2]
    assert cue_probability(struggled) >= CUE_THRESHOLD
    assert not is_cue_verb(struggled)


def test_maintain_is_a_cue_only_with_a_clause() -> None:
    kept = load_nlp()("Councillor Ines Farrow maintained her lead in the ward.")
    held = load_nlp()("Councillor Ines Farrow maintained that the ward count was fair.")
    assert kept[3].lemma_ == held[3].lemma_ == "maintain"
    assert not is_cue_verb(kept[3])
    assert is_cue_verb(held[3])


def test_being_poised_to_do_something_is_no_cue() -> None:
    doc = load_nlp()("Senator Mara Quill is poised to win the nomination.")
    poised = doc[4]
    assert poised.lemma_ == "poise"
    assert cue_probability(poised) >= CUE_THRESHOLD
    assert not is_cue_verb(poised)


def test_a_verb_right_after_a_possessive_is_no_cue() -> None:
    # The parser's own trees: it reads both words as verbs, one as a clause's head.
    pledged = load_nlp()("Ruiz garnered most of the convention’s pledged delegates in May.")[7]
    framing = load_nlp()("Regardless of her views, Ruiz’s framing glosses over the gap.")[7]
    assert (pledged.lower_, framing.lower_) == ("pledged", "framing")
    assert pledged.pos_ == framing.pos_ == "VERB"
    assert not is_cue_verb(pledged)
    assert not is_cue_verb(framing)
