from __future__ import annotations

import pytest

from newstrace import Article, Page, PipelineError, Problem, Step, apply_steps, check_order
from newstrace.errors import DecodeError


class MakeArticle(Step):
    name = "make"
    needs = frozenset({"page"})
    adds = frozenset({"text"})

    def run(self, item: Page | Article) -> Article:
        assert isinstance(item, Page)
        return Article(source=item.source, text=str(item.content))


class Shout(Step):
    name = "shout"
    needs = frozenset({"text"})
    adds = frozenset({"shouted"})

    def run(self, item: Page | Article) -> Article:
        assert isinstance(item, Article)
        if "boom" in item.text:
            raise RuntimeError("exploded")
        return Article(source=item.source, text=item.text.upper())


class NeedsEntities(Step):
    name = "needs-entities"
    needs = frozenset({"entities"})
    adds = frozenset()


def test_check_order_accepts_steps_whose_needs_are_met() -> None:
    check_order([MakeArticle(), Shout()])


def test_check_order_names_the_step_and_what_it_lacks() -> None:
    with pytest.raises(PipelineError, match=r"'shout' needs \['text'\]"):
        check_order([Shout(), MakeArticle()])
    with pytest.raises(PipelineError, match="entities"):
        check_order([MakeArticle(), NeedsEntities()])
    with pytest.raises(PipelineError):
        check_order([])


def test_apply_steps_runs_every_step() -> None:
    article = apply_steps(Page("a.txt", "hello"), [MakeArticle(), Shout()])
    assert article.text == "HELLO"
    assert article.problems == ()


def test_a_failing_step_becomes_a_problem_and_keeps_earlier_work() -> None:
    article = apply_steps(Page("b.txt", "boom"), [MakeArticle(), Shout()])
    assert article.text == "boom"
    [problem] = article.problems
    assert (problem.source, problem.stage, problem.code) == ("b.txt", "shout", "internal-error")
    assert "RuntimeError: exploded" in problem.message


def test_an_input_error_keeps_its_code() -> None:
    class Undecodable(MakeArticle):
        def run(self, item: Page | Article) -> Article:
            raise DecodeError("c.txt", "looks binary")

    article = apply_steps(Page("c.txt", b"\x00"), [Undecodable()])
    assert article.source == "c.txt"
    assert [(p.stage, p.code, p.message) for p in article.problems] == [
        ("make", "undecodable", "looks binary")
    ]


def test_a_source_problem_becomes_an_empty_article_carrying_it() -> None:
    problem = Problem("gone.txt", "read", "not-found", "gone.txt: no such file")
    article = apply_steps(problem, [MakeArticle()])
    assert article == Article(source="gone.txt", problems=(problem,))
