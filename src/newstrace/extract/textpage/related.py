"""Teasers for other articles: "Also read", "Related", "More from ...", "Recommended".

Two shapes:

- a header line ("Related articles", "You may also like", "Most popular") and
  under it a list of teasers: bullets ("• Title", with nested lines), numbered
  lines, or blocks of title, section ("World"), the title repeated and a
  summary;
- an inline line in the body: "Also Read: <title>", "READ MORE: <title>".

A list ends where the article (or other furniture) resumes: a line that reads
like a body paragraph where a teaser title is due, a line outside the bullet
list, a header or page-furniture line, or the next teaser header.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from newstrace.extract.textpage.lines import PageLines
from newstrace.records import Related

__all__ = ["INLINE_OPENINGS", "MAX_HEADER", "OPENINGS", "find_related"]

# How inline teasers and teaser headers may open (any letter case): the cheap
# first test that picks the lines worth reading.
INLINE_OPENINGS: Final = (
    *("Also read", "Also see", "Also watch", "Read more", "Read also", "Read next", "See also"),
    *("Must read", "Don't miss", "Don’t miss", "Related", "Recommended"),
)
OPENINGS: Final = (
    *INLINE_OPENINGS,
    *("Read this next", "We recommend", "Editor", "Further reading", "What to read", "Up next"),
    *("In case you missed", "You may", "You might", "More to read", "More for you", "Top stories"),
    *("Top news", "Other stories", "Trending", "Popular"),
    *(f"Most {word}" for word in ("popular", "read", "viewed", "shared", "commented")),
    *(f"More {word}" for word in ("from", "on", "in", "about", "stories", "news", "articles")),
    *(f"Latest {word}" for word in ("news", "stories", "articles", "posts")),
)
# Headers are short: a longer line can only be an inline teaser.
MAX_HEADER: Final = 50

# Headers that always introduce teasers, and those that may head other
# things ("Read more" expanding the article) and need two teasers to count.
_STRONG_HEADER: Final = re.compile(
    r"(?:also\s+read|read\s+also|also\s+see|see\s+also|must\s+read|don'?t\s+miss"
    r"|related(?:\s+(?:articles?|stories|story|news|content|posts?|reading|coverage|links"
    r"|videos?|items))?"
    r"|recommended(?:\s+(?:for\s+you|stories|articles|reading|videos|news))?"
    r"|(?:we|editors?)\s+recommend|editor'?s\s+picks?|further\s+reading"
    r"|read\s+(?:next|this\s+next)|what\s+to\s+read\s+next|up\s+next|in\s+case\s+you\s+missed\s+it"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)"
    r"|(?:most|top)\s+(?:popular|read|viewed|shared|commented)(?:\s+(?:in|on|from)\s+.{1,30})?)",
    re.I,
)
_WEAK_HEADER: Final = re.compile(
    r"(?:read\s+more|more\s+(?:stories|news|articles|to\s+read|for\s+you)"
    r"|more\s+(?:from|on|in|about)\s+.{1,40}|other\s+stories"
    r"|trending(?:\s+(?:now|news|stories|today|topics|videos))?(?:\s+(?:on|in)\s+.{1,30})?"
    r"|popular(?:\s+(?:now|stories|posts|articles|news))?|latest\s+(?:news|stories|articles|posts)"
    r"|top\s+(?:stories|news))",
    re.I,
)
_WEAK_NEEDS: Final = 2
_HEADER_TRIM: Final = " :>»›→-–—.|"

_INLINE: Final = re.compile(
    r"(?:also\s+read|read\s+also|see\s+also|also\s+see|related(?:\s+(?:article|story|news|post))?"
    r"|read\s+(?:more|next)|recommended|must\s+read|don'?t\s+miss|also\s+watch)"
    r"\s*(?::|\||[-–—»]\s|>>)\s*(?P<title>\S.+)",
    re.I,
)
_MIN_INLINE, _MAX_INLINE = 12, 260

# Lines inside a teaser list that are neither title, section nor summary.
_META: Final = re.compile(
    r"(?:read\s+(?:more|full\s+(?:story|article))|(?:discover|learn|find\s+out)\s+more"
    r"|(?:see|view)\s+(?:all|more)\b.{0,30}|show\s+more|load\s+more|jump\s+to\s+\w+|more"
    r"|advertisement|sponsored(?:\s+content)?"
    r"|ad|videos?|watch|play|listen|photos?|gallery|share|\d*\s*comments?|back\s+to\s+top"
    r"|scroll\s+(?:back\s+)?to\s+top|\d+|\d+\s*(?:of|/)\s*\d+|image\s+\d+\s+of\s*/?\s*\d+"
    r"|\d+\s*(?:min|mins|minutes?)\s+read"
    r"|\d+\s*(?:[hmd]|hours?|hrs?|mins?|minutes?|days?|weeks?)\s+ago\b.*"
    r"|\d[\d,.]*[km]?\s*(?:shares?|comments?|views?|likes?|photos?)"
    r"|(?:updated|published|posted)\b.*|by\s+.{2,60}|(?:©|copyright\b|logo\b|return\s+to\s+top).*"
    r"|[\W_]+)[\s:>»›→-]*",
    re.I,
)
# Site furniture that ends a teaser list when the body pass has not labelled it.
_FURNITURE: Final = re.compile(
    r"\b(?:terms\s+(?:of\s+(?:service|use)|&\s+conditions)|privacy|cookie|copyright|all\s+rights"
    r"|user\s+agreement|contact\s+us|about\s+us|advertise|licensing|newsletter|sign\s+up"
    r"|subscribe)",
    re.I,
)
_DATELIKE: Final = re.compile(
    r"\d{1,2}:\d\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.I,
)
_NUMBERED: Final = re.compile(r"\d{1,2}[.)]\s+")
_SENTENCE_END: Final = frozenset('.!?"”’)')
_MAX_TITLE, _MAX_SUMMARY, _MIN_SUMMARY, _MIN_WORDS = 160, 400, 120, 6
_MAX_BLOCK_LINES: Final = 40
_MAX_META, _MAX_DATE, _MAX_DATE_WORDS = 64, 40, 5
_MAX_SHORT_CHARS, _MAX_SHORT_THREE_WORDS, _MAX_FURNITURE = 30, 15, 60


@dataclass(slots=True)
class _Teaser:
    """A teaser being read: its fields and the last line it takes."""

    title: str
    last: int
    section: str | None = None
    summary: str | None = None
    repeated: bool = False


def _header_needs(text: str) -> int:
    """How many teasers a header line needs under it to count (0: not a header)."""
    if len(text) > MAX_HEADER or not text[0].isalpha():
        return 0
    key = text.rstrip(_HEADER_TRIM)
    if _STRONG_HEADER.fullmatch(key):
        return 1
    return _WEAK_NEEDS if _WEAK_HEADER.fullmatch(key) else 0


def _is_meta(text: str) -> bool:
    if len(text) > _MAX_META:
        return False
    if _META.fullmatch(text):
        return True
    # A date or time line ("Monday 10:00PM", "Nov 19, 2019"), not a title that names a day.
    return (
        len(text) <= _MAX_DATE
        and text.count(" ") < _MAX_DATE_WORDS
        and text[-1] != "."
        and bool(_DATELIKE.search(text))
    )


def _is_furniture(text: str) -> bool:
    """A footer or sign-up line ("Terms of Service", "Sign up for our newsletter")."""
    return len(text) <= _MAX_FURNITURE and bool(_FURNITURE.search(text))


def _is_short(text: str) -> bool:
    """A section or kicker line ("World", "Coffee Hacks"), not a title."""
    if len(text) > _MAX_SHORT_CHARS or not text[0].isalpha() or text[-1] in _SENTENCE_END:
        return False
    spaces = text.count(" ")
    return spaces <= 1 or (spaces == 2 and len(text) <= _MAX_SHORT_THREE_WORDS)


def _ends_sentence(text: str) -> bool:
    return text[-1] in _SENTENCE_END and not text.endswith("...")


def _clean(text: str) -> str:
    """The text without a leading number ("2. Title")."""
    numbered = _NUMBERED.match(text) if text[0].isdigit() else None
    return text[numbered.end() :] if numbered else text


def _is_summary(text: str, teaser: _Teaser) -> bool:
    """Whether `text`, after a teaser's title, is its summary (not the next title)."""
    if len(text) > _MAX_SUMMARY:
        return False
    if teaser.repeated:
        # A card that repeats its title (a link over the image, then over the
        # text) has its summary next, however long.
        return len(text.split()) >= _MIN_WORDS
    if not _ends_sentence(text):
        return len(text) > max(_MIN_SUMMARY, 1.3 * len(teaser.title))
    # A full sentence after a bare title is more likely the article resuming;
    # a teaser with a section or a repeated title is a teaser card.
    return (teaser.section is not None or teaser.repeated) and len(text.split()) >= _MIN_WORDS


