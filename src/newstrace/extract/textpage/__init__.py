"""Plain-text page extraction: a text dump of a news page in, an `Article` out.

The page is split into lines, held as columns (`lines.PageLines`); each line
gets one label, either ``body`` or the reason it was removed (see
`labels.Reason`). Labelling runs in passes:

1. `body.label_lines` tells article text from page furniture;
2. `header.find_header` finds title, standfirst, byline, authors and date;
3. `structure.find_structure` takes out captions, related teasers and
   sourcing lines;

and `assemble` joins what is left labelled ``body`` into paragraphs, after
dropping body lines that carry no word or repeat an earlier one.
"""

from __future__ import annotations

from newstrace.extract.textpage.assemble import assemble
from newstrace.extract.textpage.body import label_lines
from newstrace.extract.textpage.header import find_header
from newstrace.extract.textpage.lines import split_page
from newstrace.extract.textpage.structure import find_structure
from newstrace.records import Article

__all__ = ["extract_text_page"]


def extract_text_page(page: str, source: str) -> Article:
    """Extract the article from `page`, a plain-text dump of a news page."""
    lines = split_page(page)
    labels = label_lines(lines)
    header = find_header(page, lines, labels)
    structure = find_structure(lines, labels)
    return assemble(source, lines, labels, header, structure)
