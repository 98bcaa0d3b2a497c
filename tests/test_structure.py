"""Captions, related teasers and sourcing lines (`find_structure`) on small pages.

Each page is labelled as a good body pass would: the lines given as body are
``body``, the rest ``boilerplate``; header lines can be labelled too.
"""

from __future__ import annotations

import pytest

from newstrace.extract.textpage.lines import split_page
from newstrace.extract.textpage.structure import Structure, find_structure
from newstrace.records import Image, Related

PARAGRAPH = (
    "The council voted on Monday to reopen the old river bridge to cyclists and pedestrians "
    "after two years of repairs, ending a long dispute over its future."
)
LAST_PARAGRAPH = (
    "Cars will remain banned from the bridge, and a speed limit for bicycles will be enforced "
    "with new signs, the council added."
)


def run(page: str, *, header: dict[str, str] | None = None) -> tuple[Structure, dict[str, str]]:
    """`find_structure` on `page`; long lines and those of PARAGRAPH are body."""
    lines = split_page(page)
    header = header or {}
    labels = [header.get(text, "body" if len(text) > 80 else "boilerplate") for text in lines.texts]
    structure = find_structure(lines, labels)
    return structure, dict(zip(lines.texts, labels, strict=True))


def page_with(*middle: str) -> str:
    """A page: furniture, a paragraph, the given lines, the last paragraph, a footer."""
    return "\n\n".join(
        ["Skip to content", "Home", PARAGRAPH, *middle, LAST_PARAGRAPH, "Privacy policy"]
    )


# --- captions ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "File image of the old river bridge at dawn. AP",
            "File image of the old river bridge at dawn.",
            "AP",
        ),
        (
            "Workers repair the bridge arches in March. Reuters",
            "Workers repair the bridge arches in March.",
            "Reuters",
        ),
        (
            "Farmers protest near the state assembly on Tuesday. PTI",
            "Farmers protest near the state assembly on Tuesday.",
            "PTI",
        ),
        (
            "The minister arrives at the summit venue. ANI",
            "The minister arrives at the summit venue.",
            "ANI",
        ),
        (
            "Rescue teams search the rubble after the quake. AFP",
            "Rescue teams search the rubble after the quake.",
            "AFP",
        ),
        ("Fans wave flags in the main square. EPA", "Fans wave flags in the main square.", "EPA"),
        ("A tram crosses the new viaduct | Reuters", "A tram crosses the new viaduct", "Reuters"),
        (
            "The mayor at the reopening (Photo by Jane Doe/Getty Images)",
            "The mayor at the reopening",
            "Jane Doe/Getty Images",
        ),
        (
            "Cyclists queue at the bridge (Image: GETTY )",
            "Cyclists queue at the bridge",
            "Getty Images",
        ),
        (
            "Cyclists queue at the bridge (AP Photo/Jane Doe)",
            "Cyclists queue at the bridge",
            "AP Photo/Jane Doe",
        ),
        (
            "A view of the repaired steel arch. Photo: Jane Doe",
            "A view of the repaired steel arch.",
            "Jane Doe",
        ),
        ("The arch at night.   Credit: Jane Doe", "The arch at night.", "Jane Doe"),
        (
            "Pedestrians on the bridge deck. © Reuters / Jane Doe",
            "Pedestrians on the bridge deck.",
            "Reuters / Jane Doe",
        ),
        ("The bridge seen from the river.Reuters", "The bridge seen from the river.", "Reuters"),
        (
            "The deputy mayor (left) and his adviser Anna Berg AP",
            "The deputy mayor (left) and his adviser Anna Berg",
            "AP",
        ),
    ],
)
def test_a_caption_with_its_credit_on_the_same_line(line: str, caption: str, credit: str) -> None:
    structure, labels = run(page_with(line))
    assert structure.images == (Image(caption, credit),)
    assert labels[line] == "caption"
    assert labels[PARAGRAPH] == labels[LAST_PARAGRAPH] == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Representational image of a river bridge under repair in the city centre",
        "File photo of the river bridge before the repairs began",
        "In this photo taken in 2022, inspectors examine a corroded arch of the bridge",
        "Photo: Inspectors examine a corroded arch of the bridge in 2022",
    ],
)
def test_a_line_that_opens_like_a_caption_is_one(line: str) -> None:
    structure, labels = run(page_with(line))
    assert len(structure.images) == 1
    assert structure.images[0].credit is None
    assert structure.images[0].caption is not None
    assert structure.images[0].caption.endswith("bridge in 2022") or line.endswith(
        structure.images[0].caption
    )
    assert labels[line] == "caption"


