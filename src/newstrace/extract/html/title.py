"""The headline of an HTML page, without the site's name, and the site's name.

The visible headline (an ``<h1>``) is preferred when the page's own metadata
(JSON-LD ``headline``, ``og:title``, ``<title>``) confirms it; otherwise the
metadata title is used with the site name cut off ("Headline | Site",
"Site - Headline"). The site name comes from ``og:site_name``, the JSON-LD
publisher or website, or ``application-name``; when none is declared, a
title part that repeats the host name counts as one.
"""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from newstrace.extract.html.structured import Structured, jsonld_names, text_of

__all__ = ["find_site", "find_title", "strip_site_name"]

_SEPARATORS = re.compile(r"\s+(?:[|\-–—:·•»«/~]|::)\s+|\s*[|•·»]\s*")
_MAX_TITLE = 400
_MAX_SITE_PART_WORDS = 6
_MAX_UNDECLARED_SITE_WORDS = 4
_MAX_HEADING_WORDS = 30
_MIN_CONTAINED = 12
_KEY = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    return _KEY.sub("", unicodedata.normalize("NFKC", text).casefold())


def find_site(found: Structured) -> str | None:
    name = found.first_meta("og:site_name", "application-name", "al:android:app_name")
    if name:
        return name
    for item in found.articles:
        names = jsonld_names(item.get("publisher"))
        if names:
            return names[0]
    for item in found.sites:
        names = jsonld_names(item)
        if names:
            return names[0]
    return None


def strip_site_name(title: str, site: str | None, url: str | None) -> str:
    """`title` without a leading or trailing part that names the site."""
    parts = _split(title)
    if len(parts) < 2:
        return title
    site_keys = {_key(site)} if site else set()
    host = urlsplit(url).hostname or "" if url else ""
    host_key = _key(host.removeprefix("www.").rsplit(".", 1)[0]) if host else ""
    for index in (len(parts) - 1, 0):
        part = title[parts[index][0] : parts[index][1]]
        key = _key(part)
        if not key:
            continue
        if key in site_keys or (host_key and (key == host_key or key in host_key)):
            return _join(title, parts, index)
        if any(k and (k in key or key in k) for k in site_keys) and len(part.split()) <= (
            _MAX_SITE_PART_WORDS
        ):
            return _join(title, parts, index)
    if not site_keys and _looks_like_name_part(title[parts[-1][0] : parts[-1][1]]):
        return _join(title, parts, len(parts) - 1)
    return title


def _looks_like_name_part(part: str) -> bool:
    """Whether a last title part reads as a site's name: a few capitalised words."""
    words = part.split()
    return 0 < len(words) <= _MAX_UNDECLARED_SITE_WORDS and all(
        word[:1].isupper() or word[:1].isdigit() or word.lower() in {"the", "of", "and", "&"}
        for word in words
    )


def _split(title: str) -> list[tuple[int, int]]:
    """Where the parts of `title` between its separators start and end."""
    parts, start = [], 0
    for match in _SEPARATORS.finditer(title):
        parts.append((start, match.start()))
        start = match.end()
    parts.append((start, len(title)))
    return [(begin, end) for begin, end in parts if title[begin:end].strip()]


def _join(title: str, parts: list[tuple[int, int]], dropped: int) -> str:
    """`title` without its first or last part (`dropped`), separators kept in between."""
    kept = parts[1:] if dropped == 0 else parts[:-1]
    return title[kept[0][0] : kept[-1][1]].strip()


def find_title(
    tree: HtmlElement, found: Structured, site: str | None, url: str | None
) -> str | None:
    site_key = _key(site) if site else None
    metadata = [
        *(item.get("headline") for item in found.articles),
        found.first_meta("og:title", "twitter:title", "title", "dc.title", "headline"),
        found.title_tag,
    ]
    candidates = [
        " ".join(html.unescape(value).split())
        for value in metadata
        if isinstance(value, str) and value.strip() and _key(value) != site_key
    ]
    keys = [_key(value) for value in candidates]
    # A heading that repeats the last part of "Headline | Name" is the site's name.
    trailing = {_key(c[p[-1][0] : p[-1][1]]) for c in candidates if len(p := _split(c)) > 1}
    headings = [
        heading
        for heading in _headings(tree)
        if _key(heading) and _key(heading) not in trailing and _key(heading) != site_key
    ]
    for heading in headings:
        key = _key(heading)
        for candidate, candidate_key in zip(candidates, keys, strict=True):
            if key == candidate_key and heading.isupper() and not candidate.isupper():
                return candidate  # the heading is set in capitals; the metadata is not
            if key == candidate_key or (len(key) > _MIN_CONTAINED and key in candidate_key):
                return heading
    if len(headings) == 1 and len(headings[0].split()) <= _MAX_HEADING_WORDS:
        return headings[0]  # the one visible headline, even where the metadata words it otherwise
    if candidates:
        return strip_site_name(candidates[0], site, url)
    return headings[0] if headings else None


def _headings(tree: HtmlElement) -> list[str]:
    headings = []
    for element in tree.iter("h1"):
        text = text_of(element)
        if text and len(text) <= _MAX_TITLE:
            headings.append(text)
    return headings
