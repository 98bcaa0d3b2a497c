"""The header pass (`find_header`) on small pages, and `detect_language`.

Each page is labelled the way a body pass would roughly label it: lines of
more than 80 characters are ``body``, the others ``boilerplate``.
"""

from __future__ import annotations

from newstrace.extract.language import detect_language
from newstrace.extract.textpage.byline import cue_lines
from newstrace.extract.textpage.header import Header, find_header
from newstrace.extract.textpage.lines import split_page
from newstrace.extract.textpage.title import WEIGHTS, _score, candidates, find_title, window

BODY_1 = (
    "The state cabinet on Tuesday approved a plan to build two new metro lines in the city, "
    "a project officials said would cost about 12,000 crore rupees over five years."
)
BODY_2 = (
    "Work on the first line is expected to begin next spring, and the second line will follow "
    "once land for its depots has been acquired, the transport minister told reporters."
)
BODY_3 = (
    "Opposition members in the Lok Sabha questioned the cost of the project, saying earlier "
    "metro extensions had run years behind schedule and far over budget."
)
ARTICLE = f"{BODY_1}\n\n{BODY_2}\n\n{BODY_3}\n"


def run(page: str) -> tuple[Header, dict[str, str]]:
    """`find_header` on `page`; returns the header and the label of each line's text
    (of its last line, for a text that comes twice)."""
    header, labelled = run_lines(page)
    return header, dict(labelled)


def run_lines(page: str) -> tuple[Header, list[tuple[str, str]]]:
    """`find_header` on `page`; returns the header and each line's (text, label)."""
    lines = split_page(page)
    labels = ["body" if len(text) > 80 else "boilerplate" for text in lines.texts]
    header = find_header(page, lines, labels)
    return header, list(zip(lines.texts, labels, strict=True))


INDIAN_PAGE = f"""Skip to content
  • Home
  • India
  • World
  • Cricket

Cabinet clears two new metro lines for the city

The project will add 40 kilometres of track and 35 stations by 2030, officials said

Asha Rao April 12, 2022 01:09:52 IST
Cabinet clears two new metro lines for the city

{ARTICLE}
With inputs from agencies

Read all the latest India news and Bollywood news here.
© 2022 Example Times. All rights reserved.
"""


def test_indian_page_title_dek_author_and_ist_time() -> None:
    header, _ = run(INDIAN_PAGE)
    assert header.title == "Cabinet clears two new metro lines for the city"
    assert header.dek == (
        "The project will add 40 kilometres of track and 35 stations by 2030, officials said"
    )
    assert header.authors == ("Asha Rao",)
    assert header.published == "2022-04-12T01:09:52+05:30"
    assert header.site == "Example Times"


def test_header_lines_are_relabelled() -> None:
    _, labelled = run_lines(INDIAN_PAGE)
    title = "Cabinet clears two new metro lines for the city"
    assert [label for text, label in labelled if text == title] == ["title", "duplicate-title"]
    assert dict(labelled)["Asha Rao April 12, 2022 01:09:52 IST"] == "byline"
    assert [label for _, label in labelled].count("dek") == 1
    assert dict(labelled)[BODY_1] == "body"


US_PAGE = f"""Menu
  • Politics
  • Business

Politics

Senate passes stopgap bill hours before shutdown deadline

By Jane Roe and John Doe, Staff Writers
Updated Oct 2, 2023 11:40 a.m. ET
Published Sep 30, 2023 9:15 p.m. ET

{ARTICLE}
Related: House leaders trade blame over budget fight
"""


def test_us_page_prefers_published_over_updated_with_et_by_date() -> None:
    header, labels = run(US_PAGE)
    assert header.title == "Senate passes stopgap bill hours before shutdown deadline"
    assert header.authors == ("Jane Roe", "John Doe")
    assert header.published == "2023-09-30T21:15:00-04:00"
    assert header.updated == "2023-10-02T11:40:00-04:00"
    assert labels["By Jane Roe and John Doe, Staff Writers"] == "byline"
    assert labels["Published Sep 30, 2023 9:15 p.m. ET"] == "date"


UPDATED_ONLY = f"""Home
  • Guides

How to store winter vegetables

Last updated: 3 January 2024

{ARTICLE}"""


def test_an_updated_date_is_used_when_it_is_the_only_one() -> None:
    header, _ = run(UPDATED_ONLY)
    assert header.title == "How to store winter vegetables"
    assert header.published == "2024-01-03"
    assert header.authors == ()


UNDATED = f"""Home
  • About

Ten ways to save water at home

{ARTICLE}
© Example Water Board
"""


def test_no_date_gives_none() -> None:
    header, _ = run(UNDATED)
    assert header.title == "Ten ways to save water at home"
    assert header.published is None
    assert header.authors == ()


