"""newstrace: turn raw news pages into a structured, attributed, searchable record.

The public API is what `__all__` lists; everything else may change.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newstrace")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

from newstrace.api import extract, extract_text, extraction_steps
from newstrace.errors import (
    DecodeError,
    EmptyInput,
    InputError,
    NewstraceError,
    PipelineError,
    ReadError,
    UnsupportedInput,
    UsageError,
)
from newstrace.jsonform import article_from_json, article_to_json
from newstrace.records import Article, Image, Page, Problem, Related, Removed, Span
from newstrace.run.local import RunCounts, run_local
from newstrace.steps import Step, apply_steps, check_order

__all__ = [
    "Article",
    "DecodeError",
    "EmptyInput",
    "Image",
    "InputError",
    "NewstraceError",
    "Page",
    "PipelineError",
    "Problem",
    "ReadError",
    "Related",
    "Removed",
    "RunCounts",
    "Span",
    "Step",
    "UnsupportedInput",
    "UsageError",
    "__version__",
    "apply_steps",
    "article_from_json",
    "article_to_json",
    "check_order",
    "extract",
    "extract_text",
    "extraction_steps",
    "run_local",
]