def _is_prose(text: str) -> bool:
    """A line that reads like a body paragraph, not a teaser title."""
    return len(text) > _MAX_TITLE or (
        text[-1] == "." and not text.endswith("...") and len(text.split()) >= _MIN_WORDS
    )


def _is_list_item(lines: PageLines, index: int) -> bool:
    text = lines.texts[index]
    return lines.bullets[index] or (text[0].isdigit() and bool(_NUMBERED.match(text)))


def _read_list(
    lines: PageLines, labels: list[str], start: int, stop_labels: frozenset[str]
) -> list[_Teaser]:
    """Teasers of a bullet or numbered list starting at `start`."""
    groups: list[tuple[int, list[str]]] = []
    item_indent = -1
    bullets = lines.bullets[start]
    for i in range(start, min(len(lines), start + _MAX_BLOCK_LINES)):
        text, indent = lines.texts[i], lines.indents[i]
        if labels[i] in stop_labels or _is_furniture(text):
            break
        if _is_list_item(lines, i) and lines.bullets[i] == bullets:
            item_indent = indent
            groups.append((i, [_clean(text)]))
        elif indent > item_indent and groups and not _header_needs(text):
            groups[-1][1].append(text)
            groups[-1] = (i, groups[-1][1])
        else:
            break
    teasers: list[_Teaser] = []
    for last, texts in groups:
        parts = [text for text in texts if not _is_meta(text)]
        section = parts.pop(0) if len(parts) > 1 and _is_short(parts[0]) else None
        if not parts or _is_short(parts[0]):
            continue
        teaser = _Teaser(parts[0], last, section)
        rest = [text for text in parts[1:] if text != teaser.title]
        teaser.summary = rest[0] if rest else None
        teasers.append(teaser)
    return teasers


