"""Articles go through the parser in batches; results equal one-at-a-time runs."""

from __future__ import annotations

from newstrace import Article, Page, Step, analysis_steps, apply_steps
from newstrace.steps import apply_steps_many

TEXTS = [
    '"We are ready," said Mayor Anna Berg.',
    "Karl Weber said the vote had been rigged.",
    "Le maire a déclaré que le pont serait rouvert au printemps prochain, après deux ans.",
]


def test_a_batch_gives_what_single_runs_give() -> None:
    pages = [Page(source=f"p{i}", content=t, plain=True) for i, t in enumerate(TEXTS)]
    batch = apply_steps_many(pages, analysis_steps())
    single = [apply_steps(page, analysis_steps()) for page in pages]
    assert batch == single
    assert [len(a.statements) for a in batch] == [1, 1, 0]


class _FailsOnWeber(Step):
    name = "fails"
    needs = frozenset({"text"})
    adds = frozenset()

    def run(self, item: Page | Article) -> Article:
        assert isinstance(item, Article)
        if "Weber" in item.text:
            raise ValueError("boom")
        return item


def test_a_failure_in_a_batch_stays_with_its_input() -> None:
    pages = [Page(source=f"p{i}", content=t, plain=True) for i, t in enumerate(TEXTS[:2])]
    first, second = apply_steps_many(pages, [*analysis_steps()[:2], _FailsOnWeber()])
    assert not first.problems and first.statements
    assert [p.code for p in second.problems] == ["internal-error"]
    assert second.statements  # what the steps before made is kept
