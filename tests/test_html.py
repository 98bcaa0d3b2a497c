"""HTML page extraction on pages written for these tests."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

from newstrace.api import extract
from newstrace.extract.html import extract_html_page
from newstrace.extract.html.body import word_count
from newstrace.extract.html.dates import parse_stamp
from newstrace.extract.html.decode import html_text
from newstrace.extract.html.media import split_credit
from newstrace.extract.html.title import strip_site_name
from newstrace.records import Article, Page

BODY = """
<p>The city council voted on Monday to reopen the old river bridge to cyclists and
pedestrians after two years of repairs, ending a long dispute over its future.</p>
<p>The bridge, built in 1911, was closed in 2022 when inspectors found corrosion in two of
its steel arches. Repairs cost the city about 4 million euros, the council said.</p>
<p>"It is a relief for everyone who crosses the river every day," said deputy mayor Lars
Holm, who led the repair programme for the council over the last two years.</p>
<p>Cars will remain banned from the bridge, and a speed limit for bicycles will be enforced
with new signs, the council added in a statement published after the vote.</p>
"""


def page(head: str = "", header: str = "", body: str = BODY, tail: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">{head}</head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li></ul></nav>
<article>
<header>{header}</header>
<div class="article-body">{body}</div>
</article>
{tail}
<footer><p>&copy; 2024 Riverside Courier. All rights reserved.</p></footer>
</body></html>"""


def run(html: str | bytes, **kwargs: str | None) -> Article:
    content = html.encode("utf-8") if isinstance(html, str) else html
    return extract_html_page(
        Page(source="t.html", content=content, media_type="text/html", **kwargs)
    )


def test_body_paragraphs_without_navigation_or_footer() -> None:
    article = run(page(header="<h1>Council votes to reopen the old river bridge</h1>"))
    texts = article.paragraph_texts()
    assert len(texts) == 4
    assert texts[0].startswith("The city council voted on Monday")
    assert "All rights reserved" not in article.text
    assert "Politics" not in article.text
    assert article.language == "en"
    assert all(
        span.of(article.text) == text for span, text in zip(article.paragraphs, texts, strict=True)
    )


def test_jsonld_date_keeps_its_utc_offset_and_prefers_first_publication() -> None:
    head = """<script type="application/ld+json">
    {"@context": "https://schema.org", "@type": "NewsArticle",
     "headline": "Council votes to reopen the old river bridge",
     "datePublished": "2024-06-03T10:15:00+02:00", "dateModified": "2024-06-04T08:00:00+02:00",
     "author": [{"@type": "Person", "name": "Marta Jensen"}, {"@type": "Person", "name": "Ole Berg"}],
     "publisher": {"@type": "Organization", "name": "Riverside Courier"}}
    </script>
    <meta property="article:published_time" content="2024-06-04T08:00:00+02:00">"""
    article = run(page(head, "<h1>Council votes to reopen the old river bridge</h1>"))
    assert article.published == "2024-06-03T10:15:00+02:00"
    assert article.modified == "2024-06-04T08:00:00+02:00"
    assert article.authors == ("Marta Jensen", "Ole Berg")
    assert article.site == "Riverside Courier"
    assert article.title == "Council votes to reopen the old river bridge"


def test_opengraph_metadata() -> None:
    head = """<meta property="og:title" content="Bridge reopens to cyclists | Riverside Courier">
    <meta property="og:site_name" content="Riverside Courier">
    <meta property="article:published_time" content="2024-06-03T08:15:00Z">
    <meta property="article:modified_time" content="2024-06-03T09:00:00Z">
    <meta property="og:url" content="https://courier.example/news/bridge">
    <meta name="author" content="By Marta Jensen">"""
    article = run(page(head))
    assert article.title == "Bridge reopens to cyclists"
    assert article.site == "Riverside Courier"
    assert article.published == "2024-06-03T08:15:00+00:00"
    assert article.modified == "2024-06-03T09:00:00+00:00"
    assert article.canonical_url == "https://courier.example/news/bridge"
    assert article.authors == ("Marta Jensen",)


def test_time_element_in_the_byline() -> None:
    header = """<h1>Bridge reopens</h1><div class="byline">
    <time datetime="2024-06-03T10:15:00-04:00">June 3, 2024</time></div>"""
    assert run(page(header=header)).published == "2024-06-03T10:15:00-04:00"


def test_byline_authors_are_cleaned_and_split() -> None:
    header = """<h1>Bridge reopens</h1>
    <p class="byline">By Marta Jensen and Ole Berg, Staff Writers</p>
    <span class="date">June 3, 2024 10:15 CEST</span>"""
    article = run(page(header=header))
    assert article.authors == ("Marta Jensen", "Ole Berg")
    assert article.published == "2024-06-03T10:15:00+02:00"


def test_single_byline_with_job_title() -> None:
    header = '<h1>Bridge reopens</h1><div class="author">By Marta Jensen, Staff Writer</div>'
    assert run(page(header=header)).authors == ("Marta Jensen",)


def test_site_name_stripped_from_title_tag() -> None:
    head = "<title>Bridge reopens to cyclists - Riverside Courier</title>"
    assert run(page(head)).title == "Bridge reopens to cyclists"