RELATIVE = f"""News

Storm knocks out power to thousands

By Sam Park
2 hours ago

{ARTICLE}
Comments
Posted on March 3, 2021 by a reader
"""


def test_a_relative_time_gives_none_not_a_later_date() -> None:
    header, _ = run(RELATIVE)
    assert header.title == "Storm knocks out power to thousands"
    assert header.authors == ("Sam Park",)
    assert header.published is None


BREADCRUMB = f"""Home > Science > Why the sky is blue
  • Home
  • Science

Why the sky is blue

Jane Roe
March 3, 2021

{ARTICLE}
Related stories
  • Why the sea is salty
  March 4, 2021
"""


def test_a_name_on_its_own_line_next_to_a_date() -> None:
    header, _ = run(BREADCRUMB)
    assert header.title == "Why the sky is blue"
    assert header.authors == ("Jane Roe",)
    assert header.published == "2021-03-03"


AUTHOR_BOX = f"""Blog

Choosing a rain jacket for hiking

March 3, 2021

{ARTICLE}
About the author
Written by Jane Roe
"""


def test_an_author_box_after_the_article() -> None:
    header, _ = run(AUTHOR_BOX)
    assert header.authors == ("Jane Roe",)


def test_plain_prose_has_no_headline() -> None:
    page = (
        "The harvest began two weeks early this year, growers said.\n\n"
        "Rain in spring and a hot summer made the fruit ripen fast.\n\n"
        '"We have never picked grapes in August before," said one of them.\n'
    )
    lines = split_page(page)
    labels = ["body"] * len(lines)
    header = find_header(page, lines, labels)
    assert header.title is None
    assert labels == ["body"] * len(lines)


def test_plain_prose_labelled_as_furniture_has_no_headline_either() -> None:
    page = (
        "The harvest began two weeks early this year, growers said.\n\n"
        "Rain in spring and a hot summer made the fruit ripen fast.\n"
    )
    lines = split_page(page)
    assert find_header(page, lines, ["boilerplate"] * len(lines)).title is None


def test_empty_page() -> None:
    assert find_header("", split_page(""), []) == Header()


def test_language() -> None:
    assert detect_language(ARTICLE) == "en"
    assert (
        detect_language(
            "Der Bundestag hat am Donnerstag ein neues Gesetz beschlossen, das die Mieten in "
            "den großen Städten begrenzen soll. Die Opposition kritisierte den Entwurf scharf."
        )
        == "de"
    )
    assert (
        detect_language(
            "Le gouvernement a annoncé jeudi de nouvelles mesures pour soutenir les "
            "agriculteurs touchés par la sécheresse, a indiqué le ministre."
        )
        == "fr"
    )
    assert detect_language("Hello") is None
    assert detect_language("") is None


GIVEN_NAME_AFTER_DEK = f"""Home

How we rebuilt the garden shed in a weekend

Old boards, new screws and a lot of patience went into it

Marta
March 3, 2021

{ARTICLE}"""

GIVEN_NAME_ON_DATE_LINE = f"""Home

How we rebuilt the garden shed in a weekend

Marta March 3, 2021 4 Comments

{ARTICLE}"""

SECTION_WORD_ON_DATE_LINE = f"""Home

How we rebuilt the garden shed in a weekend

Video - March 3, 2021

{ARTICLE}"""


def test_a_first_name_alone_just_after_the_headline_and_standfirst() -> None:
    header, _ = run(GIVEN_NAME_AFTER_DEK)
    assert header.authors == ("Marta",)
    header, _ = run(GIVEN_NAME_ON_DATE_LINE)
    assert header.authors == ("Marta",)
    assert header.published == "2021-03-03"


def test_a_section_word_on_the_date_line_is_no_author() -> None:
    header, _ = run(SECTION_WORD_ON_DATE_LINE)
    assert header.authors == ()
    assert header.published == "2021-03-03"


def _rich(page: str, line_text: str) -> dict[str, float]:
    """The named rich features of the line of `page` whose text is `line_text`."""
    from newstrace.extract.textpage.title_features import (
        RICH_FEATURES,
        copyright_lines,
        neighbourhood,
        rich_features,
    )

    lines = split_page(page)
    index = lines.texts.index(line_text)
    near = neighbourhood(lines, 0, len(lines), copyright_lines(page)[0])
    return dict(zip(RICH_FEATURES, rich_features(lines, index, frozenset(), near), strict=True))


CRUMB_PAGE = """Home / Guides / Choosing a rain jacket

Choosing a rain jacket

What to look for in a shell

  • Rain jackets
  • 3. Walking boots
Walking boots

By Jane Roe
"""


