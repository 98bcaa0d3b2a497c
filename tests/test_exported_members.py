"""The public API is what newstrace.__all__ lists; this guards it against accidents."""

from __future__ import annotations

import newstrace


def test_all_names_exist_and_are_sorted() -> None:
    for name in newstrace.__all__:
        assert hasattr(newstrace, name), name
    assert newstrace.__all__ == sorted(newstrace.__all__)


def test_public_records_and_functions_are_exported() -> None:
    expected = {
        "Article", "Page", "Span", "Image", "Related", "Removed", "Problem",
        "extract", "extract_text", "NewstraceError", "InputError", "UsageError",
    }  # fmt: skip
    assert expected <= set(newstrace.__all__)


def test_every_exported_error_is_in_the_one_tree() -> None:
    for name in newstrace.__all__:
        member = getattr(newstrace, name)
        if isinstance(member, type) and issubclass(member, Exception):
            assert issubclass(member, newstrace.NewstraceError), name


def test_the_corpus_api_is_exported() -> None:
    expected = {
        "ingest", "quotes", "speakers", "search", "show", "export", "open_corpus", "Corpus",
        "Quote", "SpeakerCount", "SearchHit", "IngestCounts", "StoreError",
    }  # fmt: skip
    assert expected <= set(newstrace.__all__)


def test_the_analysis_api_is_exported() -> None:
    expected = {
        "analyze", "analyze_text", "analysis_steps",
        "Statement", "Speaker", "When", "Entity", "Mention", "Figure",
    }  # fmt: skip
    assert expected <= set(newstrace.__all__)
