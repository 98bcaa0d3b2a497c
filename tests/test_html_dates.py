"""Publication and update dates of HTML pages: which source wins, and when there is none.

Every page here is written for the test. Each checks one rule of
`newstrace.extract.html.dates` (see its docstring for the order of sources).
"""

from __future__ import annotations

import pytest

from newstrace.extract.html import extract_html_page, parse_html
from newstrace.extract.html.dates import PageDates, find_page_dates
from newstrace.extract.html.structured import read_structured
from newstrace.records import Page


def _dates(head: str, body: str) -> PageDates:
    tree = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    return find_page_dates(tree, read_structured(tree))


_ARTICLE = "<p>The council met on a wet evening and voted to reopen the old ferry pier.</p>"


def _jsonld(*objects: str) -> str:
    return "".join(f'<script type="application/ld+json">{item}</script>' for item in objects)


def test_the_page_article_is_the_first_jsonld_article_not_the_ones_it_links_to() -> None:
    head = _jsonld(
        '{"@type": "NewsArticle", "headline": "Pier reopens",'
        ' "datePublished": "2025-12-18T21:09:22+00:00"}',
        '{"@type": "Article", "headline": "Older story", "datePublished": "2025-03-01"}',
    )
    assert _dates(head, f"<h1>Pier reopens</h1>{_ARTICLE}").published == "2025-12-18T21:09:22+00:00"


def test_jsonld_that_a_framework_put_in_a_meta_tag_is_read_as_jsonld() -> None:
    head = (
        '<meta name="script:ld+json" content="{&quot;@type&quot;:&quot;Article&quot;,'
        '&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}">'
    )
    dates = _dates(head, f"<h1>Pier reopens</h1>{_ARTICLE}")
    assert dates.published == "2025-11-17T09:00:00-05:00"


def test_a_publication_date_on_the_body_element_dates_the_page() -> None:
    tree = parse_html(
        '<html><head></head><body class="guide" data-pubdate="2022-10-05"'
        f' data-lastmod="2025-12-02"><h1>Pier reopens</h1>{_ARTICLE}</body></html>'
    )
    assert find_page_dates(tree, read_structured(tree)).published == "2022-10-05"


def test_an_earlier_byline_date_beats_markup_that_was_moved_to_the_update() -> None:
    head = _jsonld(
        '{"@type": "BlogPosting", "datePublished": "2025-06-24", "dateModified": "2025-06-24"}'
    )
    body = f"<h1>Pier reopens</h1><p>By Ada Lane · August 25, 2024</p>{_ARTICLE}"
    dates = _dates(head, body)
    assert dates.published == "2024-08-25"
    assert dates.modified == "2025-06-24"


def test_a_later_byline_date_does_not_replace_the_first_publication() -> None:
    head = '<meta property="article:published_time" content="2024-03-01T09:00:00+01:00">'
    body = f"<h1>Pier reopens</h1><p>By Ada Lane · November 4, 2025</p>{_ARTICLE}"
    assert _dates(head, body).published == "2024-03-01T09:00:00+01:00"


def test_a_byline_day_before_a_utc_morning_time_is_the_same_moment_in_the_west() -> None:
    head = '<meta property="article:published_time" content="2021-12-10T02:17:00Z">'
    body = f"<h1>Pier reopens</h1><p>Dec. 9, 2021</p>{_ARTICLE}"
    assert _dates(head, body).published == "2021-12-10T02:17:00+00:00"


def test_the_offset_is_kept_and_the_day_is_the_local_one() -> None:
    head = '<meta property="article:published_time" content="2024-06-03T22:15:00-05:00">'
    assert _dates(head, f"<h1>Pier</h1>{_ARTICLE}").published == "2024-06-03T22:15:00-05:00"


def test_microdata_dates_on_several_days_are_teasers_not_the_page_date() -> None:
    teasers = "".join(
        f'<div itemscope><a href="/s{day}">Story</a>'
        f'<meta itemprop="datePublished" content="2025-11-{day:02d}"></div>'
        for day in (3, 13, 20)
    )  # read as ``<meta>`` and as microdata: neither may date the page
    head = '<meta property="article:published_time" content="2025-12-18T08:00:00+00:00">'
    assert _dates(head, f"<h1>Pier</h1>{_ARTICLE}{teasers}").published == (
        "2025-12-18T08:00:00+00:00"
    )


def test_a_meta_name_of_the_site_own_making_counts_and_the_earliest_wins() -> None:
    head = (
        '<meta name="published-time" content="2026-03-09T08:45:32.183Z">'
        '<meta name="published-date" content="2021-02-16">'
    )
    assert _dates(head, f"<h1>Pier</h1>{_ARTICLE}").published == "2021-02-16"


def test_a_time_labelled_as_an_update_is_the_modification_not_the_publication() -> None:
    body = (
        "<h1>Pier reopens</h1>"
        '<div class="post-meta">Published <time datetime="2024-01-02T10:00:00Z">Jan 2</time>'
        '</div><div class="post-meta"><span>Last updated:</span>'
        ' <time datetime="2024-05-01T10:00:00Z">May 1</time></div>' + _ARTICLE
    )
    dates = _dates("", body)
    assert dates.published == "2024-01-02T10:00:00+00:00"
    assert dates.modified == "2024-05-01T10:00:00+00:00"


