"""Sources: read inputs into `Page` records, and decode their bytes to text.

    iter_pages(paths, plain=False, format=None)
                                    files, directories (walked) and ``-`` (stdin):
                                    text pages, HTML pages (also .html.gz) and
                                    WARC/WET crawls (one item per record, streamed)
                                    -> Page or Problem, never a crash
    decode_text(page)               Page -> str, or DecodeError saying why not

`detect` tells the formats apart, `warc` reads crawl files (with `gzmembers`
keeping a damaged gzip member from spoiling the rest). A JSONL reader may join
these, yielding the same records.
"""

from __future__ import annotations

from newstrace.sources.decode import decode_text
from newstrace.sources.files import MAX_BYTES, STDIN, ReadStats, iter_pages

__all__ = ["MAX_BYTES", "STDIN", "ReadStats", "decode_text", "iter_pages"]