def test_a_headline_at_the_end_of_a_breadcrumb() -> None:
    assert _rich(CRUMB_PAGE, "Choosing a rain jacket")["crumb_end"]
    assert _rich(CRUMB_PAGE, "Walking boots")["crumb_end"]  # a numbered list's last item
    assert not _rich(CRUMB_PAGE, "What to look for in a shell")["crumb_end"]
    # "By Jane Roe" ends with the name, but after no path separator.
    assert not _rich(CRUMB_PAGE + "\nJane Roe\n", "Jane Roe")["crumb_end"]


SITE_NAME_PAGE = f"""Example Outdoors

Choosing a rain jacket for hiking

March 3, 2021

{ARTICLE}
© 2021 Example Outdoors. All rights reserved.
"""


def test_the_site_name_of_the_copyright_line_is_no_headline() -> None:
    assert _rich(SITE_NAME_PAGE, "Example Outdoors")["in_footer"]
    assert not _rich(SITE_NAME_PAGE, "Choosing a rain jacket for hiking")["in_footer"]


SITE_SUFFIX_PAGE = f"""Home

Choosing a rain jacket for hiking – Example Outdoors

March 3, 2021

{ARTICLE}
"""


def test_a_site_name_the_copyright_line_gives_is_cut_from_the_headline() -> None:
    header, _ = run(SITE_SUFFIX_PAGE + "© 2021 Example Outdoors. All rights reserved.\n")
    assert header.title == "Choosing a rain jacket for hiking"
    header, _ = run(SITE_SUFFIX_PAGE)
    assert header.title == "Choosing a rain jacket for hiking – Example Outdoors"


DATED_HEADLINE_PAGE = f"""Home

Garden shed notes week 2 20 December 2025

{ARTICLE}
"""


def test_a_date_that_ends_the_headline_line_is_cut_from_it() -> None:
    header, _ = run(DATED_HEADLINE_PAGE)
    assert header.title == "Garden shed notes week 2"
    assert header.published == "2025-12-20"
    header, _ = run(DATED_HEADLINE_PAGE.replace("Garden shed notes week 2", "Notes"))
    assert header.title == "Notes 20 December 2025"  # too little left to be a headline


def _best_by_full_score(page: str) -> tuple[int | None, int, int | None]:
    """(best line by the full score of `candidates`, shortlist size, `find_title`)."""
    lines = split_page(page)
    labels = ["body" if len(text) > 80 else "boilerplate" for text in lines.texts]
    win = window(page, lines, labels)
    scored = [
        (_score(WEIGHTS, quick + rich), index)
        for index, quick, rich in candidates(lines, labels, win)
    ]
    best = max(scored, key=lambda item: (item[0], -item[1]))[1] if scored else None
    return best, len(scored), find_title(lines, labels, win)


def test_the_headline_is_the_best_full_score_with_one_candidate_or_several() -> None:
    one = f"Cabinet clears two new metro lines for the city\n\n{ARTICLE}"
    several = INDIAN_PAGE
    for page, shortlisted in ((one, 1), (several, 2)):
        best, size, found = _best_by_full_score(page)
        assert size == shortlisted
        assert found == best is not None


def test_a_score_is_the_dot_product_of_weights_and_features() -> None:
    weights = (0.5, -1.25, 2.0, 3.0, -0.75)
    features = [True, False, 0.25, 0.0, True]
    assert _score(weights, features) == 0.5 + 2.0 * 0.25 - 0.75
    assert _score(weights, [False] * 5) == 0.0


def test_the_prose_anchor_is_the_first_line_of_a_cluster_of_sentences() -> None:
    # A lone sentence line is no cluster; three in six lines, short ones between, are.
    lone = "A single sentence line of a sidebar, long enough to read as a whole sentence."
    shorts = ["Short", "Another short", "Sport", "Weather", "Opinion"]
    page = "\n".join(["Menu", lone, *shorts, "", BODY_1, "Aside", BODY_2, BODY_3, BODY_1])
    lines = split_page(page)
    assert window(page, lines, ["boilerplate"] * len(lines)).anchor == 7
    # Without a cluster the first sentence line is the anchor.
    page = "\n".join(["Menu", "Short", lone, "Short", BODY_1, "a", "b", "c", "d", "e", BODY_2])
    lines = split_page(page)
    assert window(page, lines, ["boilerplate"] * len(lines)).anchor == 2


def test_cue_lines_open_with_a_cue_word_in_any_usual_case() -> None:
    texts = ["By Jane Roe", "Related stories", "WRITTEN BY", "State news", "author:", "Stay in"]
    texts += ["Story by Ann Lee", "bY Jane Roe", "Reporting by Bo Park", "Contact us", "Por Ana"]
    assert cue_lines(texts, 0, len(texts)) == [0, 2, 4, 6, 8, 10]
    assert cue_lines(texts, 3, 7) == [4, 6]
