"""The corpus: an embedded SQLite store of analysed articles, and who-said-what queries.

    ingest(paths, db=...)              sources -> extract -> analyze -> store, resumable
    open_corpus(path)                  the database, migrated on open (`Corpus`)
    quotes(speaker=, about=, via=, since=, until=)    statements, newest first
    speakers()                         who is quoted most
    search(words)                      articles ranked, with snippets
    show(id)                           one stored article, as an `Article`
    export(format, table=, output=)    a table as JSON Lines, CSV or Parquet
    mark_statements(article)           the text with its statements marked

The schema is in `newstrace.corpus.schema`, documented in the README.
"""

from __future__ import annotations

from newstrace.corpus.export import EXPORT_FORMATS, export
from newstrace.corpus.fts import SearchHit
from newstrace.corpus.ingest import IngestCounts, ingest
from newstrace.corpus.queries import Quote, SpeakerCount, quotes, search, show, speakers
from newstrace.corpus.render import mark_statements
from newstrace.corpus.schema import SCHEMA_VERSION
from newstrace.corpus.store import DEFAULT_DB, Corpus, open_corpus

__all__ = [
    "DEFAULT_DB",
    "EXPORT_FORMATS",
    "SCHEMA_VERSION",
    "Corpus",
    "IngestCounts",
    "Quote",
    "SearchHit",
    "SpeakerCount",
    "export",
    "ingest",
    "mark_statements",
    "open_corpus",
    "quotes",
    "search",
    "show",
    "speakers",
]