@pytest.mark.parametrize(
    ("credit_line", "credit"),
    [
        ("Photo: Jane Doe, AP", "Jane Doe, AP"),
        ("Credit: Jane Doe", "Jane Doe"),
        ("Image credit: Jane Doe/Shutterstock", "Jane Doe/Shutterstock"),
        ("Jane Doe | Bloomberg | Getty Images", "Jane Doe | Bloomberg | Getty Images"),
        ("(Image: © Jane Doe)", "Jane Doe"),
    ],
)
def test_a_caption_followed_by_a_credit_line(credit_line: str, credit: str) -> None:
    caption = "Inspectors examine a corroded arch of the river bridge in 2022"
    structure, labels = run(page_with(f"{caption}\n{credit_line}"))
    assert structure.images == (Image(caption, credit),)
    assert labels[caption] == labels[credit_line] == "caption"


def test_a_credit_line_alone_is_an_image_without_caption() -> None:
    structure, labels = run(page_with("Image credit: Jane Doe"))
    assert structure.images == (Image(None, "Jane Doe"),)
    assert labels["Image credit: Jane Doe"] == "caption"


def test_a_gallery_repeating_its_caption_gives_one_image() -> None:
    caption = "Inspectors examine a corroded arch of the river bridge in 2022"
    block = f"{caption}\nPhoto: Jane Doe, AP\nPhoto: Jane Doe, AP\n\n{caption}\nPhoto: Jane Doe, AP"
    structure, _ = run(page_with(block))
    assert structure.images == (Image(caption, "Jane Doe, AP"),)


@pytest.mark.parametrize(
    "line",
    [
        "The talks will resume on Friday in Geneva, Reuters reported.",
        "Prices rose by a third in a year, according to AP",
        "The ministry confirmed the new figures in a statement to AP",
        "He declined to say more when he spoke to Reuters.",
        "Industry-leading tax software from Thomson Reuters",
        "Tom Davies Associated Press",
        "© 2024 Riverside Courier. All rights reserved.",
        "Registration on this site is free (see our terms)",
    ],
)
def test_lines_that_only_name_an_agency_are_not_captions(line: str) -> None:
    structure, labels = run(page_with(line))
    assert structure.images == ()
    assert labels[line] != "caption"


def test_a_body_paragraph_that_names_an_agency_stays_body() -> None:
    paragraph = (
        "Officials said the bridge would stay closed to cars for good, a decision first "
        "reported by Reuters and later confirmed by the council to AP"
    )
    structure, labels = run(page_with(paragraph))
    assert structure.images == ()
    assert labels[paragraph] == "body"


def test_header_lines_are_never_taken() -> None:
    byline = "By Jane Doe, AP"
    structure, labels = run(page_with(byline), header={byline: "byline"})
    assert structure.images == ()
    assert labels[byline] == "byline"


# --- related teasers --------------------------------------------------------

CARDS = """also read

Bridge repairs across the region fall two years behind schedule
Region

Bridge repairs across the region fall two years behind schedule

Inspectors found corrosion in a dozen steel bridges last spring, and the regional budget covers repairs for only half of them this year

City council approves new cycle lanes on the eastern ring road after a long debate
City

City council approves new cycle lanes on the eastern ring road after a long debate

The lanes will be separated from traffic by low concrete kerbs and should open before the end of next summer, officials said on Monday
"""