@pytest.mark.parametrize(
    ("title", "site", "url", "expected"),
    [
        ("Headline here | Site", "Site", None, "Headline here"),
        ("Site: Headline here", "Site", None, "Site: Headline here"),
        ("Site - Headline here", "Site", None, "Headline here"),
        (
            "Headline - with a dash - Courier",
            None,
            "https://www.courier.com/a",
            "Headline - with a dash",
        ),
        ("No separator at all", "Site", None, "No separator at all"),
    ],
)
def test_strip_site_name(title: str, site: str | None, url: str | None, expected: str) -> None:
    assert strip_site_name(title, site, url) == expected


def test_no_date_gives_none_not_a_guess_from_the_url() -> None:
    article = run(page(header="<h1>Bridge reopens</h1>"), url="https://x.example/2024/06/03/bridge")
    assert article.published is None
    assert article.modified is None


def test_charset_from_meta() -> None:
    html = page(header="<h1>Café reopens</h1>").replace('charset="utf-8"', 'charset="windows-1252"')
    data = html.replace("repairs", "réparations").encode("cp1252")
    text, codec = html_text(Page("t.html", data, "text/html"))
    assert codec == "cp1252"
    assert "réparations" in text
    assert "réparations" in run(data).text


def test_charset_from_the_server_when_the_page_declares_none() -> None:
    html = page(header="<h1>Bridge</h1>").replace('<meta charset="utf-8">', "")
    data = html.replace("repairs", "réparations").encode("iso-8859-1")
    article = run(data, charset="iso-8859-1")
    assert "réparations" in article.text


def test_html_gz_file_through_the_api(tmp_path: Path) -> None:
    path = tmp_path / "story.html.gz"
    path.write_bytes(gzip.compress(page(header="<h1>Bridge reopens</h1>").encode()))
    [article] = list(extract([str(path)]))
    assert article.problems == ()
    assert article.title == "Bridge reopens"
    assert len(article.paragraphs) == 4


def test_html_recognised_by_content_whatever_the_name(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(page(header="<h1>Bridge reopens</h1>"), encoding="utf-8")
    [article] = list(extract([str(path)]))
    assert article.title == "Bridge reopens"
    assert "<p>" not in article.text


def test_images_with_caption_and_credit_related_and_sourcing() -> None:
    body = (
        BODY
        + """
    <figure><img src="b.jpg"><figcaption>The bridge at dawn.
      <span class="credit">Photo: Jane Roe/AP</span></figcaption></figure>
    <figure><img src="c.jpg"><figcaption>Cyclists on the bridge (Photo by Ann Lee)</figcaption></figure>
    <p>Reporting by Marta Jensen; Editing by Ole Berg</p>"""
    )
    tail = """<div class="related-stories"><ul>
      <li><a href="/news/tram">New tram line opens in the east of the city</a></li>
      <li><a href="/news/parking">Parking fees rise in the centre next month</a></li></ul></div>"""
    article = run(page(body=body, tail=tail), url="https://courier.example/news/bridge")
    captions = {(image.caption, image.credit) for image in article.images}
    assert ("The bridge at dawn.", "Jane Roe/AP") in captions
    assert ("Cyclists on the bridge", "Ann Lee") in captions
    assert [r.url for r in article.related] == [
        "https://courier.example/news/tram",
        "https://courier.example/news/parking",
    ]
    assert article.sourcing == ("Reporting by Marta Jensen; Editing by Ole Berg",)
    assert "Editing by" not in article.text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-03T10:15:00+02:00", "2024-06-03T10:15:00+02:00"),
        ("2024-06-03T10:15:00.000Z", "2024-06-03T10:15:00+00:00"),
        ("2024-06-03T10:15:00+0530", "2024-06-03T10:15:00+05:30"),
        ("2024-06-03 10:15", "2024-06-03T10:15:00"),
        ("2024-06-03", "2024-06-03"),
        ("June 3, 2024", "2024-06-03"),
        ("not a date", None),
        ("1970-01-01T00:00:00Z", None),
    ],
)
def test_parse_stamp(value: str, expected: str | None) -> None:
    assert parse_stamp(value) == expected


def test_split_credit() -> None:
    assert split_credit("A man walks (Photo: Jane Roe)") == ("A man walks", "Jane Roe")
    assert split_credit("Smoke rises. John Doe/Getty Images") == (
        "Smoke rises.",
        "John Doe/Getty Images",
    )
    assert split_credit("Just a caption") == ("Just a caption", None)


def test_page_without_body_is_a_problem_not_a_crash() -> None:
    from newstrace.api import extraction_steps
    from newstrace.steps import apply_steps

    item = Page("t.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "text/html")
    article = apply_steps(item, extraction_steps())
    assert [p.code for p in article.problems] == ["no-body"]
    empty = apply_steps(Page("e.html", b"", "text/html"), extraction_steps())
    assert [p.code for p in empty.problems] == ["empty"]


def test_extract_text_recognises_html() -> None:
    from newstrace.api import extract_text

    article = extract_text(page(header="<h1>Bridge reopens</h1>"))
    assert article.title == "Bridge reopens"
    assert "<p>" not in article.text
    assert extract_text(b"Bridge reopens\n\nThe council voted.\n", plain=True).text.startswith(
        "Bridge"
    )


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "one two  three\n\tfour",
        "e-mail don't 3.5 snake_case (aside) — dash...",
        "café naïve 東京 Straße x\u200by cafe\u0301 ١٢٣",
        "«Bonjour», dit-il ; «ça va ?»",
        "__ -- ** 42",
    ],
)
def test_word_count_counts_the_runs_of_word_characters(text: str) -> None:
    assert word_count(text) == len(re.findall(r"\w+", text))
