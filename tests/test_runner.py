from __future__ import annotations

import io

import pytest

from newstrace import Article, Page, Problem, RunCounts, Step, UsageError, run_local


class Numbered(Step):
    name = "numbered"
    needs = frozenset({"page"})
    adds = frozenset({"text"})

    def run(self, item: Page | Article) -> Article:
        assert isinstance(item, Page)
        if item.content == "bad":
            raise ValueError("cannot number this")
        return Article(source=item.source, text=f"{item.content}!", paragraphs=())


def _pages(n: int) -> list[Page | Problem]:
    return [Page(f"p{i}", "bad" if i % 7 == 3 else str(i)) for i in range(n)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_outputs_keep_input_order_and_failures_become_problems(jobs: int) -> None:
    counts = RunCounts()
    articles = list(run_local(_pages(100), [Numbered()], jobs=jobs, counts=counts))
    assert [a.source for a in articles] == [f"p{i}" for i in range(100)]
    failed = [a.source for a in articles if a.problems]
    assert failed == [f"p{i}" for i in range(100) if i % 7 == 3]
    assert all(a.text == f"{a.source[1:]}!" for a in articles if not a.problems)
    assert counts.inputs == 100
    assert counts.problems == {"internal-error": len(failed)}


def test_source_problems_pass_through_in_order() -> None:
    items: list[Page | Problem] = [Page("a", "1"), Problem("b", "read", "not-found", "b: gone")]
    counts = RunCounts()
    articles = list(run_local(items, [Numbered()], counts=counts))
    assert [a.source for a in articles] == ["a", "b"]
    assert articles[1].problems[0].code == "not-found"
    assert counts.unread == 1
    assert "not-found: 1" in counts.summary()


def test_no_progress_bar_when_stderr_is_not_a_terminal() -> None:
    stream = io.StringIO()
    list(run_local(_pages(5), [Numbered()], progress=stream))
    assert stream.getvalue() == ""


def test_jobs_below_one_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        list(run_local(_pages(1), [Numbered()], jobs=0))
