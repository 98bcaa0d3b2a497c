from __future__ import annotations

from newstrace.api import analyze_text, extract_text

PAGE = (
    "<!doctype html><html><head><title>Port reopens | Harbour Times</title></head><body>"
    "<article><h1>Port reopens</h1><p>The port reopened on Tuesday after a week of repairs, "
    "the harbour authority said in a statement, and the first ships were unloaded by noon "
    "while crews cleared the last of the debris from the northern quay.</p></article>"
    "</body></html>"
)


def test_extract_text_and_analyze_text_both_read_html_given_as_text() -> None:
    extracted = extract_text(PAGE)
    analyzed = analyze_text(PAGE)
    assert extracted.title == analyzed.title == "Port reopens"
    assert "<p>" not in analyzed.text and analyzed.text.startswith("The port reopened")


def test_plain_keeps_markup_as_the_body() -> None:
    assert analyze_text(PAGE, plain=True).text == PAGE
