"""Body pass of text pages: article text kept, page furniture labelled with why.

The pages here are written for these tests; they imitate the three kinds of
input the pass must handle: a whole page rendered to text, the article region
of a page, and a bare article body.
"""

from __future__ import annotations

import json
import math

import pytest

from newstrace.extract.textpage import extract_text_page
from newstrace.extract.textpage.body import label_lines, looks_clean
from newstrace.extract.textpage.body_model import (
    MODEL_PATH,
    POSITION_PARTS,
    BodyModel,
    Segment,
    choose_segments,
    line_scores,
    load_model,
    segment_rows,
)
from newstrace.extract.textpage.features import (
    NUM_PAGE_CODES,
    NUM_SHAPE_CODES,
    PAGE_SPAN,
    PageCodes,
    page_codes,
)
from newstrace.extract.textpage.furniture import furniture_reason, marked_lines, phrase_reasons
from newstrace.extract.textpage.labels import BODY, REASONS
from newstrace.extract.textpage.lines import split_page

PARAGRAPHS = [
    "The regional water board approved a plan on Tuesday to replace the ageing pumping "
    "station at Elm Creek, ending a debate that has divided the valley for almost a decade.",
    "Under the plan, the new station will be built a kilometre upstream, away from the flood "
    "plain, and will be able to move twice as much water during heavy storms, engineers said.",
    '"We have waited long enough for this," said board chair Ines Marlow, who had argued for '
    "the move since the floods of 2016 damaged the old building and cut power for three days.",
    "The project is expected to cost 42 million dollars, most of it paid by a state grant, "
    "with the remainder coming from a small increase in water rates spread over five years.",
    "Opponents had argued that the money would be better spent repairing leaking pipes in the "
    "older districts, where the board estimates that a fifth of the water is lost each year.",
    "Construction is due to begin next spring and to take about two years, during which the "
    "old station will keep running. The board will publish a timetable in the coming weeks.",
]

MENU = ["Home", "News", "Local", "Politics", "Business", "Sport", "Weather", "Opinion"]

WHOLE_PAGE = "\n".join(
    [
        "Skip to main content",
        *(f"  • {item}" for item in MENU),
        "Search",
        "",
        "We use cookies to improve your experience on our site and to show you relevant "
        "advertising. By continuing to browse you agree to our use of cookies.",
        "Accept",
        "",
        "Water board backs new pumping station at Elm Creek",
        "",
        "By Dana Whitfield | March 4, 2025",
        "",
        "Share",
        "Facebook",
        "Email",
        "",
        "\n\n".join(PARAGRAPHS[:3]),
        "",
        "Advertisement",
        "",
        "\n\n".join(PARAGRAPHS[3:]),
        "",
        "Sign up for our newsletter",
        "",
        "Related stories",
        "  • Council delays vote on river park",
        "  • Flood defences tested in spring drill",
        "  • School bus routes change next month",
        "",
        "Comments",
        "",
        "© 2025 Valley Herald Media. All rights reserved.",
        "  • Privacy Policy",
        "  • Terms of Use",
        "  • Contact Us",
        "",
    ]
)

REGION_DUMP = "\n".join(
    [
        "Water board backs new pumping station at Elm Creek",
        "",
        "The plan ends a decade of debate over how to protect the valley from floods",
        "",
        "Staff Writer March 4, 2025 09:30:00 EST",
        "",
        "\n\n".join(PARAGRAPHS),
        "",
        "Read more local news and updates here. Follow us on Facebook and Instagram.",
        "",
        "Updated Date:",
        "",
        "also read",
        "",
        "Council delays vote on river park",
        "Local",
        "",
        "The vote was pushed back after residents asked for more time to study the plans",
        "",
        "Flood defences tested in spring drill",
        "Local",
        "",
        "Emergency crews rehearsed the closing of the barriers along the lower river",
        "",
    ]
)

CLEAN_BODY = "\n".join(
    [
        PARAGRAPHS[0],
        "",
        PARAGRAPHS[1],
        "",
        "What happens next",
        "",
        PARAGRAPHS[2],
        "",
        "It will.",
        "",
        "The plan lists three stages:",
        "  • design",
        "  • construction",
        "  • testing",
        "",
        PARAGRAPHS[5],
        "",
    ]
)


