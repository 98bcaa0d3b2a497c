"""Gate: body F1 of the text-page extractor on the pagetext gold sets.

Runs `extract_text_page` over every pagetext page of ../shared/data and scores
the body with the benchmark's metric (`bench.scoring.BodyScore`). The floors
sit about 0.01 under what the extractor reached when they were pinned; raise
them when it gets better, never lower them to make a change pass.
"""

from __future__ import annotations

import pytest

from bench.datasets import GoldPage, data_missing, scrapinghub_pages, wcxb_pages
from bench.scoring import BodyScore
from newstrace.extract.textpage import extract_text_page

pytestmark = pytest.mark.gate

FLOORS = {"scrapinghub": 0.905, "wcxb": 0.918}
SETS = {"scrapinghub": scrapinghub_pages, "wcxb": wcxb_pages}


def _body_score(pages: list[GoldPage]) -> BodyScore:
    score = BodyScore()
    for page in pages:
        score.add(page.body, extract_text_page(page.pagetext(), page.id).text)
    return score


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_body_f1_floor(name: str) -> None:
    missing = data_missing(name, "pagetext")
    if missing:
        pytest.skip(missing)
    score = _body_score(list(SETS[name]()))
    assert score.f1 >= FLOORS[name], (
        f"{name} body F1 {score.f1:.4f} (P {score.precision:.4f}, R {score.recall:.4f}) "
        f"fell under the floor {FLOORS[name]}"
    )