def test_teaser_cards_give_title_section_and_summary_once_each() -> None:
    structure, labels = run(page_with() + "\n\n" + CARDS)
    assert [(r.title, r.section, r.url) for r in structure.related] == [
        ("Bridge repairs across the region fall two years behind schedule", "Region", None),
        (
            "City council approves new cycle lanes on the eastern ring road after a long debate",
            "City",
            None,
        ),
    ]
    summaries = [r.summary or "" for r in structure.related]
    assert summaries[0].startswith("Inspectors found corrosion")
    assert summaries[1].startswith("The lanes will be separated")
    assert all(labels[line] == "related" for line in CARDS.splitlines() if line.strip())
    assert labels[LAST_PARAGRAPH] == "body"


def test_a_card_that_repeats_its_title_takes_a_short_summary() -> None:
    cards = (
        "Also read\n\nFerry fares to rise in spring\nCity\n\nFerry fares to rise in spring\n\n"
        "Tickets will cost a fifth more from April, the operator said\n\n"
        "Harbour cranes sold for scrap\nCity\n\nHarbour cranes sold for scrap\n\n"
        "The two cranes had stood idle since the container terminal moved"
    )
    structure, _labels = run(page_with() + "\n\n" + cards)
    assert [(r.title, r.section) for r in structure.related] == [
        ("Ferry fares to rise in spring", "City"),
        ("Harbour cranes sold for scrap", "City"),
    ]
    assert [r.summary for r in structure.related] == [
        "Tickets will cost a fifth more from April, the operator said",
        "The two cranes had stood idle since the container terminal moved",
    ]


@pytest.mark.parametrize(
    "header",
    [
        "Related",
        "Related articles",
        "RELATED STORIES:",
        "More from World",
        "Recommended",
        "You may also like",
        "Trending",
        "Most popular",
        "Read more",
        "Also read",
    ],
)
def test_a_header_and_a_bullet_list_of_teasers(header: str) -> None:
    teasers = "  • New tram line opens in the east\n  • Parking fees rise in the city centre"
    structure, labels = run(page_with(f"{header}\n{teasers}"))
    assert structure.related == (
        Related("New tram line opens in the east"),
        Related("Parking fees rise in the city centre"),
    )
    assert labels[header] == labels["New tram line opens in the east"] == "related"
    assert labels[PARAGRAPH] == labels[LAST_PARAGRAPH] == "body"


@pytest.mark.parametrize(
    "block",
    [
        "Most popular\n  1. New tram line opens in the east\n  2. Parking fees rise in the city centre",
        "Most popular\n  • 1\n    New tram line opens in the east\n"
        "  • 2\n    Parking fees rise in the city centre",
    ],
)
def test_a_ranked_list_gives_titles_without_ranks(block: str) -> None:
    structure, _ = run(page_with(block))
    assert [r.title for r in structure.related] == [
        "New tram line opens in the east",
        "Parking fees rise in the city centre",
    ]


def test_a_bullet_list_of_teasers_ends_where_the_article_resumes() -> None:
    middle = (
        "Related articles\n  • New tram line opens in the east\n  • Parking fees rise in the centre\n"
        "Many residents welcomed the decision, saying the detour had added twenty minutes to "
        "their daily trips across the river."
    )
    structure, labels = run(page_with(middle))
    assert len(structure.related) == 2
    assert labels[middle.splitlines()[-1]] == "body"


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Also Read: New tram line opens in the east", "New tram line opens in the east"),
        ("READ MORE: Parking fees rise in the city centre", "Parking fees rise in the city centre"),
        ("Related: How the old bridge was built in 1911", "How the old bridge was built in 1911"),
        ("ALSO READ | Council budget for 2025 approved", "Council budget for 2025 approved"),
    ],
)
def test_an_inline_teaser_inside_the_body(line: str, title: str) -> None:
    structure, labels = run(page_with(line))
    assert structure.related == (Related(title),)
    assert labels[line] == "related"
    assert labels[PARAGRAPH] == labels[LAST_PARAGRAPH] == "body"