def _labelled(page: str) -> list[tuple[str, str]]:
    lines = split_page(page)
    return list(zip(lines.texts, label_lines(lines), strict=True))


def _label_of(labelled: list[tuple[str, str]], text: str) -> str:
    labels = {label for line, label in labelled if line == text}
    assert len(labels) == 1, (text, labels)
    return labels.pop()


def test_whole_page_keeps_every_paragraph() -> None:
    labelled = _labelled(WHOLE_PAGE)
    assert [line for line, label in labelled if label == BODY] == PARAGRAPHS


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Skip to main content", "navigation"),
        ("Politics", "navigation"),
        ("Accept", "cookie"),
        ("Share", "share"),
        ("Facebook", "share"),
        ("Advertisement", "advert"),
        ("Sign up for our newsletter", "subscribe"),
        ("Related stories", "related"),
        ("Comments", "comments"),
        ("© 2025 Valley Herald Media. All rights reserved.", "footer"),
        ("Privacy Policy", "footer"),
    ],
)
def test_whole_page_furniture_reasons(text: str, reason: str) -> None:
    assert _label_of(_labelled(WHOLE_PAGE), text) == reason


def test_cookie_notice_and_teasers_are_not_body() -> None:
    labelled = _labelled(WHOLE_PAGE)
    cookie = next(line for line, _ in labelled if line.startswith("We use cookies"))
    assert _label_of(labelled, cookie) == "cookie"
    assert _label_of(labelled, "Council delays vote on river park") != BODY


def test_article_region_dump_keeps_paragraphs_and_drops_the_teasers() -> None:
    labelled = _labelled(REGION_DUMP)
    body = [line for line, label in labelled if label == BODY]
    assert set(PARAGRAPHS) <= set(body)
    for text in (
        "also read",
        "Council delays vote on river park",
        "Emergency crews rehearsed the closing of the barriers along the lower river",
    ):
        assert _label_of(labelled, text) != BODY, text
    assert _label_of(labelled, "also read") == "related"


def test_clean_body_comes_out_whole() -> None:
    lines = split_page(CLEAN_BODY)
    assert looks_clean(page_codes(lines))
    assert label_lines(lines) == [BODY] * len(lines)


def test_a_page_with_a_menu_is_not_clean() -> None:
    page = "\n".join([*MENU, "", *PARAGRAPHS])
    assert not looks_clean(page_codes(split_page(page)))


def test_labels_are_body_or_a_known_reason() -> None:
    for page in (WHOLE_PAGE, REGION_DUMP, CLEAN_BODY):
        lines = split_page(page)
        labels = label_lines(lines)
        assert len(labels) == len(lines)
        assert set(labels) <= REASONS | {BODY}


def test_empty_page() -> None:
    assert label_lines(split_page("")) == []
    assert label_lines(split_page("\n\n  \n")) == []


def test_one_line_page_is_body() -> None:
    lines = split_page(PARAGRAPHS[0])
    assert label_lines(lines) == [BODY]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("SHARE THIS:", "share"),
        ("  Read more »", "related"),
        ("Tags:", "tags"),
        ("Copyright 2024 Example Media", "footer"),
        ("Facebook said on Monday that it would close the service.", None),
        ("Home", "navigation"),
    ],
)
def test_furniture_phrases(text: str, reason: str | None) -> None:
    assert furniture_reason(text.strip()) == reason


def test_repeated_lines_are_marked_in_the_codes() -> None:
    lines = split_page("Menu\nA headline that repeats\nText\nA headline that repeats\n")
    codes = page_codes(lines)
    assert [code & 1 for code in codes.shape] == [0, 1, 0, 1]
    assert codes.furniture == {0: "navigation"}


def test_shipped_model_matches_the_codes() -> None:
    model = load_model()
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert BodyModel.from_json(data) == model
    assert BodyModel.from_json(model.to_json()) == model
    broken = dict(data, own=data["own"][:-1])
    with pytest.raises(ValueError, match="line codes"):
        BodyModel.from_json(broken)


def test_phrase_lookup_ignores_letter_case_and_outer_punctuation() -> None:
    texts = ["| SHARE |", "» Read More «", "Advertisement:", "E-MAIL", "Ünïcode words", "—"]
    texts.append("Facebook said on Monday that it would close the service.")
    found = phrase_reasons(texts, [len(text) for text in texts])
    assert found == {0: "share", 1: "related", 2: "advert", 3: "share"}


