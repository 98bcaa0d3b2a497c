"""Gate: the seed page comes out as its expected file (the `article` part) says.

The seed and its expected file are third-party text read from ../shared/seed.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from bench.datasets import SEED
from newstrace import Article, extract_text

pytestmark = pytest.mark.gate

SEED_PAGE = SEED / "000_fc5557137501b46a.txt"
SEED_EXPECTED = SEED / "000_fc5557137501b46a.expected.json"


def _norm(text: str | None) -> str:
    return " ".join((text or "").replace("’", "'").split())


@pytest.fixture(scope="module")
def seed() -> tuple[Article, dict[str, Any]]:
    if not SEED_PAGE.exists():
        pytest.skip(f"seed page not found at {SEED_PAGE} (it lives in ../shared/seed)")
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))["article"]
    return extract_text(SEED_PAGE.read_bytes(), source=str(SEED_PAGE)), expected


def test_header(seed: tuple[Article, dict[str, Any]]) -> None:
    article, expected = seed
    assert _norm(article.title) == _norm(expected["title"])
    assert _norm(article.dek) == _norm(expected["dek"])
    assert list(article.authors) == expected["authors"]
    assert article.published == expected["published"]
    assert article.language == expected["language"]


def test_body_is_exactly_the_expected_paragraphs_in_order(
    seed: tuple[Article, dict[str, Any]],
) -> None:
    article, expected = seed
    paragraphs = [_norm(p) for p in article.paragraph_texts()]
    assert len(paragraphs) == len(expected["body"])
    for paragraph, (first, last) in zip(paragraphs, expected["body"], strict=True):
        assert paragraph.startswith(_norm(first)), paragraph[:80]
        assert paragraph.endswith(_norm(last)), paragraph[-80:]


def test_furniture_stays_out_of_the_body(seed: tuple[Article, dict[str, Any]]) -> None:
    article, expected = seed
    text = _norm(article.text)
    for line in expected["not_body"]:
        if not line.startswith("the repeated title"):
            assert _norm(line) not in text
    assert _norm(expected["title"]) not in text
    assert not any(_norm(s) in text for s in expected["sourcing"])
    reasons = {r.reason for r in article.removed}
    assert {"title", "duplicate-title", "byline", "caption", "related", "sourcing"} <= reasons


def test_image_sourcing_and_related(seed: tuple[Article, dict[str, Any]]) -> None:
    article, expected = seed
    assert [(_norm(i.caption), i.credit) for i in article.images] == [
        (_norm(i["caption"]), i["credit"]) for i in expected["images"]
    ]
    assert list(article.sourcing) == expected["sourcing"]
    assert len(article.related) == len(expected["related"])
    for got, want in zip(article.related, expected["related"], strict=True):
        assert _norm(got.title) == _norm(want["title"])
        assert got.section == want["section"]
        assert _norm(got.summary).startswith(_norm(want["summary_starts"]))
