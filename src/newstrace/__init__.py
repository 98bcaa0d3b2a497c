"""newstrace: turn raw news pages into a structured, attributed, searchable record.

The public API is what `__all__` lists; everything else may change.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newstrace")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0+unknown"

from newstrace.api import (
    analysis_steps,
    analyze,
    analyze_text,
    extract,
    extract_text,
    extraction_steps,
)
from newstrace.corpus import (
    Corpus,
    IngestCounts,
    Quote,
    SearchHit,
    SpeakerCount,
    export,
    ingest,
    open_corpus,
    quotes,
    search,
    show,
    speakers,
)
from newstrace.errors import (
    DecodeError,
    EmptyInput,
    InputError,
    NewstraceError,
    PipelineError,
    ReadError,
    StoreError,
    UnsupportedInput,
    UsageError,
)
from newstrace.jsonform import article_from_json, article_to_json
from newstrace.records import (
    Article,
    Entity,
    Figure,
    Image,
    Mention,
    Page,
    Problem,
    Related,
    Removed,
    Span,
    Speaker,
    Statement,
    When,
)
from newstrace.run.local import RunCounts, run_local
from newstrace.steps import Step, apply_steps, check_order

__all__ = [
    "Article",
    "Corpus",
    "DecodeError",
    "EmptyInput",
    "Entity",
    "Figure",
    "Image",
    "IngestCounts",
    "InputError",
    "Mention",
    "NewstraceError",
    "Page",
    "PipelineError",
    "Problem",
    "Quote",
    "ReadError",
    "Related",
    "Removed",
    "RunCounts",
    "SearchHit",
    "Span",
    "Speaker",
    "SpeakerCount",
    "Statement",
    "Step",
    "StoreError",
    "UnsupportedInput",
    "UsageError",
    "When",
    "__version__",
    "analysis_steps",
    "analyze",
    "analyze_text",
    "apply_steps",
    "article_from_json",
    "article_to_json",
    "check_order",
    "export",
    "extract",
    "extract_text",
    "extraction_steps",
    "ingest",
    "open_corpus",
    "quotes",
    "run_local",
    "search",
    "show",
    "speakers",
]