def test_assembly_rejoins_wrapped_lines_and_drops_wordless_lines_and_repeats() -> None:
    repeated = "The same sentence repeated word for word on this page."
    page = "\n".join(
        [
            "Council delays the flood plan again",
            "",
            "The council met on Tuesday evening to discuss the flood plan for the",
            "lower river, which has been delayed twice since the spring.",
            "",
            "***",
            "",
            repeated,
            repeated,
            # Follows a dropped repeat: a paragraph of its own, not a continuation.
            "and a line in lower case that follows the repeat.",
        ]
    )
    article = extract_text_page(page, "test")
    assert article.paragraph_texts() == [
        "The council met on Tuesday evening to discuss the flood plan for the lower river,"
        " which has been delayed twice since the spring.",
        repeated,
        "and a line in lower case that follows the repeat.",
    ]
    assert [(r.text, r.reason) for r in article.removed][1:] == [
        ("***", "boilerplate"),
        (repeated, "duplicate"),
    ]


def test_segment_mass_weights_characters_by_body_probability() -> None:
    # Lines over 800 characters count as 800; a line scoring -30 or less adds nothing.
    codes = PageCodes([0, 0, 0, 0], ["a", "b", "c", "d"], [100, 50, 1200, 20], {})
    scores = [2.0, -1.0, -40.0, 0.5]
    (row,) = segment_rows([Segment(0, 4, 0)], scores, codes)
    mass = 100 / (1 + math.exp(-2.0)) + 50 / (1 + math.exp(1.0)) + 20 / (1 + math.exp(-0.5))
    assert row[0] == pytest.approx(math.log1p(mass / 100))
    assert row[2] == pytest.approx(mass / (100 + 50 + 800 + 20))


def _scores_line_by_line(codes: list[int], model: BodyModel) -> list[float]:
    """`line_scores` written out per line: own entry, window sums, position weight."""
    pad = NUM_SHAPE_CODES * PAGE_SPAN + NUM_PAGE_CODES  # the code of a line off the page
    count = len(codes)
    padded = [pad] * model.wide_radius + codes + [pad] * model.wide_radius

    def window(table: list[float], i: int, radius: int) -> float:
        middle = i + model.wide_radius
        return sum(table[code] for code in padded[middle - radius : middle + radius + 1])

    return [
        model.local[code]
        + window(model.near_local, i, model.near_radius)
        + window(model.wide_local, i, model.wide_radius)
        + model.position[i * POSITION_PARTS // count]
        for i, code in enumerate(codes)
    ]


@pytest.mark.parametrize("page", ["One line.", "\n".join([*MENU, "", *PARAGRAPHS])])
def test_line_scores_add_own_window_and_position_terms(page: str) -> None:
    model = load_model()
    codes = page_codes(split_page(page))
    expected = _scores_line_by_line(codes.codes, model)
    assert line_scores(codes, model) == pytest.approx(expected, abs=1e-9)


def test_marked_lines_are_searched_for_in_the_page_itself() -> None:
    """Each line holding a mark once, however often, after its indent and bullet."""
    page = (
        "Cookie settings\n"
        "  • © Example News, © 2024\n"
        "\n"
        "We use cookies and ask your consent.\n"
        "    - Copyright notice\n"
        "Last line with ©\n"
    )
    lines = split_page(page)
    marks = ("©", "opyright")
    assert marked_lines(lines, 0, len(lines), marks) == [1, 3, 4]
    assert marked_lines(lines, 0, 4, marks) == [1, 3]
    assert marked_lines(lines, 2, 4, ("ookie", "onsent")) == [2]
    assert marked_lines(lines, 0, 1, ("ookie",)) == [0]
    assert marked_lines(lines, 1, 2, ("ookie",)) == []


@pytest.mark.parametrize("value", [-1e6, 0.0, 1e6])
def test_a_lone_segment_is_chosen_whatever_its_features(value: float) -> None:
    # The body pass relies on it to skip a lone segment's features.
    model = load_model()
    assert choose_segments([(value,) * len(model.segment_weights)], model) == [True]