def _read_blocks(
    lines: PageLines, labels: list[str], start: int, stop_labels: frozenset[str]
) -> list[_Teaser]:
    """Teasers laid out as title / section / repeated title / summary lines."""
    teasers: list[_Teaser] = []
    current: _Teaser | None = None
    kicker: str | None = None
    for i in range(start, min(len(lines), start + _MAX_BLOCK_LINES)):
        if labels[i] in stop_labels:
            break
        text = _clean(lines.texts[i])
        if _is_meta(text):
            continue
        if _header_needs(text) or _is_furniture(text):
            break
        if teasers and _is_list_item(lines, i):
            break  # a list after the teasers: the article resumes
        if current and text == current.title:
            current.repeated, current.last = True, i
        elif _is_short(text):
            if current and current.section is None and current.summary is None and kicker is None:
                current.section, current.last = text, i
            else:
                kicker = text
        elif current and current.summary is None and _is_summary(text, current):
            current.summary, current.last = text, i
        elif _is_prose(text):
            break  # a paragraph where a title is due: the article resumes
        else:
            current = _Teaser(text, i, section=kicker)
            teasers.append(current)
            kicker = None
    return teasers


def _first_content(lines: PageLines, labels: list[str], start: int, skip: frozenset[str]) -> int:
    """The first line at or after `start` that is not skipped furniture or meta."""
    i = start
    while i < len(lines) and (labels[i] in skip or _is_meta(lines.texts[i])):
        i += 1
    return i