def test_a_time_labelled_published_counts_outside_a_byline_area() -> None:
    body = (
        f"<h1>Pier reopens</h1>{_ARTICLE}"
        '<div class="facts"><h4>Published</h4><h3 class="sr-only">Publish date</h3>'
        ' <time datetime="2018-11-15T12:00:00Z">15 November 2018</time></div>'
        '<div class="facts"><h4>Reviewed</h4> <time datetime="2024-02-01">1 Feb 2024</time></div>'
    )
    assert _dates("", body).published == "2018-11-15T12:00:00+00:00"


def test_an_unlabelled_time_outside_a_byline_area_does_not_date_the_page() -> None:
    body = f'<h1>Pier reopens</h1>{_ARTICLE}<div class="facts"><time datetime="2018-11-15">x</time></div>'
    assert _dates("", body).published is None


def test_a_time_in_one_of_a_list_of_dated_cards_does_not_date_the_page() -> None:
    cards = "".join(
        f'<div class="card"><h2>Talk {day}</h2><div class="field-date">'
        f'<time datetime="2025-0{day}-11T08:00:00Z">11/0{day}/2025</time></div></div>'
        for day in (2, 4, 6)
    )
    assert _dates("", f"<h1>Talks</h1>{_ARTICLE}{cards}").published is None


def test_a_page_that_shows_only_its_update_gets_it_as_published_too() -> None:
    body = f"<h1>Pier reopens</h1><p>Updated on December 20, 2024</p>{_ARTICLE}"
    dates = _dates("", body)
    assert dates.published == dates.modified == "2024-12-20"


def test_a_date_beside_the_author_link_is_the_byline_date() -> None:
    body = (
        "<h1>Pier reopens</h1>"
        f"{_ARTICLE * 6}"
        '<div><p><a href="/blog/author/ada-lane">Ada Lane</a></p><p>April 8, 2024</p></div>'
    )
    assert _dates("", body).published == "2024-04-08"


def test_without_h1_the_heading_that_matches_the_title_is_the_headline() -> None:
    head = '<meta property="og:title" content="Homestead gardens feed a town | District">'
    body = f"<h4>Homestead gardens feed a town</h4><p>20 Dec 2025, 18:05</p>{_ARTICLE}"
    assert _dates(head, body).published == "2025-12-20T18:05:00"


def test_a_date_the_text_calls_the_publication_is_used_when_nothing_else_dates_the_page() -> None:
    body = f"<h1>Pier reopens</h1>{_ARTICLE * 8}<div>Posted on the 15/12/2025 by Ada Lane</div>"
    assert _dates("", body).published == "2025-12-15"


_STORY = f"<h1>Pier reopens</h1>{_ARTICLE * 5}"


@pytest.mark.parametrize(
    "block",
    [
        # a teaser card linking to another page
        '<a href="/blog/other"><div class="post-date">12.18.2025</div> Benchmarks. Read more</a>',
        # a notice about the whole site
        '<div class="usa-alert usa-alert--info"><span class="info">Effective beginning'
        " 6/2/2025</span>: this website is under review.</div>",
        # opening hours with today's date
        '<div class="garden-hours"><span class="date">March 14, 2026</span> 8 a.m.</div>',
        # a sidebar of related stories
        '<aside><span class="date">May 2, 2024</span> Ferry fares rise</aside>',
        '<div class="related-posts"><span class="post-date">May 2, 2024</span></div>',
        # comments
        '<footer><p class="meta">Posted by Bo on <time datetime="2024-05-02">May 2</time></p>'
        "</footer>",
        '<footer><p>Posted on <time datetime="2024-05-02">May 2</time></p></footer>',
        '<a href="/blog/other">Published <time datetime="2024-05-02">May 2</time></a>',
    ],
)
def test_dates_outside_the_byline_are_not_the_page_date(block: str) -> None:
    assert _dates("", _STORY + block).published is None


@pytest.mark.parametrize("span", ["2025-12-12 - 2025-12-17", "4 May 2025 – 9 May 2025"])
def test_a_span_of_days_under_the_headline_is_not_the_publication(span: str) -> None:
    body = f"<h1>Weekend build</h1><p>Dates: {span}</p>{_ARTICLE}"
    assert _dates("", body).published is None


def test_a_dated_card_with_a_read_more_link_is_a_teaser_not_the_page_date() -> None:
    cards = "".join(
        f'<div class="hub-link"><div class="hub-link__header"><span>Blog Post</span>'
        f'<span class="hub-link__date">12.18.2025</span></div>'
        f'<div><a href="/blog/{name}">Ferry {name}</a></div>'
        f'<div><a href="/blog/{name}">Read More</a></div></div>'
        for name in ("fares", "timetable")
    )
    assert _dates("", f"<h1>Pier reopens</h1>{_ARTICLE * 5}{cards}").published is None


def test_a_list_of_posts_under_the_page_heading_is_not_a_byline() -> None:
    body = (
        "<h1>Jan's Blog</h1><p>First joint Sunday, 31.03.2019</p><p>Bought a shop Monday,"
        " 18.03.2019</p><p>A new shed Sunday, 10.03.2019</p>"
    )
    assert _dates("", body).published is None


def test_no_date_is_guessed_from_the_url() -> None:
    html = f"<html><body><h1>Pier reopens</h1>{_ARTICLE}</body></html>".encode()
    page = Page(
        source="pier.html",
        content=html,
        media_type="text/html",
        url="https://example.org/2024/06/03/pier-reopens",
    )
    article = extract_html_page(page)
    assert article.published is None
    assert article.modified is None