def test_a_header_followed_by_prose_takes_nothing() -> None:
    prose = (
        "Related projects in the region have run into similar trouble with corroded steel, "
        "engineers said, and several will need years of work."
    )
    structure, labels = run(page_with("Related", prose))
    assert structure.related == ()
    assert labels[prose] == "body"
    assert labels["Related"] != "related"


def test_read_more_links_after_each_item_are_not_a_header() -> None:
    middle = (
        "How the old bridge was built in 1911\nRead more\n"
        "Why the arches corroded so fast\nRead more\n"
        "What the repairs cost the city\nRead more"
    )
    structure, _ = run(page_with(middle))
    assert structure.related == ()


# --- sourcing ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "With input from agencies",
        "With inputs from PTI",
        "(With inputs from ANI)",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Additional reporting by Jane Doe in Paris",
        "Compiled by Jane Doe",
        "This story has been published from a wire agency feed without modifications to the text",
        "— The Associated Press contributed to this report.",
        "Jane Doe and John Roe contributed to this report.",
        "This article was originally published by The Example Review.",
        "(ANI)",
    ],
)
def test_sourcing_lines_are_kept_as_written(line: str) -> None:
    structure, labels = run(page_with(line))
    assert structure.sourcing == (line,)
    assert labels[line] == "sourcing"
    assert labels[PARAGRAPH] == labels[LAST_PARAGRAPH] == "body"


@pytest.mark.parametrize(
    "line",
    [
        "With their offensive stalled, the army changed its tactics in the east of the country.",
        "Reporting on the trial has been restricted by the court until the verdict.",
        "Agencies contributed to the confusion by issuing different figures.",
        "Reuters",
        "Source: council budget report 2024",
    ],
)
def test_body_sentences_are_not_sourcing(line: str) -> None:
    structure, labels = run(page_with(line))
    assert structure.sourcing == ()
    assert labels[line] != "sourcing"


# --- the whole pass ---------------------------------------------------------


def test_a_page_without_body_gives_nothing() -> None:
    lines = split_page("Home\nAlso read\n  • New tram line opens in the east")
    labels = ["navigation"] * len(lines)
    assert find_structure(lines, labels) == Structure()
    assert labels == ["navigation"] * len(lines)


def test_lines_the_body_pass_already_removed_are_still_read() -> None:
    lines = split_page(page_with("With inputs from PTI") + "\n\n" + CARDS)
    labels = ["body" if len(text) > 80 else "related" for text in lines.texts]
    labels[lines.texts.index("With inputs from PTI")] = "sourcing"
    structure = find_structure(lines, labels)
    assert structure.sourcing == ("With inputs from PTI",)
    assert len(structure.related) == 2


def test_a_news_page_in_miniature() -> None:
    page = "\n\n".join(
        [
            "Council votes to reopen the old river bridge",
            "By Jane Doe",
            "File photo of the old river bridge. AP",
            PARAGRAPH,
            "Also Read: New tram line opens in the east",
            LAST_PARAGRAPH,
            "With inputs from agencies",
            CARDS,
        ]
    )
    header = {"Council votes to reopen the old river bridge": "title", "By Jane Doe": "byline"}
    structure, labels = run(page, header=header)
    assert structure.images == (Image("File photo of the old river bridge.", "AP"),)
    assert structure.sourcing == ("With inputs from agencies",)
    assert structure.related[0].title == "New tram line opens in the east"
    assert len(structure.related) == 3
    assert [text for text, label in labels.items() if label == "body"] == [
        PARAGRAPH,
        LAST_PARAGRAPH,
    ]
