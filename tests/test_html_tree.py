"""The parsed tree and the tree readers the HTML metadata readers share."""

from __future__ import annotations

import pytest
from lxml.html import HtmlElement

from newstrace.extract.html import page_tree, parse_html
from newstrace.extract.html.shown_dates import cued_in_text
from newstrace.extract.html.structured import NamePattern, text_near_headline
from newstrace.records import Page

FORM_PAGE = """<html><head><title>Forms</title></head><body>
<form action="/search"><label>Find</label><input name="q"><select><option>All</option></select>
<textarea>notes</textarea></form><p>After the form.</p></body></html>"""


def test_every_element_of_the_parsed_tree_is_a_plain_html_element() -> None:
    # lxml.html's default lookup gives form fields their own classes (and runs Python
    # each time an element is touched); the readers need only HtmlElement.
    for tree in (
        parse_html(FORM_PAGE),
        page_tree(Page(source="t", content=FORM_PAGE.encode(), media_type="text/html")),
    ):
        elements = list(tree.iter())
        assert {element.tag for element in elements} >= {"form", "input", "select", "textarea"}
        assert all(type(element) is HtmlElement for element in elements)
        assert tree.find(".//form").text_content().split() == ["FindAll", "notes"]


def test_text_near_headline_takes_the_pieces_nearest_the_headline_in_document_order() -> None:
    tree = parse_html(
        "<html><body><div>far away<span>one</span>two</div>"
        "<section>three<p>four<b>five</b>six</p><script>no</script>seven"
        "<header>eight<h1>Head<i>line</i></h1>after h1"
        "<p class='byline'>By Jane Roe<time>May 2</time>, 2024</p></header>"
        "<p>A long paragraph that runs on past the limit of what is read.</p>"
        "<p>Never read.</p></section></body></html>"
    )
    before, after = text_near_headline(tree, after_chars=30, before_pieces=6)
    # An element's text and tail count where the element starts; a script's own text not.
    assert before == ["three", "four", "five", "six", "seven", "eight"]
    assert after == [
        "after h1",
        "By Jane Roe",
        "May 2",
        ", 2024",
        "A long paragraph that runs on past the limit of what is read.",
    ]


def test_text_near_headline_counts_pieces_of_ancestors_and_earlier_branches() -> None:
    tree = parse_html(
        "<html><body><ul><li>a</li><li>b<em>c</em></li></ul>d"
        "<div>e<div><h1>Title</h1></div></div></body></html>"
    )
    before, after = text_near_headline(tree, before_pieces=3)
    # "d", the list's tail, counts where the list starts, before "a"
    assert before == ["b", "c", "e"]
    assert after == []
    assert text_near_headline(parse_html("<html><body><p>No headline</p></body></html>")) == (
        [],
        [],
    )


def test_name_pattern_reads_class_and_id_apart_and_ignores_case() -> None:
    tree = parse_html(
        '<html><body><div class="post Byline" id="x1">a</div><div class="meta">b</div>'
        '<div id="related-links">c</div><div>d</div></body></html>'
    )
    byline, related = NamePattern("byline"), NamePattern("related")
    divs = list(tree.iter("div"))
    for _ in range(2):  # the second time from what the first matched
        assert [byline.marks(div) for div in divs] == [True, False, False, False]
        assert [related.marks(div) for div in divs] == [False, False, True, False]
    # a name that would only match across the class and the id does not count
    assert not NamePattern("t e").marks(parse_html('<p class="post" id="ed">x</p>').find(".//p"))


def test_name_pattern_ignores_case_in_non_ascii_names_too() -> None:
    tree = parse_html(
        '<html><body><div class="Ünterzeile BYLINE">a</div><div id="ÜberBYLINEx">b</div>'
        '<div class="Ünterzeile">c</div></body></html>'
    )
    byline = NamePattern("byline")
    assert [byline.marks(div) for div in tree.iter("div")] == [True, True, False]


def test_name_pattern_must_be_written_in_lower_case() -> None:
    with pytest.raises(ValueError, match="lower case"):
        NamePattern("Byline")


def test_cued_date_is_read_from_the_visible_text_only() -> None:
    hidden = (
        "<html><head><title>Published on 3 March 2021</title></head><body>"
        "<noscript>Published on 4 March 2021</noscript><template>Published 5 March 2021</template>"
        "<p>Text</p>{}</body></html>"
    )
    assert cued_in_text(parse_html(hidden.format(""))) is None
    shown = parse_html(hidden.format("<p>Published on 6 March 2021</p>"))
    assert cued_in_text(shown) == "2021-03-06"


def test_cued_date_is_looked_for_in_the_first_20000_characters() -> None:
    filler = "<p>" + "word " * 1000 + "</p>"
    late = f"<html><body>{filler * 5}<p>Published on 6 March 2021</p></body></html>"
    early = f"<html><body>{filler * 3}<p>Published on 6 March 2021</p></body></html>"
    assert cued_in_text(parse_html(late)) is None
    assert cued_in_text(parse_html(early)) == "2021-03-06"
