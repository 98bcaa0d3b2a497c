"""Sources: read inputs into `Page` records, and decode their bytes to text.

    iter_pages(paths, plain=False)  files, directories (walked) and ``-`` (stdin)
                                    -> Page or Problem, one per input, never a crash
    decode_text(page)               Page -> str, or DecodeError saying why not

Readers for HTML, WARC/WET and JSONL will join these, yielding the same records.
"""

from __future__ import annotations

from newstrace.sources.decode import decode_text
from newstrace.sources.files import MAX_BYTES, STDIN, ReadStats, iter_pages

__all__ = ["MAX_BYTES", "STDIN", "ReadStats", "decode_text", "iter_pages"]