def _take(labels: list[str], first: int, last: int, keep: frozenset[str]) -> None:
    """Relabel lines `first` to `last` ``related``, but those labelled in `keep`."""
    for i in range(first, last + 1):
        if labels[i] not in keep:
            labels[i] = "related"


def _headers(
    lines: PageLines, labels: list[str], candidates: Iterable[int], taken: frozenset[str]
) -> dict[int, int]:
    """Header lines among `candidates`, each with the number of teasers it needs.

    A weak header seen twice on a page ("Read more" after every teaser) is a
    link, not a header; a list item is never a header.
    """
    headers: dict[int, int] = {}
    weak: dict[str, list[int]] = {}
    for i in candidates:
        text = lines.texts[i]
        needs = 0 if labels[i] in taken or lines.bullets[i] else _header_needs(text)
        if needs == 1:
            headers[i] = needs
        elif needs:
            weak.setdefault(text.casefold(), []).append(i)
    for places in weak.values():
        if len(places) == 1:
            headers[places[0]] = _WEAK_NEEDS
    return headers


def _inline_title(text: str) -> str | None:
    """The title of an inline teaser line ("Also Read: <title>"), if it is one."""
    if not _MIN_INLINE <= len(text) <= _MAX_INLINE:
        return None
    inline = _INLINE.fullmatch(text)
    title = inline.group("title").strip() if inline else ""
    return title if " " in title else None


def find_related(
    lines: PageLines,
    labels: list[str],
    candidates: Sequence[int],
    taken: frozenset[str],
    stop_labels: frozenset[str],
    skip_labels: frozenset[str],
) -> list[Related]:
    """Teasers under header lines and inline "Also read:" lines, relabelled ``related``.

    Headers and inline teasers are looked for on the `candidates` lines, not
    labelled in `taken`; a list ends at a line labelled in `stop_labels` and
    passes over `skip_labels` lines.
    """
    teasers: list[_Teaser] = []
    keep = stop_labels | skip_labels
    headers = _headers(lines, labels, candidates, taken)
    next_free = 0
    for i in candidates:
        if i < next_free or labels[i] in taken:
            continue
        needs = headers.get(i, 0)
        if needs:
            found = _read_teasers(lines, labels, i + 1, stop_labels, skip_labels)
            if len(found) >= needs:
                _take(labels, i, found[-1].last, keep)
                teasers.extend(found)
                next_free = found[-1].last + 1
        else:
            inline = _inline_title(lines.texts[i])
            if inline:
                teasers.append(_Teaser(inline, i))
                labels[i] = "related"
    return _unique(teasers)


def _read_teasers(
    lines: PageLines,
    labels: list[str],
    start: int,
    stop_labels: frozenset[str],
    skip_labels: frozenset[str],
) -> list[_Teaser]:
    """The teasers under a header line, a list or blocks, whichever follows."""
    first = _first_content(lines, labels, start, skip_labels)
    if first < len(lines) and _is_list_item(lines, first):
        return _read_list(lines, labels, first, stop_labels)
    return _read_blocks(lines, labels, first, stop_labels)


def _unique(teasers: list[_Teaser]) -> list[Related]:
    """The teasers as records, once per title (pages repeat a teaser)."""
    seen: set[str] = set()
    related: list[Related] = []
    for teaser in teasers:
        key = " ".join(teaser.title.casefold().split())
        if key not in seen:
            seen.add(key)
            related.append(Related(teaser.title, teaser.section, teaser.summary))
    return related
